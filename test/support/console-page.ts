/**
 * What the console's browser tests do alike: sign a person in as they would (a mailed link),
 * check a page with axe-core, for sideways scrolling and that the keyboard reaches every action,
 * and move the focus with the keyboard.
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
 * The page has no serious or critical axe-core violation, does not scroll sideways, and the Tab
 * key alone reaches every action on it (see `keyboardMisses`); a screenshot named `name` goes to
 * `SCREENSHOT_DIR` when it is set.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page), name).toEqual([]);
  expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth'), `${name} fits the screen's width`).toBe(true);
  expect(await keyboardMisses(page), `${name}: actions the keyboard does not reach`).toEqual([]);
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

/** What the page offers to act on (inside an open modal dialog, only the dialog), as a script for the page. */
const ACTIONS = `(() => {
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex], [contenteditable=""], [contenteditable=true]';
  const root = document.querySelector('dialog[open]:modal') ?? document;
  const native = 'a[href], button, input, select, textarea, summary';
  // A native control counts even when taken out of the Tab order (tabindex="-1"): it is still an
  // action a mouse can take. Anything else counts only when it is in the Tab order.
  // checkVisibility: drawn, not visibility:hidden, and not in content the browser skips (a closed <details>).
  const shown = (element) => element.checkVisibility({ visibilityProperty: true });
  const usable = (element) => shown(element) && !element.matches(':disabled') && (element.matches(native) || element.tabIndex >= 0) && !element.closest('[inert]');
  const name = (element) => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + ' "' + (element.textContent || element.getAttribute('aria-label') || element.getAttribute('name') || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
  const actions = [];
  const radios = new Set();
  for (const element of root.querySelectorAll(selector)) {
    if (!usable(element)) continue;
    // A group of radio buttons is one stop of the Tab key; the arrow keys move within it.
    if (element.matches('input[type=radio]')) {
      const group = element.form?.id + '/' + element.name;
      if (radios.has(group)) continue;
      radios.add(group);
      actions.push({ element, name: name(element), group: [...root.querySelectorAll('input[type=radio]')].filter((other) => other.name === element.name && other.form === element.form) });
      continue;
    }
    actions.push({ element, name: name(element) });
  }
  // An element drawing into a shadow root (the template editor) is reached when the focus goes inside it.
  for (const host of root.querySelectorAll('*')) {
    if (host.shadowRoot && [...host.shadowRoot.querySelectorAll(selector)].some(usable)) actions.push({ element: host, name: name(host) + ' (its content)' });
  }
  // Anything shown as clickable that no control holds is an action for the mouse only.
  const mouseOnly = [...root.querySelectorAll('body *, dialog *')].filter((element) => !element.closest(selector + ', label') && getComputedStyle(element).cursor === 'pointer' && shown(element)).map(name);
  return { actions, mouseOnly };
})()`;

/**
 * The actions on the page as it is now (links, buttons, fields, anything focusable; inside an
 * open modal dialog, only the dialog's) that pressing Tab never reaches, and anything drawn as
 * clickable that is no control; empty when the keyboard alone can do everything. Tabs through
 * the whole page, round again from the top, then puts the focus and the scroll back as they were.
 */
export async function keyboardMisses(page: Page): Promise<string[]> {
  const count: unknown = await page.evaluate(`(() => {
    const found = ${ACTIONS};
    const deepActive = () => { let element = document.activeElement; while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement; return element; };
    window.__keyboard = { found, reached: new Set(), before: deepActive(), scroll: [window.scrollX, window.scrollY] };
    window.__keyboard.listener = (event) => window.__keyboard.reached.add(event.composedPath()[0]);
    document.addEventListener('focusin', window.__keyboard.listener, true);
    document.activeElement?.blur?.();
    return found.actions.length;
  })()`);
  const presses = (typeof count === 'number' ? count : 0) + 4;
  // Twice round: the first Tab may start after where the focus was, not at the top.
  for (let press = 0; press < 2 * presses; press++) await page.keyboard.press('Tab');
  const misses: unknown = await page.evaluate(`(() => {
    const { found, reached, before, scroll, listener } = window.__keyboard;
    document.removeEventListener('focusin', listener, true);
    const hit = (element) => reached.has(element) || [...reached].some((target) => target.getRootNode?.().host === element);
    const missed = found.actions.filter((action) => action.element.isConnected && !(action.group ?? [action.element]).some(hit)).map((action) => action.name + ' is not reached by Tab');
    if (before && before !== document.body) before.focus({ preventScroll: true }); else document.activeElement?.blur?.();
    window.scrollTo(scroll[0], scroll[1]);
    delete window.__keyboard;
    return [...missed, ...found.mouseOnly.map((name) => name + ' looks clickable but is no control the keyboard can reach')];
  })()`);
  return Array.isArray(misses) ? misses.map(String) : [];
}
