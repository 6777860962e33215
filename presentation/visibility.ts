/**
 * What of an instance one company may see: the one rule the API's views, the webhook
 * audience, the task mails and the emailed-task pages all apply.
 *
 * - Every company taking part sees the shared milestones: status, current steps, the
 *   instance-level events, and the inputs (except those a template marks `visibleTo` other
 *   parties, and any value recorded from such an input).
 * - A company sees its own tasks, people and comments; another company's tasks stay hidden
 *   unless the step is marked `shared` in the template.
 * - Another company's person appears only as the company they act for.
 */
import { hiddenInputs, withoutHidden } from '../definitions/input-visibility.js';
import type { InstanceState, Person, Task } from '../workflows/schemas.js';

/** A person as another company sees them: only which company they act for. */
export type VisiblePerson = Person | { company: string };

/** Whether `companyId` takes part in the instance at all. */
export function takesPart(state: Pick<InstanceState, 'bindings'>, companyId: string): boolean {
  return Object.values(state.bindings.companies).includes(companyId);
}

/** Whether `companyId` may see `task`: its own, or one of a `shared` step. */
export function canSeeTask(task: Pick<Task, 'companyId' | 'shared'>, companyId: string): boolean {
  return task.companyId === companyId || task.shared === true;
}

/** The companies among `companies` that may see `task`. */
export function audienceOf(task: Pick<Task, 'companyId' | 'shared'>, companies: readonly string[]): string[] {
  return companies.filter((company) => canSeeTask(task, company));
}

/** `person` as `companyId` sees them: in full when they work for it, else only their company. */
export function personAs(person: Person, companyId: string): VisiblePerson {
  return person.company === companyId ? person : { company: person.company };
}

/** The names of inputs (and of values recorded from them) that `companyId` may not see. */
export function hiddenInputsOf(state: Pick<InstanceState, 'inputVisibility' | 'bindings'>, companyId: string): Set<string> {
  return hiddenInputs(state.inputVisibility, state.bindings.companies, companyId);
}

/** The instance's inputs and recorded values that `companyId` may see. */
export function visibleValues(state: Pick<InstanceState, 'inputVisibility' | 'bindings' | 'input' | 'vars'>, companyId: string): { input: Record<string, unknown>; vars: Record<string, unknown> } {
  const hidden = hiddenInputsOf(state, companyId);
  // A value recorded from a hidden input (e.g. the finance threshold) is as hidden as the input.
  return { input: withoutHidden(state.input, hidden), vars: withoutHidden(state.vars, hidden) };
}

/** The people bound to roles who work for `companyId`, by role; roles without one are left out. */
export function ownParticipants(state: Pick<InstanceState, 'bindings'>, companyId: string): Record<string, Person[]> {
  return Object.fromEntries(
    Object.entries(state.bindings.participants)
      .map(([role, people]) => [role, people.filter((person) => person.company === companyId)] as const)
      .filter(([, people]) => people.length > 0),
  );
}

/** Whether a person may choose `outcome` on `task`: an outcome the system takes (a timeout's `expire`) is never a button or a link. */
export function isForPeople(task: Pick<Task, 'outcomes' | 'systemOutcomes'>, outcome: string): boolean {
  return task.outcomes.includes(outcome) && !(task.systemOutcomes ?? []).includes(outcome);
}
