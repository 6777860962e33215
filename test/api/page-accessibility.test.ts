/**
 * Every kind of emailed-task page in a real browser on a phone-sized screen, with scripts
 * off: the task page, a decision page (and one re-shown with problems), the recorded page
 * and a refusal, in English and in the recipient's own language where the directory knows
 * it. Each passes axe-core's checks with no serious or critical violation. Screenshots of
 * each go to `SCREENSHOT_DIR` when it is set.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishTemplate } from '../../api/template-catalog.js';
import type { TemplateInput } from '../../definitions/template.js';
import { globex, parties, paul, startBindings, vera } from '../fixtures/people.js';
import { linksIn, taskMail } from '../support/action-links.js';
import { launchBrowser } from '../support/browser.js';
import { enrolFixtures } from '../support/directory.js';
import { call, keyFor } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const template: TemplateInput = {
  id: 'accessible-review',
  version: 1,
  title: 'Co-marketing fund request',
  parties,
  inputs: { amount: { type: 'money', currency: 'EUR', required: true, title: 'Requested amount' } },
  steps: [
    {
      id: 'review',
      kind: 'approval',
      title: 'Review the fund request',
      approvers: ['vendor.manager'],
      outcomes: ['approve', 'approve_lower', 'reject'],
      due: '7d',
      form: {
        approved_amount: { type: 'money', currency: 'EUR', title: 'Amount approved', required: true, min: 1, max: 500_000, outcomes: ['approve_lower'] },
        reason: { type: 'text', title: 'Reason', description: 'The partner reads it.', maxLength: 2000, outcomes: ['approve_lower', 'reject'] },
      },
      next: { approve: 'ok', approve_lower: 'ok', reject: 'no' },
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

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown }>;
}

/** axe-core's serious and critical violations on the page, run through the debugging protocol (the page's own policy allows no scripts). */
async function seriousViolations(page: Page): Promise<Violation[]> {
  const result: unknown = await page.evaluate(`(async () => { ${AXE}; const r = await axe.run(document); return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })); })()`);
  const violations = Array.isArray(result) ? (result as Violation[]) : [];
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

async function check(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page), name).toEqual([]);
  // Nothing wider than a phone's screen.
  const overflow: unknown = await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth');
  expect(overflow, `${name} fits the phone's width`).toBe(true);
  const dir = process.env['SCREENSHOT_DIR'];
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

async function startReview(businessKey: string): Promise<string> {
  const started = await call<{ id: string }>(stack, 'POST', '/instances', {
    key: globexKey,
    body: { templateId: 'accessible-review', businessKey, bindings: startBindings, input: { amount: { amount: 250_000, currency: 'EUR' } }, initiator: paul },
  });
  expect(started.status).toBe(201);
  return started.body.id;
}

describe('every page, accessible on a phone without scripts', () => {
  it('passes the accessibility check on the task, decision, corrected, recorded and refusal pages', async () => {
    const id = await startReview('a11y-1');
    const links = linksIn(await taskMail(stack.smtp, id, vera.email));
    expect(Object.keys(links.decisions)).toEqual(['Approve', 'Approve lower', 'Reject']);
    // The pages carry no scripts (their policy allows none); axe runs through the debugging protocol.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    try {
      await page.goto(links.view);
      await check(page, 'task-page');
      await page.click('text=Approve lower');
      await page.waitForSelector('#f-approved_amount[required]');
      await check(page, 'decision-page');
      // Past the browser's own checks (a person whose browser ignores them): the server names the field by its label.
      await page.evaluate("document.querySelector('form').noValidate = true");
      await page.click('button[type=submit]');
      await page.waitForSelector('text=Some fields need another look');
      expect(await page.locator('.alert a', { hasText: 'Amount approved' }).count()).toBe(1);
      await check(page, 'decision-page-corrected');
      await page.fill('#f-approved_amount', '2000');
      await page.click('button[type=submit]');
      await page.waitForSelector('text=your answer is recorded');
      await check(page, 'recorded-page');
      await page.goto(links.decisions['Reject'] ?? '');
      await page.waitForSelector('text=already closed');
      await check(page, 'refusal-page');
    } finally {
      await context.close();
    }
  });

  it('writes the pages in the recipient’s language where the directory knows it', async () => {
    const people = await stack.pool.query<{ id: string }>('SELECT id FROM people WHERE email = $1', [vera.email]);
    await stack.pool.query("UPDATE people SET language = 'de-DE' WHERE id = $1", [people.rows[0]?.id]);
    try {
      const id = await startReview('a11y-de');
      // The mail is German too, its answer links labelled in German.
      const mail = await taskMail(stack.smtp, id, vera.email, 'Eine Aufgabe wartet auf Sie');
      const lower = /^ {2}Geringeren Betrag genehmigen: (\S+)$/m.exec(mail.text)?.[1];
      // A browser of its own: the packaged Chromium runs one process, gone with the last context.
      const own = await launchBrowser();
      const context = await own.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      try {
        await page.goto(lower ?? '');
        expect(await page.getAttribute('html', 'lang')).toBe('de');
        await page.waitForSelector('text=Noch ist nichts gespeichert');
        await check(page, 'decision-page-de');
        await page.fill('#f-approved_amount', '2000');
        await page.click('button[type=submit]');
        await page.waitForSelector('text=Vielen Dank, Ihre Antwort ist gespeichert');
        await check(page, 'recorded-page-de');
      } finally {
        await own.close();
      }
    } finally {
      await stack.pool.query("UPDATE people SET language = NULL WHERE email = $1", [vera.email]);
    }
  });
});
