/**
 * Out of office at the moment a task opens: when the person a task mail is for has named a
 * colleague for this moment (activities/directory, `holderAt`), the task goes to that
 * colleague through the workflow's `delegate` update — recorded as a delegation by the
 * absent holder, the colleague mailed by the workflow as for any delegation — and the absent
 * holder gets a notice instead of the task mail, so their own links are never minted.
 *
 * The update is only waited for until the workflow accepts it: the mail of the delegation is
 * queued by the workflow and sent like any other, and the sendMail activity of older
 * instances runs while the workflow waits for it. Its id comes from the task and the holder,
 * so a retried send asks once.
 */
import { Context } from '@temporalio/activity';
import { WorkflowUpdateStage, type Client } from '@temporalio/client';
import type pg from 'pg';
import { holderAt } from '../directory/index.js';
import { delegateUpdate } from '../../workflows/handlers.js';
import type { MailRequest } from '../contracts.js';
import { escapeHtml } from '../../presentation/index.js';
import type { RenderedMail } from './render.js';

/**
 * The notice for the absent holder when their new task went to a colleague; undefined when the
 * task mail should go out as usual. `temporal` is the mail dispatcher's client; the sendMail
 * activity of older instances uses its activity's own.
 */
export async function handOverIfAway(pool: pg.Pool, request: MailRequest, temporal?: Client): Promise<RenderedMail | undefined> {
  const task = request.task;
  if (request.purpose !== 'task' || !task) return undefined;
  const chain = await holderAt(pool, task.companyId, request.to.email, new Date());
  const colleague = chain[chain.length - 1];
  const away = chain[0]?.outOfOffice;
  if (chain.length < 2 || !colleague || !away || colleague.email === request.to.email) return undefined;
  let client = temporal;
  try {
    client ??= Context.current().client;
  } catch {
    return undefined; // Neither the dispatcher nor an activity (a direct call in a test): mail as usual.
  }
  try {
    await client.workflow.getHandle(request.instance.id).startUpdate(delegateUpdate, {
      args: [{ taskId: task.id, actor: request.to.email, to: { name: colleague.name, email: colleague.email, company: task.companyId }, comment: `Out of office until ${away.until}` }],
      updateId: `out-of-office/${task.id}/${request.to.email}`,
      waitForStage: WorkflowUpdateStage.ACCEPTED,
    });
  } catch {
    // Refused (the colleague already holds it, the task closed meanwhile): the holder keeps it and is mailed as usual.
    return undefined;
  }
  const subject = `While you are away: “${task.title}” went to ${colleague.name}`;
  const text = [
    `Hello ${request.to.name},`,
    '',
    `A task opened for you in “${request.instance.title}” while you are out of office (until ${away.until}).`,
    `It went to ${colleague.name} <${colleague.email}>, as your out-of-office setting says.`,
    '',
    'Nothing to do for you. To keep such tasks yourself, clear your out-of-office.',
  ].join('\n');
  const html = `<p>Hello ${escapeHtml(request.to.name)},</p><p>A task opened for you in “${escapeHtml(request.instance.title)}” while you are out of office (until ${escapeHtml(away.until)}).</p><p>It went to ${escapeHtml(colleague.name)} &lt;${escapeHtml(colleague.email)}&gt;, as your out-of-office setting says.</p><p>Nothing to do for you. To keep such tasks yourself, clear your out-of-office.</p>`;
  return { subject, text, html };
}
