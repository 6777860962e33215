/**
 * The console in a real browser, over real HTTP, Temporal, Postgres and SMTP: a partner's
 * marketer signs in by a mailed link, sees their own open tasks and none of another
 * partner's, follows an instance's page (its diagram marking the current step, its open tasks
 * and timeline) and decides in place with the keyboard alone; the instance page then moves on
 * by itself when the vendor decides. Nothing of the vendor's hidden input reaches the partner's
 * pages. Every page passes axe-core with no serious or critical violation, under the console's
 * own content security policy. The list of instances shows the partner their company's instances
 * with counts per status, none of another partner's, and narrows as filtered. Screenshots go to `SCREENSHOT_DIR` when it is set.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishTemplate } from '../../api/template-catalog.js';
import type { TemplateInput } from '../../definitions/template.js';
import type { Person } from '../../workflows/schemas.js';
import { acme, globex, parties, paul, vera } from '../fixtures/people.js';
import { launchBrowser } from '../support/browser.js';
import { expectAccessible, signInToConsole, tabTo } from '../support/console-page.js';
import { enrol, enrolFixtures } from '../support/directory.js';
import { eventually } from '../support/eventually.js';
import { call, keyFor } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

/** A second partner, whose rows the first must never see. */
const ivy: Person = { name: 'Ivy Initech', email: 'ivy@initech.example', company: 'initech' };
const HIDDEN_VALUE = 'vendor-only-note-7731';

const template: TemplateInput = {
  id: 'console-campaign',
  version: 1,
  title: 'Joint campaign',
  parties,
  inputs: {
    budget: { type: 'money', currency: 'EUR', required: true, title: 'Campaign budget' },
    internal_note: { type: 'string', title: 'Internal note', visibleTo: ['vendor'] },
  },
  steps: [
    {
      id: 'propose',
      kind: 'task',
      title: 'Propose the campaign',
      owner: 'partner.requester',
      outcomes: ['submit'],
      due: '2d',
      form: { headline: { type: 'string', title: 'Headline', required: true, maxLength: 200 } },
      next: { submit: 'review' },
    },
    { id: 'review', kind: 'approval', title: 'Review the campaign', approvers: ['vendor.manager'], outcomes: ['approve', 'reject'], next: { approve: 'done', reject: 'declined' } },
    { id: 'done', kind: 'end', status: 'Approved' },
    { id: 'declined', kind: 'end', status: 'Declined' },
  ],
};

let stack: TestStack;
let browser: Browser;
let acmeKey: string;

