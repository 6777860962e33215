/** An admin gives an open task to another person at its company, who alone holds it then. */
import type { Reassignment } from '../../schemas.js';
import { fail, FailureType } from '../failures.js';
import { isAdmin, type Machine } from '../machine.js';
import { giveTask } from './delegate.js';
import { checkRecipient, findTask, requireRunning } from './guards.js';

/** Refuses a reassignment by someone who is not an admin, of a task not open, or to someone who may not take it. */
export function check(m: Machine, reassignment: Reassignment): void {
  requireRunning(m);
  const task = findTask(m, reassignment.taskId);
  if (task.status !== 'open') fail(FailureType.TaskNotOpen, `task ${task.id} is ${task.status}, not open`);
  // A party admin's authority comes from the directory, checked by the API; the workflow
  // still refuses a task of another company and a recipient who already holds it.
  if (!reassignment.partyAdmin && !isAdmin(m, reassignment.actor)) {
    fail(FailureType.NotAdmin, `${reassignment.actor} may not reassign tasks: only ${(m.template.admins ?? []).join(', ') || 'template admins'} may`);
  }
  checkRecipient(task, reassignment.to);
}

/** The recipient becomes the task's only holder. */
export function apply(m: Machine, reassignment: Reassignment): void {
  giveTask(m, reassignment, 'reassigned');
}
