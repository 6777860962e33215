/**
 * Which of the mail a settle queued is still worth sending when the instance writes it out.
 */
import type { MailRequest } from '../activities/contracts.js';
import type { Task } from './schemas.js';

/**
 * A mail is due once per key (one person named twice in a notification, or a result queued
 * twice, gets one mail), and a mail about a task only while that task is still open: a task
 * that opened and closed in the same settle (a start that submits its first task) mails nothing.
 */
export function dueMail(state: { tasks: ReadonlyArray<Pick<Task, 'id' | 'status'>> }, mails: MailRequest[]): MailRequest[] {
  const seen = new Set<string>();
  return mails.filter((mail) => {
    if (seen.has(mail.key)) return false;
    seen.add(mail.key);
    if (!mail.task) return true;
    const taskId = mail.task.id;
    return state.tasks.some((task) => task.id === taskId && task.status === 'open');
  });
}
