/**
 * People sign in and work their own tasks, over real HTTP, Temporal, Postgres and SMTP, and
 * a real OIDC provider: a mailed link signs in once, the session cookie is guarded by a CSRF
 * token and expires, a person sees exactly their tasks across instances of two companies,
 * delegates one (old links stop working, the colleague is mailed), goes out of office (new
 * tasks land with the colleague, recorded as a delegation, and they are told), and signs out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishTemplate } from '../../api/template-catalog.js';
import type { TemplateInput } from '../../definitions/template.js';
import type { Person } from '../../workflows/schemas.js';
import { linksIn, open, taskMail } from '../support/action-links.js';
import { expectDocumented } from '../support/contract.js';
import { Browser } from '../support/cookie-jar.js';
import { eventually } from '../support/eventually.js';
import { enrol, relate } from '../support/directory.js';
import { call, keyFor, projected } from '../support/http.js';
import { startOidcProvider, type TestOidcProvider } from '../support/oidc-provider.js';
import { startTestStack, type TestStack } from '../support/stack.js';

interface ErrorAnswer {
  error: { code: string; message: string };
}
interface Me {
  person: { id: string; email: string; name: string; companyId: string };
  csrfToken: string;
}
interface MyTask {
  id: string;
  instance: { id: string };
}

const person = (name: string, email: string, company: string): Person => ({ name, email, company });
const vera = person('Vera Vendor', 'vera@acme.example', 'acme');
const finn = person('Finn Finance', 'finn@acme.example', 'acme');
const dora = person('Dora Director', 'dora@acme.example', 'acme');
const paul = person('Paul Partner', 'paul@globex.example', 'globex');
const ivan = person('Ivan Initech', 'ivan@initech.example', 'initech');

const template: TemplateInput = {
  id: 'inbox',
  version: 1,
  title: 'Joint proposal',
  parties: { vendor: { roles: { manager: { group: 'managers' } } }, partner: { roles: { requester: { group: 'requesters' } } } },
  steps: [
    { id: 'propose', kind: 'task', owner: 'partner.requester', status: 'Draft', next: 'review' },
    { id: 'review', kind: 'approval', approvers: ['vendor.manager'], status: 'In review', next: { approve: 'ok', reject: 'ok', request_changes: 'propose' } },
    { id: 'ok', kind: 'end', status: 'Done' },
  ],
};
const REVIEW = 'review.1.vendor.manager';
/** The same process where Acme's directors review. */
const directorsTemplate: TemplateInput = { ...template, id: 'inbox-directors', parties: { ...template.parties, vendor: { roles: { manager: { group: 'directors' } } } } };

let stack: TestStack;
let idp: TestOidcProvider;
const keys: Record<'acme' | 'globex' | 'initech', string> = { acme: '', globex: '', initech: '' };
const api = () => stack.api?.url ?? '';

/** Companies and people as their admins would have entered them: Vera manages, Dora directs and administers Acme. */
async function seedDirectory(): Promise<void> {
  await stack.pool.query(`INSERT INTO companies (id, name, kind) VALUES ('acme', 'Acme', 'vendor'), ('globex', 'Globex', 'partner'), ('initech', 'Initech', 'partner')`);
  await enrol(stack, [
    { person: vera, groups: ['managers'] },
    { person: finn, groups: ['finance'] },
    { person: dora, groups: ['directors', 'admins'] },
    { person: paul, groups: ['requesters'] },
    { person: ivan, groups: ['requesters'] },
  ]);
  await relate(stack, 'acme', 'globex');
  await relate(stack, 'acme', 'initech');
}

let counter = 0;
/** Starts an instance as the partner, submits its proposal, and waits until the review is open for Acme's managers (Vera) or directors (Dora). */
async function reviewFor(partner: Person, reviewers: 'managers' | 'directors'): Promise<string> {
  const key = keys[partner.company as 'globex' | 'initech'];
  const started = await call<{ id: string }>(stack, 'POST', '/instances', {
    key,
    body: { templateId: reviewers === 'managers' ? 'inbox' : 'inbox-directors', businessKey: `inbox-${++counter}`, bindings: { companies: { vendor: 'acme', partner: partner.company } }, input: {}, initiator: partner.email },
  });
  expect(started.status).toBe(201);
  const id = started.body.id;
  await projected(stack, id, key);
  expect((await call(stack, 'POST', `/instances/${id}/tasks/propose.1.partner.requester/decision`, { key, body: { actor: partner.email, outcome: 'submit' } })).status).toBe(200);
  await eventually(async () => expect((await call(stack, 'GET', `/instances/${id}/tasks/${REVIEW}`, { key: keys.acme })).status).toBe(200));
  return id;
}

