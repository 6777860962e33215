/**
 * The joint solutions board and the cycle-times page in a real browser, over real HTTP,
 * Temporal, Postgres and SMTP. Two joint-solution leads at different companies each sign in
 * by a mailed link, approve a plan from My tasks (the board then moves it from plan to build),
 * and see the solution on the board in its stage, with each company's
 * workstream as it stands (and nothing private of the other's); a lead of a company that takes
 * no part sees nothing of it. The cycle-times page shows a step that waited on a company, with
 * that company, and marks the review decided after its SLA; its CSV carries the same rows.
 * Every page passes axe-core (no serious or critical violation) under the console's policy, at
 * phone width, and the keyboard alone reaches the board's items and the template chooser.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishBuiltIns, publishTemplate } from '../../api/template-catalog.js';
import type { Person } from '../../workflows/schemas.js';
import { acme, globex, paul } from '../fixtures/people.js';
import { actOnMail, startJoint, statusBecomes, type JointInstance } from '../joint/joint-instance.js';
import { initech, personOf, type Cast } from '../joint/people.js';
import { launchBrowser } from '../support/browser.js';
import { expectAccessible, signInToConsole, tabTo } from '../support/console-page.js';
import { cycleTemplate, runCampaign } from '../support/cycle-template.js';
import { enrol, enrolFixtures } from '../support/directory.js';
import { keyFor } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

const cast: Cast = { companies: { company_a: acme, company_b: globex }, certifier: initech, publisher: initech };
const plan = { scope: 'Checkout analytics', target_date: '2026-09-30', workstream_company_a: 'Connector', workstream_company_b: 'Analytics service' };
const blockedReason = 'Staging keys of acme-private-5512 not issued';
/** A lead at a company that takes no part in the solution. */
const hal: Person = { name: 'Hal Hooli', email: 'hal@hooli.example', company: 'hooli' };

let stack: TestStack;
let joint: JointInstance;
const keys: Record<string, string> = {};

beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  await publishBuiltIns(stack.pool);
  await publishTemplate(stack.pool, cycleTemplate);
  await enrolFixtures(stack);
  await enrol(stack, [{ person: hal, groups: ['alliance_leads'] }]);
  for (const company of [acme, globex, initech, 'hooli']) keys[company] = await keyFor(stack, company);

  // The solution in build: acme's workstream blocked, globex's delivered.
  joint = await startJoint(stack, keys, cast, 'board-browser');
  await actOnMail(joint, personOf(acme, 'alliance_lead'), 'plan.1.company_a.alliance_lead', 'submit', { form: plan });
  await actOnMail(joint, personOf(acme, 'alliance_lead'), 'plan_approval.1.company_a.alliance_lead', 'approve');
  await actOnMail(joint, personOf(globex, 'alliance_lead'), 'plan_approval.1.company_b.alliance_lead', 'approve');
  await statusBecomes(joint, 'Building');
  await actOnMail(joint, personOf(acme, 'workstream_owner'), 'company_a_workstream.1.company_a.workstream_owner', 'blocked', { form: { blocked_reason: blockedReason } });
  await actOnMail(joint, personOf(globex, 'workstream_owner'), 'company_b_workstream.1.company_b.workstream_owner', 'submit', { form: { delivered: 'Analytics 1.0' } });

  // Globex's campaigns: one review decided in time, one after its one-second SLA.
  await runCampaign(stack, keys, paul, 'cycle-browser-1', false);
  await runCampaign(stack, keys, paul, 'cycle-browser-2', true);
});
afterAll(async () => {
  await stack?.stop();
});

/** Runs `use` with a signed-in page of `person` in a browser of its own (the packaged Chromium runs one process, gone with the last context). */
async function asPerson(person: Person, use: (page: Page) => Promise<void>): Promise<void> {
  const browser: Browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const errors: string[] = [];
    const page = await signInToConsole(stack, context, person);
    // No script error and nothing the policy refused, but the style Mermaid writes while it measures on the instance page (diagram.ts drops it).
    page.on('console', (message) => {
      if (message.type() === 'error' && !/inline style/i.test(message.text())) errors.push(message.text());
    });
    await use(page);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
}

const solutionLink = () => `#board a[data-solution="${joint.id}"]`;
const workstream = (company: string) => `#board [data-stage=build] article[data-id="${joint.id}"] li[data-company="${company}"]`;

