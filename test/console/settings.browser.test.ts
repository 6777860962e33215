/**
 * Company settings and the actions people take from the console, in a real browser over real
 * HTTP, Temporal, Postgres and SMTP. A company admin creates an API key (its token shown once,
 * gone after a reload, working against the API) and revokes it (then refused), adds a person
 * and puts them into a group, subscribes a real receiving server and replays one of its
 * deliveries, and connects the company's OIDC provider; the key part with the keyboard alone.
 * The admin's session never reaches another company's keys or webhooks; someone who is not an
 * admin gets no settings page and 403 from the API. A requester cancels one instance and
 * withdraws from another on the instance page, which then shows the end; a refusal of the API
 * is shown as it words it. A holder hands a task over from My tasks and the colleague finds it
 * in theirs; an out-of-office set on My tasks sends a new task to the stand-in. Every page
 * passes axe-core, and the settings page has no horizontal scroll 375 px wide.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleAssets } from '../../api/console/assets.js';
import { publishTemplate } from '../../api/template-catalog.js';
import type { TemplateInput } from '../../definitions/template.js';
import { acme, dora, globex, parties, paul, petra } from '../fixtures/people.js';
import { launchBrowser } from '../support/browser.js';
import { expectAccessible, focused, signInToConsole, tabTo } from '../support/console-page.js';
import { enrolFixtures } from '../support/directory.js';
import { eventually } from '../support/eventually.js';
import { call, keyFor } from '../support/http.js';
import { startOidcProvider, type TestOidcProvider } from '../support/oidc-provider.js';
import { startTestStack, type TestStack } from '../support/stack.js';

const template: TemplateInput = {
  id: 'settings-campaign',
  version: 1,
  title: 'Joint campaign',
  parties,
  steps: [
    { id: 'propose', kind: 'task', title: 'Propose the campaign', owner: 'partner.requester', outcomes: ['submit'], next: { submit: 'review' } },
    { id: 'review', kind: 'approval', title: 'Review the campaign', approvers: ['vendor.manager'], outcomes: ['approve', 'reject'], next: { approve: 'done', reject: 'done' } },
    { id: 'done', kind: 'end', status: 'Approved' },
  ],
};

/** What the receiving server was sent. */
interface Received {
  eventId: string;
  type: string;
}

let stack: TestStack;
let url: string;
let globexKey: string;
let acmeKey: string;
let oidc: TestOidcProvider;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];

