/**
 * The console in the browser: finds who is signed in (GET /me), draws the frame, and the page
 * the address names: `/console` (my tasks), `/console/instances`, `/console/instances/{id}`, `/console/mdf`
 * (budgets, allocations, fund requests) or `/console/mdf/dashboard` (the MDF charts). Without a session it
 * offers to mail a sign-in link. Every read and write goes through the public API (api.ts).
 */
import { answer, api, ApiProblem, rememberCsrfToken } from './api.js';
import { alert } from './components.js';
import { h, onClick } from './dom.js';
import { instancePage } from './instance-page.js';
import { instancesPage } from './instances-page.js';
import { mdfDashboardPage } from './mdf-dashboard.js';
import { mdfPage } from './mdf-page.js';
import { tasksPage } from './tasks-page.js';

async function start(): Promise<void> {
  const main = document.getElementById('main');
  const bar = document.getElementById('bar');
  if (!main || !bar) return;
  const me = await api.GET('/me');
  if (me.response.status === 401) return signIn(main);
  let person;
  try {
    person = answer(me);
  } catch (error) {
    main.replaceChildren(alert(error instanceof Error ? error.message : String(error)));
    return;
  }
  rememberCsrfToken(person.csrfToken);
  const signOut = onClick(h('button', { type: 'button', class: 'button quiet' }, 'Sign out'), () => {
    void api.POST('/me/sign-out').then(() => window.location.assign('/console'));
  });
  bar.replaceChildren(
    h('a', { class: 'brand', href: '/console' }, 'Tandem'),
    h(
      'nav',
      { 'aria-label': 'Console' },
      link('/console', 'My tasks', isTasks()),
      link('/console/instances', 'Instances', isInstances()),
      link('/console/mdf', 'MDF', isPath(MDF)),
      link('/console/mdf/dashboard', 'MDF dashboard', isPath(MDF_DASHBOARD)),
      h('span', { class: 'who' }, `${person.person.name} · ${person.person.companyId}`),
      signOut,
    ),
  );
  const instance = /^\/console\/instances\/([^/]+)\/?$/.exec(window.location.pathname);
  if (instance?.[1]) return instancePage(main, decodeURIComponent(instance[1]));
  if (isTasks()) return tasksPage(main);
  if (isInstances()) return instancesPage(main);
  if (isPath(MDF)) return mdfPage(main, { email: person.person.email, companyId: person.person.companyId });
  if (isPath(MDF_DASHBOARD)) return mdfDashboardPage(main, person.person.companyId);
  main.replaceChildren(h('h1', {}, 'Not here'), h('p', {}, 'There is no such page. ', h('a', { href: '/console' }, 'Go to my tasks'), '.'));
}

const isTasks = () => ['/console', '/console/', '/console/tasks'].includes(window.location.pathname);
const isInstances = () => ['/console/instances', '/console/instances/'].includes(window.location.pathname);
const MDF = '/console/mdf';
const MDF_DASHBOARD = '/console/mdf/dashboard';
/** Whether the address is `path`, with or without a trailing slash. */
const isPath = (path: string) => window.location.pathname.replace(/\/$/, '') === path;

/** A link of the bar, marked as the current page when it is. */
const link = (href: string, text: string, current: boolean) => h('a', { href, ...(current ? { 'aria-current': 'page' } : {}) }, text);

/** Asks for a sign-in link by mail. */
function signIn(main: HTMLElement): void {
  const email = h('input', { id: 'email', name: 'email', type: 'email', required: true, autocomplete: 'email' });
  const said = h('div', {});
  const form = h('form', { class: 'card' }, h('label', { for: 'email' }, 'Your work address'), email, h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Mail me a sign-in link')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    api
      .POST('/sign-in', { body: { email: email.value.trim() } })
      .then(answer)
      .then(
        (sent) => said.replaceChildren(alert(sent.message, 'notice')),
        (error: unknown) => said.replaceChildren(alert(error instanceof ApiProblem ? error.message : String(error))),
      );
  });
  main.replaceChildren(h('h1', {}, 'Sign in to Tandem'), h('p', { class: 'lead' }, 'We mail you a link that signs you in; or use your company’s identity provider.'), said, form);
}

void start();
