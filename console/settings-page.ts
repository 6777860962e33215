/**
 * Company settings, for the company's admins: its people and groups (with who is out of
 * office), API keys, webhooks with their deliveries, and the identity provider its people
 * sign in with. Each section reads and writes through the same routes an admin key uses; the
 * API lets the session of an admin through and refuses everyone else (403 `not_company_admin`).
 */
import { alert } from './components.js';
import { h } from './dom.js';
import { identityProviderSection } from './settings-identity.js';
import { keysSection } from './settings-keys.js';
import { peopleSections } from './settings-people.js';
import { webhooksSection } from './settings-webhooks.js';

/** Renders the page into `main` for a person of `companyId`; someone who is not an admin is told so. */
export async function settingsPage(main: HTMLElement, me: { admin: boolean; companyId: string }): Promise<void> {
  if (!me.admin) {
    main.replaceChildren(h('h1', {}, 'Company settings'), alert(`Only the admins of ${me.companyId} (its “admins” group) manage its settings. Ask one of them.`));
    return;
  }
  const people = h('div', {});
  const keys = h('section', { class: 'card', 'aria-labelledby': 'keys-heading', id: 'keys' });
  const webhooks = h('section', { class: 'card', 'aria-labelledby': 'webhooks-heading', id: 'webhooks' });
  const identity = h('section', { class: 'card', 'aria-labelledby': 'identity-heading', id: 'identity' });
  main.replaceChildren(
    h('h1', {}, 'Company settings'),
    h('p', { class: 'lead' }, `What ${me.companyId} keeps for itself: nobody at another company sees any of it.`),
    h('nav', { 'aria-label': 'Sections', class: 'row' }, h('a', { href: '#people' }, 'People'), h('a', { href: '#groups' }, 'Groups'), h('a', { href: '#keys' }, 'API keys'), h('a', { href: '#webhooks' }, 'Webhooks'), h('a', { href: '#identity' }, 'Identity provider')),
    people,
    keys,
    webhooks,
    identity,
  );
  await Promise.all([peopleSections(people), keysSection(keys), webhooksSection(webhooks), identityProviderSection(identity)]);
}
