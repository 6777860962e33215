/**
 * What one company may see of an instance. Each company sees the shared milestones
 * (status, current steps, inputs, instance-level events) and its own tasks, people and
 * comments; another company's tasks, people and comments stay hidden unless the step is
 * marked `shared` in the template.
 */
import { hiddenInputs, withoutHidden } from '../definitions/input-visibility.js';
import type { AuditEvent, InstanceState, Person, Task } from '../workflows/schemas.js';

/** A person as another company sees them: only which company they act for. */
export type VisiblePerson = Person | { company: string };

/** An instance as one company sees it. */
export interface InstanceView {
  id: string;
  templateId: string;
  templateVersion: number;
  businessKey: string;
  title: string;
  status: string;
  lifecycle: InstanceState['lifecycle'];
  companies: Record<string, string>;
  input: Record<string, unknown>;
  vars: Record<string, unknown>;
  currentSteps: string[];
  participants: Record<string, Person[]>;
  initiator: VisiblePerson;
  tasks: TaskView[];
  withdrawn: string[];
  revision: number;
  startedAt: string;
  updatedAt: string;
  endedAt: string | null;
}

/** A task as the API shows it. */
export interface TaskView {
  id: string;
  instanceId: string;
  stepId: string;
  kind: Task['kind'];
  title: string;
  role: string;
  companyId: string;
  status: Task['status'];
  outcomes: string[];
  assignees: Person[];
  outcome: string | null;
  decidedBy: Person | 'system' | null;
  comment: string | null;
  form: Record<string, unknown> | null;
  openedAt: string;
  dueAt: string | null;
  decidedAt: string | null;
}

const iso = (epochMs: number | undefined) => (epochMs === undefined ? null : new Date(epochMs).toISOString());

/** Whether `companyId` takes part in the instance at all. */
export function takesPart(state: InstanceState, companyId: string): boolean {
  return Object.values(state.bindings.companies).includes(companyId);
}

/** Whether `companyId` may see `task`. */
export function canSeeTask(task: Pick<Task, 'companyId' | 'shared'>, companyId: string): boolean {
  return task.companyId === companyId || task.shared === true;
}

function personFor(person: Person, companyId: string): VisiblePerson {
  return person.company === companyId ? person : { company: person.company };
}

/** The task as the API returns it. */
export function taskView(state: Pick<InstanceState, 'instanceId'>, task: Task): TaskView {
  return {
    id: task.id,
    instanceId: state.instanceId,
    stepId: task.stepId,
    kind: task.kind,
    title: task.title,
    role: task.role,
    companyId: task.companyId,
    status: task.status,
    outcomes: task.outcomes,
    assignees: task.assignees,
    outcome: task.outcome ?? null,
    decidedBy: task.decidedBy ?? null,
    comment: task.comment ?? null,
    form: task.form ?? null,
    openedAt: new Date(task.openedAt).toISOString(),
    dueAt: iso(task.dueAt),
    decidedAt: iso(task.decidedAt),
  };
}

/** The instance as `companyId` sees it. Call only for a company that {@link takesPart}. */
export function instanceView(state: InstanceState, companyId: string): InstanceView {
  const hidden = hiddenInputs(state.inputVisibility, state.bindings.companies, companyId);
  const participants = Object.fromEntries(
    Object.entries(state.bindings.participants)
      .map(([role, people]) => [role, people.filter((person) => person.company === companyId)] as const)
      .filter(([, people]) => people.length > 0),
  );
  return {
    id: state.instanceId,
    templateId: state.templateId,
    templateVersion: state.templateVersion,
    businessKey: state.businessKey,
    title: state.title,
    status: state.status,
    lifecycle: state.lifecycle,
    companies: state.bindings.companies,
    // A value recorded from a hidden input (e.g. the finance threshold) is as hidden as the input.
    input: withoutHidden(state.input, hidden),
    vars: withoutHidden(state.vars, hidden),
    currentSteps: [...new Set(state.tokens.map((token) => token.stepId))],
    participants,
    initiator: personFor(state.initiator, companyId),
    tasks: state.tasks.filter((task) => canSeeTask(task, companyId)).map((task) => taskView(state, task)),
    withdrawn: state.withdrawn,
    revision: state.revision,
    startedAt: new Date(state.startedAt).toISOString(),
    updatedAt: new Date(state.updatedAt).toISOString(),
    endedAt: iso(state.endedAt),
  };
}

/** An audit event as the API shows it. */
export interface EventView {
  seq: number;
  at: string;
  type: AuditEvent['type'];
  stepId: string | null;
  taskId: string | null;
  actor: VisiblePerson | 'system' | null;
  outcome: string | null;
  comment: string | null;
  details: Record<string, unknown>;
}

/**
 * The timeline as `companyId` sees it: events about hidden tasks are left out, and
 * other companies' people appear only as their company.
 */
export function timelineView(state: InstanceState, companyId: string): EventView[] {
  const hiddenTasks = new Set(state.tasks.filter((task) => !canSeeTask(task, companyId)).map((task) => task.id));
  const hiddenSteps = new Set(
    state.tasks.filter((task) => hiddenTasks.has(task.id)).map((task) => task.stepId).filter((stepId) => state.tasks.every((task) => task.stepId !== stepId || hiddenTasks.has(task.id))),
  );
  const hidden = hiddenInputs(state.inputVisibility, state.bindings.companies, companyId);
  return state.history
    .filter((event) => !(event.taskId && hiddenTasks.has(event.taskId)) && !recordsHidden(event, hidden) && !(event.type === 'decided' && event.stepId && hiddenSteps.has(event.stepId)))
    .map((event) => {
      const actor = event.actor === undefined ? null : event.actor === 'system' ? 'system' : personFor(event.actor, companyId);
      const foreign = event.actor !== undefined && event.actor !== 'system' && event.actor.company !== companyId;
      return {
        seq: event.seq,
        at: new Date(event.at).toISOString(),
        type: event.type,
        stepId: event.stepId ?? null,
        taskId: event.taskId ?? null,
        actor,
        outcome: event.outcome ?? null,
        // Instance-level reasons (cancel, withdraw) are shared milestones; other companies' task comments are not.
        comment: event.comment === undefined || (foreign && event.taskId !== undefined) ? null : event.comment,
        // The key that decided for a person is the deciding company's business only.
        details: event.taskId ? ownKeyOf(event, foreign) : redactDetails(event.details ?? {}),
      };
    });
}

/** A `record` action that stored a hidden input's value under the same name. */
function recordsHidden(event: AuditEvent, hidden: ReadonlySet<string>): boolean {
  const name = event.details?.['name'];
  return event.type === 'action' && event.details?.['action'] === 'record' && typeof name === 'string' && hidden.has(name);
}

function ownKeyOf(event: AuditEvent, foreign: boolean): Record<string, unknown> {
  const via = event.details?.['via'];
  return via !== undefined && !foreign ? { via } : {};
}

function redactDetails(details: Record<string, unknown>): Record<string, unknown> {
  const { assignees: _assignees, to: _to, ...rest } = details;
  return rest;
}

/** Whether `email` is a person of `companyId` in this instance (bound to a role, assigned a task, or the initiator). */
export function isPersonOf(state: InstanceState, email: string, companyId: string): boolean {
  const address = email.toLowerCase();
  const people = [state.initiator, ...Object.values(state.bindings.participants).flat(), ...state.tasks.flatMap((task) => task.assignees)];
  return people.some((person) => person.email === address && person.company === companyId);
}
