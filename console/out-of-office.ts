/**
 * The person's out-of-office on My tasks: whether it is set, to whom tasks that open for them
 * in the range go, setting it and clearing it (GET, PUT and DELETE /me/out-of-office). The
 * directory refuses a colleague of another company, oneself, an inactive colleague and a loop.
 */
import { answer, api } from './api.js';
import { alert } from './components.js';
import { problemText } from './confirm.js';
import { h, onClick, replace } from './dom.js';
import { field, outOfOffice } from './settings-people.js';

/** `datetime-local` value of a moment, in the browser's time zone. */
function localValue(at: Date): string {
  const shifted = new Date(at.getTime() - at.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** The section, loaded. */
export async function outOfOfficeSection(): Promise<HTMLElement> {
  const section = h('section', { class: 'card', 'aria-labelledby': 'ooo-heading', id: 'out-of-office' });
  const notice = h('div', {});
  const current = h('p', { id: 'ooo-current' });
  const colleague = h('input', { id: 'ooo-colleague', name: 'colleague', type: 'email', required: true, autocomplete: 'off', maxlength: 320 });
  const from = h('input', { id: 'ooo-from', name: 'from', type: 'datetime-local', required: true });
  const until = h('input', { id: 'ooo-until', name: 'until', type: 'datetime-local', required: true });
  const clear = onClick(h('button', { type: 'button', class: 'button quiet', id: 'ooo-clear' }, 'I am back: clear it'), () => {
    api.DELETE('/me/out-of-office').then(answer).then((body) => {
      notice.replaceChildren(alert('Cleared: new tasks come to you again.', 'notice'));
      showCurrent(body.outOfOffice);
    }, failed);
  });
  const failed = (error: unknown) => notice.replaceChildren(alert(problemText(error)));
  const showCurrent = (setting: Parameters<typeof outOfOffice>[0]) => {
    replace(current, setting ? ['Set: ', outOfOffice(setting), '.'] : 'Not set: new tasks come to you.');
    clear.hidden = !setting;
  };
  const form = h(
    'form',
    { 'aria-labelledby': 'ooo-form-heading' },
    h('h3', { id: 'ooo-form-heading' }, 'Set it'),
    field('ooo-colleague', 'Colleague who stands in', colleague, 'A colleague of your company; tasks that open for you while you are away go to them.'),
    h('div', { class: 'pair' }, h('div', {}, field('ooo-from', 'From', from)), h('div', {}, field('ooo-until', 'Until', until))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Set out of office'), clear),
  );
  const now = new Date();
  from.value = localValue(now);
  until.value = localValue(new Date(now.getTime() + 7 * 86_400_000));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const start = new Date(from.value);
    const end = new Date(until.value);
    if (!(end > start)) return failed(new Error('“Until” must be after “From”.'));
    api
      .PUT('/me/out-of-office', { body: { colleague: colleague.value.trim(), from: start.toISOString(), until: end.toISOString() } })
      .then(answer)
      .then((body) => {
        notice.replaceChildren(alert(`Set: tasks that open for you go to ${body.outOfOffice?.delegateEmail ?? colleague.value.trim()} until you are back.`, 'notice'));
        showCurrent(body.outOfOffice);
      }, failed);
  });
  replace(section, h('h2', { id: 'ooo-heading' }, 'Out of office'), notice, current, form);
  try {
    showCurrent(answer(await api.GET('/me/out-of-office')).outOfOffice);
  } catch (error) {
    failed(error);
  }
  return section;
}
