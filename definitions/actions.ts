/**
 * The registry of system actions a template's `action` steps may name, with the schema of
 * each action's `with` arguments. The validator checks templates against it; the
 * interpreter runs the actions.
 *
 * To add an action, add an entry to {@link ACTIONS}: a schema for its arguments and,
 * if its arguments name roles, expressions or variables, a `references` function so the
 * validator can check them like the rest of the template.
 */
import { z } from 'zod';
import { Identifier, RoleRef } from './template.js';

/** Where in an action's arguments something sits, e.g. `['to', 0]`. */
export type ArgumentPath = ReadonlyArray<string | number>;

/** What an action's arguments point to, so the validator can check each reference. */
export interface ActionReferences {
  /** Roles (`party.role`) that must exist in the template. */
  roles?: Array<{ path: ArgumentPath; role: string }>;
  /** Condition-language expressions that must parse and name known fields. */
  expressions?: Array<{ path: ArgumentPath; expression: string }>;
  /** Variables the action writes, readable by later conditions as `vars.<name>`. */
  writes?: string[];
}

/** A system action: its name, what it does, and the schema of its `with` arguments. */
export interface ActionDefinition<Args = unknown> {
  name: string;
  summary: string;
  arguments: z.ZodType<Args>;
  references?(args: Args): ActionReferences;
  /** The outcomes the action reports, each routed by the step's `next` map; without them, only `done`. */
  outcomes?: readonly string[];
}

/** Arguments of `notify`: mails a message to everyone holding the given roles. */
export const NotifyArguments = z.strictObject({
  to: z.array(RoleRef).min(1, 'name at least one role to notify, e.g. [vendor.finance]'),
  subject: z.string().min(1, 'give the mail a subject'),
  message: z.string().min(1, 'give the mail a message'),
  /** An expression whose value is added below the message, e.g. a reason someone gave in a form. */
  details: z.string().min(1, 'give an expression, e.g. steps.review.form.findings').optional(),
});
export type NotifyArguments = z.infer<typeof NotifyArguments>;

/** Arguments of `record`: stores the value of an expression as `vars.<name>`. */
export const RecordArguments = z.strictObject({
  name: Identifier,
  value: z.string().min(1, 'give an expression, e.g. input.amount.amount * 2'),
});
export type RecordArguments = z.infer<typeof RecordArguments>;

function defineAction<Args>(definition: ActionDefinition<Args>): ActionDefinition<Args> {
  return definition;
}

// ── market development funds: the ledger and the compliance audit sample ──

const Expression = z.string().min(1, 'give an expression, e.g. steps.proposal.form.requested_amount');

/** Arguments of `ledger.check`: whether `amount` (money) fits what `allocation` (its id) has available. Holds nothing. */
export const LedgerCheckArguments = z.strictObject({ allocation: Expression, amount: Expression });
export type LedgerCheckArguments = z.infer<typeof LedgerCheckArguments>;

/** Arguments of `ledger.reserve`: holds `amount` of `allocation` for this fund request; `atMost` caps it (e.g. the requested amount). */
export const LedgerReserveArguments = z.strictObject({ allocation: Expression, amount: Expression, atMost: Expression.optional() });
export type LedgerReserveArguments = z.infer<typeof LedgerReserveArguments>;

/** Arguments of `ledger.adjust`: changes what this fund request holds to `to` (money). */
export const LedgerAdjustArguments = z.strictObject({ to: Expression });
export type LedgerAdjustArguments = z.infer<typeof LedgerAdjustArguments>;

/** Why a fund request gives back what it holds; kept on the movement for reports. */
export const ReleaseReason = z.enum(['changes_requested', 'denied', 'cancelled', 'expired', 'claim_denied', 'ended', 'allocation_expired']);
export type ReleaseReason = z.infer<typeof ReleaseReason>;

/** Arguments of `ledger.release`: gives back everything this fund request still holds. */
export const LedgerReleaseArguments = z.strictObject({ reason: ReleaseReason });
export type LedgerReleaseArguments = z.infer<typeof LedgerReleaseArguments>;

/**
 * Arguments of `ledger.commit`: books `amount` (money, or minor units of the funds) as
 * reimbursed and releases the rest of what is held. The ledger refuses an amount above what
 * is held, above `claimed` (the actual cost claimed; default `steps.claim.form.actual_cost`)
 * or above `approved` (what the reviewer approved, when given).
 */
export const LedgerCommitArguments = z.strictObject({ amount: Expression, claimed: Expression.optional(), approved: Expression.optional() });
export type LedgerCommitArguments = z.infer<typeof LedgerCommitArguments>;

/** Arguments of `ledger.clawback`: claims back `amount` (money) of what was reimbursed (default: all of it); never more than that. */
export const LedgerClawbackArguments = z.strictObject({ amount: Expression.optional() });
export type LedgerClawbackArguments = z.infer<typeof LedgerClawbackArguments>;

