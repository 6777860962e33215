/**
 * A person left their company's directory: they leave its roles and open tasks in this
 * instance. Each task keeps its other holders; one left with nobody goes to the role's
 * fallback (the party's admins), who are mailed. Roles change the same way, so later tasks
 * open for the people who remain.
 */
import type { HandOver, Person } from '../../schemas.js';
import { fail, FailureType } from '../failures.js';
import { mailTask, record, touch, touchTask, type Machine } from '../machine.js';
import { requireRunning } from './guards.js';

/** Refuses a hand-over of someone who holds no role and no open task of the company here. */
export function check(m: Machine, handOver: HandOver): void {
  requireRunning(m);
  const holds = Object.values(m.state.bindings.participants).some((people) => people.some((person) => person.email === handOver.email && person.company === handOver.companyId));
  const assigned = m.state.tasks.some((task) => task.status === 'open' && task.companyId === handOver.companyId && task.assignees.some((person) => person.email === handOver.email));
  if (!holds && !assigned) fail(FailureType.HoldsNothing, `${handOver.email} holds nothing in instance ${m.state.instanceId}`);
}

/** Takes the person out of their roles and open tasks of their company. */
export function apply(m: Machine, handOver: HandOver): void {
  const leaving = (person: Person) => person.email === handOver.email && person.company === handOver.companyId;
  const fallbackFor = (role: string) => (handOver.fallback[role] ?? []).filter((person) => !leaving(person) && person.company === handOver.companyId);
  for (const [role, people] of Object.entries(m.state.bindings.participants)) {
    if (!people.some(leaving)) continue;
    const remaining = people.filter((person) => !leaving(person));
    m.state.bindings.participants[role] = remaining.length > 0 ? remaining : fallbackFor(role);
  }
  for (const task of m.state.tasks) {
    if (task.status !== 'open' || task.companyId !== handOver.companyId || !task.assignees.some(leaving)) continue;
    const remaining = task.assignees.filter((person) => !leaving(person));
    const added = remaining.length > 0 ? [] : fallbackFor(task.role);
    task.assignees = [...remaining, ...added];
    touchTask(m, task);
    record(m, { type: 'reassigned', stepId: task.stepId, taskId: task.id, actor: 'system', comment: handOver.reason, details: { from: handOver.email, to: task.assignees.map((person) => person.email) } });
    for (const person of added) mailTask(m, 'delegated', task, person);
  }
  touch(m);
}
