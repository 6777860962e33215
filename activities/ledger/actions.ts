/**
 * The ledger's system actions for the `mdf-fund-request` template: check, reserve, adjust,
 * release, commit and claw back funds of an allocation. Each runs as the `performAction`
 * activity and is idempotent by the request's key (instance/step.visit).
 *
 * Business refusals (not enough funds, an amount that does not fit) are outcomes the template
 * routes, with `vars.ledger_problem` saying why; only infrastructure failures throw, so
 * Temporal retries them.
 */
import type pg from 'pg';
import {
  LedgerAdjustArguments,
  LedgerCheckArguments,
  LedgerClawbackArguments,
  LedgerCommitArguments,
  LedgerReleaseArguments,
  LedgerReserveArguments,
} from '../../definitions/actions.js';
import type { ActionHandler } from '../actions/registry.js';
import type { ActionRequest, ActionResult } from '../contracts.js';
import { ArgumentProblem, minorUnitsArgument, moneyArgument, scopeOf, textArgument, valueArgument } from './expressions.js';
import { fundsOfRequest, move, openFundRequest, type FundRequestFunds, type MoveOutcome, type PlannedMovement } from './store.js';

/** The template's parties whose companies own the allocation. */
const VENDOR = 'vendor';
const PARTNER = 'partner';

/** What the template can read after a ledger action: `vars.funds.reserved` and friends. */
function fundsVars(funds: FundRequestFunds): Record<string, unknown> {
  return {
    funds: {
      allocation: funds.allocationId,
      currency: funds.currency,
      requested: funds.requested,
      reserved: funds.reserved,
      committed: funds.committed,
      released: funds.released,
      clawed_back: funds.clawedBack,
      allocation_available: funds.allocationAvailable,
    },
    ledger_problem: null,
  };
}

function refused(outcome: 'insufficient_funds' | 'invalid', code: string, message: string, funds?: FundRequestFunds): ActionResult {
  return { outcome, vars: { ...(funds ? fundsVars(funds) : {}), ledger_problem: { code, message } }, details: { refused: code, message } };
}

function fromMove(result: MoveOutcome | undefined, outcome: string, request: ActionRequest): ActionResult {
  if (!result) return refused('invalid', 'unknown_fund_request', `the ledger has no fund request ${request.instanceId}; check it against an allocation first`);
  if (result.status === 'refused') {
    return refused(result.refusal.code === 'insufficient_funds' ? 'insufficient_funds' : 'invalid', result.refusal.code, result.refusal.message, result.funds);
  }
  return { outcome, vars: fundsVars(result.funds), details: { ledger: result.status, movements: result.movements } };
}

function companyOf(request: ActionRequest, party: string): string {
  const company = request.companies[party];
  if (!company) throw new ArgumentProblem(`the instance has no "${party}" party; MDF templates need a vendor and a partner`);
  return company;
}

/**
 * The ledger acts only for fund requests whose people came from the directory the MDF way:
 * started by the allocation's partner through the fund request route, the vendor's roles from
 * the budget's team (`instance_bindings.source = 'mdf_budget'`), or the run that was already
 * going before the directory existed (`legacy`, for the run started at
 * `legacy_run_started_at` only: a new run that reuses a closed legacy instance's id inherits
 * nothing). Anything else, e.g. an `mdf-fund-request` started through the generic start or the
 * CLI with people a caller chose, moves no money.
 */
