/**
 * The task as its recipient sees it from a mail's "See the task" link: its status, the
 * decision once there is one, mail that could not be delivered, and the decision buttons
 * while the task is open and still theirs. Read-only; the buttons lead to decision pages.
 */
import { html, type Html, humanize } from '../../presentation/index.js';
import type { TaskContext } from '../../activities/mail/index.js';
import type { Task } from '../../workflows/schemas.js';
import type { DeliveryProblem } from '../delivery-problems.js';
import { messagesIn, outcomeLabel, type Language, type Messages } from '../../presentation/messages.js';
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
  language: Language;
}

/** The task page. */
export function taskPage(view: TaskPage): Html {
  const words = messagesIn(view.language);
  const body = html`<h1>${view.context.taskTitle}</h1>
<p class="lead">${view.context.instanceTitle} · ${statusBadge(view.task, words)}</p>
${view.deliveryProblems.length > 0 ? html`<div class="alert" role="alert"><strong>${words.undelivered}</strong>
${view.deliveryProblems.map((problem) => html`<br>${problem.recipient} (${humanize(problem.purpose)} mail): ${problem.error}`)}</div>` : ''}
<section class="card">${taskFacts(view.context, view.task, words)}</section>
${actions(view, words)}`;
  return page(view.context.taskTitle, body, undefined, view.language);
}

function actions(view: TaskPage, words: Messages): Html | string {
  if (view.task.status !== 'open') return '';
  if (!view.assigned) return html`<section class="card"><p>${words.noLongerYours(view.recipient)}</p></section>`;
  if (view.decisions.length === 0) return html`<section class="card"><p>${words.linksExpired(view.task.companyId)}</p></section>`;
  return html`<section class="card"><h2>${words.answerHeading}</h2>
<p>${view.decisions.map(({ outcome, href }) => html`<a class="${buttonClass(outcome)}" href="${href}">${outcomeLabel(words, outcome)}</a>`)}</p>
<p class="note">${words.confirmNote}</p></section>`;
}
