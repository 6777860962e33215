/**
 * Asking before something that cannot be undone (revoking a key, cancelling an instance): the
 * question appears in place with two buttons, the focus on the safe one; only the second
 * press acts. What the API answers then is shown where the question was: its refusal as an
 * alert, in its own words.
 */
import { ApiProblem } from './api.js';
import { alert } from './components.js';
import { h, onClick, type Child } from './dom.js';

/** Words of an error for people: the API's message, or the error's own. */
export function problemText(error: unknown): string {
  if (error instanceof ApiProblem) return `${error.message} (${error.code})`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Shows `question` in `area` with `yes` and `no` buttons. `yes` runs `act`; while it runs the
 * buttons are disabled; a refusal is shown in `area` and the question stays answerable.
 */
export function confirmInPlace(area: HTMLElement, question: Child, yes: string, act: () => Promise<void>, no = 'Keep it'): void {
  const problem = h('div', {});
  const confirm = h('button', { type: 'button', class: 'button no' }, yes);
  const keep = h('button', { type: 'button', class: 'button quiet' }, no);
  onClick(keep, () => area.replaceChildren());
  onClick(confirm, () => {
    confirm.disabled = keep.disabled = true;
    act().then(
      () => area.replaceChildren(),
      (error: unknown) => {
        confirm.disabled = keep.disabled = false;
        problem.replaceChildren(alert(problemText(error)));
        confirm.focus();
      },
    );
  });
  area.replaceChildren(h('div', { class: 'confirm', role: 'group', 'aria-label': 'Confirm' }, h('p', {}, question), problem, h('div', { class: 'actions' }, confirm, keep)));
  keep.focus();
}
