/**
 * A task opened in place: what its holder is shown (the same facts as the mail and the
 * emailed page), and while the person holds it, one button per outcome; choosing one shows
 * that outcome's form, built by the same code as the emailed decision page
 * (api/pages/form-fields.ts) with the same browser checks, read back by the same conversion,
 * and then checked by the workflow when the API records it. The person can also hand the
 * task to a colleague.
 */
import type { DecisionField } from '../workflows/core/index.js';
import { buttonClass, fieldInputs, readFields, type Submitted } from '../api/pages/form-fields.js';
import { humanize } from '../presentation/format.js';
import { messagesIn } from '../presentation/messages.js';
import { answer, api, ApiProblem, type Schemas } from './api.js';
import { alert, date, people, taskStatusBadge } from './components.js';
import { h, onClick, replace } from './dom.js';

const words = messagesIn('en');

type TaskDetail = Schemas['MyTaskDetail'];

/** Field types the emailed forms know; a field of another type is not offered as a form. */
const FIELD_TYPES = new Set(['string', 'text', 'integer', 'money', 'boolean', 'date', 'email', 'url', 'enum', 'duration', 'documents']);

/**
 * The form's fields as the shared form code takes them. The API sends each field as the
 * template declares it (checked by the template schema when it was published); only its type
 * is checked again here, since the inputs are chosen by it.
 */
function decisionFields(fields: TaskDetail['forms'][number]['fields']): DecisionField[] {
  return fields.filter((entry) => typeof entry.field['type'] === 'string' && FIELD_TYPES.has(entry.field['type'])).map((entry) => entry as unknown as DecisionField);
}

/** What happens after a decision or hand-over: the page says so and reloads its lists. */
export type Done = (message: string) => void;

/** Shows task `taskId` of instance `instanceId` in `panel`, and moves the focus to it. */
export async function openTask(panel: HTMLElement, instanceId: string, taskId: string, done: Done): Promise<void> {
  panel.replaceChildren(h('p', { class: 'muted' }, 'Loading the task…'));
  let task: TaskDetail;
  try {
    task = answer(await api.GET('/me/instances/{id}/tasks/{taskId}', { params: { path: { id: instanceId, taskId } } }));
  } catch (error) {
    panel.replaceChildren(alert(error instanceof Error ? error.message : String(error)));
    return;
  }
  const heading = h('h2', { tabindex: -1, id: 'task-heading' }, task.title);
  const facts = h(
    'dl',
    {},
    h('dt', {}, 'Status'),
    h('dd', {}, taskStatusBadge(task)),
    h('dt', {}, 'Your role'),
    h('dd', {}, humanize(task.role)),
    h('dt', {}, 'Held by'),
    h('dd', {}, people(task.assignees)),
    task.dueAt ? [h('dt', {}, 'Due'), h('dd', {}, date(task.dueAt))] : null,
    task.facts.map((fact) => [h('dt', {}, fact.label), h('dd', {}, factValue(fact))]),
  );
  const answerArea = h('div', {});
  replace(panel, heading, facts, task.forms.length > 0 ? outcomes(task, answerArea, done) : h('p', { class: 'note' }, 'You do not hold this task now; nothing to decide here.'), answerArea, task.forms.length > 0 ? handOver(task, done) : null);
  heading.focus();
}

/** A fact's value: text one line per line, documents by name. */
function factValue(fact: Schemas['Fact']): (HTMLElement | string)[] {
  if (fact.documents) return [h('ul', {}, fact.documents.map((document) => h('li', {}, document.url ? h('a', { href: document.url, rel: 'noopener noreferrer' }, document.name) : document.name)))];
  return fact.text.split('\n').flatMap((line, index) => (index > 0 ? [h('br'), line] : [line]));
}

