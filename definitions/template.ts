/**
 * The template language: the shape of a cross-company workflow written as data.
 *
 * This file holds only the structural schema (what a template may contain). Checks that
 * need the whole template at once (references between steps, reachability, roles that
 * exist, conditions that parse) live in `validate.ts`, which every template passes
 * through before it is published or started.
 *
 * The module is pure and deterministic: workflow code imports it to read snapshots.
 */
import { z } from 'zod';
import { MAX_ID_LENGTH, RESERVED_NAMES } from './limits.js';

/** The message of a name that JavaScript reserves; schema-issues.ts reports it as `reserved_name`. */
export const RESERVED_NAME_MESSAGE = `is a reserved word (${[...RESERVED_NAMES].join(', ')}); choose another name`;

/** `constructor` and `prototype` as a whole name or one part of `party.role` (`__proto__` cannot start with a letter). */
/** No part of a dotted path is `constructor` or `prototype`. */
const NOT_RESERVED_PATH = /^(?!(?:.*\.)?(?:constructor|prototype)(?:\.|$))/;

const NOT_RESERVED = /^(?!(?:constructor|prototype)(?:\.|$))(?:[^.]*\.(?!(?:constructor|prototype)$))?[^.]*$/;

/** An identifier used for ids of steps, parties, roles, fields and outcomes. */
export const Identifier = z
  .string()
  .max(MAX_ID_LENGTH)
  .regex(/^[a-z][a-z0-9_]*$/, 'use lower-case letters, digits and underscores, starting with a letter')
  .regex(NOT_RESERVED, RESERVED_NAME_MESSAGE);

/** `party.role`, e.g. `vendor.channel_manager`. */
export const RoleRef = z
  .string()
  .max(2 * MAX_ID_LENGTH + 1)
  .regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/, 'write a role as party.role, e.g. vendor.finance')
  .regex(NOT_RESERVED, RESERVED_NAME_MESSAGE);
export type RoleRef = z.infer<typeof RoleRef>;

/**
 * A duration: a literal such as `45d`, `36h`, `90s`, `500ms` or ISO 8601 `P45D`,
 * or a reference to a `duration` input so each instance can shorten or lengthen it.
 */
export const DurationRef = z.union([z.string().min(1), z.strictObject({ input: Identifier })]);
export type DurationRef = z.infer<typeof DurationRef>;

const fieldBase = {
  title: z.string().optional(),
  description: z.string().optional(),
  required: z.boolean().default(false),
  /**
   * Only these parties see the value (a start input such as a vendor's audit threshold): in
   * status, timeline, mails, webhooks and pages. Without it every party sees it.
   */
  visibleTo: z.array(Identifier).min(1).optional(),
  /**
   * In a task's form: the outcomes this field belongs to (e.g. an approved amount only with
   * `approve_lower`). The page of each outcome shows only its fields, and a decision with
   * another outcome may not carry a value for it. Without it the field belongs to every outcome.
   */
  outcomes: z.array(Identifier).min(1).optional(),
};

/** A typed field of a start input or a task form. Money is integer minor units with a currency. */
export const Field = z.discriminatedUnion('type', [
  z.strictObject({ ...fieldBase, type: z.literal('string'), minLength: z.int().nonnegative().optional(), maxLength: z.int().positive().optional() }),
  z.strictObject({ ...fieldBase, type: z.literal('text'), maxLength: z.int().positive().optional() }),
  z.strictObject({ ...fieldBase, type: z.literal('integer'), min: z.int().optional(), max: z.int().optional() }),
  z.strictObject({ ...fieldBase, type: z.literal('boolean') }),
  z.strictObject({ ...fieldBase, type: z.literal('date') }),
  z.strictObject({ ...fieldBase, type: z.literal('url') }),
  z.strictObject({ ...fieldBase, type: z.literal('email') }),
  z.strictObject({ ...fieldBase, type: z.literal('enum'), values: z.array(z.string().min(1)).min(1) }),
  z.strictObject({
    ...fieldBase,
    type: z.literal('money'),
    currency: z.string().regex(/^[A-Z]{3}$/, 'use an ISO 4217 code such as USD').optional(),
    /**
     * An expression giving the currency the amount must be in, e.g. `vars.funds.currency`.
     * A decision whose amount is in another currency is refused before it is recorded
     * (`currency_mismatch`); while the expression has no value yet, any currency passes.
     */
    currencyFrom: z.string().min(1, 'give an expression, e.g. vars.funds.currency').optional(),
    /**
     * An expression giving the largest amount (in minor units) a decision may carry, e.g.
     * `steps.proposal.form.requested_amount.amount`: the ledger's limit, checked before the
     * decision is recorded so a person hears it on the form. While it has no value, any amount passes.
     */
    atMost: z.string().min(1, 'give an expression, e.g. vars.funds.reserved').optional(),
    min: z.int().nonnegative().optional(),
    max: z.int().positive().optional(),
  }),
  z.strictObject({ ...fieldBase, type: z.literal('duration'), default: z.string().optional() }),
  z.strictObject({ ...fieldBase, type: z.literal('documents'), maxItems: z.int().positive().optional() }),
]);
export type Field = z.infer<typeof Field>;
export type FieldType = Field['type'];

