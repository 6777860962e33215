/**
 * The console's existing pages (My tasks, Instances, an instance's page) on a phone and by
 * keyboard, in a real Chromium over the real stack: at 375 px nothing is wider than the screen,
 * in the dark scheme the page is dark and its text readable (axe-core's contrast rules, with
 * every other serious or critical rule), and every element the Tab key reaches shows that it
 * has the focus and is on the screen. The Instances page shows a page of instances at a time
 * and reads the next with its "Show more" button, by keyboard, each instance once.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../api/session/sessions.js';
import { publishTemplate } from '../../api/template-catalog.js';
import type { TemplateInput } from '../../definitions/template.js';
import { acme, globex, parties, paul } from '../fixtures/people.js';
import { launchBrowser } from '../support/browser.js';
import { seriousViolations } from '../support/console-page.js';
import { enrolFixtures } from '../support/directory.js';
import { eventually } from '../support/eventually.js';
import { call, keyFor } from '../support/http.js';
import { crowdedRows, writeListedInstances } from '../support/listed-instances.js';
import { sessionOf } from '../support/session.js';
import { startTestStack, type TestStack } from '../support/stack.js';


const template: TemplateInput = {
  id: 'layout-campaign',
  version: 1,
  title: 'Joint campaign with a rather long name for a small screen',
  parties,
  inputs: { budget: { type: 'money', currency: 'EUR', required: true, title: 'Campaign budget' } },
  steps: [
    { id: 'propose', kind: 'task', title: 'Propose the campaign and its co-branded material', owner: 'partner.requester', outcomes: ['submit'], due: '2d', next: { submit: 'review' } },
    { id: 'review', kind: 'approval', title: 'Review the campaign', approvers: ['vendor.manager'], outcomes: ['approve', 'reject'], next: { approve: 'done', reject: 'declined' } },
    { id: 'done', kind: 'end', status: 'Approved' },
    { id: 'declined', kind: 'end', status: 'Declined' },
  ],
};

let stack: TestStack;
let instanceId: string;
/** Globex's instances in the projection beyond the started one: more than one page of the list. */
const LISTED = 130;

beforeAll(async () => {
  stack = await startTestStack({ api: true, console: true });
  await publishTemplate(stack.pool, template);
  await enrolFixtures(stack);
  const key = await keyFor(stack, globex);
  // A business key without a break in it, as systems make them.
  const started = await call<{ id: string }>(stack, 'POST', '/instances', {
    key,
    body: { templateId: template.id, businessKey: 'CMP-2026-EMEA-NORTH-00000000000000000042', bindings: { companies: { vendor: acme, partner: globex } }, input: { budget: { amount: 1_250_000, currency: 'EUR' } }, initiator: paul.email },
  });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  instanceId = started.body.id;
  await eventually(async () => {
    const inbox = await call<{ tasks: Array<{ instanceId: string }> }>(stack, 'GET', `/tasks?assignee=${encodeURIComponent(paul.email)}`, { key });
    expect(inbox.body.tasks.map((task) => task.instanceId)).toContain(instanceId);
  });
  await writeListedInstances(stack, crowdedRows('layout', globex, LISTED, ['In review', 'Proposal']), paul);
});
afterAll(async () => {
  await stack?.stop();
});

/** A phone-sized page signed in as Paul, in the given colour scheme; in a browser of its own (the packaged Chromium is one process, gone with its context). */
async function phone(colorScheme: 'light' | 'dark'): Promise<{ context: BrowserContext; page: Page }> {
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, colorScheme, isMobile: true, hasTouch: true });
  const { token } = await sessionOf(stack, paul);
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: stack.api?.url ?? '' }]);
  context.on('close', () => void browser.close());
  return { context, page: await context.newPage() };
}

const url = (path: string) => `${stack.api?.url ?? ''}${path}`;

/** The existing pages and what shows each has drawn its content. */
const pages = () => [
  { name: 'my-tasks', path: '/console', ready: '#task-lists tbody tr' },
  { name: 'instances', path: '/console/instances', ready: '#instance-list tbody tr' },
  { name: 'instance', path: `/console/instances/${encodeURIComponent(instanceId)}`, ready: '#diagram svg' },
];

/** Whether anything is wider than the screen: the page scrolls sideways, or an element reaches past its right edge. */
async function overflow(page: Page): Promise<string[]> {
  const wide: unknown = await page.evaluate(`(() => {
    const out = [];
    if (document.documentElement.scrollWidth > window.innerWidth) out.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px');
    for (const element of document.querySelectorAll('main *, header *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || element.closest('.diagram, .sr-only, .skip')) continue;
      if (box.right > window.innerWidth + 1) out.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + '.' + element.className + ' ends at ' + Math.round(box.right) + ' px');
    }
    return out.slice(0, 5);
  })()`);
  return Array.isArray(wide) ? wide.map(String) : [];
}

