/**
 * The Templates page in a real browser, over real HTTP, Temporal, Postgres and SMTP. An ops
 * author (a platform operator) types a template with a mistake and sees it marked at its line,
 * fixes it, publishes it after confirming, publishes a second version, compares the two,
 * deprecates the first (cancelling once, then confirming), and tries the second: the trial's
 * instance page moves on live when its task is decided. A person who is no operator sees no
 * link to the page, and on it a clear refusal and no editor. Every page passes axe-core with no
 * serious or critical violation under the console's own policy.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../api/session/sessions.js';
import type { Person } from '../../workflows/schemas.js';
import { paul } from '../fixtures/people.js';
import { launchBrowser } from '../support/browser.js';
import { expectAccessible, signInToConsole } from '../support/console-page.js';
import { enrol, enrolFixtures } from '../support/directory.js';
import { eventually } from '../support/eventually.js';
import { call } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

const otto: Person = { name: 'Otto Operator', email: 'otto@tandem-ops.example', company: 'tandem-ops' };

/** Version 1 as the author first types it: line 19 names a role that does not exist. */
const MISTAKEN = `id: ops-campaign
version: 1
title: Ops campaign
parties:
  vendor:
    roles:
      manager: { group: managers }
  partner:
    roles:
      requester: { group: requesters }
steps:
  - id: propose
    kind: task
    owner: partner.requester
    outcomes: [submit]
    next: { submit: review }
  - id: review
    kind: approval
    approvers: [vendor.manger]
    outcomes: [approve, reject]
    next: { approve: done, reject: done }
  - id: done
    kind: end
    status: Done
`;
const FIXED = MISTAKEN.replace('vendor.manger', 'vendor.manager');
const SECOND = FIXED.replace('version: 1', 'version: 2').replace('title: Ops campaign', 'title: Ops campaign, with a due date').replace('    outcomes: [submit]\n', '    outcomes: [submit]\n    due: 3d\n');

let stack: TestStack;
let browser: Browser;
let ottoId = '';

