/**
 * The interpreter's core: one instance of a template as a state machine, without Temporal.
 *
 * The shell feeds it events (commands from people, due timers, completed actions) with the
 * time they happen, and performs what it asks for: `advance` enters waiting tokens until
 * everything waits on people or time, stopping at an action the shell must run (reported
 * back as `action-completed`); `flush` hands over the projection write and the mail that
 * piled up. Timers are state (`state.timers`); the shell sleeps until `nextTimerAt`.
 * Everything here is synchronous and deterministic, so it is tested without a server.
 */
import type { ActionResult, ProjectionWrite } from '../../activities/contracts.js';
import { indexSteps, startStepId } from '../../definitions/flow.js';
import { inputVisibilityOf } from '../../definitions/input-visibility.js';
import { fieldsForOutcome } from '../../definitions/form-check.js';
import type { Fields, Template } from '../../definitions/template.js';
import type { Cancellation, Decision, Delegation, HandOver, IncidentResolution, InstanceState, Migration, Reassignment, StartInstance, Withdrawal } from '../schemas.js';
import * as cancel from './commands/cancel.js';
import * as decide from './commands/decide.js';
import * as delegate from './commands/delegate.js';
import * as handOver from './commands/hand-over.js';
import * as migrate from './commands/migrate.js';
import * as reassign from './commands/reassign.js';
import * as withdraw from './commands/withdraw.js';
import type { ActionOwner, Flush, Pending } from './effects.js';
import { fail, Failure, FailureType } from './failures.js';
import { hookActionCompleted } from './hooks.js';
import * as incident from './incidents.js';
import { atStep, projectionFailed } from './incidents.js';
import { machineFor, record, stepOf, type Machine, type Ports } from './machine.js';
import { kindOf } from './steps/index.js';
import { spawn } from './tokens.js';

export type { ActionOwner, Flush, Pending } from './effects.js';
export { Failure, FailureType, type FailureDetails } from './failures.js';
export { beginOnCancel, beginOnEnd, nextHookAction } from './hooks.js';
export type { Machine, Ports } from './machine.js';

/** Each command: `check` refuses it with a typed failure and changes nothing; `apply` carries it out. */
export const commands = { decide, delegate, reassign, handOver, cancel, withdraw, migrate, incident };
export { actionFailed, INCIDENTS_PATCH, openIncidents, resolveIncidents } from './incidents.js';

/** What happens to an instance. Commands are applied only after their `check` passed. */
export type Event =
  | { type: 'decision'; decision: Decision }
  | { type: 'delegation'; delegation: Delegation }
  | { type: 'reassignment'; reassignment: Reassignment }
  | { type: 'hand-over'; handOver: HandOver }
  | { type: 'cancel'; cancellation: Cancellation }
  | { type: 'withdrawal'; withdrawal: Withdrawal }
  | { type: 'migration'; migration: Migration }
  /** Ops resolve the open incidents: retry the stopped steps, or cancel the instance. */
  | { type: 'incident-resolution'; resolution: IncidentResolution }
  /** The projection refused the instance's data and its retries are spent (the error says why). */
  | { type: 'projection-failed'; error: string; write: ProjectionWrite }
  /** The clock reached the earliest timer: every timer due by then fires, earliest first. */
  | { type: 'timers-due' }
  /** An action (or a notify step's send) the core asked for has finished. */
  | { type: 'action-completed'; owner: ActionOwner; result: ActionResult };

/**
 * An instance's state before its first step: running, at no step, nothing recorded. The workflow
 * starts from it; the API shows it as the row of an instance whose workflow has not written yet.
 */
export function initialState(input: Pick<StartInstance, 'template' | 'businessKey' | 'bindings' | 'input' | 'initiator'>, instanceId: string, status: string, now: number): InstanceState {
  const inputVisibility = inputVisibilityOf(input.template.inputs);
  return {
    instanceId,
    templateId: input.template.id,
    templateVersion: input.template.version,
    businessKey: input.businessKey,
    title: input.template.title,
    lifecycle: 'running',
    status,
    bindings: input.bindings,
    input: input.input,
    ...(inputVisibility ? { inputVisibility } : {}),
    initiator: input.initiator,
    visits: {},
    steps: {},
    vars: {},
    tokens: [],
    timers: [],
    tasks: [],
    history: [],
    withdrawn: [],
    joins: {},
    revision: 0,
    run: 1,
    nextId: 1,
    startedAt: now,
    updatedAt: now,
  };
}

