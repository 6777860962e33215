/**
 * The task as its recipient sees it from a mail's "See the task" link: its status, the
 * decision once there is one, mail that could not be delivered, and the decision buttons
 * while the task is open and still theirs. Read-only; the buttons lead to decision pages.
 */
import { html, type Html, humanize } from '../../presentation/index.js';
import type { TaskContext } from '../../activities/mail/index.js';
import type { Task } from '../../workflows/schemas.js';
import type { DeliveryProblem } from '../delivery-problems.js';
import { buttonClass } from './decision-page.js';
import { page } from './layout.js';
import { statusBadge, taskFacts } from './task-facts.js';

/** What the task page shows. */
export interface TaskPage {
  context: TaskContext;
  task: Task;
  recipient: string;
  /** Whether the recipient still holds the task. */
  assigned: boolean;
  /** Usable decision links of the recipient, as paths. */
  decisions: Array<{ outcome: string; href: string }>;
  deliveryProblems: DeliveryProblem[];
}

/** The task page. */
export function taskPage(view: TaskPage): Html {
  const body = html`<h1>${view.context.taskTitle}</h1>
<p class="lead">${view.context.instanceTitle} · ${statusBadge(view.task)}</p>
${view.deliveryProblems.length > 0 ? html`<div class="alert" role="alert"><strong>Mail about this task could not be delivered:</strong>
${view.deliveryProblems.map((problem) => html`<br>${problem.recipient} (${humanize(problem.purpose)} mail): ${problem.error}`)}</div>` : ''}
<section class="card">${taskFacts(view.context, view.task)}</section>
${actions(view)}`;
  return page(view.context.taskTitle, body);
}

function actions(view: TaskPage): Html | string {
  if (view.task.status !== 'open') return '';
  if (!view.assigned) return html`<section class="card"><p>This task is no longer with you (${view.recipient}); it has been handed to someone else.</p></section>`;
  if (view.decisions.length === 0) return html`<section class="card"><p>The answer links of your mail have expired. Ask the people at ${view.task.companyId} who run this process to send them again.</p></section>`;
  return html`<section class="card"><h2>Your answer</h2>
<p>${view.decisions.map(({ outcome, href }) => html`<a class="${buttonClass(outcome)}" href="${href}">${humanize(outcome)}</a>`)}</p>
<p class="note">Each button opens a page where you confirm; nothing is recorded before that.</p></section>`;
}
