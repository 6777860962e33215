/**
 * What the console's browser tests do alike: sign a person in as they would (a mailed link),
 * check a page with axe-core and for sideways scrolling, and move the focus with the keyboard.
 * axe-core runs through the debugging protocol: the console's policy admits no other script.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Person } from '../../workflows/schemas.js';
import type { TestStack } from './stack.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One rule axe-core found broken, with where. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: unknown[];
}

/** Signs `person` in: asks for a link on the console's page, opens it from the mail, presses the button; ends on My tasks. */
export async function signInToConsole(stack: TestStack, context: BrowserContext, person: Person): Promise<Page> {
  const page = await context.newPage();
  const before = stack.smtp.messages.length;
  await page.goto(`${stack.api?.url ?? ''}/console`);
  await page.fill('#email', person.email);
  await page.press('#email', 'Enter');
  await page.waitForSelector('text=a sign-in link is on its way');
  const mail = await stack.smtp.waitFor((candidate) => candidate.to.includes(person.email) && candidate.subject.startsWith('Sign in to Tandem') && stack.smtp.messages.indexOf(candidate) >= before);
  const link = /^(\S+\/sign-in\/link\?token=\S+)$/m.exec(mail.text)?.[1] ?? '';
  await page.goto(link);
  await page.click('button[type=submit]');
  // Signing in lands a browser on the console.
  await page.waitForURL(/\/console$/);
  await page.waitForSelector('h1:text("My tasks")');
  return page;
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const result: unknown = await page.evaluate(`(async () => { ${AXE}; const r = await axe.run(document); return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target) })); })()`);
  return (Array.isArray(result) ? (result as Violation[]) : []).filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/**
 * The page has no serious or critical axe-core violation and does not scroll sideways; a
 * screenshot named `name` goes to `SCREENSHOT_DIR` when it is set.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page), name).toEqual([]);
  expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth'), `${name} fits the screen's width`).toBe(true);
  const dir = process.env['SCREENSHOT_DIR'];
  if (dir) await page.screenshot({ path: `${dir}/console-${name}.png`, fullPage: true });
}

/** Whether the focus is on an element matching `selector`. */
export function focused(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`);
}

/** Presses Tab until the focus is on an element matching `selector`; fails if 150 presses never get there. */
export async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 150; presses += 1) {
    await page.keyboard.press('Tab');
    if (await focused(page, selector)) return;
  }
  throw new Error(`the keyboard never reached ${selector}`);
}
