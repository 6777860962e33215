/**
 * A secret the API shows once (a new API key's token, a webhook's signing secret): shown in
 * place with a copy button and the warning that it will not be shown again. It lives only in
 * this element: nothing keeps it, so a reload shows it no more.
 */
import { h, onClick } from './dom.js';

/** The panel of a secret shown once; `id` names the element that holds the secret itself. */
export function secretOnce(id: string, heading: string, secret: string, hint: string): HTMLElement {
  const said = h('span', { class: 'hint', role: 'status' });
  const copy = onClick(h('button', { type: 'button', class: 'button', 'aria-describedby': id }, 'Copy'), () => {
    navigator.clipboard.writeText(secret).then(
      () => (said.textContent = 'Copied.'),
      () => (said.textContent = 'The browser did not let the page copy it; select it and copy it yourself.'),
    );
  });
  const panel = h('div', { class: 'secret notice', tabindex: -1 }, h('h3', {}, heading), h('p', {}, hint, ' ', h('strong', {}, 'It is not shown again.')), h('code', { id }, secret), h('div', { class: 'actions' }, copy, said));
  return panel;
}