async function unboundRefusal(database: pg.Pool, request: Pick<ActionRequest, 'instanceId' | 'runStartedAt'>, partnerCompanyId: string): Promise<{ ok: false; refusal: { code: 'unbound_instance'; message: string } } | undefined> {
  const found = await database.query<{ source: string; starter_company_id: string; legacy_run_started_at: Date | null }>(
    'SELECT source, starter_company_id, legacy_run_started_at FROM instance_bindings WHERE instance_id = $1',
    [request.instanceId],
  );
  const row = found.rows[0];
  if (row?.source === 'mdf_budget' && row.starter_company_id === partnerCompanyId) return undefined;
  if (row?.source === 'legacy' && row.legacy_run_started_at !== null && row.legacy_run_started_at.getTime() === request.runStartedAt) return undefined;
  return { ok: false, refusal: { code: 'unbound_instance', message: `fund request ${request.instanceId} was not started by its partner from an allocation with the budget's team; the ledger moves no money for it` } };
}

/** Runs `work`; an argument that cannot be read becomes the `invalid` outcome. */
async function guarded(database: pg.Pool, request: ActionRequest, work: () => Promise<ActionResult>): Promise<ActionResult> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ArgumentProblem)) throw error;
    return refused('invalid', 'invalid_argument', error.message, await fundsOfRequest(database, request.instanceId));
  }
}

/** Where `ledger.commit` finds the claimed actual cost when the template does not say. */
const DEFAULT_CLAIMED = 'steps.claim.form.actual_cost';

/**
 * An amount argument as money: money keeps its own currency (so one in another currency is
 * refused by the ledger, not read as the allocation's), a bare number is minor units of the funds.
 */
function amountIn(expression: string, scope: ReturnType<typeof scopeOf>, what: string, funds: FundRequestFunds): { amount: number; currency: string } {
  const value = valueArgument(expression, scope, what);
  if (typeof value === 'number') return { amount: minorUnitsArgument(expression, scope, what), currency: funds.currency };
  return moneyArgument(expression, scope, what);
}

