/**
 * A model-based property test of MDF money across every path. fast-check generates
 * sequences of operations on a few fund requests — the fund request routes, the generic
 * decision route, emailed links, cancel, withdraw, terminate (and reconciliation), claim,
 * clawback, allocation expiry and retried ledger activities — runs them against the real
 * API, Temporal and Postgres, and after every step compares the ledger with a small
 * reference model and checks the invariants: available ≥ 0; nothing committed beyond what
 * was reserved; no movement in another currency; each business key moves once; every ended
 * request holds nothing.
 *
 * `npm test` runs a few sequences; set MDF_MODEL_RUNS (and MDF_MODEL_COMMANDS) for more.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActionRunner } from '../../activities/actions/registry.js';
import { createLedgerActions } from '../../activities/ledger/actions.js';
import { LedgerReconciliation } from '../../api/ledger-reconciliation.js';
import { confirmationOf, linksIn, open, submit, taskMail } from '../support/action-links.js';
import { eventually } from '../support/eventually.js';
import { call } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { approver, balances, compliance, decide, finance, fundedAllocation, manager, partner, prepare, proposal, readFundRequest, requestFunds, requester, vendor, type Keys } from './support.js';

const RUNS = Number(process.env['MDF_MODEL_RUNS'] ?? 2);
const COMMANDS = Number(process.env['MDF_MODEL_COMMANDS'] ?? 240);
const ALLOCATION = 20_000_00;
const FINANCE_THRESHOLD = 5_000_00;

let stack: TestStack;
let keys: Keys;
beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 1_000_000 });
  keys = await prepare(stack);
});
afterAll(async () => {
  await stack?.stop();
});

type Phase = 'manager_review' | 'finance_review' | 'claim_due' | 'claim_review' | 'reimbursement' | 'audit' | 'ended';

/** What the model expects of one fund request. */
interface RequestModel {
  id: string;
  phase: Phase;
  requested: number;
  reserved: number;
  committed: number;
  clawedBack: number;
  /** Everything ever reserved: nothing may be committed beyond it. */
  reservedEver: number;
  claimed: number;
  reimbursable: number;
  visits: Record<string, number>;
}

/** The reference model of one allocation and its fund requests. */
interface Model {
  allocationId: string;
  expired: boolean;
  /** Commands run so far in this sequence. */
  steps: number;
  requests: RequestModel[];
}

const STATUS: Record<Exclude<Phase, 'ended'>, string> = {
  manager_review: 'In review',
  finance_review: 'In review',
  claim_due: 'Claim due',
  claim_review: 'Claim submitted',
  reimbursement: '',
  audit: 'In audit',
};

const held = (model: Model) => model.requests.reduce((sum, request) => sum + request.reserved + request.committed, 0);
const available = (model: Model) => ALLOCATION - held(model);
const usd = (amount: number) => ({ amount, currency: 'USD' });
const visit = (request: RequestModel, step: string) => request.visits[step] ?? 1;
const claimForm = (cost: { amount: number; currency: string }) => ({
  proof: [{ name: 'agenda.pdf', url: 'https://docs.globex.example/agenda.pdf' }],
  invoices: [{ name: 'invoice.pdf', url: 'https://docs.globex.example/invoice.pdf' }],
  actual_cost: cost,
});

/** Waits until the request shows the model's phase (and the task of the current visit is open). */
async function settle(request: RequestModel, endStatus?: string): Promise<void> {
  await eventually(async () => {
    const found = await readFundRequest(stack, keys.vendor, request.id);
    if (request.phase === 'ended') {
      expect(found.lifecycle).not.toBe('running');
      if (endStatus) expect(found.status).toBe(endStatus);
      return;
    }
    expect(found.lifecycle).toBe('running');
    if (request.phase === 'reimbursement') expect(['Approved', 'Partially approved']).toContain(found.status);
    else expect(found.status).toBe(STATUS[request.phase]);
    const vendorTask: Record<string, string> = {
      manager_review: `manager_review.${visit(request, 'manager_review')}.vendor.channel_manager`,
      finance_review: `finance_review.${visit(request, 'finance_review')}.vendor.finance`,
      claim_review: `claim_review.${visit(request, 'claim_review')}.vendor.marketing_approver`,
      reimbursement: 'reimbursement.1.vendor.finance',
      audit: `audit.${visit(request, 'audit')}.vendor.compliance`,
    };
    const task = vendorTask[request.phase];
    if (task) expect(found.openTasks.map((open) => open.id)).toContain(task);
  }, 30_000);
}