beforeAll(async () => {
  stack = await startTestStack({ api: true });
  await publishTemplate(stack.pool, template);
  await publishTemplate(stack.pool, listed);
  await enrolFixtures(stack);
  await enrol(stack, [{ person: ivy, groups: ['requesters', 'leads'] }]);
  acmeKey = await keyFor(stack, acme);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** The same process with a status on each step, for the list of instances. */
const listed: TemplateInput = {
  ...template,
  id: 'console-listed',
  steps: template.steps.map((step) => (step.id === 'propose' ? { ...step, status: 'Proposal' } : step.id === 'review' ? { ...step, status: 'In review' } : step)),
};

async function start(partner: string, businessKey: string, templateId = template.id): Promise<string> {
  const key = await keyFor(stack, partner);
  const initiator = partner === globex ? paul : ivy;
  const started = await call<{ id: string }>(stack, 'POST', '/instances', {
    key,
    body: { templateId, businessKey, bindings: { companies: { vendor: acme, partner } }, input: { budget: { amount: 1_250_000, currency: 'EUR' }, internal_note: HIDDEN_VALUE }, initiator },
  });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  const id = started.body.id;
  // The partner's task is open once the workflow has projected it.
  await eventually(async () => {
    const inbox = await call<{ tasks: Array<{ instanceId: string }> }>(stack, 'GET', `/tasks?assignee=${encodeURIComponent(initiator.email)}`, { key });
    expect(inbox.body.tasks.map((task) => task.instanceId)).toContain(id);
  });
  return id;
}

describe('the console', () => {
  it('serves its page and files under a strict policy, the files cached for a year', async () => {
    const url = stack.api?.url ?? '';
    const shell = await fetch(`${url}/console`);
    expect(shell.status).toBe(200);
    const policy = shell.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/https?:/);
    const markup = await shell.text();
    expect(markup).not.toMatch(/<script(?![^>]*\bsrc=)/);
    const script = /src="(\/console\/assets\/main-[^"]+\.js)"/.exec(markup)?.[1] ?? '';
    const asset = await fetch(`${url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await fetch(`${url}/console/assets/main-nothing.js`)).status).toBe(404);
  });

  it('shows a partner marketer their tasks and none of another partner’s; they decide in place with the keyboard, and the instance page moves on live when the vendor decides', async () => {
    const ours = await start(globex, 'console-ours');
    const theirs = await start('initech', 'console-theirs');
    const violations: string[] = [];
    const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
    try {
      const page = await signInToConsole(stack, context, paul);
      // No script error and nothing the policy refused, but the style Mermaid writes while it measures (diagram.ts drops it)
      // and the 404s of another partner's instance below.
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() === 'error' && !/inline style/i.test(text) && !/status of 404/.test(text)) violations.push(text);
      });

      // My tasks: Paul's task of our instance; nothing of initech's.
      await page.waitForSelector(`a[href="/console/instances/${encodeURIComponent(ours)}"]`);
      expect(await page.locator(`a[href="/console/instances/${encodeURIComponent(theirs)}"]`).count()).toBe(0);
      expect(await page.locator('#task-lists').textContent()).toContain('Propose the campaign');
      await expectAccessible(page, 'my-tasks');

      // The instance page: the diagram marks the partner's step as current.
      await page.goto(`${stack.api?.url ?? ''}/console/instances/${encodeURIComponent(ours)}`);
      await page.waitForSelector('#diagram svg');
      expect(await page.locator('#diagram g.node.current[id*="s_propose"]').count()).toBe(1);
      expect(await page.locator('[data-mark=current]').textContent()).toBe('Propose the campaign');
      await page.waitForSelector('text=Live: changes show as they happen.');
      expect(await page.locator('body').textContent()).not.toContain(HIDDEN_VALUE);
      await expectAccessible(page, 'instance');

      // Another partner's instance is not there for Paul.
      await page.goto(`${stack.api?.url ?? ''}/console/instances/${encodeURIComponent(theirs)}`);
      await page.waitForSelector('text=There is no such process');

      // Back to the tasks: open the task and decide, keyboard only.
      await page.goto(`${stack.api?.url ?? ''}/console`);
      await page.waitForSelector('#task-lists button');
      await tabTo(page, '#task-lists button');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#task-heading:focus');
      expect(await page.locator('#task-panel').textContent()).toContain('Campaign budget');
      expect(await page.locator('#task-panel').textContent()).not.toContain(HIDDEN_VALUE);
      await tabTo(page, '#task-panel button.yes');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#answer-heading:focus');
      await expectAccessible(page, 'task-form');
      // The form's own check first: the headline is required.
      await tabTo(page, '#answer-form button[type=submit]');
      await page.keyboard.press('Enter');
      expect(await page.evaluate("document.querySelector('#f-headline').validity.valueMissing")).toBe(true);
      await page.focus('#f-headline');
      await page.keyboard.type('Spring launch with Globex');
      await tabTo(page, '#answer-form button[type=submit]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('text=Recorded: Submit on “Propose the campaign”.');
      await page.waitForSelector('text=Nothing waits for you.');

      // The instance page waits on the vendor, then moves on by itself when Vera approves.
      await page.goto(`${stack.api?.url ?? ''}/console/instances/${encodeURIComponent(ours)}`);
      await page.waitForSelector('#diagram g.node.waiting[id*="s_review"]');
      await page.waitForSelector('text=Live: changes show as they happen.');
      const review = await eventually(async () => {
        const tasks = await call<{ tasks: Array<{ id: string; instanceId: string }> }>(stack, 'GET', `/tasks?assignee=${encodeURIComponent(vera.email)}`, { key: acmeKey });
        const task = tasks.body.tasks.find((candidate) => candidate.instanceId === ours);
        if (!task) throw new Error('no review task yet');
        return task;
      });
      const decided = await call(stack, 'POST', `/instances/${ours}/tasks/${review.id}/decision`, { key: acmeKey, body: { actor: vera.email, outcome: 'approve', comment: 'Looks good' } });
      expect(decided.status).toBe(200);
      await page.waitForSelector('#diagram g.node.visited[id*="s_review"]');
      await page.waitForSelector('text=Approved');
      const timeline = (await page.locator('#timeline-heading + table').textContent()) ?? '';
      expect(timeline).toContain('Approve');
      // The vendor's person appears only as their company, and their comment stays with them.
      expect(timeline).not.toContain(vera.name);
      expect(timeline).not.toContain('Looks good');
      await expectAccessible(page, 'instance-after');
      // The dark scheme is as readable.
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectAccessible(page, 'instance-dark');
      await page.goto(`${stack.api?.url ?? ''}/console`);
      await page.waitForSelector('text=Nothing waits for you.');
      await expectAccessible(page, 'my-tasks-dark');
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
  it('lists a partner’s instances with counts per status, none of another partner’s, and narrows them by filter', async () => {
    const proposing = await start(globex, 'listed-proposing', listed.id);
    const reviewed = await start(globex, 'listed-reviewed', listed.id);
    const theirs = await start('initech', 'listed-theirs', listed.id);
    const globexKey = await keyFor(stack, globex);
    const inbox = await call<{ tasks: Array<{ id: string; instanceId: string }> }>(stack, 'GET', `/tasks?assignee=${encodeURIComponent(paul.email)}`, { key: globexKey });
    const task = inbox.body.tasks.find((candidate) => candidate.instanceId === reviewed);
    const submitted = await call(stack, 'POST', `/instances/${reviewed}/tasks/${task?.id ?? ''}/decision`, { key: globexKey, body: { actor: paul.email, outcome: 'submit', form: { headline: 'Autumn push' } } });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const link = (id: string) => `#instance-list a[href="/console/instances/${encodeURIComponent(id)}"]`;
    // A browser of its own: the packaged Chromium runs one process, gone with the last context.
    const own = await launchBrowser();
    const context = await own.newContext({ viewport: { width: 1024, height: 900 } });
    try {
      const page = await signInToConsole(stack, context, paul);
      // From My tasks to Instances by the navigation.
      await page.click('nav a:text("Instances")');
      await page.waitForSelector('h1:text("Instances")');
      expect(await page.getAttribute('nav a:text("Instances")', 'aria-current')).toBe('page');
      await page.waitForSelector(link(proposing));
      expect(await page.locator(link(theirs)).count()).toBe(0);

      // Narrowed to the template: both of Globex's, counted per status; initech's counts nowhere.
      await page.fill('#filter-template', listed.id);
      await page.press('#filter-template', 'Enter');
      await eventually(async () => expect(await page.locator('#status-counts').textContent()).toBe('All (2)In review (1)Proposal (1)'));
      await page.waitForSelector(link(reviewed));
      expect(await page.locator('#instance-list tbody tr').count()).toBe(2);
      expect(await page.locator(link(theirs)).count()).toBe(0);
      expect(page.url()).toContain(`template=${listed.id}`);
      await expectAccessible(page, 'instances');

      // Waiting on my company: only the one whose proposal is Globex's to write.
      await page.check('#filter-waiting');
      await page.click('form[role=search] button[type=submit]');
      await eventually(async () => expect(await page.locator('#status-counts').textContent()).toBe('All (1)Proposal (1)'));
      expect(await page.locator('#instance-list tbody tr').count()).toBe(1);
      await page.waitForSelector(link(proposing));

      // A status narrows too; the filters stay in the address, so a reload shows the same list.
      await page.uncheck('#filter-waiting');
      await page.click('form[role=search] button[type=submit]');
      await page.waitForSelector('[data-status="In review"]');
      await page.click('[data-status="In review"]');
      await eventually(async () => expect(await page.locator('#instance-list tbody tr').count()).toBe(1));
      await page.reload();
      await page.waitForSelector(link(reviewed));
      expect(await page.locator('#instance-list tbody tr').count()).toBe(1);
      expect(await page.getAttribute('[data-status="In review"]', 'aria-pressed')).toBe('true');

      // Each row opens its instance's page.
      await page.click(link(reviewed));
      await page.waitForSelector('#diagram svg');
    } finally {
      await own.close();
    }
  });
});
