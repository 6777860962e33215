/**
 * One instance as the core sees it: the template snapshot, the instance state (what the
 * query returns and continue-as-new carries), and what this run still has to write out.
 * The helpers here are the vocabulary steps and commands share: record an audit event,
 * open and close tasks, queue mail. No I/O and no Temporal: the shell performs the effects.
 */
import type { ActionRequest, MailRequest } from '../../activities/contracts.js';
import { evaluate, type ConditionScope } from '../../definitions/condition.js';
import { resolveDuration } from '../../definitions/duration.js';
import type { StepIndex } from '../../definitions/flow.js';
import type { DurationRef, Step, Template } from '../../definitions/template.js';
import type { AuditEvent, InstanceState, Person, Task, Token } from '../schemas.js';
import { fail, FailureType } from './failures.js';

/** What only the workflow runtime knows, handed to the core. */
export interface Ports {
  /**
   * Whether the run takes a changed code path (Temporal's `patched`). Called at the same
   * points as before the change it guards, so recorded histories replay as they ran.
   */
  patched(id: string): boolean;
}

/** An instance under the core: template, state, and this run's write-out bookkeeping. */
export interface Machine {
  /** The template snapshot; only a migration (`commands/migrate.ts`) replaces it, with its index. */
  template: Template;
  steps: StepIndex;
  readonly state: InstanceState;
  readonly ports: Ports;
  /** The time of the event being handled (ms since the epoch); the shell passes it in. */
  now: number;
  /** Mail to send at the next flush. */
  outbox: MailRequest[];
  /** Tasks changed since the last projection write. */
  changedTasks: Set<string>;
  /** The last audit event written to the projection. */
  projectedSeq: number;
  /** Whether the `onCancel` actions were started in this run. */
  undone: boolean;
  /** Whether the `onEnd` actions were started in this run. */
  ended: boolean;
  /** The hook whose actions are running, and the next one to run. */
  hook?: { name: 'onCancel' | 'onEnd'; index: number };
}

/** Builds the machine for a state, at `now`. */
export function machineFor(template: Template, steps: StepIndex, state: InstanceState, ports: Ports, now: number): Machine {
  const projectedSeq = state.history.length === 0 ? 0 : (state.history[state.history.length - 1]?.seq ?? 0);
  return { template, steps, state, ports, now, outbox: [], changedTasks: new Set(), projectedSeq, undone: false, ended: false };
}

/** The step `stepId` of the template; a defect when the snapshot has none. */
export function stepOf(m: Machine, stepId: string): Step {
  const placed = m.steps.get(stepId);
  if (!placed) fail(FailureType.TemplateDefect, `the template has no step "${stepId}"`);
  return placed.step;
}

/** The party of a role reference (`vendor.manager` → `vendor`). */
export function partyOf(role: string): string {
  return role.split('.')[0] ?? role;
}

/** What conditions and expressions may read. */
export function scopeOf(m: Machine): ConditionScope {
  return { input: m.state.input, steps: m.state.steps, vars: m.state.vars };
}

/** A template duration in milliseconds. */
export function durationOf(m: Machine, ref: DurationRef): number {
  return resolveDuration(ref, m.state.input, m.template);
}

/** Evaluates an expression against the instance. */
export function evaluateIn(m: Machine, expression: string): unknown {
  return evaluate(expression, scopeOf(m));
}

/** Marks the state changed: the projection keeps only the newest revision. */
export function touch(m: Machine): void {
  m.state.revision += 1;
  m.state.updatedAt = m.now;
}

/** Marks a task changed, so the next projection write includes it. */
export function touchTask(m: Machine, task: Task): void {
  m.changedTasks.add(task.id);
  touch(m);
}

/** Appends an entry to the audit trail. */
export function record(m: Machine, event: Omit<AuditEvent, 'seq' | 'at'>): void {
  const last = m.state.history[m.state.history.length - 1];
  m.state.history.push({ seq: (last?.seq ?? 0) + 1, at: m.now, ...event });
  touch(m);
}

/** Whether a company fills this party; an optional party may be left unbound at the start. */
export function isBound(m: Machine, party: string): boolean {
  return Object.hasOwn(m.state.bindings.companies, party);
}

/** Whether `email` holds a role the template lists as admin. */
export function isAdmin(m: Machine, email: string): boolean {
  return (m.template.admins ?? []).some((role) => (m.state.bindings.participants[role] ?? []).some((person) => person.email === email));
}

/** The person with this email among roles, task holders and the initiator. */
export function personByEmail(m: Machine, email: string): Person | undefined {
  for (const people of Object.values(m.state.bindings.participants)) {
    const found = people.find((person) => person.email === email);
    if (found) return found;
  }
  for (const task of m.state.tasks) {
    const found = task.assignees.find((person) => person.email === email);
    if (found) return found;
  }
  return email === m.state.initiator.email ? m.state.initiator : undefined;
}

/** The open tasks of the step visit a token waits on. */
export function openTasksOf(m: Machine, token: Token): Task[] {
  return m.state.tasks.filter((task) => task.stepId === token.stepId && task.visit === token.visit && task.status === 'open');
}

/** Closes a task without a decision. */
export function closeTask(m: Machine, task: Task, status: 'cancelled' | 'timed_out'): void {
  task.status = status;
  task.decidedAt = m.now;
  if (status === 'timed_out') task.decidedBy = 'system';
  touchTask(m, task);
}

function mailInstance(m: Machine): MailRequest['instance'] {
  return { id: m.state.instanceId, title: m.state.title, status: m.state.status, templateTitle: m.template.title };
}

/** Queues a mail about a task to one person; `discriminator` tells repeated sends apart (reminders). */
export function mailTask(m: Machine, purpose: MailRequest['purpose'], task: Task, to: Person, discriminator = ''): void {
  m.outbox.push({
    key: `${m.state.instanceId}/${task.id}/${to.email}/${purpose}${discriminator ? `/${discriminator}` : ''}`,
    purpose,
    to,
    instance: mailInstance(m),
    task: { id: task.id, title: task.title, role: task.role, companyId: task.companyId, outcomes: task.outcomes, ...(task.systemOutcomes ? { systemOutcomes: task.systemOutcomes } : {}), stepId: task.stepId, ...(task.dueAt ? { dueAt: task.dueAt } : {}) },
  });
}

/** Queues the mail that tells the initiator how the instance ended. */
export function mailResult(m: Machine): void {
  m.outbox.push({
    key: `${m.state.instanceId}/result/${m.state.initiator.email}`,
    purpose: 'result',
    to: m.state.initiator,
    instance: mailInstance(m),
    subject: `${m.state.title}: ${m.state.status}`,
  });
}

/** Queues a `notify` step's message to one person, once per step visit. */
export function mailNotice(m: Machine, occurrence: string, to: Person, subject: string, message: string): void {
  m.outbox.push({ key: `${m.state.instanceId}/${occurrence}/${to.email}/notify`, purpose: 'notify', to, instance: mailInstance(m), subject, message });
}

/**
 * The request to run a registry action as an activity. `occurrence` names this run of it
 * within the instance (step and visit, or hook and index), which makes the idempotency key.
 */
export function actionRequest(m: Machine, occurrence: string, stepId: string, action: string, args: Record<string, unknown> | undefined): ActionRequest {
  return {
    key: `${m.state.instanceId}/${occurrence}`,
    instanceId: m.state.instanceId,
    templateId: m.template.id,
    stepId,
    action,
    args: args ?? {},
    scope: scopeOf(m),
    companies: m.state.bindings.companies,
    runStartedAt: m.state.startedAt,
  };
}

/** Whether a value is a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