/** A new instance: its first state and the `started` entry, with a token before the first step. */
export function start(input: StartInstance, instanceId: string, now: number, ports: Ports): Machine {
  const state = initialState(input, instanceId, 'Started', now);
  const m = machineFor(input.template, indexSteps(input.template), state, ports, now);
  const first = startStepId(input.template);
  if (first === undefined) fail(FailureType.TemplateDefect, 'the template has no steps');
  record(m, { type: 'started', actor: state.initiator, details: { templateVersion: input.template.version } });
  spawn(m, first);
  return m;
}

/** An instance carried over from a previous run (continue-as-new). */
export function resume(template: Template, state: InstanceState, now: number, ports: Ports): Machine {
  return machineFor(template, indexSteps(template), state, ports, now);
}

/** The state to carry into the next run. */
export function nextRun(m: Machine): InstanceState {
  m.state.run += 1;
  return m.state;
}

/**
 * Enters tokens waiting to enter their step, until every token waits on people or time or
 * the instance has ended. Stops at the first step that needs the shell (an action to run, a
 * notification to send) and returns what it needs. `synchronousOnly` leaves such steps
 * unentered: the workflow sets up its handlers before its first await.
 */
export function advance(m: Machine, now: number, { synchronousOnly = false }: { synchronousOnly?: boolean } = {}): Pending | undefined {
  m.now = now;
  for (;;) {
    if (m.state.lifecycle !== 'running') return undefined;
    const token = m.state.tokens.find((candidate) => candidate.phase === 'enter' && (!synchronousOnly || !kindOf(stepOf(m, candidate.stepId)).needsActivity(stepOf(m, candidate.stepId))));
    if (!token) return undefined;
    const step = stepOf(m, token.stepId);
    token.phase = 'waiting';
    m.state.visits[step.id] = token.visit;
    if (step.status) m.state.status = step.status;
    record(m, { type: 'step_entered', stepId: step.id, details: { kind: step.kind, visit: token.visit } });
    const pending = atStep(m, token, () => kindOf(step).enter(m, token, step));
    if (pending) return pending;
  }
}

/** Applies one event at `now`. Mail and projection changes wait in the machine for `flush`. */
export function dispatch(m: Machine, event: Event, now: number): void {
  m.now = now;
  switch (event.type) {
    case 'decision':
      return decide.apply(m, event.decision);
    case 'delegation':
      return delegate.apply(m, event.delegation);
    case 'reassignment':
      return reassign.apply(m, event.reassignment);
    case 'hand-over':
      return handOver.apply(m, event.handOver);
    case 'cancel':
      return cancel.apply(m, event.cancellation);
    case 'withdrawal':
      return withdraw.apply(m, event.withdrawal);
    case 'migration':
      return migrate.apply(m, event.migration);
    case 'incident-resolution':
      return incident.apply(m, event.resolution);
    case 'projection-failed':
      return projectionFailed(m, event.error, event.write);
    case 'timers-due':
      return fireDueTimers(m);
    case 'action-completed':
      return actionCompleted(m, event.owner, event.result);
  }
}

function actionCompleted(m: Machine, owner: ActionOwner, result: ActionResult): void {
  Object.assign(m.state.vars, result.vars ?? {});
  if (owner.kind === 'hook') return hookActionCompleted(m, owner.hook, owner.index, result);
  // The token may have been discarded while the action ran (a cancel, a join on `any`):
  // the step still records what the action did, as the ledger has done it.
  const step = stepOf(m, owner.token.stepId);
  atStep(m, owner.token, () => kindOf(step).completed?.(m, owner.token, step, result));
}

