/**
 * The decision page in a real browser (Chromium from npm or `CHROMIUM_PATH`, driven by
 * playwright-core): from the mail's button to the confirmation and back to the task, under
 * the pages' own content security policy, on a phone-sized screen.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishTemplate } from '../../api/template-catalog.js';
import type { TemplateInput } from '../../definitions/template.js';
import { globex, parties, paul, startBindings, vera } from '../fixtures/people.js';
import { linksIn, taskMail } from '../support/action-links.js';
import { launchBrowser } from '../support/browser.js';
import { enrolFixtures } from '../support/directory.js';
import { call, keyFor } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

const template: TemplateInput = {
  id: 'browser-review',
  version: 1,
  title: 'Co-marketing fund request',
  parties,
  inputs: { amount: { type: 'money', currency: 'USD', required: true, title: 'Requested amount' } },
  steps: [
    {
      id: 'review',
      kind: 'approval',
      title: 'Review the fund request',
      approvers: ['vendor.manager'],
      status: 'In review',
      due: '7d',
      form: { approved_amount: { type: 'money', currency: 'USD', title: 'Approved amount', description: 'Leave empty to approve the requested amount' } },
      next: { approve: 'ok', reject: 'no', request_changes: 'no' },
    },
    { id: 'ok', kind: 'end', status: 'Approved' },
    { id: 'no', kind: 'end', status: 'Denied' },
  ],
};

let stack: TestStack;
let browser: Browser;
let globexKey: string;
beforeAll(async () => {
  stack = await startTestStack({ api: true });
  await publishTemplate(stack.pool, template);
  await enrolFixtures(stack);
  globexKey = await keyFor(stack, globex);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the decision page in a browser', () => {
  it('goes from the mail’s Approve button to the confirmation and back to the task, which shows it decided', async () => {
    const started = await call<{ id: string }>(stack, 'POST', '/instances', {
      key: globexKey,
      body: { templateId: 'browser-review', businessKey: 'browser-1', bindings: startBindings, input: { amount: { amount: 250_000, currency: 'USD' } }, initiator: paul },
    });
    expect(started.status).toBe(201);
    const id = started.body.id;
    const approve = linksIn(await taskMail(stack.smtp, id, vera.email)).decisions['Approve'] ?? '';

    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') blocked.push(message.text());
    });
    try {
      await page.goto(approve);
      await expect.poll(() => page.title()).toContain('Approve: Review the fund request');
      expect(await page.locator('dd', { hasText: '$2,500.00' }).count()).toBe(1);
      // The style sheet applies under the policy (its hash is allowed): the button is green.
      // A string, since the test is compiled without the DOM library; it runs in the page.
      const colour: unknown = await page.evaluate("getComputedStyle(document.querySelector('button[type=submit]')).backgroundColor");
      expect(colour).toBe('rgb(26, 127, 55)');
      await page.fill('#f-approved_amount', '2000');
      await page.fill('#comment', 'Approved for the spring campaign');
      if (process.env['SCREENSHOT_DIR']) await page.screenshot({ path: `${process.env['SCREENSHOT_DIR']}/decision-page.png`, fullPage: true });

      await page.click('button[type=submit]');
      await page.waitForSelector('text=your answer is recorded');
      expect(await page.locator('dd', { hasText: 'Approved' }).count()).toBeGreaterThan(0);
      if (process.env['SCREENSHOT_DIR']) await page.screenshot({ path: `${process.env['SCREENSHOT_DIR']}/recorded-page.png`, fullPage: true });

      await page.click('text=Back to the task');
      await page.waitForSelector('text=Decided: Approve');
      expect(await page.locator('dd', { hasText: 'Approved for the spring campaign' }).count()).toBe(1);
      // Nothing on the way was blocked by the policy or failed to load.
      expect(blocked).toEqual([]);
      // Going back in history to the used link shows that it was used, not a second form.
      await page.goto(approve);
      await page.waitForSelector('text=already been used');
    } finally {
      await context.close();
    }

    const portal = await call<{ status: string }>(stack, 'GET', `/instances/${id}`, { key: globexKey });
    expect(portal.body.status).toBe('Approved');
    const state = await call<{ tasks: Array<{ form: unknown }> }>(stack, 'GET', `/instances/${id}`, { key: await keyFor(stack, 'acme') });
    expect(state.body.tasks[0]?.form).toEqual({ approved_amount: { amount: 200_000, currency: 'USD' } });
  });
});