/** Tabs through the page (at most `presses` times); for each element that takes the focus, what is wrong with how it shows it. */
async function focusProblems(page: Page, presses: number): Promise<{ reached: number; problems: string[] }> {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (let press = 0; press < presses; press++) {
    await page.keyboard.press('Tab');
    const state: unknown = await page.evaluate(`(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      const name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + ' "' + (element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 30) + '"';
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const onScreen = box.width > 0 && box.height > 0 && box.left >= 0 && box.right <= window.innerWidth + 1;
      return { name, ring, onScreen, visible: element.matches(':focus-visible') };
    })()`);
    if (!state || typeof state !== 'object') continue;
    const { name, ring, onScreen, visible } = state as { name: string; ring: boolean; onScreen: boolean; visible: boolean };
    if (seen.has(name)) break;
    seen.add(name);
    if (!visible || !ring) problems.push(`${name} shows no focus ring`);
    if (!onScreen) problems.push(`${name} is not on the screen while it has the focus`);
  }
  return { reached: seen.size, problems };
}

/** The relative luminance of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('the console on a phone and by keyboard', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`fits a 375 px screen and passes axe-core on every page, ${scheme} scheme`, async () => {
      const { context, page } = await phone(scheme);
      try {
        for (const { name, path, ready } of pages()) {
          await page.goto(url(path));
          await page.waitForSelector(ready);
          expect(await overflow(page), `${name}: wider than the screen`).toEqual([]);
          expect(await seriousViolations(page), `${name} (${scheme})`).toEqual([]);
          const colours: unknown = await page.evaluate(`(() => { const s = getComputedStyle(document.body); return [s.backgroundColor, s.color]; })()`);
          const [background = '', text = ''] = Array.isArray(colours) ? colours.map(String) : [];
          if (scheme === 'dark') expect(luminance(background), `${name}: a dark page in the dark scheme`).toBeLessThan(0.05);
          else expect(luminance(background), `${name}: a light page in the light scheme`).toBeGreaterThan(0.8);
          // Body text against the page: at least 7:1 either way.
          const [lighter, darker] = [luminance(background), luminance(text)].sort((a, b) => b - a) as [number, number];
          expect((lighter + 0.05) / (darker + 0.05), `${name}: text contrast`).toBeGreaterThanOrEqual(7);
          const dir = process.env['SCREENSHOT_DIR'];
          if (dir) await page.screenshot({ path: `${dir}/console-phone-${name}-${scheme}.png`, fullPage: true });
        }
      } finally {
        await context.close();
      }
    });
  }

  it('shows the focus on every element the Tab key reaches, on the screen, on every page', async () => {
    const { context, page } = await phone('light');
    try {
      for (const { name, path, ready } of pages()) {
        await page.goto(url(path));
        await page.waitForSelector(ready);
        const { reached, problems } = await focusProblems(page, 40);
        expect(problems, name).toEqual([]);
        // The skip link, the navigation and the page's own controls at least.
        expect(reached, `${name}: elements the keyboard reaches`).toBeGreaterThanOrEqual(5);
      }
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(url('/console'));
      await page.waitForSelector('#task-lists tbody tr');
      expect((await focusProblems(page, 40)).problems, 'my-tasks, dark').toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lists a page of instances and reads the next with Show more, by keyboard, each instance once', async () => {
    const { context, page } = await phone('light');
    try {
      await page.goto(url('/console/instances'));
      await page.waitForSelector('#instance-list tbody tr');
      const total = LISTED + 1;
      expect(await page.locator('#instance-list tbody tr').count()).toBe(100);
      expect(await page.locator('#instance-summary').textContent()).toBe(`100 of ${total} instances, newest change first`);
      await page.focus('#more-instances');
      await page.keyboard.press('Enter');
      await eventually(async () => expect(await page.locator('#instance-list tbody tr').count()).toBe(total));
      const listed: unknown = await page.evaluate(`[...document.querySelectorAll('#instance-list tbody tr')].map((row) => row.getAttribute('data-id'))`);
      const ids = Array.isArray(listed) ? listed.map(String) : [];
      expect(new Set(ids).size).toBe(total);
      expect(ids).toContain(instanceId);
      expect(await page.locator('#more-instances').isHidden()).toBe(true);
      expect(await page.locator('#instance-summary').textContent()).toBe(`${total} instances, newest change first`);
      // The focus moved to the first instance the button added, where reading goes on.
      expect(await page.evaluate('document.activeElement?.closest("tr")?.getAttribute("data-id")')).toBe(ids[100]);
      expect(await overflow(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