describe('the joint solutions board', () => {
  // Two leads at different companies, each in a test of their own (a browser session takes a while here).
  for (const leadCompany of [acme, globex]) {
    it(`shows the lead at ${leadCompany} the solution in build, with each company’s workstream`, async () => {
      const lead = personOf(leadCompany, 'alliance_lead');
      await asPerson(lead, async (page) => {
        await page.click('nav a:text("Joint solutions")');
        await page.waitForSelector('h1:text("Joint solutions")');
        expect(await page.getAttribute('nav a:text("Joint solutions")', 'aria-current')).toBe('page');
        await page.waitForSelector(solutionLink());
        expect(await page.locator(`#board [data-stage=build] ${solutionLink().replace('#board ', '')}`).count()).toBe(1);
        expect(await page.getAttribute(workstream(acme), 'data-state')).toBe('blocked');
        expect(await page.getAttribute(workstream(globex), 'data-state')).toBe('delivered');
        expect(await page.locator(workstream(acme)).textContent()).toContain('Blocked');
        expect(await page.locator(workstream(globex)).textContent()).toContain('Delivered');
        // Why acme is blocked is acme's own business.
        expect(await page.locator('body').textContent()).not.toContain('acme-private-5512');
        await expectAccessible(page, `joint-${lead.company}`);

        // Keyboard only: from the top of the page to the solution, and into it.
        await page.reload();
        await page.waitForSelector(solutionLink());
        await tabTo(page, solutionLink());
        await page.keyboard.press('Enter');
        await page.waitForURL(new RegExp(`/console/instances/${encodeURIComponent(joint.id)}$`));
        await page.waitForSelector('#diagram svg');
      });
    }, 150_000);
  }

  it('lets the two leads approve the plan from My tasks, and the board moves the solution from plan to build', async () => {
    const planned = await startJoint(stack, keys, cast, 'board-plan');
    await actOnMail(planned, personOf(acme, 'alliance_lead'), 'plan.1.company_a.alliance_lead', 'submit', { form: plan });
    const onBoard = (stage: string) => `#board [data-stage=${stage}] a[data-solution="${planned.id}"]`;
    for (const leadCompany of [acme, globex]) {
      await asPerson(personOf(leadCompany, 'alliance_lead'), async (page) => {
        await page.click('nav a:text("Joint solutions")');
        await page.waitForSelector(onBoard('plan'));
        await page.click('nav a:text("My tasks")');
        await page.click('#task-lists tr:has-text("Approve the plan") button');
        await page.waitForSelector('#task-heading:focus');
        await page.click('#task-panel button.yes');
        await page.waitForSelector('#answer-heading:focus');
        await page.click('#answer-form button[type=submit]');
        await page.waitForSelector('text=Recorded: Approve on “Approve the plan”.');
      });
    }
    await statusBecomes(planned, 'Building');
    await asPerson(personOf(globex, 'alliance_lead'), async (page) => {
      await page.click('nav a:text("Joint solutions")');
      await page.waitForSelector(onBoard('build'));
      expect(await page.locator(onBoard('plan')).count()).toBe(0);
    });
  }, 300_000);

  it('shows a lead of a company that takes no part nothing of the solution', async () => {
    await asPerson(hal, async (page) => {
      await page.goto(`${stack.api?.url ?? ''}/console/joint`);
      await page.waitForSelector('text=Your company takes part in no joint solution yet.');
      expect(await page.locator('#board article').count()).toBe(0);
      expect(await page.locator('body').textContent()).not.toContain('Checkout Insights');
      await expectAccessible(page, 'joint-outsider');
    });
  }, 150_000);
});

describe('the cycle-times page', () => {
  it('shows which company each step waited on and marks the review that passed its SLA, with a CSV of the same rows', async () => {
    await asPerson(personOf(globex, 'alliance_lead'), async (page) => {
      await page.click('nav a:text("Cycle times")');
      await page.waitForSelector('h1:text("Cycle times")');
      // Keyboard only: choose the template and show it.
      await tabTo(page, '#template');
      await page.selectOption('#template', cycleTemplate.id);
      await tabTo(page, 'form button[type=submit]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/template=cycle-campaign/);
      const review = `#cycle-times tr[data-step=review][data-company=${acme}]`;
      await page.waitForSelector(review);
      expect(await page.getAttribute(review, 'data-breached')).toBe('true');
      expect(await page.locator(review).textContent()).toMatch(/[12] past SLA/);
      expect(await page.locator(review).textContent()).toContain(acme);
      const propose = `#cycle-times tr[data-step=propose][data-company=${globex}]`;
      expect(await page.getAttribute(propose, 'data-breached')).toBeNull();
      expect(await page.locator(propose).textContent()).toContain('Within SLA');
      // The vendor's internal step is not globex's to see.
      expect(await page.locator('#cycle-times tr[data-step=budget_check]').count()).toBe(0);
      await expectAccessible(page, 'cycle-times');

      const href = (await page.getAttribute('#cycle-times-csv', 'href')) ?? '';
      const csv: unknown = await page.evaluate(`fetch(${JSON.stringify(href)}).then((r) => r.text())`);
      const lines = String(csv).trim().split('\r\n');
      expect(lines[0]).toContain('sla_breaches');
      expect(lines.slice(1).map((line) => line.split(',').slice(1, 4).join(','))).toEqual(['propose,Propose the campaign,globex', 'review,Review the campaign,acme']);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectAccessible(page, 'cycle-times-dark');
    });
  }, 150_000);
});
