/** Checks several commands share: the instance runs, the task exists and is open for the actor. */
import type { Person, Task } from '../../schemas.js';
import { fail, FailureType } from '../failures.js';
import type { Machine } from '../machine.js';

/** Refuses any command once the instance has completed or been cancelled. */
export function requireRunning(m: Machine): void {
  if (m.state.lifecycle !== 'running') fail(FailureType.InstanceNotRunning, `instance ${m.state.instanceId} is ${m.state.lifecycle}`);
}

/** The task `taskId`, or a refusal naming it. */
export function findTask(m: Machine, taskId: string): Task {
  const task = m.state.tasks.find((candidate) => candidate.id === taskId);
  if (!task) fail(FailureType.UnknownTask, `there is no task ${taskId} in instance ${m.state.instanceId}`);
  return task;
}

/** The open task `taskId`, if `actor` is one of its assignees; else a typed refusal. */
export function openTaskFor(m: Machine, taskId: string, actor: string): Task {
  requireRunning(m);
  const task = findTask(m, taskId);
  if (task.status !== 'open') {
    const by = task.decidedBy && task.decidedBy !== 'system' ? ` by ${task.decidedBy.email}` : '';
    fail(FailureType.TaskNotOpen, `task ${task.id} is already ${task.status}${by}`);
  }
  if (!task.assignees.some((person) => person.email === actor)) fail(FailureType.NotYourTask, `${actor} is not assigned task ${task.id} (role ${task.role})`);
  return task;
}

/** A task goes only to someone at its company who does not hold it yet. */
export function checkRecipient(task: Task, to: Person): void {
  if (to.company !== task.companyId) fail(FailureType.RecipientAtOtherCompany, `task ${task.id} belongs to ${task.companyId}; it can only go to someone at that company`);
  if (task.assignees.some((person) => person.email === to.email)) fail(FailureType.AlreadyHoldsTask, `${to.email} already holds task ${task.id}`);
}