/** Compares the ledger with the model and checks the invariants. */
async function checkLedger(model: Model): Promise<void> {
  const allocation = await balances(stack, keys.vendor, model.allocationId);
  expect(allocation.available).toBeGreaterThanOrEqual(0);
  expect(allocation.available).toBe(available(model));
  expect(allocation.reserved).toBe(model.requests.reduce((sum, request) => sum + request.reserved, 0));
  expect(allocation.committed).toBe(model.requests.reduce((sum, request) => sum + request.committed, 0));
  expect(allocation.clawedBack).toBe(model.requests.reduce((sum, request) => sum + request.clawedBack, 0));
  const movements = await stack.pool.query<{ fund_request_id: string; kind: string; amount: string; currency: string; key: string }>(
    'SELECT m.fund_request_id, m.kind, m.amount, m.currency, m.key FROM mdf_movements m WHERE m.allocation_id = $1',
    [model.allocationId],
  );
  // No movement in another currency than the allocation's.
  expect(movements.rows.filter((row) => row.currency !== 'USD')).toEqual([]);
  // Each business key (instance, step visit, kind) moves once.
  expect(new Set(movements.rows.map((row) => row.key)).size).toBe(movements.rows.length);
  for (const request of model.requests) {
    const mine = movements.rows.filter((row) => row.fund_request_id === request.id);
    const sum = (kind: string) => mine.filter((row) => row.kind === kind).reduce((total, row) => total + Number(row.amount), 0);
    const reservedEver = sum('reserve');
    expect(sum('commit')).toBeLessThanOrEqual(reservedEver);
    expect(reservedEver).toBe(request.reservedEver);
    const funds = (await readFundRequest(stack, keys.vendor, request.id)).funds;
    expect(funds).toMatchObject({ reserved: request.reserved, committed: request.committed, clawedBack: request.clawedBack });
  }
  // Every ended request holds nothing.
  const endedHolding = await stack.pool.query(
    `SELECT f.id FROM mdf_fund_requests f JOIN instances i ON i.id = f.id WHERE f.allocation_id = $1 AND i.lifecycle <> 'running' AND f.reserved > 0`,
    [model.allocationId],
  );
  expect(endedHolding.rows).toEqual([]);
}

type Command = fc.AsyncCommand<Model, Model>;

/** A command on one of the requests in one of `phases` (the `index`-th of them, modulo how many). */
function onRequest(index: number, phases: Phase[], describe: string, act: (request: RequestModel, model: Model) => Promise<void>): Command {
  const pick = (model: Model) => {
    const candidates = model.requests.filter((request) => phases.includes(request.phase));
    return candidates[index % Math.max(1, candidates.length)];
  };
  return {
    check: (model) => pick(model) !== undefined,
    run: async (model) => {
      const request = pick(model);
      if (!request) return;
      model.steps += 1;
      executed.push(`${describe} ${request.id.slice(-6)}`);
      if (process.env['MDF_MODEL_LOG']) console.log(executed[executed.length - 1]);
      await act(request, model);
      await checkLedger(model);
    },
    toString: () => `${describe}(#${index})`,
  };
}

/** After a reservation of `amount`: the finance review for large requests, else the claim. */
async function reserved(request: RequestModel, amount: number): Promise<void> {
  request.reserved += amount;
  request.reservedEver += amount;
  request.phase = request.requested > FINANCE_THRESHOLD ? 'finance_review' : 'claim_due';
  await settle(request);
}

async function ended(request: RequestModel, status?: string): Promise<void> {
  request.reserved = 0;
  request.phase = 'ended';
  await settle(request, status);
}

const index = fc.nat(3);

/** The commands that ran, so the test can show it exercised more than creation. */
const executed: string[] = [];

// A partner requests funds through the fund request route.
const create = fc.integer({ min: 1, max: 9_500_00 }).map(
    (amount): Command => ({
      check: (model) => model.requests.filter((request) => request.phase !== 'ended').length < 4,
      run: async (model) => {
        model.steps += 1;
        executed.push(`request ${amount}`);
        if (process.env['MDF_MODEL_LOG']) console.log(executed[executed.length - 1]);
        const started = await requestFunds(stack, keys, model.allocationId, { proposal: proposal(amount) });
        if (model.expired) {
          expect(started).toMatchObject({ status: 422, body: { error: { code: 'allocation_expired' } } });
        } else if (amount > available(model)) {
          expect(started).toMatchObject({ status: 422, body: { error: { code: 'insufficient_funds' } } });
        } else {
          expect(started.status).toBe(201);
          model.requests.push({ id: started.body.id, phase: 'manager_review', requested: amount, reserved: 0, committed: 0, clawedBack: 0, reservedEver: 0, claimed: 0, reimbursable: 0, visits: {} });
        }
        await checkLedger(model);
      },
      toString: () => `request(${amount})`,
    }),
  );