/** One button per outcome a person may choose; pressing one shows its form. */
function outcomes(task: TaskDetail, area: HTMLElement, done: Done): HTMLElement {
  const buttons = task.forms.map(({ outcome }) => h('button', { type: 'button', class: buttonClass(outcome), 'aria-pressed': 'false', 'aria-controls': 'answer-form' }, humanize(outcome)));
  task.forms.forEach((form, index) => {
    const button = buttons[index];
    if (!button) return;
    onClick(button, () => {
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
      showForm(task, form.outcome, decisionFields(form.fields), area, done, {});
    });
  });
  return h('section', { 'aria-label': words.answerHeading }, h('h3', {}, words.answerHeading), h('div', { class: 'actions' }, buttons));
}

/** The form of one outcome, filled with what was entered before and the problems to fix. */
function showForm(task: TaskDetail, outcome: string, fields: DecisionField[], area: HTMLElement, done: Done, submitted: Submitted, problems: Record<string, string> = {}, problem?: string): void {
  const label = humanize(outcome);
  const form = h('form', { id: 'answer-form', class: 'card', novalidate: false });
  form.append(h('h3', { id: 'answer-heading', tabindex: -1 }, words.yourAnswer(label)));
  if (problem) form.append(alert(problem));
  if (fields.some(({ field }) => field.required)) form.append(h('p', { class: 'note' }, words.requiredNote));
  // Markup from the shared form code: every value in it is escaped by presentation/html.ts.
  form.insertAdjacentHTML('beforeend', fieldInputs(fields, submitted, problems, words).map((input) => input.markup).join(''));
  const comment = h('textarea', { id: 'comment', name: 'comment', maxlength: 5000, 'aria-describedby': 'h-comment' });
  comment.value = submitted['comment'] ?? '';
  form.append(h('label', { for: 'comment' }, words.comment), h('span', { class: 'hint', id: 'h-comment' }, words.commentHint(task.companyId)), comment);
  const submit = h('button', { type: 'submit', class: buttonClass(outcome) }, label);
  form.append(h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const entered: Submitted = {};
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') entered[name] = value;
    const read = readFields(fields, entered);
    if (Object.keys(read.problems).length > 0) return showForm(task, outcome, fields, area, done, entered, read.problems, words.fixFields);
    submit.disabled = true;
    const text = (entered['comment'] ?? '').trim();
    const body = { outcome, ...(text ? { comment: text } : {}), ...(Object.keys(read.values).length > 0 ? { form: read.values } : {}) };
    api
      .POST('/me/instances/{id}/tasks/{taskId}/decision', { params: { path: { id: task.instanceId, taskId: task.id } }, body })
      .then(answer)
      .then(
        () => done(`Recorded: ${label} on “${task.title}”.`),
        (error: unknown) => showForm(task, outcome, fields, area, done, entered, {}, words.notRecorded(error instanceof ApiProblem ? error.message : String(error))),
      );
  });
  area.replaceChildren(form);
  form.querySelector<HTMLElement>('#answer-heading')?.focus();
}

/** Handing the task to a colleague of the same company. */
function handOver(task: TaskDetail, done: Done): HTMLElement {
  const to = h('input', { id: 'delegate-to', name: 'to', type: 'email', required: true, autocomplete: 'off' });
  const note = h('textarea', { id: 'delegate-comment', name: 'comment', maxlength: 5000 });
  const problem = h('div', {});
  const form = h(
    'form',
    {},
    problem,
    h('label', { for: 'delegate-to' }, 'Colleague’s address'),
    h('span', { class: 'hint' }, `A person of ${task.companyId} in your company’s directory.`),
    to,
    h('label', { for: 'delegate-comment' }, 'Note for them (optional)'),
    note,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Hand over')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const comment = note.value.trim();
    api
      .POST('/me/instances/{id}/tasks/{taskId}/delegate', { params: { path: { id: task.instanceId, taskId: task.id } }, body: { to: to.value.trim(), ...(comment ? { comment } : {}) } })
      .then(answer)
      .then(
        () => done(`Handed “${task.title}” to ${to.value.trim()}.`),
        (error: unknown) => problem.replaceChildren(alert(error instanceof Error ? error.message : String(error))),
      );
  });
  return h('details', { class: 'card' }, h('summary', {}, 'Hand to a colleague'), form);
}