beforeAll(async () => {
  stack = await startTestStack({ api: true });
  url = stack.api?.url ?? '';
  await publishTemplate(stack.pool, template);
  await enrolFixtures(stack);
  globexKey = await keyFor(stack, globex);
  acmeKey = await keyFor(stack, acme);
  oidc = await startOidcProvider(`${url}/sign-in/oidc/callback`);
  // A webhook receiver that takes every delivery.
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers: IncomingHttpHeaders = request.headers;
      const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      received.push({ eventId: String(headers['tandem-event-id'] ?? ''), type: typeof body === 'object' && body !== null && 'type' in body ? String(body.type) : '' });
      response.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/tandem`;
  // The console's bundle is built on first use; built here, the first page does not wait for it.
  await consoleAssets();
});

/** Budgets of a busy machine: a browser test here takes minutes, a page may wait on a worker. */
const TEST_MS = 300_000;

/** A browser context of `width` px whose waits allow for a busy machine. */
async function contextOf(browser: Browser, width: number): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  context.setDefaultTimeout(60_000);
  return context;
}
afterAll(async () => {
  await oidc?.stop();
  await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
  await stack?.stop();
});

let counter = 0;
/** Globex starts an instance with Paul as its initiator; returns its id once Paul's task is open. */
async function start(): Promise<{ id: string; taskId: string }> {
  const started = await call<{ id: string }>(stack, 'POST', '/instances', { key: globexKey, body: { templateId: template.id, businessKey: `settings-${++counter}`, bindings: { companies: { vendor: acme, partner: globex } }, input: {}, initiator: paul } });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  const id = started.body.id;
  const taskId = await eventually(async () => {
    const tasks = await call<{ tasks: Array<{ id: string; instanceId: string }> }>(stack, 'GET', '/tasks?limit=200', { key: globexKey });
    const task = tasks.body.tasks.find((candidate) => candidate.instanceId === id);
    if (!task) throw new Error('no task yet');
    return task.id;
  });
  return { id, taskId };
}

/** What the page's own session gets from the API: status and error code. */
async function fromPage(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; code: string | undefined; body: unknown }> {
  const request = JSON.stringify({ method, path, body: body === undefined ? null : JSON.stringify(body) });
  const answer: unknown = await page.evaluate(`(async () => {
    const { method, path, body } = ${request};
    const csrf = /(?:^|; )tandem_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
    const response = await fetch(path, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) }, ...(body === null ? {} : { body }) });
    return { status: response.status, body: await response.json() };
  })()`);
  const { status, body: parsed } = answer as { status: number; body: unknown };
  const error = typeof parsed === 'object' && parsed !== null && 'error' in parsed ? (parsed.error as { code?: string }) : undefined;
  return { status, code: error?.code, body: parsed };
}

describe('company settings', () => {
  it('lets a company admin manage keys (keyboard only), people and groups, webhooks and the identity provider, and nothing of another company', async () => {
    const browser = await launchBrowser();
    const context = await contextOf(browser, 375);
    const errors: string[] = [];
    try {
      const page = await signInToConsole(stack, context, dora);
      page.on('console', (message) => {
        if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) errors.push(message.text());
      });
      // The navigation offers the settings to an admin; the keyboard takes her there.
      await tabTo(page, 'nav a[href="/console/settings"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('h1:text("Company settings")');
      await page.waitForSelector('#keys table');
      await page.waitForSelector('#identity-current p');
      await expectAccessible(page, 'settings');

      // A key, created with the keyboard alone: its token is shown once.
      await tabTo(page, '#key-name');
      await page.keyboard.type('Partner portal');
      await tabTo(page, '#key-scope-act');
      await page.keyboard.press('Space');
      await tabTo(page, '#keys form button[type=submit]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#new-token');
      const token = (await page.locator('#new-token').textContent()) ?? '';
      expect(token).toMatch(/^tdm_[0-9a-f]{16}\./);
      const keyId = token.slice(4, 20);
      await page.waitForSelector(`tr[data-key-id="${keyId}"]`);
      expect(await page.locator(`tr[data-key-id="${keyId}"]`).textContent()).toContain('act, read');
      await expectAccessible(page, 'settings-new-key');
      // The key works against the API, as Acme.
      const works = await call<{ people: Array<{ companyId: string }> }>(stack, 'GET', '/directory/people', { key: token });
      expect(works.status).toBe(200);
      expect(new Set(works.body.people.map((person) => person.companyId))).toEqual(new Set([acme]));
      // A reload does not show the token again.
      await page.reload();
      await page.waitForSelector(`tr[data-key-id="${keyId}"]`);
      expect(await page.locator('#new-token').count()).toBe(0);
      expect(await page.locator('body').textContent()).not.toContain(token);

      // Revoking asks first (the focus on keeping it), then the key is refused.
      await tabTo(page, `button[data-revoke="${keyId}"]`);
      await page.keyboard.press('Enter');
      await page.waitForSelector('#key-confirm .confirm');
      expect(await focused(page, '#key-confirm button.quiet')).toBe(true);
      await expectAccessible(page, 'settings-revoke-confirm');
      await page.keyboard.press('Shift+Tab');
      expect(await focused(page, '#key-confirm button.no')).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForSelector('text=Revoked “Partner portal”.');
      expect(await page.locator(`tr[data-key-id="${keyId}"]`).textContent()).toContain('Revoked');
      const refused = await call<{ error: { code: string } }>(stack, 'GET', '/directory/people', { key: token });
      expect(refused.status).toBe(401);
      expect(refused.body.error.code).toBe('invalid_key');

      // A new person, then into a group; adding them twice is refused in the API's words.
      const nora = { name: 'Nora New', email: 'nora@acme.example' };
      await page.fill('#person-name', nora.name);
      await page.fill('#person-email', nora.email);
      await page.selectOption('#person-group', 'finance');
      await page.click('#people form button[type=submit]');
      await page.waitForSelector(`text=Added ${nora.name} (${nora.email}).`);
      await page.waitForSelector(`#people tr[data-email="${nora.email}"]`);
      await page.selectOption('#member-group', 'directors');
      await page.selectOption('#member-person', nora.email);
      await page.click('#groups form button:text("Add to group")');
      await page.waitForSelector(`text=Put ${nora.email} into directors.`);
      await eventually(async () => expect(await page.locator('#groups tr[data-group="directors"]').textContent()).toContain(nora.email));
      const groups = await call<{ groups: Array<{ name: string; members: string[] }> }>(stack, 'GET', '/directory/groups', { key: acmeKey });
      expect(groups.body.groups.find((group) => group.name === 'directors')?.members).toContain(nora.email);
      expect(groups.body.groups.find((group) => group.name === 'finance')?.members).toContain(nora.email);
      await page.fill('#person-name', nora.name);
      await page.fill('#person-email', nora.email);
      await page.click('#people form button[type=submit]');
      await page.waitForSelector('#people-notice [role=alert]:has-text("duplicate_email")');

      // A webhook to a real receiver; a started instance is delivered, then sent again from the page.
      await page.fill('#webhook-url', receiverUrl);
      await page.check('#webhook-event-instance-started');
      await page.click('#webhooks form button[type=submit]');
      await page.waitForSelector('#new-webhook-secret');
      const webhookId = (await page.getAttribute('#webhook-list article', 'data-webhook')) ?? '';
      const { id } = await start();
      await eventually(() => expect(received.filter((entry) => entry.type === 'instance.started')).toHaveLength(1));
      await page.click(`button[data-deliveries="${webhookId}"]`);
      const delivered = `#webhooks tr[data-status="delivered"]`;
      await eventually(async () => {
        if ((await page.locator(delivered).count()) === 0) await page.click(`button[data-deliveries="${webhookId}"]`);
        expect(await page.locator(delivered).count()).toBe(1);
      });
      expect(await page.locator(delivered).textContent()).toContain(id);
      await expectAccessible(page, 'settings-deliveries');
      await page.click(`${delivered} button[data-replay]`);
      await page.waitForSelector('text=Sent again: An instance started.');
      await eventually(() => expect(received).toHaveLength(2));
      expect(received[1]?.eventId).toBe(received[0]?.eventId);
      await eventually(async () => {
        await page.click('#webhooks button:text("Refresh deliveries")');
        expect(await page.locator(delivered).textContent()).toContain('2 (replayed)');
      });

      // The company's identity provider.
      await page.fill('#oidc-issuer', oidc.issuer);
      await page.fill('#oidc-client-id', oidc.clientId);
      await page.fill('#oidc-client-secret', oidc.clientSecret);
      await page.click('#identity form button[type=submit]');
      await page.waitForSelector(`#identity-issuer:text("${oidc.issuer}")`);
      expect(await page.locator('#identity').textContent()).not.toContain(oidc.clientSecret);
      const connection = await call<{ issuer: string }>(stack, 'GET', '/identity-provider', { key: acmeKey });
      expect(connection.body.issuer).toBe(oidc.issuer);
      await expectAccessible(page, 'settings-after');

      // Her session reaches Acme's settings only: Globex's webhook is not there for her, nor are Globex's keys.
      const theirs = await call<{ id: string }>(stack, 'POST', '/webhooks', { key: globexKey, body: { url: 'https://hooks.example.invalid/globex', events: ['instance.completed'] } });
      expect(theirs.status).toBe(201);
      expect((await fromPage(page, 'GET', `/webhooks/${theirs.body.id}`)).status).toBe(404);
      expect((await fromPage(page, 'DELETE', `/webhooks/${theirs.body.id}`)).status).toBe(404);
      const keys = await fromPage(page, 'GET', '/admin/keys');
      expect(keys.status).toBe(200);
      expect(new Set((keys.body as { keys: Array<{ companyId: string }> }).keys.map((key) => key.companyId))).toEqual(new Set([acme]));
      const webhooks = await fromPage(page, 'GET', '/webhooks');
      expect((webhooks.body as { webhooks: Array<{ id: string }> }).webhooks.map((webhook) => webhook.id)).toEqual([webhookId]);
      // A key for another company is refused as from an admin key.
      expect(await fromPage(page, 'POST', '/admin/keys', { companyId: globex, name: 'sneaky', scopes: ['read'] })).toMatchObject({ status: 403, code: 'not_your_company' });
      // Without the CSRF header, no change.
      const bare = await page.evaluate(`fetch('/admin/keys', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'no csrf', scopes: ['read'] }) }).then((response) => response.status)`);
      expect(bare).toBe(403);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, TEST_MS);

  it('gives someone who is not an admin no settings page, and 403 from the API', async () => {
    const browser = await launchBrowser();
    const context = await contextOf(browser, 375);
    try {
      const page = await signInToConsole(stack, context, paul);
      expect(await page.locator('nav a[href="/console/settings"]').count()).toBe(0);
      await page.goto(`${url}/console/settings`);
      await page.waitForSelector('[role=alert]:has-text("Only the admins of globex")');
      expect(await page.locator('#keys').count()).toBe(0);
      await expectAccessible(page, 'not-admin');
      for (const [method, path, body] of [
        ['GET', '/admin/keys'],
        ['POST', '/admin/keys', { name: 'mine', scopes: ['read'] }],
        ['GET', '/directory/people'],
        ['POST', '/directory/groups/admins/members', { email: paul.email }],
        ['GET', '/webhooks'],
        ['PUT', '/identity-provider', { issuer: oidc.issuer, clientId: 'x', clientSecret: 'y' }],
      ] as const) {
        expect(await fromPage(page, method, path, body), `${method} ${path}`).toMatchObject({ status: 403, code: 'not_company_admin' });
      }
      const admins = await call<{ groups: Array<{ name: string; members: string[] }> }>(stack, 'GET', '/directory/groups', { key: globexKey });
      expect(admins.body.groups.find((group) => group.name === 'admins')?.members).not.toContain(paul.email);
    } finally {
      await browser.close();
    }
  }, TEST_MS);
});