const commands = [
  create,
  // The channel manager decides, through the generic decision route or an emailed link.
  fc.tuple(index, fc.constantFrom('approve', 'approve', 'approve', 'deny', 'approve_lower'), fc.integer({ min: 1, max: 12 }), fc.boolean()).map(([i, outcome, tenths, byMail]) =>
    onRequest(i, ['manager_review'], `manager ${outcome}${outcome === 'approve_lower' ? ` ${tenths}/10` : ''}${byMail ? ' by mail' : ''}`, async (request, model) => {
      const lower = Math.max(1, Math.floor((request.requested * tenths) / 10));
      const task = `manager_review.${visit(request, 'manager_review')}.vendor.channel_manager`;
      const amount = outcome === 'approve_lower' ? lower : request.requested;
      // More than was requested, or more than the allocation has available now, is refused before
      // the decision is recorded, whichever way it comes; the task stays open and nothing changes.
      const tooMuch = outcome === 'approve_lower' && lower > request.requested;
      const short = outcome !== 'deny' && !tooMuch && amount > available(model);
      if (byMail && outcome !== 'approve_lower' && visit(request, 'manager_review') === 1) {
        const link = linksIn(await taskMail(stack.smtp, request.id, manager.email)).decisions[outcome === 'approve' ? 'Approve' : 'Deny'] ?? '';
        const answered = await submit(link, { confirm: confirmationOf(await open(link)), outcome });
        expect(answered.status).toBe(short ? 422 : 200);
        if (short) expect(answered.html).toContain('available now');
      } else {
        const form = outcome === 'approve_lower' ? { approved_amount: usd(amount) } : {};
        const answered = await decide(stack, keys.vendor, request.id, task, manager, outcome, { form });
        expect(answered.status).toBe(tooMuch || short ? 422 : 200);
        if (short) expect(answered.body).toMatchObject({ error: { code: 'insufficient_funds' } });
      }
      if (tooMuch || short) return;
      if (outcome === 'deny') return ended(request, 'Denied');
      if (model.expired) return ended(request, 'Allocation expired');
      return reserved(request, amount);
    }),
  ),
  // Finance approves, lowers (perhaps above what is held) or denies a large request.
  fc.tuple(index, fc.constantFrom('approve', 'approve', 'deny', 'approve_lower'), fc.integer({ min: 1, max: 12 })).map(([i, outcome, tenths]) =>
    onRequest(i, ['finance_review'], `finance ${outcome}${outcome === 'approve_lower' ? ` ${tenths}/10` : ''}`, async (request) => {
      const lower = Math.max(1, Math.floor((request.reserved * tenths) / 10));
      const task = `finance_review.${visit(request, 'finance_review')}.vendor.finance`;
      const form = outcome === 'approve_lower' ? { approved_amount: usd(lower) } : {};
      // Lowering to more than is held is refused before the decision is recorded.
      const tooMuch = outcome === 'approve_lower' && lower > request.reserved;
      expect((await decide(stack, keys.vendor, request.id, task, finance, outcome, { form })).status).toBe(tooMuch ? 422 : 200);
      if (tooMuch) return;
      if (outcome === 'deny') return ended(request, 'Denied');
      if (outcome === 'approve_lower') request.reserved = lower;
      request.phase = 'claim_due';
      return settle(request);
    }),
  ),
  // The partner claims, through the claim route or the generic decision route, sometimes in yen.
  fc.tuple(index, fc.integer({ min: 1, max: 12_000_00 }), fc.constantFrom('route', 'generic', 'generic', 'yen')).map(([i, cost, path]) =>
    onRequest(i, ['claim_due'], `claim ${cost} via ${path}`, async (request) => {
      if (path === 'yen') {
        const refused = await decide(stack, keys.partner, request.id, 'claim.1.partner.requester', requester, 'submit', { form: claimForm({ amount: cost, currency: 'JPY' }) });
        expect(refused.status).toBe(422);
        return;
      }
      if (path === 'route') {
        const body = { actor: requester.email, claim: { proof: [{ name: 'agenda.pdf', url: 'https://docs.globex.example/agenda.pdf' }], invoices: [{ name: 'invoice.pdf', url: 'https://docs.globex.example/invoice.pdf' }], actualCost: usd(cost) } };
        expect((await call(stack, 'POST', `/fund-requests/${encodeURIComponent(request.id)}/claim`, { key: keys.partner, body })).status).toBe(200);
      } else {
        expect((await decide(stack, keys.partner, request.id, 'claim.1.partner.requester', requester, 'submit', { form: claimForm(usd(cost)) })).status).toBe(200);
      }
      request.claimed = cost;
      request.phase = 'claim_review';
      return settle(request);
    }),
  ),
  // The marketing approver reviews the claim through the generic decision route.
  fc.tuple(index, fc.constantFrom('approve', 'approve', 'deny', 'approve_partial'), fc.integer({ min: 1, max: 12 })).map(([i, outcome, tenths]) =>
    onRequest(i, ['claim_review'], `review ${outcome}${outcome === 'approve_partial' ? ` ${tenths}/10` : ''}`, async (request) => {
      const partial = Math.max(1, Math.floor((request.reserved * tenths) / 10));
      const task = `claim_review.${visit(request, 'claim_review')}.vendor.marketing_approver`;
      const form = outcome === 'approve_partial' ? { approved_amount: usd(partial), reason: 'Part of the cost' } : {};
      // A partial approval above the claimed cost or what is held is refused before it is recorded.
      const tooMuch = outcome === 'approve_partial' && (partial > request.reserved || partial > request.claimed);
      expect((await decide(stack, keys.vendor, request.id, task, approver, outcome, { form })).status).toBe(tooMuch ? 422 : 200);
      if (tooMuch) return;
      if (outcome === 'deny') return ended(request, 'Denied');
      request.reimbursable = outcome === 'approve_partial' ? partial : Math.min(request.claimed, request.reserved);
      request.phase = 'reimbursement';
      return settle(request);
    }),
  ),
  // Finance pays: the ledger commits what was approved and releases the rest; every request is audited.
  index.map((i) =>
    onRequest(i, ['reimbursement'], 'pay', async (request) => {
      expect((await decide(stack, keys.vendor, request.id, 'reimbursement.1.vendor.finance', finance, 'paid', { form: { payment_reference: 'PAY', paid_on: '2025-06-01' } })).status).toBe(200);
      request.committed = request.reimbursable;
      request.reserved = 0;
      request.phase = 'audit';
      return settle(request);
    }),
  ),
  // Compliance passes or fails the audit, clawing back an amount (perhaps too much, perhaps in euros).
  fc.tuple(index, fc.constantFrom('pass', 'fail', 'fail_amount', 'fail_euros'), fc.integer({ min: 1, max: 12 })).map(([i, outcome, tenths]) =>
    onRequest(i, ['audit'], `audit ${outcome} ${tenths}/10`, async (request) => {
      const amount = Math.max(1, Math.floor((request.committed * tenths) / 10));
      const task = `audit.${visit(request, 'audit')}.vendor.compliance`;
      if (outcome === 'fail_euros') {
        expect((await decide(stack, keys.vendor, request.id, task, compliance, 'fail', { form: { clawback_amount: { amount, currency: 'EUR' } } })).status).toBe(422);
        return;
      }
      const form = outcome === 'fail_amount' ? { clawback_amount: usd(amount) } : {};
      const clawback = outcome === 'fail_amount' ? amount : request.committed - request.clawedBack;
      // Clawing back more than was reimbursed is refused before the decision is recorded.
      const tooMuch = outcome === 'fail_amount' && clawback > request.committed - request.clawedBack;
      expect((await decide(stack, keys.vendor, request.id, task, compliance, outcome === 'pass' ? 'pass' : 'fail', { form })).status).toBe(tooMuch ? 422 : 200);
      if (tooMuch) return;
      if (outcome === 'pass') return ended(request, 'Closed');
      request.clawedBack += clawback;
      return ended(request, 'Non-compliant');
    }),
  ),
  // The requester cancels through the generic instance route.
  index.map((i) =>
    onRequest(i, ['manager_review', 'finance_review', 'claim_due', 'claim_review'], 'cancel', async (request) => {
      const answer = await call(stack, 'POST', `/instances/${encodeURIComponent(request.id)}/cancel`, { key: keys.partner, body: { actor: requester.email, reason: 'No longer needed' } });
      expect(answer.status).toBe(200);
      return ended(request, 'Cancelled');
    }),
  ),
  // The partner withdraws while its claim is due, or the vendor while it reviews the claim.
  index.map((i) =>
    onRequest(i, ['claim_due', 'claim_review'], 'withdraw', async (request) => {
      const byPartner = request.phase === 'claim_due';
      const body = byPartner ? { actor: requester.email, party: 'partner', reason: 'Called off' } : { actor: approver.email, party: 'vendor', reason: 'Programme closed' };
      expect((await call(stack, 'POST', `/instances/${encodeURIComponent(request.id)}/withdraw`, { key: byPartner ? keys.partner : keys.vendor, body })).status).toBe(200);
      return ended(request, 'Withdrawn');
    }),
  ),
  // An operator terminates the instance; reconciliation gives its funds back.
  index.map((i) =>
    onRequest(i, ['manager_review', 'finance_review', 'claim_due', 'claim_review', 'audit'], 'terminate', async (request) => {
      await stack.client.workflow.getHandle(request.id).terminate('operator');
      await new LedgerReconciliation(stack.pool, stack.client, 0).runOnce();
      request.reserved = 0;
      request.phase = 'ended';
    }),
  ),
  // A ledger activity of the request runs again with its key, as a retry after a lost worker would.
  index.map((i) =>
    onRequest(i, ['finance_review', 'claim_due', 'claim_review', 'reimbursement', 'audit', 'ended'], 'retry reservation', async (request, model) => {
      const reservation = await stack.pool.query<{ key: string }>(`SELECT key FROM mdf_movements WHERE fund_request_id = $1 AND kind = 'reserve'`, [request.id]);
      const key = reservation.rows[0]?.key.replace(/\/reserve$/, '');
      if (key === undefined) return;
      const runner = createActionRunner(createLedgerActions(stack.pool));
      const result = await runner.performAction({
        key,
        instanceId: request.id,
        templateId: 'mdf-fund-request',
        stepId: 'reserve',
        action: 'ledger.reserve',
        args: { allocation: 'input.allocation_id', amount: 'input.amount' },
        scope: { input: { allocation_id: model.allocationId, amount: usd(request.requested) }, steps: {}, vars: {} },
        companies: { vendor, partner },
      });
      expect(result.details?.['ledger']).toBe('already_moved');
    }),
  ),
  // The allocation's term ends.
  fc.constant<Command>({
    // Late in a sequence, so that most sequences first take requests through claims and audits.
    check: (model) => !model.expired && model.steps >= 15,
    run: async (model) => {
      executed.push('allocation expires');
      await stack.pool.query('UPDATE mdf_allocations SET expires_at = now() WHERE id = $1', [model.allocationId]);
      model.expired = true;
      await checkLedger(model);
    },
    toString: () => 'allocation expires',
  }),
];

