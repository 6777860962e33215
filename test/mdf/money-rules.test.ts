/**
 * The ledger's rules hold on every path, not only through the fund request routes: amounts
 * decided through the generic decision route, withdrawals, expired allocations and direct
 * ledger calls move only what the rules allow, in the allocation's currency, and an ended
 * request holds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActionRunner } from '../../activities/actions/registry.js';
import type { ActionRequest } from '../../activities/contracts.js';
import { createLedgerActions } from '../../activities/ledger/actions.js';
import { InstanceClient } from '../../api/instance-client.js';
import { FUND_REQUEST_TEMPLATE } from '../../api/mdf/fund-requests.js';
import { findTemplate } from '../../api/template-catalog.js';
import { confirmationOf, linksIn, open, submit, taskMail } from '../support/action-links.js';
import { eventually } from '../support/eventually.js';
import { call } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import {
  approver,
  compliance,
  decide,
  expectBalances,
  finance,
  fundedAllocation,
  manager,
  partner,
  prepare,
  proposal,
  readFundRequest,
  requestFunds,
  requester,
  vendor,
  waitForStatus,
  type ErrorAnswer,

  type Keys,
} from './support.js';

let stack: TestStack;
let keys: Keys;
beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  keys = await prepare(stack);
});
afterAll(async () => {
  await stack?.stop();
});

const usd = (amount: number) => ({ amount, currency: 'USD' });

/** A request for `amount`, pre-approved and waiting for its claim. */
async function claimDue(allocationId: string, amount: number): Promise<string> {
  const started = await requestFunds(stack, keys, allocationId, { proposal: proposal(amount) });
  expect(started.status).toBe(201);
  expect((await decide(stack, keys.vendor, started.body.id, 'manager_review.1.vendor.channel_manager', manager, 'approve')).status).toBe(200);
  await waitForStatus(stack, keys.partner, started.body.id, 'Claim due', 'claim.1.partner.requester');
  return started.body.id;
}

/** The claim form as the generic decision route takes it. */
function claimForm(actualCost: { amount: number; currency: string }, extra: Record<string, unknown> = {}) {
  return {
    proof: [{ name: 'agenda.pdf', url: 'https://docs.globex.example/agenda.pdf' }],
    invoices: [{ name: 'invoice.pdf', url: 'https://docs.globex.example/invoice.pdf' }],
    actual_cost: actualCost,
    ...extra,
  };
}