function fireDueTimers(m: Machine): void {
  const due = m.state.timers.filter((timer) => timer.at <= m.now).sort((a, b) => a.at - b.at);
  for (const timer of due) {
    if (!m.state.timers.includes(timer)) continue; // removed by an earlier timer in this batch
    m.state.timers = m.state.timers.filter((other) => other !== timer);
    const token = m.state.tokens.find((candidate) => candidate.id === timer.tokenId);
    if (!token) continue;
    const step = stepOf(m, token.stepId);
    atStep(m, token, () => kindOf(step).fire?.(m, token, step, timer));
  }
}

/** When the earliest timer is due, if any is set. */
export function nextTimerAt(state: InstanceState): number | undefined {
  let earliest: number | undefined;
  for (const timer of state.timers) if (earliest === undefined || timer.at < earliest) earliest = timer.at;
  return earliest;
}

/** Takes what piled up since the last flush: the projection write (if anything changed) and the mail. */
export function flush(m: Machine): Flush {
  const events = m.state.history.filter((event) => event.seq > m.projectedSeq);
  const mails = m.outbox.splice(0);
  if (events.length === 0 && m.changedTasks.size === 0) return { mails };
  const tasks = m.state.tasks.filter((task) => m.changedTasks.has(task.id));
  m.changedTasks.clear();
  m.projectedSeq = events[events.length - 1]?.seq ?? m.projectedSeq;
  return { project: { state: m.state, tasks, events }, mails };
}

/** Ports for reading an instance outside its workflow: every change guarded by a patch is in force there. */
const CURRENT_CODE: Ports = { patched: () => true };

/**
 * The check a decision's update validator runs, on a copy of the state read elsewhere (the
 * projection): an emailed task page asks it before it uses the link, so a form the workflow
 * would refuse is shown again with its problems and the link stays usable. The workflow
 * checks again when the decision arrives; this is the same rule, not a copy of it.
 */
export function checkDecision(template: Template, state: InstanceState, decision: Decision, now: number): void {
  decide.check(resume(template, structuredClone(state), now, CURRENT_CODE), decision);
}

/** A command a person may send to an instance, as {@link refusalOf} weighs it. */
export type PersonCommand = { type: 'cancel'; cancellation: Cancellation } | { type: 'withdrawal'; withdrawal: Withdrawal };

/**
 * Why the instance as it stands would refuse `command`, or undefined when it would take it:
 * the command's own `check`, which the workflow runs when the command arrives, on a copy of a
 * state read elsewhere (the projection). Pages offer a person only the commands it allows.
 */
export function refusalOf(template: Template, state: InstanceState, command: PersonCommand, now: number): Failure | undefined {
  const m = resume(template, structuredClone(state), now, CURRENT_CODE);
  try {
    if (command.type === 'cancel') cancel.check(m, command.cancellation);
    else withdraw.check(m, command.withdrawal);
    return undefined;
  } catch (error) {
    if (error instanceof Failure) return error;
    throw error;
  }
}

/** One field of the form of an outcome, with what the instance fixes about it now. */
export interface DecisionField {
  name: string;
  field: Fields[string];
  /** The currency a money field's amount must be in, from its `currencyFrom`, once known. */
  currency?: string;
  /** The largest amount (minor units) a money field takes, from its `atMost`, once known. */
  atMost?: number;
}

/** The fields a person fills in to decide `taskId` with `outcome`, as the instance stands. */
export function decisionForm(template: Template, state: InstanceState, taskId: string, outcome: string, now: number): DecisionField[] {
  const m = resume(template, structuredClone(state), now, CURRENT_CODE);
  const task = state.tasks.find((candidate) => candidate.id === taskId);
  const step = task ? m.steps.get(task.stepId)?.step : undefined;
  if (!step || (step.kind !== 'task' && step.kind !== 'approval')) return [];
  return Object.entries(fieldsForOutcome(step.form ?? {}, outcome)).map(([name, field]) => {
    if (field.type !== 'money') return { name, field };
    const currency = field.currency ?? (field.currencyFrom === undefined ? undefined : decide.currencyOf(m, field.currencyFrom));
    const atMost = field.atMost === undefined ? undefined : decide.limitOf(m, field.atMost);
    return { name, field, ...(currency === undefined ? {} : { currency }), ...(atMost === undefined ? {} : { atMost }) };
  });
}
