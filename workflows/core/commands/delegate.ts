/** A holder hands their open task to someone else at the task's company, who is mailed. */
import type { Delegation, Reassignment } from '../../schemas.js';
import { mailTask, personByEmail, record, touchTask, type Machine } from '../machine.js';
import { checkRecipient, findTask, openTaskFor } from './guards.js';

/** Refuses a delegation by someone who does not hold the task, or to someone who may not take it. */
export function check(m: Machine, delegation: Delegation): void {
  const task = openTaskFor(m, delegation.taskId, delegation.actor);
  checkRecipient(task, delegation.to);
}

/** The delegator leaves the task and the recipient joins its other holders. */
export function apply(m: Machine, delegation: Delegation): void {
  giveTask(m, delegation, 'delegated');
}

/**
 * Gives the task to `change.to`: a delegation keeps the other holders, a reassignment
 * replaces them all. The recipient is mailed.
 */
export function giveTask(m: Machine, change: Delegation | Reassignment, type: 'delegated' | 'reassigned'): void {
  const task = findTask(m, change.taskId);
  const actor = personByEmail(m, change.actor);
  task.assignees = type === 'delegated' ? [...task.assignees.filter((person) => person.email !== change.actor), change.to] : [change.to];
  touchTask(m, task);
  record(m, {
    type,
    stepId: task.stepId,
    taskId: task.id,
    ...(actor ? { actor } : {}),
    ...(change.comment ? { comment: change.comment } : {}),
    details: { to: change.to, ...(change.via ? { via: change.via } : {}) },
  });
  mailTask(m, 'delegated', task, change.to);
}
