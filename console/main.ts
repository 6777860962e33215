/**
 * The console in the browser: finds who is signed in (GET /me), draws the frame with a link to
 * each page the person may use, and the page the address names (see `PAGES`; an instance's page
 * is `/console/instances/{id}`). Without a session it offers to mail a sign-in link. Every read and
 * write goes through the public API (api.ts).
 */
import { answer, api, ApiProblem, rememberCsrfToken, type Schemas } from './api.js';
import { alert } from './components.js';
import { cycleTimesPage } from './cycle-times-page.js';
import { h, onClick } from './dom.js';
import { instancePage } from './instance-page.js';
import { instancesPage } from './instances-page.js';
import { jointPage } from './joint-page.js';
import { mdfDashboardPage } from './mdf-dashboard.js';
import { mdfPage } from './mdf-page.js';
import { settingsPage } from './settings-page.js';
import { tasksPage } from './tasks-page.js';

/** Who is signed in, as GET /me says. */
type Me = Schemas['Me'];

/** A page of the console: its address, its link, who is shown the link, and how it is drawn. */
interface Page {
  path: string;
  label: string;
  /** Whether the nav links it for this person (the API refuses the rest whatever the link says). */
  linked?: (person: Me) => boolean;
  open: (main: HTMLElement, person: Me) => void | Promise<void>;
}

const PAGES: Page[] = [
  { path: '/console', label: 'My tasks', open: (main) => tasksPage(main) },
  { path: '/console/instances', label: 'Instances', open: (main) => instancesPage(main) },
  { path: '/console/mdf', label: 'MDF', open: (main, person) => mdfPage(main, { email: person.person.email, companyId: person.person.companyId }) },
  { path: '/console/mdf/dashboard', label: 'MDF dashboard', open: (main, person) => mdfDashboardPage(main, person.person.companyId) },
  { path: '/console/joint', label: 'Joint solutions', open: (main) => jointPage(main) },
  { path: '/console/cycle-times', label: 'Cycle times', open: (main) => cycleTimesPage(main) },
  // Loaded only when opened: it brings the editor.
  { path: '/console/templates', label: 'Templates', linked: (person) => person.platform, open: async (main, person) => (await import('./templates-page.js')).templatesPage(main, person) },
  { path: '/console/settings', label: 'Company settings', linked: (person) => person.admin, open: (main, person) => settingsPage(main, { admin: person.admin, companyId: person.person.companyId }) },
];

/** The page at an address, `/console/tasks` being the tasks page too; trailing slashes do not matter. */
function pageAt(pathname: string): Page | undefined {
  const path = pathname.replace(/\/+$/, '') || '/';
  return PAGES.find((page) => page.path === (path === '/console/tasks' ? '/console' : path));
}

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
  const current = pageAt(window.location.pathname);
  const links = PAGES.filter((page) => page.linked?.(person) ?? true).map((page) => h('a', { href: page.path, ...(page === current ? { 'aria-current': 'page' } : {}) }, page.label));
  bar.replaceChildren(h('a', { class: 'brand', href: '/console' }, 'Tandem'), h('nav', { 'aria-label': 'Console' }, ...links, h('span', { class: 'who' }, `${person.person.name} · ${person.person.companyId}`), signOut));
  const instance = /^\/console\/instances\/([^/]+)\/?$/.exec(window.location.pathname);
  if (instance?.[1]) return instancePage(main, decodeURIComponent(instance[1]));
  if (current) return current.open(main, person);
  main.replaceChildren(h('h1', {}, 'Not here'), h('p', {}, 'There is no such page. ', h('a', { href: '/console' }, 'Go to my tasks'), '.'));
}

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
