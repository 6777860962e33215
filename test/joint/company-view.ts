/**
 * What a company may see of a joint solution, checked field by field against the
 * workflow's full state: shared milestones, its own tasks and people, the tasks of steps
 * the template marks `shared` — and nothing of another company's internal tasks, their
 * comments and forms, or the people who hold only internal roles there.
 */
import path from 'node:path';
import { expect } from 'vitest';
import { DEFINITIONS_DIR, loadTemplateFile } from '../../definitions/load.js';
import type { Template } from '../../definitions/template.js';
import type { EventView, InstanceView } from '../../api/visibility.js';
import { indexSteps } from '../../definitions/flow.js';
import type { InstanceState, Person, Task } from '../../workflows/schemas.js';
import type { CompanyViews } from './joint-instance.js';

/** The built-in joint-solution template, as the catalog publishes it. */
export function jointTemplate(): Template {
  const result = loadTemplateFile(path.join(DEFINITIONS_DIR, 'joint-solution.yaml'));
  if (!result.ok) throw new Error(`joint-solution.yaml is not valid: ${result.errors.map((error) => `${error.path}: ${error.message}`).join('; ')}`);
  return result.template;
}

/** Steps whose tasks every company may see. */
export const SHARED_STEPS: ReadonlySet<string> = new Set(
  [...indexSteps(jointTemplate()).values()].filter(({ step }) => step.shared === true).map(({ step }) => step.id),
);

const VIEW_FIELDS = ['id', 'templateId', 'templateVersion', 'businessKey', 'title', 'status', 'lifecycle', 'companies', 'input', 'vars', 'currentSteps', 'participants', 'initiator', 'tasks', 'withdrawn', 'incident', 'incidents', 'revision', 'startedAt', 'updatedAt', 'endedAt'];
const TASK_FIELDS = ['id', 'instanceId', 'stepId', 'kind', 'title', 'role', 'companyId', 'status', 'outcomes', 'outcomeOptions', 'assignees', 'outcome', 'decidedBy', 'comment', 'form', 'openedAt', 'dueAt', 'decidedAt'];
const EVENT_FIELDS = ['seq', 'at', 'type', 'stepId', 'taskId', 'actor', 'outcome', 'comment', 'details'];

/** Whether `company` may see `task`: its own, or one of a shared step. */
export function maySee(task: Task, company: string): boolean {
  return task.companyId === company || SHARED_STEPS.has(task.stepId);
}

/**
 * Checks both views of `company` (derived from the workflow's query, and the API's answers):
 * they agree, and every field holds only what the company may see.
 */
export function expectOnlyWhatCompanyMaySee({ state, derived, derivedTimeline, api, timeline }: CompanyViews, company: string): void {
  expect(api).toEqual(derived);
  expect(timeline).toEqual(derivedTimeline);
  expectInstanceFields(state, company, api);
  expectTimelineFields(state, company, timeline);
  expectNothingHidden(state, company, { view: api, timeline });
}

function expectInstanceFields(state: InstanceState, company: string, view: InstanceView): void {
  // A field added to the view fails here until someone decides who may see it.
  expect(Object.keys(view).sort()).toEqual([...VIEW_FIELDS].sort());
  expect(view).toMatchObject({
    id: state.instanceId,
    templateId: 'joint-solution',
    templateVersion: state.templateVersion,
    businessKey: state.businessKey,
    title: state.title,
    status: state.status,
    lifecycle: state.lifecycle,
    revision: state.revision,
  });
  // Shared milestones: who fills which party, the start input, recorded variables (only shared facts in this template), withdrawals.
  expect(view.companies).toEqual(state.bindings.companies);
  expect(view.input).toEqual(state.input);
  expect(view.vars).toEqual(state.vars);
  expect(view.withdrawn).toEqual(state.withdrawn);
  expect([...view.currentSteps].sort()).toEqual([...new Set(state.tokens.map((token) => token.stepId))].sort());
  // People: only the company's own.
  const own = Object.entries(state.bindings.participants)
    .map(([role, people]) => [role, people.filter((person) => person.company === company)] as const)
    .filter(([, people]) => people.length > 0);
  expect(view.participants).toEqual(Object.fromEntries(own));
  expect(view.initiator).toEqual(state.initiator.company === company ? state.initiator : { company: state.initiator.company });
  // Tasks: its own and those of shared steps, nothing else.
  expect(view.tasks.map((task) => task.id)).toEqual(state.tasks.filter((task) => maySee(task, company)).map((task) => task.id));
  for (const task of view.tasks) {
    expect(Object.keys(task).sort()).toEqual([...TASK_FIELDS].sort());
    if (task.companyId !== company) expect(SHARED_STEPS.has(task.stepId), `${company} sees ${task.id}`).toBe(true);
  }
}

function expectTimelineFields(state: InstanceState, company: string, timeline: EventView[]): void {
  const visibleTasks = new Set(state.tasks.filter((task) => maySee(task, company)).map((task) => task.id));
  for (const event of timeline) {
    const where = `${company}'s timeline, event ${event.seq} (${event.type})`;
    expect(Object.keys(event).sort(), where).toEqual([...EVENT_FIELDS].sort());
    if (event.taskId !== null) expect(visibleTasks.has(event.taskId), where).toBe(true);
    const actor = event.actor;
    const foreign = actor !== null && actor !== 'system' && actor.company !== company;
    // Another company's person appears only as their company.
    if (foreign) expect(actor, where).toEqual({ company: actor.company });
    if (foreign && event.taskId !== null) expect(event.comment, where).toBeNull();
    // Who a task went to, or whom a notification mailed, are people: left out of every event's details.
    // A task event says at most which of the company's own keys decided it.
    if (event.taskId !== null) expect(Object.keys(event.details).filter((key) => key !== 'via' || foreign), where).toEqual([]);
    expect(Object.keys(event.details), where).not.toContain('assignees');
    expect(Object.keys(event.details), where).not.toContain('to');
  }
}

/** Text of another company's internal tasks and people appears nowhere in what `company` receives. */
function expectNothingHidden(state: InstanceState, company: string, received: unknown): void {
  const text = JSON.stringify(received);
  const hiddenTasks = state.tasks.filter((task) => !maySee(task, company));
  for (const task of hiddenTasks) {
    expect(text, `${company} receives hidden task ${task.id}`).not.toContain(`"${task.id}"`);
    if (task.comment) expect(text, `${company} receives the comment on ${task.id}`).not.toContain(task.comment);
    for (const value of Object.values(task.form ?? {})) {
      if (typeof value === 'string' && value.length > 0) expect(text, `${company} receives the form of ${task.id}`).not.toContain(value);
    }
  }
  for (const person of hiddenPeople(state, company)) {
    expect(text, `${company} receives ${person.email}`).not.toContain(person.email);
    expect(text, `${company} receives ${person.name}`).not.toContain(person.name);
  }
}

/** Other companies' people who act on no task the company may see. */
export function hiddenPeople(state: InstanceState, company: string): Person[] {
  const shown = new Set(
    state.tasks
      .filter((task) => maySee(task, company))
      .flatMap((task) => [...task.assignees, ...(task.decidedBy && task.decidedBy !== 'system' ? [task.decidedBy] : [])])
      .map((person) => person.email),
  );
  const people = Object.values(state.bindings.participants).flat();
  return people.filter((person, index) => person.company !== company && !shown.has(person.email) && people.findIndex((other) => other.email === person.email) === index);
}
