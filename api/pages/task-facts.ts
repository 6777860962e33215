/**
 * The facts block every emailed-task page shows: the instance, the task, who asks, for
 * which company, when it is due, and the amounts, worded as in the mail.
 */
import { html, type Html, type ShownFact } from '../../presentation/index.js';
import { outcomeLabel, type Messages } from '../../presentation/messages.js';
import type { TaskContext } from '../../activities/mail/index.js';
import type { Task } from '../../workflows/schemas.js';

/** The task's status as a short badge, in `words`' language. */
export function statusBadge(task: Task, words: Messages): Html {
  const status = words.taskStatus;
  const text = {
    open: status.open,
    decided: status.decided(outcomeLabel(words, task.outcome ?? '')),
    cancelled: status.cancelled,
    timed_out: status.timedOut,
  }[task.status];
  return html`<span class="status ${task.status}">${text}</span>`;
}

/** Who decided and when, for a decided task. */
export function decidedLine(task: Task, words: Messages): string | undefined {
  if (task.status !== 'decided') return undefined;
  const outcome = outcomeLabel(words, task.outcome ?? '');
  const when = task.decidedAt === undefined ? undefined : words.when(task.decidedAt);
  if (task.decidedBy === 'system') return words.decidedAutomatically(outcome, when);
  return words.decidedBy(outcome, task.decidedBy?.name, when);
}

/** The facts as a definition list: the task's own lines, then what the template says its holder is shown. */
export function taskFacts(context: TaskContext, task: Task, words: Messages): Html {
  const rows: Array<[string, string | Html]> = [
    [words.process, context.instanceTitle],
    [words.task, context.taskTitle],
    [words.mail.askedBy, context.askedBy],
    [words.facts.yourRole, context.role],
    [words.processStatus, context.instanceStatus],
  ];
  if (task.dueAt !== undefined) rows.push([words.facts.due, words.when(task.dueAt)]);
  const decided = decidedLine(task, words);
  if (decided) rows.push([words.facts.decision, decided]);
  if (task.comment) rows.push([words.comment, task.comment]);
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
