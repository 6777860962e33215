/**
 * Checks what steps refer to outside the step graph: parties and roles, duration literals
 * and duration inputs, field bounds, approval quorums, wait timing, and system actions
 * with their arguments.
 */
import { ACTION_NAMES, findAction } from './actions.js';
import type { CheckContext } from './check-context.js';
import { DurationError, parseDuration } from './duration.js';
import { humanOutcomes, isForPeople } from './flow.js';
import { schemaErrors } from './schema-issues.js';
import type { DurationRef, Fields, Step } from './template.js';
import { ErrorCode, didYouMean, listNames, type TemplatePath } from './template-error.js';

/** Reports a `party.role` whose party or role the template does not declare. */
export function checkRole(context: CheckContext, path: TemplatePath, role: string): void {
  const [partyName = '', roleName = ''] = role.split('.');
  const parties = context.template.parties;
  const party = Object.hasOwn(parties, partyName) ? parties[partyName] : undefined;
  if (!party) {
    context.report(
      path,
      ErrorCode.UnknownParty,
      `party "${partyName}" is not declared; ${choices('declare it under parties', Object.keys(parties))}${didYouMean(partyName, Object.keys(parties))}`,
    );
    return;
  }
  if (!Object.hasOwn(party.roles, roleName)) {
    const roles = Object.keys(party.roles);
    context.report(
      path,
      ErrorCode.UnknownRole,
      `role "${roleName}" is not declared for party "${partyName}"; ${choices(`declare it under parties.${partyName}.roles`, roles)}${didYouMean(roleName, roles)}`,
    );
  }
}

function choices(declare: string, names: readonly string[]): string {
  return names.length === 0 ? declare : `${declare} or use one of ${listNames(names)}`;
}

/** Checks every role the template names: admins, owners, approvers, escalations; and the parties inputs are visible to. */
export function checkRoles(context: CheckContext): void {
  context.template.admins?.forEach((role, index) => checkRole(context, ['admins', index], role));
  const parties = Object.keys(context.template.parties);
  for (const [name, field] of Object.entries(context.template.inputs)) {
    field.visibleTo?.forEach((party, index) => {
      if (!parties.includes(party)) {
        context.report(['inputs', name, 'visibleTo', index], ErrorCode.UnknownParty, `party "${party}" is not declared; ${choices('declare it under parties', parties)}${didYouMean(party, parties)}`);
      }
    });
  }
  for (const { step, path } of context.placed) {
    if (step.kind === 'task') checkRole(context, [...path, 'owner'], step.owner);
    if (step.kind === 'approval') {
      step.approvers.forEach((approver, index) => {
        if (typeof approver === 'string') checkRole(context, [...path, 'approvers', index], approver);
        else checkRole(context, [...path, 'approvers', index, 'role'], approver.role);
      });
    }
    if ((step.kind === 'task' || step.kind === 'approval') && step.escalation) {
      checkRole(context, [...path, 'escalation', 'to'], step.escalation.to);
    }
  }
}

/** Checks that a quorum does not ask for more approvals than there are approvers. */
export function checkQuorums(context: CheckContext): void {
  for (const { step, path } of context.placed) {
    if (step.kind !== 'approval' || typeof step.policy !== 'object') continue;
    if (step.policy.quorum > step.approvers.length) {
      context.report(
        [...path, 'policy', 'quorum'],
        ErrorCode.QuorumTooLarge,
        `quorum ${step.policy.quorum} is more than the ${step.approvers.length} approver(s) of step "${step.id}"; lower the quorum or add approvers`,
      );
    }
  }
}

/** Checks every duration: literals parse, `{ input }` names a declared duration input. */
export function checkDurations(context: CheckContext): void {
  for (const { step, path } of context.placed) {
    for (const [ref, refPath] of durationsOf(step, path)) checkDuration(context, refPath, ref);
  }
}