/** The ledger actions by name, over a Postgres pool. */
export function createLedgerActions(database: pg.Pool): Record<string, ActionHandler> {
  const refusingBadArguments = (handler: ActionHandler): ActionHandler => (request) => guarded(database, request, () => handler(request));

  const open = async (request: ActionRequest, allocationExpression: string, amount: { amount: number; currency: string }) => {
    const scope = scopeOf(request);
    const allocationId = textArgument(allocationExpression, scope, 'allocation');
    const partner = companyOf(request, PARTNER);
    const unbound = await unboundRefusal(database, request, partner);
    if (unbound) return unbound;
    return openFundRequest(database, { fundRequestId: request.instanceId, allocationId, vendorCompanyId: companyOf(request, VENDOR), partnerCompanyId: partner, requested: amount });
  };

  return {
    'ledger.check': refusingBadArguments(async (request) => {
      const args = LedgerCheckArguments.parse(request.args);
      const amount = moneyArgument(args.amount, scopeOf(request), 'amount');
      const opened = await open(request, args.allocation, amount);
      if (!opened.ok) return refused('invalid', opened.refusal.code, opened.refusal.message);
      const funds = opened.funds;
      if (funds.allocationExpiresAt !== null && funds.allocationExpiresAt <= Date.now()) {
        return refused('invalid', 'allocation_expired', `the allocation expired on ${new Date(funds.allocationExpiresAt).toISOString().slice(0, 10)}, so no funds can be held from it any more`, funds);
      }
      const free = funds.allocationAvailable + funds.reserved;
      if (amount.amount > free) {
        return refused('insufficient_funds', 'insufficient_funds', `${amount.amount} is more than the ${free} ${funds.currency} (minor units) available in the allocation`, funds);
      }
      return { outcome: 'fits', vars: fundsVars(funds) };
    }),

    'ledger.reserve': refusingBadArguments(async (request) => {
      const args = LedgerReserveArguments.parse(request.args);
      const scope = scopeOf(request);
      const amount = moneyArgument(args.amount, scope, 'amount');
      const atMost = args.atMost === undefined ? undefined : moneyArgument(args.atMost, scope, 'atMost');
      // What the request asked for caps what may be held; the ledger refuses anything above it.
      const opened = await open(request, args.allocation, atMost ?? amount);
      if (!opened.ok) return refused('invalid', opened.refusal.code, opened.refusal.message);
      const plan = (): PlannedMovement[] => [{ kind: 'reserve', amount: amount.amount, currency: amount.currency }];
      return fromMove(await move(database, request.instanceId, request.key, plan), 'reserved', request);
    }),

    'ledger.adjust': refusingBadArguments(async (request) => {
      const args = LedgerAdjustArguments.parse(request.args);
      const to = moneyArgument(args.to, scopeOf(request), 'to');
      const plan = (held: { reserved: number }): PlannedMovement[] => (to.amount === held.reserved ? [] : [{ kind: 'adjust', amount: to.amount - held.reserved, currency: to.currency }]);
      return fromMove(await move(database, request.instanceId, request.key, plan), 'adjusted', request);
    }),

    'ledger.release': refusingBadArguments(async (request) => {
      const args = LedgerReleaseArguments.parse(request.args);
      const plan = (held: { reserved: number; currency: string }): PlannedMovement[] =>
        held.reserved > 0 ? [{ kind: 'release', amount: held.reserved, currency: held.currency, reason: args.reason }] : [];
      const result = await move(database, request.instanceId, request.key, plan);
      // A request that never reached the ledger holds nothing, so there is nothing to give back.
      if (!result) return { outcome: 'released' };
      // A release answers no earlier refusal, so the reason a request ended stays readable.
      const released = fromMove(result, 'released', request);
      return { ...released, vars: { funds: released.vars?.['funds'] } };
    }),

    'ledger.commit': refusingBadArguments(async (request) => {
      const args = LedgerCommitArguments.parse(request.args);
      const scope = scopeOf(request);
      const funds = await fundsOfRequest(database, request.instanceId);
      if (!funds) return fromMove(undefined, 'committed', request);
      const amount = amountIn(args.amount, scope, 'amount', funds);
      const claimed = amountIn(args.claimed ?? DEFAULT_CLAIMED, scope, 'claimed', funds);
      const approved = args.approved === undefined ? undefined : amountIn(args.approved, scope, 'approved', funds);
      const mismatch = [amount, claimed, approved].find((money) => money !== undefined && money.currency !== funds.currency);
      if (mismatch) return refused('invalid', 'currency_mismatch', `the funds are in ${funds.currency}; an amount in ${mismatch.currency} cannot be reimbursed`, funds);
      // What is reimbursed is booked; what is held beyond it goes back to the allocation.
      const plan = (held: { reserved: number; currency: string }): PlannedMovement[] => {
        const commit: PlannedMovement = { kind: 'commit', amount: amount.amount, currency: amount.currency, claimed: claimed.amount, ...(approved ? { approved: approved.amount } : {}) };
        const rest = held.reserved - amount.amount;
        return [commit, ...(rest > 0 ? [{ kind: 'release' as const, amount: rest, currency: held.currency, reason: 'unspent' }] : [])];
      };
      return fromMove(await move(database, request.instanceId, request.key, plan), 'committed', request);
    }),

    'ledger.clawback': refusingBadArguments(async (request) => {
      const args = LedgerClawbackArguments.parse(request.args);
      const funds = await fundsOfRequest(database, request.instanceId);
      if (!funds) return fromMove(undefined, 'clawed_back', request);
      const asked = args.amount === undefined ? undefined : amountIn(args.amount, scopeOf(request), 'amount', funds);
      const plan = (held: { committed: number; clawedBack: number; currency: string }): PlannedMovement[] => {
        const recoverable = held.committed - held.clawedBack;
        const money = asked ?? { amount: recoverable, currency: held.currency };
        return money.amount > 0 || asked !== undefined ? [{ kind: 'clawback', amount: money.amount, currency: money.currency, reason: 'failed_audit' }] : [];
      };
      return fromMove(await move(database, request.instanceId, request.key, plan), 'clawed_back', request);
    }),
  };
}