/** The sign-in link of the newest sign-in mail to `email`. */
async function signInLink(email: string, after = 0): Promise<string> {
  const mail = await stack.smtp.waitFor((candidate) => candidate.to.includes(email) && candidate.subject.startsWith('Sign in to Tandem') && stack.smtp.messages.indexOf(candidate) >= after);
  const link = /^(\S+\/sign-in\/link\?token=\S+)$/m.exec(mail.text)?.[1];
  if (!link) throw new Error(`no sign-in link in:\n${mail.text}`);
  return link;
}

/** Asks for a link and follows it as a person would: open the page, press the button. */
async function signIn(email: string, browser = new Browser()): Promise<{ browser: Browser; me: Me }> {
  const before = stack.smtp.messages.length;
  const asked = await call(stack, 'POST', '/sign-in', { body: { email } });
  expect(asked.status).toBe(202);
  expectDocumented('POST', '/sign-in', asked.status, asked.body);
  const link = await signInLink(email, before);
  const page = await browser.request(link);
  const confirm = /name="confirm" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
  const token = new URL(link).searchParams.get('token') ?? '';
  const signedIn = await browser.request(`${api()}/sign-in/link`, { method: 'POST', body: new URLSearchParams({ token, confirm }) });
  expect(signedIn.status).toBe(200);
  return { browser, me: JSON.parse(signedIn.text) as Me };
}

/** A JSON request with the browser's cookies and, for state changes, its CSRF token. */
async function send<T>(browser: Browser, method: string, path: string, options: { body?: unknown; csrf?: string | null } = {}): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.csrf) headers['x-csrf-token'] = options.csrf;
  const answer = await browser.request(`${api()}${path}`, { method, headers, ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }) }, 0);
  const body: unknown = answer.text ? JSON.parse(answer.text) : undefined;
  // Every answer of a person's route is what the OpenAPI document says it is.
  expectDocumented(method, path, answer.status, body);
  return { status: answer.status, body: body as T };
}

const myTasks = async (browser: Browser) => (await send<{ tasks: MyTask[] }>(browser, 'GET', '/me/tasks')).body.tasks.map((task) => `${task.instance.id} ${task.id}`).sort();

beforeAll(async () => {
  stack = await startTestStack({ api: true });
  await publishTemplate(stack.pool, template);
  await publishTemplate(stack.pool, directorsTemplate);
  await seedDirectory();
  keys.acme = await keyFor(stack, 'acme');
  keys.globex = await keyFor(stack, 'globex');
  keys.initech = await keyFor(stack, 'initech');
  idp = await startOidcProvider(`${api()}/sign-in/oidc/callback`);
});
afterAll(async () => {
  await idp?.stop();
  await stack?.stop();
});