function durationsOf(step: Step, path: TemplatePath): Array<[DurationRef, TemplatePath]> {
  const found: Array<[DurationRef, TemplatePath]> = [];
  if (step.kind === 'task' || step.kind === 'approval') {
    if (step.due) found.push([step.due, [...path, 'due']]);
    step.reminders?.forEach((ref, index) => found.push([ref, [...path, 'reminders', index]]));
    if (step.escalation) found.push([step.escalation.after, [...path, 'escalation', 'after']]);
    if (step.timeout) found.push([step.timeout.after, [...path, 'timeout', 'after']]);
  }
  if (step.kind === 'wait') {
    if (step.duration) found.push([step.duration, [...path, 'duration']]);
    if (step.plus) found.push([step.plus, [...path, 'plus']]);
  }
  return found;
}

function checkDuration(context: CheckContext, path: TemplatePath, ref: DurationRef): void {
  if (typeof ref === 'string') {
    const problem = durationProblem(ref);
    if (problem) context.report(path, ErrorCode.BadDuration, problem);
    return;
  }
  const inputs = context.template.inputs;
  const field = Object.hasOwn(inputs, ref.input) ? inputs[ref.input] : undefined;
  if (!field) {
    context.report(
      [...path, 'input'],
      ErrorCode.UnknownInput,
      `input "${ref.input}" is not declared; declare it under inputs with type: duration${didYouMean(ref.input, Object.keys(inputs))}`,
    );
  } else if (field.type !== 'duration') {
    context.report([...path, 'input'], ErrorCode.UnknownInput, `input "${ref.input}" is a ${field.type}, not a duration; point to an input with type: duration`);
  }
}

function durationProblem(text: string): string | undefined {
  try {
    parseDuration(text);
    return undefined;
  } catch (error) {
    if (error instanceof DurationError) return error.message;
    throw error;
  }
}

/** Checks that a wait step has exactly one of `duration` and `until`, and `plus` only with `until`. */
export function checkWaits(context: CheckContext): void {
  for (const { step, path } of context.placed) {
    if (step.kind !== 'wait') continue;
    const hasDuration = step.duration !== undefined;
    const hasUntil = step.until !== undefined;
    if (hasDuration === hasUntil) {
      const problem = hasDuration ? 'has both duration and until' : 'has neither duration nor until';
      context.report(path, ErrorCode.WaitTiming, `wait step "${step.id}" ${problem}; give exactly one: duration (e.g. 2d) or until (a date expression)`);
    }
    if (step.plus !== undefined && !hasUntil) {
      context.report([...path, 'plus'], ErrorCode.WaitTiming, `plus is added to until, but wait step "${step.id}" has no until; remove plus or use until`);
    }
  }
}

/** Checks the start inputs' and every form's field bounds and duration defaults. */
export function checkFields(context: CheckContext): void {
  checkFieldSet(context, ['inputs'], context.template.inputs);
  for (const [name, field] of Object.entries(context.template.inputs)) {
    if (field.outcomes !== undefined) context.report(['inputs', name, 'outcomes'], ErrorCode.InvalidValue, 'a start input belongs to no outcome; remove outcomes (it is for the fields of a task form)');
  }
  for (const { step, path } of context.placed) {
    if (step.kind !== 'task' && step.kind !== 'approval') continue;
    if (step.form) checkFieldSet(context, [...path, 'form'], step.form);
    checkFieldOutcomes(context, path, step);
    checkSystemOutcomes(context, path, step);
    checkFundsOutcomes(context, path, step);
  }
}

/** A form field's `outcomes` must be outcomes people can choose on its step. */
function checkFieldOutcomes(context: CheckContext, path: TemplatePath, step: Extract<Step, { kind: 'task' | 'approval' }>): void {
  const offered = humanOutcomes(step).filter((outcome) => isForPeople(step, outcome));
  for (const [name, field] of Object.entries(step.form ?? {})) {
    for (const [index, outcome] of (field.outcomes ?? []).entries()) {
      if (offered.includes(outcome)) continue;
      context.report([...path, 'form', name, 'outcomes', index], ErrorCode.UnknownOutcome, `"${outcome}" is not an outcome people can choose on step ${step.id}; use one of ${offered.join(', ')}${didYouMean(outcome, offered)}`);
    }
  }
}

