/**
 * An instance, its tasks and its timeline as the API shows them to one company. Which data
 * a company may see is the rule in presentation/visibility.ts; this file shapes the views.
 */
import { canSeeTask, hiddenInputsOf, isForPeople, isoOrNull, ownParticipants, personAs, takesPart, visibleValues, type VisiblePerson } from '../presentation/index.js';
import type { AuditEvent, Incident, InstanceState, Person, Task } from '../workflows/schemas.js';

export { canSeeTask, takesPart, type VisiblePerson };

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
  /** The oldest open incident: where the instance stopped, why and when; null while none is open. */
  incident: IncidentView | null;
  /** Every open incident, oldest first. */
  incidents: IncidentView[];
  revision: number;
  startedAt: string;
  updatedAt: string;
  endedAt: string | null;
}

/** An open incident as the API shows it. */
export interface IncidentView {
  id: string;
  kind: Incident['kind'];
  stepId: string | null;
  error: string;
  at: string;
}

function incidentView(incident: Incident): IncidentView {
  return { id: incident.id, kind: incident.kind, stepId: incident.stepId ?? null, error: incident.error, at: new Date(incident.at).toISOString() };
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
  /** Each outcome, and whether a person may choose it (a timeout's is the system's). */
  outcomeOptions: Array<{ outcome: string; forPeople: boolean }>;
  assignees: Person[];
  outcome: string | null;
  decidedBy: Person | 'system' | null;
  comment: string | null;
  form: Record<string, unknown> | null;
  openedAt: string;
  dueAt: string | null;
  decidedAt: string | null;
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
    outcomeOptions: task.outcomes.map((outcome) => ({ outcome, forPeople: isForPeople(task, outcome) })),
    assignees: task.assignees,
    outcome: task.outcome ?? null,
    decidedBy: task.decidedBy ?? null,
    comment: task.comment ?? null,
    form: task.form ?? null,
    openedAt: new Date(task.openedAt).toISOString(),
    dueAt: isoOrNull(task.dueAt),
    decidedAt: isoOrNull(task.decidedAt),
  };
}

/** The instance as `companyId` sees it. Call only for a company that {@link takesPart}. */
export function instanceView(state: InstanceState, companyId: string): InstanceView {
  const { input, vars } = visibleValues(state, companyId);
  return {
    id: state.instanceId,
    templateId: state.templateId,
    templateVersion: state.templateVersion,
    businessKey: state.businessKey,
    title: state.title,
    status: state.status,
    lifecycle: state.lifecycle,
    companies: state.bindings.companies,
    input,
    vars,
    currentSteps: [...new Set(state.tokens.map((token) => token.stepId))],
    participants: ownParticipants(state, companyId),
    initiator: personAs(state.initiator, companyId),
    tasks: state.tasks.filter((task) => canSeeTask(task, companyId)).map((task) => taskView(state, task)),
    withdrawn: state.withdrawn,
    incident: state.incidents?.[0] ? incidentView(state.incidents[0]) : null,
    incidents: (state.incidents ?? []).map(incidentView),
    revision: state.revision,
    startedAt: new Date(state.startedAt).toISOString(),
    updatedAt: new Date(state.updatedAt).toISOString(),
    endedAt: isoOrNull(state.endedAt),
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
  const hidden = hiddenInputsOf(state, companyId);
  return state.history
    .filter((event) => !(event.taskId && hiddenTasks.has(event.taskId)) && !recordsHidden(event, hidden) && !(event.type === 'decided' && event.stepId && hiddenSteps.has(event.stepId)))
    .map((event) => {
      const actor = event.actor === undefined ? null : event.actor === 'system' ? 'system' : personAs(event.actor, companyId);
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
