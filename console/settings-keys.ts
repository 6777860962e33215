/**
 * API keys of the company: create one (its token is shown once, with a copy button), list
 * them, and revoke one after confirming. A revoked key stops working at once.
 */
import { answer, api, type Schemas } from './api.js';
import { alert, date, statusBadge, table } from './components.js';
import { confirmInPlace, problemText } from './confirm.js';
import { h, onClick, replace } from './dom.js';
import { secretOnce } from './secret.js';
import { field } from './settings-people.js';

type Key = Schemas['ApiKey'];
const SCOPES = [
  ['read', 'read: see instances, tasks, funds and the directory'],
  ['act', 'act: start instances, decide, request and review funds'],
  ['admin', 'admin: manage people, keys and webhooks'],
] as const;

/** Renders the section into `section`. */
export async function keysSection(section: HTMLElement): Promise<void> {
  const notice = h('div', {});
  const created = h('div', { id: 'created-key' });
  const list = h('div', {});
  const confirmArea = h('div', { id: 'key-confirm' });
  const failed = (error: unknown) => notice.replaceChildren(alert(problemText(error)));

  const load = async () => {
    let keys: Key[];
    try {
      keys = answer(await api.GET('/admin/keys')).keys;
    } catch (error) {
      return failed(error);
    }
    replace(
      list,
      table(
        `API keys (${keys.length})`,
        [
          { heading: 'Name', cell: (key: Key) => key.name },
          { heading: 'Scopes', cell: (key) => key.scopes.join(', ') },
          { heading: 'Created', cell: (key) => date(key.createdAt) },
          { heading: 'Status', cell: (key) => (key.revokedAt ? [statusBadge('Revoked'), ' ', date(key.revokedAt)] : statusBadge('Active', 'done')) },
          {
            heading: 'Action',
            cell: (key) =>
              key.revokedAt
                ? ''
                : onClick(h('button', { type: 'button', class: 'button quiet', 'data-revoke': key.keyId }, 'Revoke', h('span', { class: 'sr-only' }, ` ${key.name}`)), () =>
                    confirmInPlace(confirmArea, `Revoke “${key.name}”? Every program that uses it is refused from now on.`, 'Revoke key', async () => {
                      answer(await api.POST('/admin/keys/{keyId}/revoke', { params: { path: { keyId: key.keyId } } }));
                      // The list first, so that the notice speaks of what the table already shows.
                      await load();
                      notice.replaceChildren(alert(`Revoked “${key.name}”.`, 'notice'));
                    }),
                  ),
          },
        ],
        keys,
        (key) => ({ 'data-key-id': key.keyId }),
      ),
      confirmArea,
    );
  };

  const name = h('input', { id: 'key-name', name: 'name', required: true, maxlength: 200, autocomplete: 'off', 'aria-describedby': 'key-name-hint' });
  const boxes = SCOPES.map(([scope, words]) => ({ scope, box: h('input', { type: 'checkbox', id: `key-scope-${scope}`, name: 'scopes', value: scope, checked: scope === 'read' }), words }));
  const form = h(
    'form',
    { 'aria-labelledby': 'create-key-heading' },
    h('h3', { id: 'create-key-heading' }, 'Create a key'),
    field('key-name', 'Name', name, 'Who or what uses it, e.g. “partner portal”.'),
    h('fieldset', {}, h('legend', {}, 'What it may do'), boxes.map(({ scope, box, words }) => h('label', { class: 'check', for: `key-scope-${scope}` }, box, words))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Create key')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const scopes = boxes.filter(({ box }) => box.checked).map(({ scope }) => scope);
    if (scopes.length === 0) return notice.replaceChildren(alert('Choose at least one thing the key may do.'));
    api
      .POST('/admin/keys', { body: { name: name.value.trim(), scopes } })
      .then(answer)
      .then((key) => {
        notice.replaceChildren();
        const panel = secretOnce('new-token', `The key “${key.name}”`, key.token, 'Copy it now and keep it where the program that uses it reads it.');
        created.replaceChildren(panel);
        form.reset();
        panel.focus();
        return load();
      }, failed);
  });

  section.replaceChildren(h('h2', { id: 'keys-heading' }, 'API keys'), h('p', { class: 'muted' }, 'Programs of your company call the API with a key.'), notice, created, list, form);
  await load();
}
