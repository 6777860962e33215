/**
 * Every way the interpreter refuses a command or gives up on a template, each a named type.
 * Callers (the API's error mapper, the directory's hand-over) branch on the type, and the
 * workflow shell turns a refusal into a non-retryable `ApplicationFailure` of the same type.
 */

/** Named failure types, so callers can branch on them and retries stop where they can't help. */
export const FailureType = {
  /** The actor is not among the task's assignees. */
  NotYourTask: 'NotYourTask',
  /** The task was already decided, cancelled or timed out. */
  TaskNotOpen: 'TaskNotOpen',
  /** The instance has no task with that id. */
  UnknownTask: 'UnknownTask',
  /** The outcome is not one the task offers. */
  OutcomeNotAllowed: 'OutcomeNotAllowed',
  /** The form does not fit the step's fields. */
  InvalidForm: 'InvalidForm',
  /** The instance has completed or been cancelled. */
  InstanceNotRunning: 'InstanceNotRunning',
  /** Cancelling is for the instance's initiator and the template's admins. */
  NotInitiatorOrAdmin: 'NotInitiatorOrAdmin',
  /** Reassigning is for the template's admins (or a party admin, checked by the API). */
  NotAdmin: 'NotAdmin',
  /** The template has no party of that name. */
  UnknownParty: 'UnknownParty',
  /** The party has withdrawn already. */
  PartyAlreadyWithdrawn: 'PartyAlreadyWithdrawn',
  /** Only someone in one of its roles may withdraw a party. */
  NotInParty: 'NotInParty',
  /** A task goes only to someone at the company it belongs to. */
  RecipientAtOtherCompany: 'RecipientAtOtherCompany',
  /** The person a task should go to holds it already. */
  AlreadyHoldsTask: 'AlreadyHoldsTask',
  /** The person handed over holds no role and no open task of the company in this instance. */
  HoldsNothing: 'HoldsNothing',
  /** The start input does not fit the template's inputs. */
  InvalidStartInput: 'InvalidStartInput',
  /** An amount in another currency than the one its field takes (e.g. the allocation's). */
  CurrencyMismatch: 'CurrencyMismatch',
  /** A migration's target is not a later version of the instance's own template. */
  MigrationTargetInvalid: 'MigrationTargetInvalid',
  /** A migration's mapping names a step the old version or the new one does not have. */
  MigrationMappingInvalid: 'MigrationMappingInvalid',
  /** A step where the instance is now (a token, an open task) has no step in the new version. */
  MigrationStepUnmapped: 'MigrationStepUnmapped',
  /** A current position maps to a step that cannot take it over (another kind, branch or outcomes). */
  MigrationStepIncompatible: 'MigrationStepIncompatible',
  /** The new version needs a party, role or input the instance was not started with. */
  MigrationBindingsMissing: 'MigrationBindingsMissing',
  /** An amount above what its field's `atMost` allows (e.g. more than was requested or reserved). */
  AmountAboveLimit: 'AmountAboveLimit',
  /** The outcome would hold more of the allocation than it has available (the step's `needsFunds`). */
  InsufficientFunds: 'InsufficientFunds',
  /** Ops asked to resolve an incident, but the instance has none open. */
  NoIncident: 'NoIncident',
  /** A variable ops set on a retry has a name that reads the language's built-ins. */
  InvalidVariable: 'InvalidVariable',
  /**
   * The template snapshot cannot be run as written (a missing transition or step, malformed
   * action arguments). Validation at publishing should make this impossible; when it
   * happens the token stops at its step in an incident (core/incidents.ts); runs from
   * before incidents failed instead.
   */
  TemplateDefect: 'TemplateDefect',
} as const;
export type FailureType = (typeof FailureType)[keyof typeof FailureType];

/** A refusal or defect raised by the core; the shell turns it into a Temporal failure of the same type. */
export class Failure extends Error {
  constructor(
    readonly type: FailureType,
    message: string,
    /** For a refused form: what is wrong with each field, by field name, in words for the person filling it in. */
    readonly fields?: Record<string, string>,
    /**
     * The refusal's facts as data (amounts in minor units with their currency), so a page can
     * word it in its reader's language: `{ amount, limit, currency }` for AmountAboveLimit,
     * `{ amount, available, currency }` for InsufficientFunds.
     */
    readonly details?: FailureDetails,
  ) {
    super(message);
    this.name = type;
  }
}

/** The data of a refusal, beside its English message. */
export type FailureDetails = Record<string, string | number>;

/** Throws a {@link Failure} of `type`. */
export function fail(type: FailureType, message: string, fields?: Record<string, string>, details?: FailureDetails): never {
  throw new Failure(type, message, fields, details);
}
