/**
 * The facts block every emailed-task page shows: the instance, the task, who asks, for
 * which company, when it is due, and the amounts, worded as in the mail.
 */
import { formatWhen, html, type Html, humanize, type ShownFact } from '../../presentation/index.js';
import type { TaskContext } from '../../activities/mail/index.js';
import type { Task } from '../../workflows/schemas.js';

/** The task's status as a short badge. */
export function statusBadge(task: Task): Html {
  const text = {
    open: 'Open',
    decided: `Decided: ${humanize(task.outcome ?? '')}`,
    cancelled: 'Closed',
    timed_out: 'Timed out',
  }[task.status];
  return html`<span class="status ${task.status}">${text}</span>`;
}

/** Who decided and when, for a decided task. */
export function decidedLine(task: Task): string | undefined {
  if (task.status !== 'decided') return undefined;
  const by = task.decidedBy === undefined ? '' : task.decidedBy === 'system' ? ' automatically' : ` by ${task.decidedBy.name}`;
  return `${humanize(task.outcome ?? '')}${by}${task.decidedAt ? ` on ${formatWhen(task.decidedAt)}` : ''}`;
}

/** The facts as a definition list: the task's own lines, then what the template says its holder is shown. */
export function taskFacts(context: TaskContext, task: Task): Html {
  const rows: Array<[string, string | Html]> = [
    ['Process', context.instanceTitle],
    ['Task', context.taskTitle],
    ['Asked by', context.askedBy],
    ['Your role', context.role],
    ['Process status', context.instanceStatus],
  ];
  if (task.dueAt) rows.push(['Due', formatWhen(task.dueAt)]);
  const decided = decidedLine(task);
  if (decided) rows.push(['Decision', decided]);
  if (task.comment) rows.push(['Comment', task.comment]);
  for (const fact of context.facts) rows.push([fact.label, factValue(fact, context.documentsAt)]);
  return html`<dl>${rows.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>`;
}

/**
 * A fact's value: documents as links through the recipient's read-only task link (relative,
 * so pages work behind a path prefix), decisions one per line.
 */
function factValue(fact: ShownFact, documentsAt: string | undefined): Html {
  if (fact.documents) {
    return html`<ul class="documents">${fact.documents.map((document) => {
      const href = document.sha256 && documentsAt ? `${documentsAt}/documents/${document.sha256}` : document.url;
      return html`<li>${href ? html`<a href="${href}"${document.sha256 ? '' : html` rel="noopener noreferrer"`}>${document.name}</a>` : document.name}</li>`;
    })}</ul>`;
  }
  return html`${fact.text.split('\n').map((line, index) => html`${index > 0 ? html`<br>` : ''}${line}`)}`;
}