/** A system outcome must be one of the step's outcomes, taken by its timeout: otherwise nobody could ever take it. */
function checkSystemOutcomes(context: CheckContext, path: TemplatePath, step: Extract<Step, { kind: 'task' | 'approval' }>): void {
  for (const [index, outcome] of (step.systemOutcomes ?? []).entries()) {
    const where = [...path, 'systemOutcomes', index];
    if (!humanOutcomes(step).includes(outcome)) {
      context.report(where, ErrorCode.UnknownOutcome, `"${outcome}" is not an outcome of step ${step.id}; list it under outcomes too${didYouMean(outcome, humanOutcomes(step))}`);
    } else if (step.timeout?.outcome !== outcome) {
      context.report(where, ErrorCode.InvalidValue, `nothing but people could take "${outcome}" on step ${step.id}; a system outcome is the one its timeout takes (timeout: { after: …, outcome: ${outcome} }), or remove it here`);
    }
  }
}

/** `needsFunds` names outcomes people can choose on its step: a decision is what it checks. */
function checkFundsOutcomes(context: CheckContext, path: TemplatePath, step: Extract<Step, { kind: 'task' | 'approval' }>): void {
  const offered = humanOutcomes(step).filter((outcome) => isForPeople(step, outcome));
  for (const outcome of Object.keys(step.needsFunds ?? {})) {
    if (offered.includes(outcome)) continue;
    context.report([...path, 'needsFunds', outcome], ErrorCode.UnknownOutcome, `"${outcome}" is not an outcome people can choose on step ${step.id}; use one of ${offered.join(', ')}${didYouMean(outcome, offered)}`);
  }
}

function checkFieldSet(context: CheckContext, base: TemplatePath, fields: Fields): void {
  for (const [name, field] of Object.entries(fields)) {
    const path = [...base, name];
    if (field.type === 'string' && field.minLength !== undefined && field.maxLength !== undefined && field.minLength > field.maxLength) {
      context.report([...path, 'minLength'], ErrorCode.BoundsInverted, `minLength ${field.minLength} is greater than maxLength ${field.maxLength}; swap them`);
    }
    if ((field.type === 'integer' || field.type === 'money') && field.min !== undefined && field.max !== undefined && field.min > field.max) {
      context.report([...path, 'min'], ErrorCode.BoundsInverted, `min ${field.min} is greater than max ${field.max}; swap them`);
    }
    if (field.type === 'duration' && field.default !== undefined) {
      const problem = durationProblem(field.default);
      if (problem) context.report([...path, 'default'], ErrorCode.BadDuration, problem);
    }
  }
}

/** Checks that action steps name a registered action, with valid arguments and roles. */
export function checkActions(context: CheckContext): void {
  for (const { step, path } of context.placed) {
    if (step.kind === 'action') checkActionCall(context, path, step.action, step.with);
  }
  for (const hook of ['onCancel', 'onEnd'] as const) {
    for (const [index, call] of (context.template[hook] ?? []).entries()) {
      const path = [hook, index];
      if (call.action === 'record' || call.action === 'notify') {
        const why = call.action === 'notify' ? `everyone taking part is mailed the ${hook === 'onCancel' ? 'cancellation' : 'result'} anyway` : 'nothing reads a variable after the instance has ended';
        context.report([...path, 'action'], ErrorCode.UnknownAction, `${hook} cannot run "${call.action}": ${why}; list system actions such as ledger.release`);
        continue;
      }
      checkActionCall(context, path, call.action, call.with);
    }
  }
}

/** One named action with its arguments, at `path` (a step, an onCancel or an onEnd entry). */
function checkActionCall(context: CheckContext, path: TemplatePath, name: string, raw: Record<string, unknown> = {}): void {
  const action = findAction(name);
  if (!action) {
    context.report([...path, 'action'], ErrorCode.UnknownAction, `unknown action "${name}"; use one of ${listNames(ACTION_NAMES)}${didYouMean(name, ACTION_NAMES)}`);
    return;
  }
  const parsed = action.arguments.safeParse(raw);
  if (!parsed.success) {
    for (const error of schemaErrors(parsed.error.issues, raw, { prefix: [...path, 'with'], code: ErrorCode.ActionArguments })) {
      context.add({ ...error, message: `${name}: ${error.message}` });
    }
    return;
  }
  for (const { path: argPath, role } of action.references?.(parsed.data).roles ?? []) {
    checkRole(context, [...path, 'with', ...argPath], role);
  }
}
