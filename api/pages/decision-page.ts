/**
 * The page a decision link opens. Opening it records nothing: mail scanners and link
 * previewers fetch links too. It shows what is being decided and a form; only submitting
 * that form (with the confirmation field only this page carries) records the decision.
 */
import { html, type Html } from '../../presentation/index.js';
import type { TaskContext } from '../../activities/mail/index.js';
import type { Task } from '../../workflows/schemas.js';
import { messagesIn, outcomeLabel, type Language } from '../../presentation/messages.js';
import type { DecisionField } from '../../workflows/core/index.js';
import { buttonClass, fieldInputs, labelOf, type Submitted } from './form-fields.js';
import { page } from './layout.js';
import { taskFacts } from './task-facts.js';

/** What the decision page shows. */
export interface DecisionPage {
  context: TaskContext;
  task: Task;
  outcome: string;
  /** The fields of this outcome only, with the instance's currency and limits. */
  fields: readonly DecisionField[];
  recipient: string;
  confirmation: string;
  expiresAt: number;
  /** The recipient's links for the other outcomes, as paths. */
  otherOutcomes: Array<{ outcome: string; href: string }>;
  language: Language;
  /** After a refused submission: what was entered, and what to fix. */
  submitted?: Submitted;
  problem?: string;
  fieldProblems?: Record<string, string>;
}

export { buttonClass } from './form-fields.js';

/** The confirmation page of one outcome: its own fields only, checked by the browser as the workflow will check them. */
export function decisionPage(view: DecisionPage): Html {
  const words = messagesIn(view.language);
  const label = outcomeLabel(words, view.outcome);
  const submitted = view.submitted ?? {};
  const fieldProblems = view.fieldProblems ?? {};
  const fields = fieldInputs(view.fields, submitted, fieldProblems, words);
  // Each problem named by the label the person sees, never by the field's id or the task's.
  const named = view.fields.filter(({ name }) => fieldProblems[name]).map(({ name, field }) => html`<li><a href="#f-${name}">${labelOf(name, field)}</a>: ${fieldProblems[name]}</li>`);
  const body = html`<h1>${label}: ${view.context.taskTitle}</h1>
<p class="lead">${view.context.instanceTitle} · ${words.askedBy(view.context.askedBy)}</p>
${view.problem ? html`<div class="alert" role="alert"><p>${view.problem}</p>${named.length > 0 ? html`<ul>${named}</ul>` : ''}</div>` : ''}
<section class="card">${taskFacts(view.context, view.task, words)}</section>
<form class="card" method="post">
<h2>${words.yourAnswer(label)}</h2>
<p>${words.nothingRecordedYet}</p>
${view.fields.some(({ field }) => field.required) ? html`<p class="note">${words.requiredNote}</p>` : ''}
<input type="hidden" name="confirm" value="${view.confirmation}">
<input type="hidden" name="outcome" value="${view.outcome}">
${fields}
<label for="comment">${words.comment}</label><span class="hint" id="h-comment">${words.commentHint(view.task.companyId)}</span>
<textarea id="comment" name="comment" maxlength="5000" aria-describedby="h-comment">${submitted['comment'] ?? ''}</textarea>
<button class="${buttonClass(view.outcome)} submit" type="submit">${label}</button>
${view.otherOutcomes.length > 0 ? html`<p class="note">${words.anotherAnswer} ${view.otherOutcomes.map(({ outcome, href }, index) => html`${index > 0 ? ' · ' : ''}<a href="${href}">${outcomeLabel(words, outcome)}</a>`)}</p>` : ''}
<p class="note">${words.actsFor(view.recipient, words.when(view.expiresAt))}</p>
</form>`;
  return page(`${label}: ${view.context.taskTitle}`, body, undefined, view.language);
}