describe('amounts decided on any path', () => {
  it('refuses finance lowering to an amount above the request and keeps what was reserved', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 100_000_00, settings: { financeThreshold: 1_000_00 } });
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(5_000_00) });
    const id = started.body.id;
    await decide(stack, keys.vendor, id, 'manager_review.1.vendor.channel_manager', manager, 'approve');
    await waitForStatus(stack, keys.vendor, id, 'In review', 'finance_review.1.vendor.finance');
    const lowered = await decide(stack, keys.vendor, id, 'finance_review.1.vendor.finance', finance, 'approve_lower', { form: { approved_amount: usd(50_000_00) } });
    // Refused before it is recorded: the task stays open with finance, nothing is reopened.
    expect(lowered).toMatchObject({ status: 422, body: { error: { code: 'amount_above_limit' } } });
    const still = await waitForStatus(stack, keys.vendor, id, 'In review', 'finance_review.1.vendor.finance');
    expect(still.funds).toMatchObject({ reserved: 5_000_00, committed: 0 });
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 5_000_00, available: 95_000_00 });
  });

  it('never reimburses more than the actual cost claimed, even when a partial approval asks for more', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 20_000_00 });
    const id = await claimDue(allocation.id, 10_000_00);
    expect((await decide(stack, keys.partner, id, 'claim.1.partner.requester', requester, 'submit', { form: claimForm(usd(3_000_00)) })).status).toBe(200);
    await waitForStatus(stack, keys.vendor, id, 'Claim submitted', 'claim_review.1.vendor.marketing_approver');
    const byRoute = await call<ErrorAnswer>(stack, 'POST', `/fund-requests/${encodeURIComponent(id)}/claim-review`, { key: keys.vendor, body: { actor: approver.email, outcome: 'approve_partial', approvedAmount: usd(9_000_00), reason: 'Most of it' } });
    expect(byRoute).toMatchObject({ status: 422, body: { error: { code: 'exceeds_claimed' } } });
    const partial = await decide(stack, keys.vendor, id, 'claim_review.1.vendor.marketing_approver', approver, 'approve_partial', { form: { approved_amount: usd(9_000_00), reason: 'Most of it' } });
    expect(partial).toMatchObject({ status: 422, body: { error: { code: 'amount_above_limit' } } });
    const back = await waitForStatus(stack, keys.vendor, id, 'Claim submitted', 'claim_review.1.vendor.marketing_approver');
    expect(back.funds).toMatchObject({ reserved: 10_000_00, committed: 0 });

    // The ledger itself refuses it too, whoever asks: a reimbursement above the claimed cost.
    const runner = createActionRunner(createLedgerActions(stack.pool));
    const request: ActionRequest = {
      key: `${id}/manual-commit.1`,
      instanceId: id,
      templateId: 'mdf-fund-request',
      stepId: 'commit',
      action: 'ledger.commit',
      args: { amount: 'vars.paid', claimed: 'steps.claim.form.actual_cost' },
      scope: { input: {}, steps: { claim: { outcome: 'submit', form: claimForm(usd(3_000_00)) } }, vars: { paid: 9_000_00 } },
      companies: { vendor, partner },
    };
    const refused = await runner.performAction(request);
    expect(refused.outcome).toBe('invalid');
    expect(refused.vars?.['ledger_problem']).toMatchObject({ code: 'exceeds_claimed' });
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 10_000_00, committed: 0 });
  });

  it('books a partial approval through the template only up to what the reviewer approved, the ledger refusing more', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 20_000_00 });
    const id = await claimDue(allocation.id, 10_000_00);
    const published = await findTemplate(stack.pool, 'mdf-fund-request');
    const commit = published?.template.steps.find((step) => step.id === 'commit');
    if (!commit || commit.kind !== 'action') throw new Error('the fund request template has no commit action');
    const runner = createActionRunner(createLedgerActions(stack.pool));
    // The template's own booking, with a reimbursable amount above the partial approval (as a later change to the template might compute it).
    const booking = (reimbursable: number, n: number): ActionRequest => ({
      key: `${id}/commit.${n}`,
      instanceId: id,
      templateId: 'mdf-fund-request',
      stepId: 'commit',
      action: 'ledger.commit',
      args: commit.with ?? {},
      scope: {
        input: {},
        steps: { claim: { outcome: 'submit', form: claimForm(usd(8_000_00)) }, claim_review: { outcome: 'approve_partial', form: { approved_amount: usd(5_000_00), reason: 'Catering is not eligible.' } } },
        vars: { reimbursable },
      },
      companies: { vendor, partner },
    });
    const refused = await runner.performAction(booking(7_000_00, 1));
    expect(refused.outcome).toBe('invalid');
    expect(refused.vars?.['ledger_problem']).toMatchObject({ code: 'exceeds_approved' });
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 10_000_00, committed: 0 });
    const booked = await runner.performAction(booking(5_000_00, 2));
    expect(booked.outcome).toBe('committed');
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, committed: 5_000_00, released: 5_000_00 });
  });

  it('moves money for a pre-directory fund request only in the run that was going at the upgrade, never in a new run that reuses its id', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 10_000_00 });
    const id = 'mdf-fund-request:legacy-1';
    const legacyRunStartedAt = Date.parse('2025-01-10T09:00:00.123Z');
    await stack.pool.query(
      `INSERT INTO instance_bindings (instance_id, template_id, business_key, starter_company_id, source, legacy_run_started_at) VALUES ($1, 'mdf-fund-request', 'legacy-1', $2, 'legacy', $3)`,
      [id, partner, new Date(legacyRunStartedAt)],
    );
    const runner = createActionRunner(createLedgerActions(stack.pool));
    const check = (runStartedAt: number | undefined): ActionRequest => ({
      key: `${id}/check_funds.1`,
      instanceId: id,
      templateId: 'mdf-fund-request',
      stepId: 'check_funds',
      action: 'ledger.check',
      args: { allocation: 'input.allocation_id', amount: 'input.amount' },
      scope: { input: { allocation_id: allocation.id, amount: usd(1_000_00) }, steps: {}, vars: {} },
      companies: { vendor, partner },
      ...(runStartedAt === undefined ? {} : { runStartedAt }),
    });
    for (const runStartedAt of [legacyRunStartedAt + 86_400_000, undefined]) {
      const reused = await runner.performAction(check(runStartedAt));
      expect(reused.outcome).toBe('invalid');
      expect(reused.vars?.['ledger_problem']).toMatchObject({ code: 'unbound_instance' });
    }
    expect((await runner.performAction(check(legacyRunStartedAt))).outcome).toBe('fits');
  });

  it('refuses a claim cost in another currency through the generic decision route before it is recorded', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 20_000_00 });
    const id = await claimDue(allocation.id, 5_000_00);
    const yen = await decide(stack, keys.partner, id, 'claim.1.partner.requester', requester, 'submit', { form: claimForm({ amount: 3_000_000, currency: 'JPY' }) });
    expect(yen.status).toBe(422);
    expect((yen.body as ErrorAnswer).error.code).toBe('currency_mismatch');
    expect((yen.body as ErrorAnswer).error.message).toContain('USD');
    const pipeline = await decide(stack, keys.partner, id, 'claim.1.partner.requester', requester, 'submit', { form: claimForm(usd(3_000_00), { pipeline: { amount: 9_000_000, currency: 'JPY' } }) });
    expect(pipeline.status).toBe(422);
    expect((pipeline.body as ErrorAnswer).error.code).toBe('currency_mismatch');
    const still = await readFundRequest(stack, keys.partner, id);
    expect(still.status).toBe('Claim due');
    expect(still.openTasks.map((task) => task.id)).toContain('claim.1.partner.requester');
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 5_000_00, committed: 0 });
  });

  it('refuses a clawback in another currency or above what was reimbursed before it is recorded', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 20_000_00, settings: { auditThreshold: 0 } });
    const id = await claimDue(allocation.id, 5_000_00);
    await decide(stack, keys.partner, id, 'claim.1.partner.requester', requester, 'submit', { form: claimForm(usd(4_000_00)) });
    await waitForStatus(stack, keys.vendor, id, 'Claim submitted', 'claim_review.1.vendor.marketing_approver');
    await decide(stack, keys.vendor, id, 'claim_review.1.vendor.marketing_approver', approver, 'approve');
    await waitForStatus(stack, keys.vendor, id, 'Approved', 'reimbursement.1.vendor.finance');
    await decide(stack, keys.vendor, id, 'reimbursement.1.vendor.finance', finance, 'paid', { form: { payment_reference: 'PAY-1', paid_on: '2025-06-01' } });
    await waitForStatus(stack, keys.vendor, id, 'In audit', 'audit.1.vendor.compliance');
    await expectBalances(stack, keys.vendor, allocation.id, { committed: 4_000_00, reserved: 0 });

    // The emailed link's amount is in the funds' currency; one above what was reimbursed is shown again with the reason, and records nothing.
    const fail = linksIn(await taskMail(stack.smtp, id, compliance.email)).decisions['Fail'] ?? '';
    const page = await open(fail);
    expect(page.html).not.toContain('name="form.clawback_amount.currency"');
    const byMail = await submit(fail, { confirm: confirmationOf(page), outcome: 'fail', 'form.clawback_amount': '9,000.00' });
    expect(byMail.status).toBe(422);
    expect(byMail.html).toContain('nothing has been recorded yet');
    expect(byMail.html).toContain('$9,000.00 is above the limit of $4,000.00.');
    const euros = await decide(stack, keys.vendor, id, 'audit.1.vendor.compliance', compliance, 'fail', { form: { clawback_amount: { amount: 1_000_00, currency: 'EUR' } } });
    expect(euros.status).toBe(422);
    expect((euros.body as ErrorAnswer).error.code).toBe('currency_mismatch');
    const tooMuch = await decide(stack, keys.vendor, id, 'audit.1.vendor.compliance', compliance, 'fail', { form: { clawback_amount: usd(9_000_00) } });
    expect(tooMuch.status).toBe(422);
    expect((tooMuch.body as ErrorAnswer).error.code).toBe('amount_above_limit');
    await expectBalances(stack, keys.vendor, allocation.id, { committed: 4_000_00, clawedBack: 0 });

    await decide(stack, keys.vendor, id, 'audit.1.vendor.compliance', compliance, 'fail', { form: { clawback_amount: usd(1_500_00) } });
    await waitForStatus(stack, keys.vendor, id, 'Non-compliant');
    await expectBalances(stack, keys.vendor, allocation.id, { committed: 4_000_00, clawedBack: 1_500_00 });
  });
});