describe('actions from the console', () => {
  it('lets a requester cancel one instance and withdraw from another on its page, which shows the end; a refusal is shown in the API’s words', async () => {
    const cancelled = await start();
    const withdrawn = await start();
    const browser = await launchBrowser();
    const context = await contextOf(browser, 375);
    try {
      const page = await signInToConsole(stack, context, paul);
      await page.goto(`${url}/console/instances/${encodeURIComponent(cancelled.id)}`);
      await page.waitForSelector('button[data-action^="cancel"]');
      expect(await page.locator('button[data-action^="withdraw partner"]').count()).toBe(1);
      expect(await page.locator('button[data-action^="withdraw vendor"]').count()).toBe(0);
      await expectAccessible(page, 'instance-actions');

      // Handing the task to someone not in the directory: the API's refusal, shown in place.
      await page.click(`button[data-action="delegate  ${cancelled.taskId}"]`);
      await page.waitForSelector('#action-heading:focus');
      await page.fill('#action-to', 'nobody@globex.example');
      await page.click('#action-form button[type=submit]');
      await page.click('#action-form .confirm button.no');
      await page.waitForSelector('#action-form [role=alert]:has-text("unknown_person")');
      await expectAccessible(page, 'instance-refusal');

      // Cancel: a reason, a confirmation, and the page shows the end.
      await page.click('button[data-action^="cancel"]');
      await page.fill('#action-text', 'Plans changed');
      await page.click('#action-form button[type=submit]');
      await page.waitForSelector('#action-form .confirm');
      await expectAccessible(page, 'instance-cancel-confirm');
      await page.click('#action-form .confirm button.no');
      await page.waitForSelector('text=Cancelled.');
      await page.waitForSelector('text=This process has ended (Cancelled); nothing more can be done.');
      expect(await page.locator('button[data-action]').count()).toBe(0);
      await eventually(async () => expect(await page.locator('#timeline-heading + table').textContent()).toContain('Plans changed'));
      const ended = await call<{ lifecycle: string }>(stack, 'GET', `/instances/${cancelled.id}`, { key: globexKey });
      expect(ended.body.lifecycle).toBe('cancelled');

      // Withdraw: the partner leaves the other instance.
      await page.goto(`${url}/console/instances/${encodeURIComponent(withdrawn.id)}`);
      await page.click('button[data-action^="withdraw partner"]');
      await page.fill('#action-text', 'We step back');
      await page.click('#action-form button[type=submit]');
      await page.click('#action-form .confirm button.no');
      await page.waitForSelector('text=Withdrawn.');
      await eventually(async () => expect(await page.locator('button[data-action^="withdraw partner"]').count()).toBe(0));
      await eventually(async () => expect(await page.locator('#timeline-heading + table').textContent()).toContain('We step back'));
      const after = await call<{ withdrawn: string[] }>(stack, 'GET', `/instances/${withdrawn.id}`, { key: globexKey });
      expect(after.body.withdrawn).toEqual(['partner']);
    } finally {
      await browser.close();
    }
  }, TEST_MS);

  it('hands a task to a colleague from My tasks, who finds it in theirs; an out-of-office set there sends a new task to the stand-in', async () => {
    const handed = await start();
    // A browser each: the packaged Chromium runs as one process, which serves one context at a time.
    const browser = await launchBrowser();
    const petrasBrowser = await launchBrowser();
    try {
      const paulPage = await signInToConsole(stack, await contextOf(browser, 375), paul);
      const petraPage = await signInToConsole(stack, await contextOf(petrasBrowser, 1024), petra);
      expect(await petraPage.locator(`a[href="/console/instances/${encodeURIComponent(handed.id)}"]`).count()).toBe(0);

      // Paul opens the task in place and hands it to Petra.
      await paulPage.click(`tr[data-key="${handed.id} ${handed.taskId}"] button`);
      await paulPage.waitForSelector('#task-heading:focus');
      await paulPage.click('#task-panel summary');
      await paulPage.fill('#delegate-to', petra.email);
      await paulPage.click('#task-panel details button[type=submit]');
      await paulPage.waitForSelector(`text=Handed “Propose the campaign” to ${petra.email}.`);
      expect(await paulPage.locator(`tr[data-key="${handed.id} ${handed.taskId}"]`).count()).toBe(0);
      await petraPage.reload();
      await petraPage.waitForSelector(`a[href="/console/instances/${encodeURIComponent(handed.id)}"]`);

      // Paul is away from now on: Petra stands in.
      await paulPage.waitForSelector('#ooo-current:text("Not set")');
      await expectAccessible(paulPage, 'my-tasks-out-of-office');
      await paulPage.fill('#ooo-colleague', petra.email);
      await paulPage.click('#out-of-office form button[type=submit]');
      await paulPage.waitForSelector(`text=Set: tasks that open for you go to ${petra.email} until you are back.`);
      expect(await paulPage.locator('#ooo-current').textContent()).toContain(petra.email);
      const away = await start();
      // The new task opens for Petra, not Paul.
      await eventually(async () => {
        const task = await call<{ assignees: Array<{ email: string }> }>(stack, 'GET', `/instances/${away.id}/tasks/${away.taskId}`, { key: globexKey });
        expect(task.body.assignees.map((holder) => holder.email)).toEqual([petra.email]);
      });
      await petraPage.reload();
      await petraPage.waitForSelector(`a[href="/console/instances/${encodeURIComponent(away.id)}"]`);
      await paulPage.reload();
      await paulPage.waitForSelector('#task-summary:has-text("open")');
      expect(await paulPage.locator(`a[href="/console/instances/${encodeURIComponent(away.id)}"]`).count()).toBe(0);

      // Back: cleared.
      await paulPage.click('#ooo-clear');
      await paulPage.waitForSelector('text=Cleared: new tasks come to you again.');
      const people = await call<{ people: Array<{ outOfOffice: unknown }> }>(stack, 'GET', `/directory/people?email=${encodeURIComponent(paul.email)}`, { key: globexKey });
      expect(people.body.people[0]?.outOfOffice).toBeNull();
    } finally {
      await petrasBrowser.close();
      await browser.close();
    }
  }, TEST_MS);
});
