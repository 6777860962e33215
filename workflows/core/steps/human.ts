/**
 * What task and approval steps share: opening a task per role, the timers that remind,
 * escalate and time out, and what each of those timers does when it fires.
 */
import { humanOutcomes, systemOutcomes } from '../../../definitions/flow.js';
import type { ApprovalStep, TaskStep } from '../../../definitions/template.js';
import type { Task, Timer, Token } from '../../schemas.js';
import { closeTask, durationOf, mailTask, openTasksOf, partyOf, record, touchTask, type Machine } from '../machine.js';
import { addTimer, transition } from '../tokens.js';

/** A step people act on. */
export type HumanStep = TaskStep | ApprovalStep;

/** Opens the step's task for `role` and mails its holders. */
export function openTask(m: Machine, token: Token, step: HumanStep, role: string): void {
  const party = partyOf(role);
  const dueAt = step.due ? m.now + durationOf(m, step.due) : undefined;
  const task: Task = {
    id: `${step.id}.${token.visit}.${role}`,
    stepId: step.id,
    visit: token.visit,
    kind: step.kind,
    title: step.title ?? step.id,
    role,
    party,
    companyId: m.state.bindings.companies[party] ?? party,
    status: 'open',
    assignees: [...(m.state.bindings.participants[role] ?? [])],
    outcomes: [...humanOutcomes(step)],
    ...(systemOutcomes(step).length > 0 ? { systemOutcomes: [...systemOutcomes(step)] } : {}),
    ...(step.shared ? { shared: true } : {}),
    openedAt: m.now,
    ...(dueAt === undefined ? {} : { dueAt }),
  };
  m.state.tasks.push(task);
  touchTask(m, task);
  record(m, { type: 'task_opened', stepId: step.id, taskId: task.id, details: { role, assignees: task.assignees.map((person) => person.email) } });
  for (const person of task.assignees) mailTask(m, 'task', task, person);
}

/** Sets the step's reminder, escalation and timeout timers. */
export function scheduleHumanTimers(m: Machine, token: Token, step: HumanStep): void {
  for (const reminder of step.reminders ?? []) addTimer(m, 'reminder', token, m.now + durationOf(m, reminder));
  if (step.escalation) addTimer(m, 'escalation', token, m.now + durationOf(m, step.escalation.after));
  if (step.timeout) addTimer(m, 'timeout', token, m.now + durationOf(m, step.timeout.after));
}

/**
 * A reminder mails the holders of the open tasks again; an escalation adds the escalation
 * role's people to them; a timeout closes them and follows the timeout outcome.
 */
export function fireHumanTimer(m: Machine, token: Token, step: HumanStep, timer: Timer): void {
  const open = openTasksOf(m, token);
  if (timer.kind === 'reminder') {
    for (const task of open) {
      record(m, { type: 'reminded', stepId: step.id, taskId: task.id });
      for (const person of task.assignees) mailTask(m, 'reminder', task, person, timer.id);
    }
    return;
  }
  if (timer.kind === 'escalation' && step.escalation) {
    const extra = m.state.bindings.participants[step.escalation.to] ?? [];
    for (const task of open) {
      const added = extra.filter((person) => !task.assignees.some((assignee) => assignee.email === person.email));
      task.assignees.push(...added);
      task.escalatedTo = step.escalation.to;
      touchTask(m, task);
      record(m, { type: 'escalated', stepId: step.id, taskId: task.id, details: { to: step.escalation.to } });
      for (const person of added) mailTask(m, 'escalation', task, person);
    }
    return;
  }
  if (timer.kind === 'timeout' && step.timeout) {
    for (const task of open) closeTask(m, task, 'timed_out');
    record(m, { type: 'timed_out', stepId: step.id, outcome: step.timeout.outcome, actor: 'system' });
    m.state.steps[step.id] = { outcome: step.timeout.outcome };
    transition(m, token, step.timeout.outcome);
  }
}