/** A map of field name to field. */
export const Fields = z.record(Identifier, Field);
export type Fields = z.infer<typeof Fields>;

/**
 * A reference a fact shows: `input.<name>`, `steps.<step>.form.<field>`, `steps.<step>.decision`
 * (who decided what, when), `vars.<name>` with an optional path (`vars.funds.reserved`), or
 * `parties.<party>` (the company playing it).
 */
export const FactRef = z
  .string()
  .max(4 * MAX_ID_LENGTH + 20)
  .regex(
    /^(?:input\.[a-z][a-z0-9_]*|steps\.[a-z][a-z0-9_]*\.(?:form\.[a-z][a-z0-9_]*|decision)|vars\.[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*|parties\.[a-z][a-z0-9_]*)$/,
    'refer to input.<name>, steps.<step>.form.<field>, steps.<step>.decision, vars.<name> or parties.<party>',
  )
  .regex(NOT_RESERVED_PATH, RESERVED_NAME_MESSAGE);
export type FactRef = z.infer<typeof FactRef>;

/**
 * One thing a task's holder is shown, in the mail, on the task page, in the API's task and in
 * webhooks: a label written for people and the value it refers to, formatted by the field's type
 * (money in its currency, dates as dates, documents as links). Presentation only: the workflow
 * never reads facts. A fact without a value yet (a claim not made) is left out.
 */
export const Fact = z.strictObject({
  label: z.string().min(1).max(200),
  value: FactRef,
  /**
   * How to show a variable, whose type the template does not declare: `money` reads an integer
   * of minor units in the currency at `currencyFrom`. Fields of inputs and forms are shown by
   * their own type.
   */
  as: z.enum(['text', 'integer', 'money', 'date', 'documents']).optional(),
  /** Where the currency of an `as: money` variable is, e.g. `vars.funds.currency`. */
  currencyFrom: FactRef.optional(),
  /** Only these parties are shown the fact; without it every holder of the step is. */
  visibleTo: z.array(Identifier).min(1).optional(),
});
export type Fact = z.infer<typeof Fact>;

/** A role within a party, e.g. `finance` within `vendor`. */
export const Role = z.strictObject({
  title: z.string().optional(),
  description: z.string().optional(),
  /**
   * The group of the playing company's directory whose active members hold this role by
   * default (e.g. `finance`). Another company's roles can only be filled this way.
   */
  group: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'name a directory group such as finance or mdf.channel_managers').optional(),
});

/** A company slot in the template, bound to a real company when an instance starts. */
export const Party = z.strictObject({
  title: z.string().optional(),
  roles: z.record(Identifier, Role),
  /**
   * The party may be left out when an instance starts (e.g. the third and fourth company of
   * a solution built by two to four). Its approvers are then not asked, and its task steps
   * are passed over as if it had withdrawn.
   */
  optional: z.boolean().optional(),
});
export type Party = z.infer<typeof Party>;

/** Where a step goes next: one step id for every outcome, or a map of outcome to step id. */
export const Next = z.union([Identifier, z.record(Identifier, Identifier)]);
export type Next = z.infer<typeof Next>;