describe('signing in by a mailed link', () => {
  it('answers known and unknown addresses alike, and mails only the known one', async () => {
    const known = await call(stack, 'POST', '/sign-in', { body: { email: 'Vera@Acme.example' } });
    const unknown = await call(stack, 'POST', '/sign-in', { body: { email: 'nobody@acme.example' } });
    expect(known).toMatchObject({ status: 202 });
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);
    await signInLink(vera.email);
    expect(stack.smtp.messages.some((mail) => mail.to.includes('nobody@acme.example'))).toBe(false);
  });

  it('signs in only from the button on the link’s page, once, with an HttpOnly SameSite=Lax cookie', async () => {
    const before = stack.smtp.messages.length;
    await call(stack, 'POST', '/sign-in', { body: { email: vera.email } });
    const link = await signInLink(vera.email, before);
    const browser = new Browser();
    // Opening the link (or a mail scanner fetching it) twice signs nobody in.
    for (const attempt of [1, 2]) {
      const page = await browser.request(link);
      expect(page.status, `open ${attempt}`).toBe(200);
      expect(page.text).toContain('Vera Vendor');
      expect(page.setCookies).toEqual([]);
    }
    const token = new URL(link).searchParams.get('token') ?? '';
    const bare = await browser.request(`${api()}/sign-in/link`, { method: 'POST', body: new URLSearchParams({ token }) });
    expect(bare.status).toBe(400);
    expect(bare.text).toContain('data-code="confirmation_missing"');
    const confirm = /name="confirm" value="([^"]+)"/.exec((await browser.request(link)).text)?.[1] ?? '';
    const signedIn = await browser.request(`${api()}/sign-in/link`, { method: 'POST', body: new URLSearchParams({ token, confirm }) });
    expect(signedIn.status).toBe(200);
    expect(new URL(signedIn.url).pathname).toBe('/me');
    expect((JSON.parse(signedIn.text) as Me).person).toMatchObject({ email: vera.email, companyId: 'acme', name: 'Vera Vendor' });
    const sessionCookie = signedIn.setCookies.find((cookie) => cookie.startsWith('tandem_session='));
    expect(sessionCookie).toMatch(/; HttpOnly/);
    expect(sessionCookie).toMatch(/; SameSite=Lax/);
    // The server runs on localhost over http; everywhere else the cookie is also Secure.
    expect(sessionCookie).not.toMatch(/; Secure/);

    const reused = await new Browser().request(`${api()}/sign-in/link`, { method: 'POST', body: new URLSearchParams({ token, confirm }) });
    expect(reused.status).toBe(410);
    expect(reused.text).toContain('data-code="sign_in_link_used"');
    expect(reused.text).toContain('Ask for a new link');
  });

  it('mails one link per company to an address in two directories, each signing in to its own company', async () => {
    const pat = 'pat@consulting.example';
    await enrol(stack, [{ person: person('Pat Consultant', pat, 'acme') }, { person: person('Pat Consultant', pat, 'globex') }]);
    const before = stack.smtp.messages.length;
    expect((await call(stack, 'POST', '/sign-in', { body: { email: pat } })).status).toBe(202);
    await eventually(() => expect(stack.smtp.messages.slice(before).filter((mail) => mail.to.includes(pat))).toHaveLength(2));
    const companies: string[] = [];
    for (const mail of stack.smtp.messages.slice(before).filter((candidate) => candidate.to.includes(pat))) {
      const link = /^(\S+\/sign-in\/link\?token=\S+)$/m.exec(mail.text)?.[1] ?? '';
      const browser = new Browser();
      const confirm = /name="confirm" value="([^"]+)"/.exec((await browser.request(link)).text)?.[1] ?? '';
      const signedIn = await browser.request(`${api()}/sign-in/link`, { method: 'POST', body: new URLSearchParams({ token: new URL(link).searchParams.get('token') ?? '', confirm }) });
      companies.push((JSON.parse(signedIn.text) as Me).person.companyId);
    }
    expect(companies.sort()).toEqual(['acme', 'globex']);
  });

  it('mails at most five links a quarter of an hour to one person, answering every request alike', async () => {
    const flooded = 'flood@acme.example';
    await enrol(stack, [{ person: person('Flo Od', flooded, 'acme') }]);
    const before = stack.smtp.messages.length;
    for (let request = 0; request < 7; request += 1) expect((await call(stack, 'POST', '/sign-in', { body: { email: flooded } })).status).toBe(202);
    await eventually(() => expect(stack.smtp.messages.slice(before).filter((mail) => mail.to.includes(flooded))).toHaveLength(5));
    const links = await stack.pool.query('SELECT 1 FROM sign_in_links l JOIN people p ON p.id = l.person_id WHERE p.email = $1', [flooded]);
    expect(links.rowCount).toBe(5);
  });

  it('refuses an expired or altered link with a code and what to do', async () => {
    const before = stack.smtp.messages.length;
    await call(stack, 'POST', '/sign-in', { body: { email: finn.email } });
    const link = await signInLink(finn.email, before);
    const altered = await open(link.replace(/token=(.)/, (_match, first: string) => `token=${first === 'a' ? 'b' : 'a'}`));
    expect(altered).toMatchObject({ status: 400, code: 'invalid_sign_in_link' });
    await stack.pool.query(`UPDATE sign_in_links SET expires_at = now() - interval '1 second' WHERE used_at IS NULL AND person_id = (SELECT id FROM people WHERE email = $1)`, [finn.email]);
    const expired = await open(link);
    expect(expired).toMatchObject({ status: 410, code: 'sign_in_link_expired' });
    expect(expired.html).toContain('Ask for a new link');
  });
});