describe('starting a fund request', () => {
  it('submits the proposal of a request whose start outlived a crash, instead of answering with a Draft', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 20_000_00 });
    const businessKey = `crash-${allocation.id}`;
    // What a process that died between starting the workflow and submitting the proposal left behind.
    const published = await findTemplate(stack.pool, FUND_REQUEST_TEMPLATE);
    if (!published) throw new Error('the fund request template is not published');
    const bindings = {
      companies: { vendor, partner },
      participants: {
        'vendor.channel_manager': [manager],
        'vendor.marketing_approver': [approver],
        'vendor.finance': [finance],
        'vendor.compliance': [compliance],
        'partner.requester': [requester],
        'partner.marketing_lead': [requester],
      },
    };
    const orphan = await new InstanceClient(stack.client).start({ template: published.template, businessKey, bindings, input: { allocation_id: allocation.id }, initiator: requester, taskQueue: stack.config.TEMPORAL_TASK_QUEUE, starterCompanyId: partner });
    await eventually(async () => expect((await new InstanceClient(orphan.handle.client).state(orphan.handle.workflowId)).status).toBe('Draft'), 10_000);

    const retried = await requestFunds(stack, keys, allocation.id, { businessKey, proposal: proposal(4_000_00) });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ id: orphan.id, status: 'In review', funds: { requested: 4_000_00 } });
    // Retrying once more finds the submitted request; the proposal is recorded once.
    const again = await requestFunds(stack, keys, allocation.id, { businessKey, proposal: proposal(4_000_00) });
    expect(again).toMatchObject({ status: 200, body: { id: orphan.id, status: 'In review' } });
    const state = await new InstanceClient(orphan.handle.client).state(orphan.handle.workflowId);
    expect(state.history.filter((event) => event.type === 'decided' && event.stepId === 'proposal')).toHaveLength(1);
  });

  it('starts a new request and submits its proposal in one call', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 20_000_00 });
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(4_000_00) });
    expect(started).toMatchObject({ status: 201, body: { status: 'In review', funds: { requested: 4_000_00 } } });
    const history = await stack.client.workflow.getHandle(started.body.id).fetchHistory();
    const events = history.events ?? [];
    // The update arrived with the start: no workflow task ran before the proposal was accepted.
    const accepted = events.findIndex((event) => event.workflowExecutionUpdateAcceptedEventAttributes);
    const completedTasks = events.slice(0, accepted).filter((event) => event.workflowTaskCompletedEventAttributes);
    expect(accepted).toBeGreaterThan(0);
    expect(completedTasks.length).toBeLessThanOrEqual(1);
  });
});