/** Weights of `commands`, in order: request, manager, finance, claim, review, pay, audit, cancel, withdraw, terminate, retry, expiry. */
const WEIGHTS = [2, 6, 5, 6, 6, 6, 6, 1, 1, 1, 1, 1];

describe('MDF money across every path', () => {
  it('matches the reference model and keeps the ledger invariants after every step', async () => {
    await fc.assert(
      // Long sequences (commands that do not apply are skipped at no cost), so even a few runs reach claims and audits.
      // Commands that move a request on weigh more than those that end it, so requests reach claims and audits.
      fc.asyncProperty(fc.array(fc.oneof(...commands.map((arbitrary, position) => ({ arbitrary, weight: WEIGHTS[position] ?? 1 }))), { minLength: Math.ceil(COMMANDS / 2), maxLength: COMMANDS }), async (sequence) => {
        const allocation = await fundedAllocation(stack, keys, { amount: ALLOCATION, settings: { financeThreshold: FINANCE_THRESHOLD, auditThreshold: 0, auditSamplePercent: 100, claimWindow: '1h' } });
        const model: Model = { allocationId: allocation.id, expired: false, steps: 0, requests: [] };
        await fc.asyncModelRun(() => ({ model, real: model }), sequence);
        await checkLedger(model);
      }),
      { numRuns: RUNS, endOnFailure: true, ...(process.env['MDF_MODEL_SEED'] ? { seed: Number(process.env['MDF_MODEL_SEED']) } : {}) },
    );
    // Sequences did more than create requests: decisions reached the ledger.
    expect(executed.length).toBeGreaterThan(0);
  }, 600_000);
});