describe('a signed-in person’s tasks', () => {
  let first: string;
  let second: string;
  let dorasOwn: string;
  let browser: Browser;
  let csrf: string;

  beforeAll(async () => {
    first = await reviewFor(paul, 'managers');
    second = await reviewFor(ivan, 'managers');
    dorasOwn = await reviewFor(paul, 'directors');
    ({ browser, me: { csrfToken: csrf } } = await signIn(vera.email));
  });

  it('shows exactly their open tasks across instances of two companies', async () => {
    expect(await myTasks(browser)).toEqual([`${first} ${REVIEW}`, `${second} ${REVIEW}`].sort());
    expect(await myTasks(browser)).not.toContain(`${dorasOwn} ${REVIEW}`);
  });

  it('refuses a state change without the session’s CSRF token, and changes nothing', async () => {
    const missing = await send<ErrorAnswer>(browser, 'POST', `/me/instances/${second}/tasks/${REVIEW}/decision`, { body: { outcome: 'approve' } });
    expect(missing).toMatchObject({ status: 403, body: { error: { code: 'csrf_token_missing' } } });
    expect(missing.body.error.message).toContain('X-CSRF-Token');
    const wrong = await send<ErrorAnswer>(browser, 'POST', `/me/instances/${second}/tasks/${REVIEW}/decision`, { body: { outcome: 'approve' }, csrf: `${csrf}x` });
    expect(wrong).toMatchObject({ status: 403, body: { error: { code: 'csrf_token_invalid' } } });
    expect(await myTasks(browser)).toContain(`${second} ${REVIEW}`);
    const anonymous = await call<ErrorAnswer>(stack, 'GET', '/me/tasks');
    expect(anonymous).toMatchObject({ status: 401, body: { error: { code: 'not_signed_in' } } });
    expectDocumented('GET', '/me/tasks', anonymous.status, anonymous.body);
  });

  it('delegates a task to a colleague: the old links stop working and the colleague is mailed', async () => {
    const approve = linksIn(await taskMail(stack.smtp, first, vera.email)).decisions['Approve'] ?? '';
    const delegated = await send<{ status: string }>(browser, 'POST', `/me/instances/${first}/tasks/${REVIEW}/delegate`, { body: { to: finn.email, comment: 'You know this partner' }, csrf });
    expect(delegated.status).toBe(200);
    await taskMail(stack.smtp, first, finn.email, 'A task has been handed to you');
    expect(await open(approve)).toMatchObject({ status: 410, code: 'link_revoked' });
    expect(await myTasks(browser)).toEqual([`${second} ${REVIEW}`]);
    const finnsInbox = await call<{ tasks: MyTask[] }>(stack, 'GET', `/tasks?assignee=${finn.email}`, { key: keys.acme });
    expect(finnsInbox.body.tasks.map((task) => task.instance.id)).toContain(first);
  });

  it('refuses hand-overs to other companies, to oneself, back to who handed it over, and by non-admins', async () => {
    const toPartner = await send<ErrorAnswer>(browser, 'POST', `/me/instances/${second}/tasks/${REVIEW}/delegate`, { body: { to: paul.email }, csrf });
    expect(toPartner).toMatchObject({ status: 422, body: { error: { code: 'unknown_person' } } });
    const toSelf = await send<ErrorAnswer>(browser, 'POST', `/me/instances/${second}/tasks/${REVIEW}/delegate`, { body: { to: vera.email }, csrf });
    expect(toSelf).toMatchObject({ status: 422, body: { error: { code: 'self_delegation' } } });
    // Finn got the first task from Vera: handing it straight back is a loop.
    const back = await call<ErrorAnswer>(stack, 'POST', `/instances/${first}/tasks/${REVIEW}/delegate`, { key: keys.acme, body: { actor: finn.email, to: vera.email } });
    expect(back).toMatchObject({ status: 422, body: { error: { code: 'delegation_loop' } } });
    const notHolder = await call<ErrorAnswer>(stack, 'POST', `/instances/${first}/tasks/${REVIEW}/delegate`, { key: keys.acme, body: { actor: vera.email, to: dora.email } });
    expect(notHolder).toMatchObject({ status: 403, body: { error: { code: 'not_task_holder' } } });
    const notAdmin = await call<ErrorAnswer>(stack, 'POST', `/instances/${dorasOwn}/tasks/${REVIEW}/reassign`, { key: keys.acme, body: { actor: finn.email, to: vera.email } });
    expect(notAdmin).toMatchObject({ status: 403, body: { error: { code: 'not_party_admin' } } });
    const notOurs = await call<ErrorAnswer>(stack, 'POST', `/instances/${second}/tasks/${REVIEW}/delegate`, { key: keys.acme, body: { actor: paul.email, to: finn.email } });
    expect(notOurs).toMatchObject({ status: 403, body: { error: { code: 'not_your_person' } } });
    const otherCompany = await call<ErrorAnswer>(stack, 'POST', `/instances/${dorasOwn}/tasks/${REVIEW}/reassign`, { key: keys.globex, body: { actor: paul.email, to: vera.email } });
    expect(otherCompany).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await myTasks(browser)).toEqual([`${second} ${REVIEW}`]);
  });

  it('lets an admin of the company reassign a task; the new holder is mailed and the old links stop working', async () => {
    const approve = linksIn(await taskMail(stack.smtp, dorasOwn, dora.email)).decisions['Approve'] ?? '';
    const reassigned = await call(stack, 'POST', `/instances/${dorasOwn}/tasks/${REVIEW}/reassign`, { key: keys.acme, body: { actor: dora.email, to: vera.email, comment: 'Dora is travelling' } });
    expect(reassigned.status).toBe(200);
    await taskMail(stack.smtp, dorasOwn, vera.email, 'A task has been handed to you');
    expect(await open(approve)).toMatchObject({ status: 410, code: 'link_revoked' });
    // The timeline names the admin and the key that spoke for her.
    const timeline = await call<{ events: Array<{ type: string; actor?: { email: string }; details?: { via?: { keyName: string } } }> }>(stack, 'GET', `/instances/${dorasOwn}/timeline`, { key: keys.acme });
    expect(timeline.body.events.find((event) => event.type === 'reassigned')).toMatchObject({ actor: { email: dora.email }, details: { via: { keyName: 'test key of acme' } } });
    expect(await myTasks(browser)).toEqual([`${dorasOwn} ${REVIEW}`, `${second} ${REVIEW}`].sort());
  });

  it('decides one of their tasks, and not another company’s', async () => {
    const decided = await send<{ status: string }>(browser, 'POST', `/me/instances/${second}/tasks/${REVIEW}/decision`, { body: { outcome: 'approve' }, csrf });
    expect(decided).toMatchObject({ status: 200, body: { status: 'Done' } });
    const partner = await signIn(paul.email);
    const foreign = await send<ErrorAnswer>(partner.browser, 'POST', `/me/instances/${dorasOwn}/tasks/${REVIEW}/decision`, { body: { outcome: 'approve' }, csrf: partner.me.csrfToken });
    expect(foreign).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await myTasks(partner.browser)).toEqual([]);
  });

  it('goes out of office: a task that opens for them lands with the colleague as a delegation, and they are told', async () => {
    const from = new Date(Date.now() - 60_000).toISOString();
    const until = new Date(Date.now() + 24 * 3_600_000).toISOString();
    const set = await send<{ outOfOffice: { delegateEmail: string } }>(browser, 'PUT', '/me/out-of-office', { body: { colleague: finn.email, from, until }, csrf });
    expect(set).toMatchObject({ status: 200, body: { outOfOffice: { delegateEmail: finn.email } } });
    // Finn cannot name Vera while she names him: the tasks would go round in a circle.
    const finnSignedIn = await signIn(finn.email);
    const loop = await send<ErrorAnswer>(finnSignedIn.browser, 'PUT', '/me/out-of-office', { body: { colleague: vera.email, from, until }, csrf: finnSignedIn.me.csrfToken });
    expect(loop).toMatchObject({ status: 422, body: { error: { code: 'delegation_loop' } } });

    const whileAway = await reviewFor(paul, 'managers');
    await eventually(async () => {
      const task = await call<{ assignees: Array<{ email: string }> }>(stack, 'GET', `/instances/${whileAway}/tasks/${REVIEW}`, { key: keys.acme });
      expect(task.body.assignees.map((holder) => holder.email)).toEqual([finn.email]);
    });
    const notice = await stack.smtp.waitFor((mail) => mail.to.includes(vera.email) && mail.headers.get('x-tandem-instance') === whileAway);
    expect(notice.subject).toContain('went to Finn Finance');
    expect(notice.text).not.toContain('/act/');
    await taskMail(stack.smtp, whileAway, finn.email, 'A task has been handed to you');
    const timeline = await call<{ events: Array<{ type: string; actor?: { email: string }; comment?: string }> }>(stack, 'GET', `/instances/${whileAway}/timeline`, { key: keys.acme });
    expect(timeline.body.events.find((event) => event.type === 'delegated')).toMatchObject({ actor: { email: vera.email }, comment: expect.stringContaining('Out of office') as unknown });
    expect(await myTasks(browser)).not.toContain(`${whileAway} ${REVIEW}`);
    expect(await myTasks(finnSignedIn.browser)).toEqual([`${first} ${REVIEW}`, `${whileAway} ${REVIEW}`].sort());

    expect((await send(browser, 'DELETE', '/me/out-of-office', { csrf })).status).toBe(200);
    expect((await send<{ outOfOffice: null }>(browser, 'GET', '/me/out-of-office')).body).toEqual({ outOfOffice: null });
  });
});