describe('ended requests', () => {
  it('releases what a request held when the partner or the vendor withdraws', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 20_000_00 });
    const byPartner = await claimDue(allocation.id, 8_000_00);
    const byVendor = await claimDue(allocation.id, 9_000_00);
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 17_000_00 });

    const partnerLeaves = await call<{ status: string }>(stack, 'POST', `/instances/${encodeURIComponent(byPartner)}/withdraw`, { key: keys.partner, body: { actor: requester.email, party: 'partner', reason: 'The event was called off' } });
    expect(partnerLeaves.status).toBe(200);
    await decide(stack, keys.partner, byVendor, 'claim.1.partner.requester', requester, 'submit', { form: claimForm(usd(9_000_00)) });
    await waitForStatus(stack, keys.vendor, byVendor, 'Claim submitted', 'claim_review.1.vendor.marketing_approver');
    const vendorLeaves = await call<{ status: string }>(stack, 'POST', `/instances/${encodeURIComponent(byVendor)}/withdraw`, { key: keys.vendor, body: { actor: approver.email, party: 'vendor', reason: 'Programme closed' } });
    expect(vendorLeaves.status).toBe(200);

    for (const id of [byPartner, byVendor]) {
      const ended = await eventually(async () => {
        const found = await readFundRequest(stack, keys.vendor, id);
        expect(found).toMatchObject({ status: 'Withdrawn', lifecycle: 'completed', funds: { reserved: 0 } });
        return found;
      }, 30_000);
      expect(ended.funds?.released).toBeGreaterThan(0);
    }
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, committed: 0, available: 20_000_00 });
  });

  it('tells the manager and the partner in plain words when the allocation expired before pre-approval, and ends the request', async () => {
    const expiresAt = new Date(Date.now() + 4_000).toISOString();
    const allocation = await fundedAllocation(stack, keys, { amount: 20_000_00, expiresAt });
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(5_000_00) });
    expect(started.status).toBe(201);
    await eventually(() => expect(Date.now()).toBeGreaterThan(Date.parse(expiresAt)), 10_000);
    expect((await decide(stack, keys.vendor, started.body.id, 'manager_review.1.vendor.channel_manager', manager, 'approve')).status).toBe(200);

    const ended = await waitForStatus(stack, keys.vendor, started.body.id, 'Allocation expired');
    expect(ended).toMatchObject({ lifecycle: 'completed', problem: { code: 'allocation_expired' }, openTasks: [] });
    const told = await stack.smtp.waitFor((mail) => mail.to.includes(manager.email) && mail.subject === 'The allocation for this fund request has expired');
    expect(told.text).toContain('expired before its funds were reserved');
    expect(told.text).not.toContain('approved amount');
    await stack.smtp.waitFor((mail) => mail.to.includes(requester.email) && mail.subject === 'The allocation for this fund request has expired');
    const mails = stack.smtp.messages.filter((mail) => mail.to.includes(manager.email) && mail.headers.get('x-tandem-instance') === started.body.id);
    expect(mails.filter((mail) => mail.subject === 'The approved amount could not be reserved')).toEqual([]);
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, committed: 0 });
  });
});