/** What happens to a human step that nobody acts on. */
const humanTiming = {
  /** When the step is due; overdue tasks show as such in inboxes. */
  due: DurationRef.optional(),
  /** Reminder mails to the open task's assignees, each this long after the task opened. */
  reminders: z.array(DurationRef).optional(),
  /** After this long without a decision, the task is also given to another role. */
  escalation: z.strictObject({ after: DurationRef, to: RoleRef }).optional(),
  /** After this long without a decision, the step ends with this outcome. */
  timeout: z.strictObject({ after: DurationRef, outcome: Identifier }).optional(),
  /**
   * Outcomes only the system takes (a timeout's `expire`): never offered to people as a
   * button or link, and refused when a person sends one. The validator requires each to be
   * one of the step's outcomes that its timeout takes. A timeout's outcome that `outcomes`
   * does not list needs no entry here: it is inferred from the timing as the system's.
   */
  systemOutcomes: z.array(Identifier).min(1).optional(),
  /**
   * The funds an outcome holds of the instance's allocation, by outcome: a money expression
   * read with the decision in place (e.g. `steps.manager_review.form.approved_amount`). A
   * decision is refused with `insufficient_funds` before it is recorded when the allocation
   * has less available than that (plus what the request holds already), so the ledger does
   * not have to refuse it afterwards and reopen the task.
   */
  needsFunds: z.record(Identifier, z.string().min(1)).optional(),
};

const stepBase = {
  id: Identifier,
  title: z.string().optional(),
  /** The status a portal shows while this step is active, e.g. "In review". */
  status: z.string().optional(),
  /** Whether every party may see this step's tasks, people and comments. */
  shared: z.boolean().optional(),
};

/** An owner role fills in a form and picks an outcome (default outcome: `submit`). */
export const TaskStep = z.strictObject({
  ...stepBase,
  kind: z.literal('task'),
  owner: RoleRef,
  form: Fields.optional(),
  outcomes: z.array(Identifier).min(1).optional(),
  /** What the owner is shown, before the template's `facts`. */
  facts: z.array(Fact).optional(),
  next: Next,
  ...humanTiming,
});

/** An approver, optionally only when a condition holds (e.g. an amount threshold). */
export const Approver = z.union([RoleRef, z.strictObject({ role: RoleRef, when: z.string().min(1).optional() })]);
export type Approver = z.infer<typeof Approver>;

/** How many approvers must approve: every one, any one, or a quorum. */
export const ApprovalPolicy = z.union([z.literal('all'), z.literal('any'), z.strictObject({ quorum: z.int().positive() })]);
export type ApprovalPolicy = z.infer<typeof ApprovalPolicy>;

/**
 * Approvers decide; `approve` counts toward the policy, every other outcome
 * (reject, request_changes, custom ones) decides the step at once.
 */
export const ApprovalStep = z.strictObject({
  ...stepBase,
  kind: z.literal('approval'),
  approvers: z.array(Approver).min(1),
  policy: ApprovalPolicy.default('all'),
  /** Defaults to approve, reject, request_changes. */
  outcomes: z.array(Identifier).min(1).optional(),
  form: Fields.optional(),
  /** What the approvers are shown, before the template's `facts`. */
  facts: z.array(Fact).optional(),
  next: Next,
  ...humanTiming,
});

/** A named system action from the action registry (`actions.ts`). */
export const ActionStep = z.strictObject({
  ...stepBase,
  kind: z.literal('action'),
  action: z.string().min(1),
  with: z.record(z.string(), z.unknown()).optional(),
  next: Next,
});

/** Waits for a duration, or until a date computed from instance data. */
export const WaitStep = z.strictObject({
  ...stepBase,
  kind: z.literal('wait'),
  duration: DurationRef.optional(),
  /** A condition-language expression giving a date or timestamp, e.g. `input.activity_end`. */
  until: z.string().min(1).optional(),
  /** Added to `until`, e.g. 45 days after the activity ends. */
  plus: DurationRef.optional(),
  next: Next,
});

