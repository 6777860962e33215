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
import { ArgumentProblem, minorUnitsArgument, moneyArgument, scopeOf, textArgument } from './expressions.js';
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
 * the budget's team (`instance_bindings.source = 'mdf_budget'`), or instances that ran before
 * the directory existed (`legacy`). Anything else, e.g. an `mdf-fund-request` started through
 * the generic start with people a caller chose, moves no money.
 */
async function unboundRefusal(database: pg.Pool, instanceId: string, partnerCompanyId: string): Promise<{ ok: false; refusal: { code: 'unbound_instance'; message: string } } | undefined> {
  const found = await database.query<{ source: string; starter_company_id: string }>('SELECT source, starter_company_id FROM instance_bindings WHERE instance_id = $1', [instanceId]);
  const row = found.rows[0];
  if (row?.source === 'legacy' || (row?.source === 'mdf_budget' && row.starter_company_id === partnerCompanyId)) return undefined;
  return { ok: false, refusal: { code: 'unbound_instance', message: `fund request ${instanceId} was not started by its partner from an allocation with the budget's team; the ledger moves no money for it` } };
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

/** The ledger actions by name, over a Postgres pool. */
export function createLedgerActions(database: pg.Pool): Record<string, ActionHandler> {
  const refusingBadArguments = (handler: ActionHandler): ActionHandler => (request) => guarded(database, request, () => handler(request));

  const open = async (request: ActionRequest, allocationExpression: string, amount: { amount: number; currency: string }) => {
    const scope = scopeOf(request);
    const allocationId = textArgument(allocationExpression, scope, 'allocation');
    const partner = companyOf(request, PARTNER);
    const unbound = await unboundRefusal(database, request.instanceId, partner);
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
      if (atMost && amount.amount > atMost.amount) {
        return refused('invalid', 'above_requested', `${amount.amount} is more than the ${atMost.amount} requested; approve at most the requested amount`, await fundsOfRequest(database, request.instanceId));
      }
      if (amount.amount === 0) return refused('invalid', 'invalid_amount', 'approve an amount above 0, or deny the request', await fundsOfRequest(database, request.instanceId));
      const opened = await open(request, args.allocation, atMost ?? amount);
      if (!opened.ok) return refused('invalid', opened.refusal.code, opened.refusal.message);
      if (amount.currency !== opened.funds.currency) return refused('invalid', 'currency_mismatch', `the allocation is in ${opened.funds.currency}, not ${amount.currency}`, opened.funds);
      return fromMove(await move(database, request.instanceId, request.key, () => [{ kind: 'reserve', amount: amount.amount }]), 'reserved', request);
    }),

    'ledger.adjust': refusingBadArguments(async (request) => {
      const args = LedgerAdjustArguments.parse(request.args);
      const funds = await fundsOfRequest(database, request.instanceId);
      const to = moneyArgument(args.to, scopeOf(request), 'to');
      if (funds && to.currency !== funds.currency) return refused('invalid', 'currency_mismatch', `the allocation is in ${funds.currency}, not ${to.currency}`, funds);
      if (to.amount === 0) return refused('invalid', 'invalid_amount', 'approve an amount above 0, or deny the request', funds);
      const plan = (held: { reserved: number }): PlannedMovement[] => (to.amount === held.reserved ? [] : [{ kind: 'adjust', amount: to.amount - held.reserved }]);
      return fromMove(await move(database, request.instanceId, request.key, plan), 'adjusted', request);
    }),

    'ledger.release': refusingBadArguments(async (request) => {
      const args = LedgerReleaseArguments.parse(request.args);
      const plan = (held: { reserved: number }): PlannedMovement[] => (held.reserved > 0 ? [{ kind: 'release', amount: held.reserved, reason: args.reason }] : []);
      const result = await move(database, request.instanceId, request.key, plan);
      // A request that never reached the ledger holds nothing, so there is nothing to give back.
      if (!result) return { outcome: 'released', vars: { ledger_problem: null } };
      return fromMove(result, 'released', request);
    }),

    'ledger.commit': refusingBadArguments(async (request) => {
      const args = LedgerCommitArguments.parse(request.args);
      const funds = await fundsOfRequest(database, request.instanceId);
      const amount = minorUnitsArgument(args.amount, scopeOf(request), 'amount', funds?.currency);
      // Reimbursement never exceeds what was pre-approved; what is not spent goes back.
      const plan = (held: { reserved: number }): PlannedMovement[] => {
        const paid = Math.min(amount, held.reserved);
        const rest = held.reserved - paid;
        return [...(paid > 0 ? [{ kind: 'commit' as const, amount: paid }] : []), ...(rest > 0 ? [{ kind: 'release' as const, amount: rest, reason: 'unspent' }] : [])];
      };
      return fromMove(await move(database, request.instanceId, request.key, plan), 'committed', request);
    }),

    'ledger.clawback': refusingBadArguments(async (request) => {
      const args = LedgerClawbackArguments.parse(request.args);
      const funds = await fundsOfRequest(database, request.instanceId);
      const asked = args.amount === undefined ? undefined : minorUnitsArgument(args.amount, scopeOf(request), 'amount', funds?.currency);
      const plan = (held: { committed: number; clawedBack: number }): PlannedMovement[] => {
        const recoverable = held.committed - held.clawedBack;
        const amount = Math.min(asked ?? recoverable, recoverable);
        return amount > 0 ? [{ kind: 'clawback', amount, reason: 'failed_audit' }] : [];
      };
      return fromMove(await move(database, request.instanceId, request.key, plan), 'clawed_back', request);
    }),
  };
}