beforeAll(async () => {
  stack = await startTestStack({ api: true });
  await enrolFixtures(stack);
  const ids = await enrol(stack, [{ person: otto, groups: ['admins'] }]);
  ottoId = ids.get(otto.email) ?? '';
  // The platform names Otto an operator (as `tandem operators grant` does).
  await stack.pool.query('INSERT INTO platform_operators (company_id, person_id) VALUES ($1, $2)', [otto.company, ottoId]);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Replaces the editor's text as an author pasting it would. */
async function typeTemplate(page: Page, text: string): Promise<void> {
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** Publishes what the editor holds, confirming in the dialog. */
async function publish(page: Page, id: string, version: number): Promise<void> {
  await page.waitForSelector('#validity:text("Valid: no problems found.")');
  await page.click('#publish');
  await page.waitForSelector('dialog[open] #confirm-heading');
  expect(await page.locator('#confirm-heading').textContent()).toBe(`Publish ${id} v${version}?`);
  await page.click('#confirm-yes');
  await page.waitForSelector(`text=Published ${id} v${version}.`);
  await page.waitForSelector(`#catalog tr[data-template="${id}"][data-version="${version}"][data-status="published"]`);
}

describe('the Templates page', () => {
  it('lets an ops author find a mistake at its line, publish two versions, compare them, deprecate one and try the other', async () => {
    const errors: string[] = [];
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    try {
      const page = await signInToConsole(stack, context, otto);
      page.on('console', (message) => {
        if (message.type() === 'error' && !/inline style/i.test(message.text())) errors.push(message.text());
      });
      await page.click('nav a:text("Templates")');
      await page.waitForSelector('h1:text("Templates")');
      expect(await page.getAttribute('nav a:text("Templates")', 'aria-current')).toBe('page');
      await page.waitForSelector('#catalog table');

      // The mistake is marked at line 19, in the editor and in the list of problems.
      await typeTemplate(page, MISTAKEN);
      await page.waitForSelector('#problems li[data-line="19"]');
      expect(await page.locator('#problems').textContent()).toContain('unknown_role');
      expect(await page.locator('#validity').textContent()).toBe('1 problem found.');
      await page.waitForSelector('#editor .cm-lintRange-error');
      const marked = await page.locator('#editor .cm-line', { has: page.locator('.cm-lintRange-error') }).textContent();
      expect(marked).toBe('    approvers: [vendor.manger]');
      expect(await page.locator('#editor .cm-lint-marker-error').count()).toBe(1);
      await expectAccessible(page, 'problem');
      // The problem's button takes the cursor there.
      await page.click('#problems li[data-line="19"] button');
      expect(await page.evaluate('document.activeElement?.shadowRoot?.activeElement?.classList.contains("cm-content") ?? false')).toBe(true);

      // Fixed, it is valid; published after confirming, it is in the catalog.
      await typeTemplate(page, FIXED);
      await publish(page, 'ops-campaign', 1);
      expect(await page.locator('#problems li').count()).toBe(0);

      // The second version, then the differences between the two.
      await typeTemplate(page, SECOND);
      await publish(page, 'ops-campaign', 2);
      await page.click('button[aria-label="Show ops-campaign version 2"]');
      await page.waitForSelector('#version-diagram svg');
      await page.selectOption('#compare-with', '1');
      await page.click('#compare button[type=submit]');
      await page.waitForSelector('#diff-heading');
      expect(await page.locator('#diff-heading').textContent()).toBe('From v1 to v2: 3 lines added, 2 removed');
      expect(await page.locator('#differences ins').allTextContents()).toEqual(expect.arrayContaining(['added: +     due: 3d\n', 'added: + version: 2\n']));
      expect(await page.locator('#differences del').allTextContents()).toEqual(expect.arrayContaining(['removed: - version: 1\n']));
      await expectAccessible(page, 'version');

      // Deprecating asks first: cancelled, nothing changes; confirmed, the catalog says so.
      await page.click('button[aria-label="Show ops-campaign version 1"]');
      await page.waitForSelector('#version-heading:text("Ops campaign · v1")');
      await page.click('#deprecate');
      await page.waitForSelector('dialog[open]');
      await expectAccessible(page, 'confirm');
      await page.click('#confirm-no');
      await page.waitForSelector('dialog', { state: 'detached' });
      expect(await page.locator('#catalog tr[data-template="ops-campaign"][data-version="1"]').getAttribute('data-status')).toBe('published');
      await page.click('#deprecate');
      await page.click('#confirm-yes');
      await page.waitForSelector('#catalog tr[data-template="ops-campaign"][data-version="1"][data-status="deprecated"]');
      await page.waitForSelector('text=Deprecated ops-campaign v1.');
      expect(await page.locator('#trial').count()).toBe(0);

      // Try version 2: a trial played by Otto's company, and its page moves when his task is decided.
      await page.click('button[aria-label="Show ops-campaign version 2"]');
      await page.waitForSelector('#version-heading:text("Ops campaign, with a due date · v2")');
      await page.click('#start-trial');
      await page.waitForSelector('#trial-link');
      await page.click('#trial-link');
      await page.waitForSelector('#diagram svg');
      expect(await page.locator('h1').textContent()).toBe('Trial: Ops campaign, with a due date');
      await page.waitForSelector('#diagram g.node.current[id*="s_propose"]');
      await page.waitForSelector('text=Live: changes show as they happen.');
      await expectAccessible(page, 'trial');
      const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
      const session = await createSession(stack.pool, { companyId: otto.company, personId: ottoId }, 'link', { idleMs: 600_000, maxMs: 3_600_000 });
      const task = await eventually(async () => {
        const mine = await call<{ tasks: Array<{ id: string; instance: { id: string } }> }>(stack, 'GET', '/me/tasks', { headers: { cookie: `tandem_session=${session.token}` } });
        const found = mine.body.tasks.find((candidate) => candidate.instance.id === id);
        if (!found) throw new Error('no trial task yet');
        return found;
      });
      const decided = await call(stack, 'POST', `/me/instances/${encodeURIComponent(id)}/tasks/${task.id}/decision`, { headers: { cookie: `tandem_session=${session.token}`, 'x-csrf-token': session.csrfToken }, body: { outcome: 'submit' } });
      expect(decided.status, JSON.stringify(decided.body)).toBe(200);
      await page.waitForSelector('#diagram g.node.visited[id*="s_propose"]');
      // Nobody but Otto's company was mailed about it.
      expect(stack.smtp.messages.filter((mail) => mail.subject.includes('Trial')).flatMap((mail) => mail.to).every((address) => address.endsWith('@tandem-ops.example'))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);

  it('refuses a person who is no operator clearly, with no link to it and no editor', async () => {
    const own = await launchBrowser();
    const context = await own.newContext({ viewport: { width: 375, height: 780 } });
    try {
      const page = await signInToConsole(stack, context, paul);
      expect(await page.locator('nav a:text("Templates")').count()).toBe(0);
      await page.goto(`${stack.api?.url ?? ''}/console/templates`);
      await page.waitForSelector('text=This page is for the platform’s operators');
      expect(await page.locator('[role=alert]').count()).toBe(1);
      expect(await page.locator('.cm-editor').count()).toBe(0);
      await expectAccessible(page, 'refused');
    } finally {
      await own.close();
    }
  });
});