describe('sessions', () => {
  it('signs out one session, and every session at once', async () => {
    const first = await signIn(dora.email);
    const second = await signIn(dora.email);
    const third = await signIn(dora.email);
    const firstCookie = first.browser.cookies(api()).get('tandem_session') ?? '';
    expect((await send(first.browser, 'POST', '/me/sign-out', { csrf: first.me.csrfToken })).status).toBe(200);
    expect(first.browser.cookies(api()).has('tandem_session')).toBe(false);
    const replayed = await call<ErrorAnswer>(stack, 'GET', '/me', { headers: { cookie: `tandem_session=${firstCookie}` } });
    expect(replayed).toMatchObject({ status: 401, body: { error: { code: 'session_expired' } } });
    expect((await send(second.browser, 'GET', '/me')).status).toBe(200);

    const everywhere = await send<{ sessionsEnded: number }>(second.browser, 'POST', '/me/sign-out-everywhere', { csrf: second.me.csrfToken });
    expect(everywhere).toMatchObject({ status: 200, body: { sessionsEnded: 2 } });
    expect(await send<ErrorAnswer>(third.browser, 'GET', '/me')).toMatchObject({ status: 401, body: { error: { code: 'session_expired' } } });
  });

  it('ends a session after the idle timeout, at its absolute expiry, and when the person is deactivated', async () => {
    const idle = await signIn(finn.email);
    await stack.pool.query(`UPDATE person_sessions SET last_seen_at = now() - interval '31 minutes' WHERE csrf_token = $1`, [idle.me.csrfToken]);
    expect(await send<ErrorAnswer>(idle.browser, 'GET', '/me')).toMatchObject({ status: 401, body: { error: { code: 'session_expired' } } });

    const old = await signIn(finn.email);
    await stack.pool.query(`UPDATE person_sessions SET expires_at = now() - interval '1 second' WHERE csrf_token = $1`, [old.me.csrfToken]);
    expect((await send(old.browser, 'GET', '/me')).status).toBe(401);

    const active = await signIn(ivan.email);
    expect((await send(active.browser, 'GET', '/me')).status).toBe(200);
    await stack.pool.query('UPDATE people SET active = false WHERE email = $1', [ivan.email]);
    expect(await send<ErrorAnswer>(active.browser, 'GET', '/me')).toMatchObject({ status: 401, body: { error: { code: 'session_expired' } } });
    // A deactivated person is not mailed a link either.
    const before = stack.smtp.messages.length;
    expect((await call(stack, 'POST', '/sign-in', { body: { email: ivan.email } })).status).toBe(202);
    await signIn(paul.email);
    expect(stack.smtp.messages.slice(before).some((mail) => mail.to.includes(ivan.email))).toBe(false);
  });
});