/** Arguments of `audit.sample`: audit when `amount` is above `threshold` (minor units), else a `percent` share of requests. */
export const AuditSampleArguments = z.strictObject({ amount: Expression, threshold: Expression, percent: Expression });
export type AuditSampleArguments = z.infer<typeof AuditSampleArguments>;

/** The expressions among an action's arguments, for the validator. */
function expressionArguments(args: Record<string, string | undefined>, names: readonly string[]): ActionReferences['expressions'] {
  return names.flatMap((name) => {
    const expression = args[name];
    return expression === undefined ? [] : [{ path: [name], expression }];
  });
}

/** Variables every ledger action writes: the fund request's balances and, on a refusal, why. */
const LEDGER_WRITES = ['funds', 'ledger_problem'];

/** Every system action, by name. */
export const ACTIONS = {
  notify: defineAction({
    name: 'notify',
    summary: 'mails a subject and message (plus the value of an optional details expression) to everyone holding the given roles',
    arguments: NotifyArguments,
    references: (args) => ({
      roles: args.to.map((role, index) => ({ path: ['to', index], role })),
      ...(args.details === undefined ? {} : { expressions: [{ path: ['details'], expression: args.details }] }),
    }),
  }),
  record: defineAction({
    name: 'record',
    summary: 'evaluates an expression and stores the result as vars.<name> for later conditions',
    arguments: RecordArguments,
    references: (args) => ({ expressions: [{ path: ['value'], expression: args.value }], writes: [args.name] }),
  }),
  'ledger.check': defineAction({
    name: 'ledger.check',
    outcomes: ['fits', 'insufficient_funds', 'invalid'],
    summary: 'checks that an amount fits the available funds of an allocation of this partner; outcomes fits, insufficient_funds, invalid',
    arguments: LedgerCheckArguments,
    references: (args) => ({ expressions: expressionArguments(args, ['allocation', 'amount']), writes: LEDGER_WRITES }),
  }),
  'ledger.reserve': defineAction({
    name: 'ledger.reserve',
    outcomes: ['reserved', 'insufficient_funds', 'invalid'],
    summary: 'holds an amount of an allocation for this fund request; outcomes reserved, insufficient_funds, invalid',
    arguments: LedgerReserveArguments,
    references: (args) => ({ expressions: expressionArguments(args, ['allocation', 'amount', 'atMost']), writes: LEDGER_WRITES }),
  }),
  'ledger.adjust': defineAction({
    name: 'ledger.adjust',
    outcomes: ['adjusted', 'insufficient_funds', 'invalid'],
    summary: 'lowers the amount this fund request holds (never raises it); outcomes adjusted, insufficient_funds, invalid',
    arguments: LedgerAdjustArguments,
    references: (args) => ({ expressions: expressionArguments(args, ['to']), writes: LEDGER_WRITES }),
  }),
  'ledger.release': defineAction({
    name: 'ledger.release',
    outcomes: ['released'],
    summary: 'gives back everything this fund request still holds; outcome released',
    arguments: LedgerReleaseArguments,
    references: () => ({ writes: LEDGER_WRITES }),
  }),
  'ledger.commit': defineAction({
    name: 'ledger.commit',
    outcomes: ['committed', 'invalid'],
    summary: 'books the reimbursed amount (at most what is held, approved and claimed) and releases the rest; outcomes committed, invalid',
    arguments: LedgerCommitArguments,
    references: (args) => ({ expressions: expressionArguments(args, ['amount', 'claimed', 'approved']), writes: LEDGER_WRITES }),
  }),
  'ledger.clawback': defineAction({
    name: 'ledger.clawback',
    outcomes: ['clawed_back', 'invalid'],
    summary: 'claims back reimbursed funds after a failed audit; outcome clawed_back',
    arguments: LedgerClawbackArguments,
    references: (args) => ({ expressions: expressionArguments(args, ['amount']), writes: LEDGER_WRITES }),
  }),
  'audit.sample': defineAction({
    name: 'audit.sample',
    outcomes: ['audit', 'skip'],
    summary: 'selects a fund request for a compliance audit above a threshold or by sampling; outcomes audit, skip',
    arguments: AuditSampleArguments,
    references: (args) => ({ expressions: expressionArguments(args, ['amount', 'threshold', 'percent']), writes: ['audit'] }),
  }),
} as const;

/** The name of a system action. */
export type ActionName = keyof typeof ACTIONS;

/** Names of all system actions, for messages and editors. */
export const ACTION_NAMES = Object.keys(ACTIONS).filter(isActionName);

/** Whether a name is a registered action (own keys only, so `toString` is not one). */
export function isActionName(name: string): name is ActionName {
  return Object.hasOwn(ACTIONS, name);
}

/** The action with this name, or undefined if the registry has none. */
export function findAction(name: string): ActionDefinition | undefined {
  return isActionName(name) ? ACTIONS[name] : undefined;
}
