/**
 * The page a decision link opens. Opening it records nothing: mail scanners and link
 * previewers fetch links too. It shows what is being decided and a form; only submitting
 * that form (with the confirmation field only this page carries) records the decision.
 */
import { formatWhen, html, type Html, humanize } from '../../presentation/index.js';
import type { TaskContext } from '../../activities/mail/index.js';
import type { Task } from '../../workflows/schemas.js';
import { fieldInputs, type Submitted } from './form-fields.js';
import { page } from './layout.js';
import { taskFacts } from './task-facts.js';

/** What the decision page shows. */
export interface DecisionPage {
  context: TaskContext;
  task: Task;
  outcome: string;
  recipient: string;
  confirmation: string;
  expiresAt: number;
  /** The recipient's links for the other outcomes, as paths. */
  otherOutcomes: Array<{ outcome: string; href: string }>;
  /** After a refused submission: what was entered, and what to fix. */
  submitted?: Submitted;
  problem?: string;
  fieldProblems?: Record<string, string>;
}

/** Classes of the submit button: green for yes, red for no. */
export function buttonClass(outcome: string): string {
  if (outcome === 'approve' || outcome === 'submit') return 'button yes';
  if (outcome === 'reject') return 'button no';
  return 'button';
}

/** The confirmation page of one outcome. */
export function decisionPage(view: DecisionPage): Html {
  const label = humanize(view.outcome);
  const submitted = view.submitted ?? {};
  const fields = Object.keys(view.context.fields).length > 0 ? fieldInputs(view.context.fields, submitted, view.fieldProblems ?? {}) : [];
  const body = html`<h1>${label}: ${view.context.taskTitle}</h1>
<p class="lead">${view.context.instanceTitle} · asked by ${view.context.askedBy}</p>
${view.problem ? html`<div class="alert" role="alert">${view.problem}</div>` : ''}
<section class="card">${taskFacts(view.context, view.task)}</section>
<form class="card" method="post">
<h2>Your answer: ${label}</h2>
<p>Nothing has been recorded yet. Your answer is recorded when you press the button below.</p>
<input type="hidden" name="confirm" value="${view.confirmation}">
<input type="hidden" name="outcome" value="${view.outcome}">
${fields}
<label for="comment">Comment <span class="hint">Optional; the people at ${view.task.companyId} working on this process can read it.</span></label>
<textarea id="comment" name="comment" maxlength="5000">${submitted['comment'] ?? ''}</textarea>
<button class="${buttonClass(view.outcome)} submit" type="submit">${label}</button>
${view.otherOutcomes.length > 0 ? html`<p class="note">Another answer: ${view.otherOutcomes.map(({ outcome, href }, index) => html`${index > 0 ? ' · ' : ''}<a href="${href}">${humanize(outcome)}</a>`)}</p>` : ''}
<p class="note">This page acts for ${view.recipient} only and works until ${formatWhen(view.expiresAt)}.</p>
</form>`;
  return page(`${label}: ${view.context.taskTitle}`, body);
}