describe('signing in at the company’s identity provider', () => {
  beforeAll(async () => {
    idp.accounts.set('vera-at-idp', { email: 'Vera@Acme.example', emailVerified: true });
    idp.accounts.set('finn-unverified', { email: finn.email, emailVerified: false });
    idp.accounts.set('stranger', { email: 'stranger@acme.example', emailVerified: true });
    const connected = await call<{ issuer: string; redirectUri: string; clientSecret?: string }>(stack, 'PUT', '/identity-provider', {
      key: keys.acme,
      body: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret },
    });
    expect(connected.status).toBe(200);
    expectDocumented('PUT', '/identity-provider', connected.status, connected.body);
    expect(connected.body).toMatchObject({ issuer: idp.issuer, redirectUri: `${api()}/sign-in/oidc/callback` });
    const read = await call(stack, 'GET', '/identity-provider', { key: keys.acme });
    expectDocumented('GET', '/identity-provider', read.status, read.body);
    expect(read.body).toEqual(connected.body);
    expect(JSON.stringify(connected.body)).not.toContain(idp.clientSecret);
  });

  it('refuses an identity provider at an internal address, as for webhooks', async () => {
    for (const issuer of ['http://169.254.169.254/', 'https://10.0.0.8/', 'http://127.0.0.2:8080/']) {
      const refused = await call<ErrorAnswer>(stack, 'PUT', '/identity-provider', { key: keys.initech, body: { issuer, clientId: 'tandem', clientSecret: 'secret' } });
      expect(refused, issuer).toMatchObject({ status: 400, body: { error: { code: 'destination_not_allowed' } } });
      expectDocumented('PUT', '/identity-provider', refused.status, refused.body);
    }
    expect((await call(stack, 'GET', '/identity-provider', { key: keys.initech })).status).toBe(404);
  });

  it('signs a person in by their verified email, matched to their company’s directory', async () => {
    idp.signInAs('vera-at-idp');
    const browser = new Browser();
    const landed = await browser.request(`${api()}/sign-in/oidc/acme`);
    expect(landed.status).toBe(200);
    expect(new URL(landed.url).pathname).toBe('/me');
    expect((JSON.parse(landed.text) as Me).person).toMatchObject({ email: vera.email, companyId: 'acme' });
    // The same person as by a mailed link: exactly the same tasks.
    const byLink = await signIn(vera.email);
    expect(await myTasks(byLink.browser)).not.toEqual([]);
    expect(await myTasks(browser)).toEqual(await myTasks(byLink.browser));
  });

  it('refuses an unverified address and an address that is not in the directory, saying what to do', async () => {
    idp.signInAs('finn-unverified');
    const unverified = await new Browser().request(`${api()}/sign-in/oidc/acme`);
    expect(unverified.status).toBe(403);
    expect((JSON.parse(unverified.text) as ErrorAnswer).error).toMatchObject({ code: 'oidc_email_unverified' });
    idp.signInAs('stranger');
    const stranger = await new Browser().request(`${api()}/sign-in/oidc/acme`);
    expect(stranger.status).toBe(403);
    expect((JSON.parse(stranger.text) as ErrorAnswer).error).toMatchObject({ code: 'not_in_directory', message: expect.stringContaining('ask your company') as unknown });
    const notConnected = await call<ErrorAnswer>(stack, 'GET', '/sign-in/oidc/globex');
    expect(notConnected).toMatchObject({ status: 404, body: { error: { code: 'oidc_not_connected' } } });
    const forged = await call<ErrorAnswer>(stack, 'GET', '/sign-in/oidc/callback?code=abc&state=made-up');
    expect(forged).toMatchObject({ status: 400, body: { error: { code: 'oidc_login_expired' } } });
  });
});