/** Branches on conditions; the first case that holds wins. */
export const DecisionStep = z.strictObject({
  ...stepBase,
  kind: z.literal('decision'),
  cases: z.array(z.strictObject({ when: z.string().min(1), next: Identifier })).min(1),
  otherwise: Identifier,
});

/** A terminal step: the instance ends with this status. */
export const EndStep = z.strictObject({
  ...stepBase,
  kind: z.literal('end'),
  status: z.string().min(1),
});

/**
 * Runs branches side by side. Each branch has its own steps, starting at the first;
 * a branch finishes when a step transitions to `join` (see {@link JOIN}). With
 * `join: any`, the first branch to finish completes the step and the others are cancelled.
 */
export const ParallelStep = z.strictObject({
  ...stepBase,
  kind: z.literal('parallel'),
  join: z.enum(['all', 'any']).default('all'),
  get branches() {
    return z.array(Branch).min(2);
  },
  next: Next,
});

/** One branch of a parallel step. */
export const Branch = z.strictObject({
  id: Identifier,
  title: z.string().optional(),
  get steps(): z.ZodArray<typeof Step> {
    return z.array(Step).min(1);
  },
});

export { JOIN } from './flow.js';

/** Any step. */
export const Step = z.discriminatedUnion('kind', [TaskStep, ApprovalStep, ActionStep, WaitStep, DecisionStep, EndStep, ParallelStep]);
export type Step = z.infer<typeof Step>;
export type TaskStep = z.infer<typeof TaskStep>;
export type ApprovalStep = z.infer<typeof ApprovalStep>;
export type ActionStep = z.infer<typeof ActionStep>;
export type WaitStep = z.infer<typeof WaitStep>;
export type DecisionStep = z.infer<typeof DecisionStep>;
export type EndStep = z.infer<typeof EndStep>;
export type ParallelStep = z.infer<typeof ParallelStep>;
export type Branch = z.infer<typeof Branch>;

/** Step kinds the language knows. */
export const STEP_KINDS = ['task', 'approval', 'action', 'wait', 'decision', 'parallel', 'end'] as const;

/** A system action run outside the steps (on cancel, on end), with its arguments. */
export const ActionCall = z.strictObject({ action: z.string().min(1), with: z.record(z.string(), z.unknown()).optional() });
export type ActionCall = z.infer<typeof ActionCall>;

/** A whole template. Identified by `id` + `version`; a published version never changes. */
export const Template = z.strictObject({
  id: z.string().max(MAX_ID_LENGTH).regex(/^[a-z][a-z0-9-]*$/, 'use lower-case letters, digits and dashes, e.g. mdf-fund-request'),
  version: z.int().positive(),
  title: z.string().min(1),
  description: z.string().optional(),
  parties: z.record(Identifier, Party),
  /** Roles allowed to reassign tasks of other people. */
  admins: z.array(RoleRef).optional(),
  inputs: Fields.default({}),
  /**
   * What the holder of every task is shown, after the step's own `facts`. A template (or a
   * snapshot of an older version) without any facts shows its inputs and the decided forms.
   */
  facts: z.array(Fact).optional(),
  /** The first step; defaults to the first in `steps`. */
  start: Identifier.optional(),
  /**
   * A top-level task or approval step the instance also enters, beside whatever it is doing,
   * each time a party withdraws: the remaining parties decide there whether to go on. Each of
   * its outcomes goes to `join` (carry on without the party) or to an end step (stop).
   */
  onWithdraw: Identifier.optional(),
  /**
   * System actions run, in order, when an instance is cancelled, e.g. releasing funds it
   * holds: a cancel may come at any step, so undoing what steps did cannot be a step.
   */
  onCancel: z.array(ActionCall).optional(),
  /**
   * System actions run, in order, once, whenever an instance ends: at an end step, by a
   * withdrawal that leaves a step without its owner, or by a cancel (after `onCancel`).
   * A template that holds funds releases them here, so no ending can keep them.
   */
  onEnd: z.array(ActionCall).optional(),
  steps: z.array(Step).min(1),
});
export type Template = z.infer<typeof Template>;

/** A template as written (before defaults such as `policy: all` are applied). */
export type TemplateInput = z.input<typeof Template>;
