/**
 * The console's MDF pages in a real browser, over real HTTP, Temporal, Postgres and SMTP, with
 * fund requests run through the real workflow: the vendor's channel manager sees the budget and
 * every partner's allocation with its balances and movements, and the dashboard's charts drawn
 * as SVG with tables whose figures are the API's, and downloads a chart's numbers as CSV; the
 * vendor's finance approver finds the reimbursement awaiting them and decides it in the console;
 * a partner sees only its own allocation, requests and figures, never another partner's. Every
 * page passes axe-core with no serious or critical violation, under the console's own policy,
 * and nothing the policy refuses is logged. Screenshots go to `SCREENSHOT_DIR` when it is set.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../workflows/schemas.js';
import { approver, claimOf, decide, finance, manager, partner, prepare, proposal, requester, requestFunds, SHORT_FOLLOW_UP, team, vendor, waitForStatus, type Keys } from '../mdf/support.js';
import { launchBrowser } from '../support/browser.js';
import { expectAccessible, signInToConsole } from '../support/console-page.js';
import { enrol, relate } from '../support/directory.js';
import { eventually } from '../support/eventually.js';
import { call } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

/** A second partner of Acme's, whose figures Globex must never see. */
const rival = 'initech';
const ivy: Person = { name: 'Ivy Initech', email: 'ivy@initech.example', company: rival };
/** Amounts only the rival's allocation and request carry, so their absence can be checked as text. */
const RIVAL_ALLOCATION = 15_432_00;
const RIVAL_REQUEST = 7_777_00;
const PERIOD = 'CONSOLE-H1';

let stack: TestStack;
let keys: Keys;
let url: string;
let globexAllocation: string;
/** The request whose reimbursement waits on finance. */
let awaitingFinance: string;

beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  url = stack.api?.url ?? '';
  keys = await prepare(stack);
  await enrol(stack, [{ person: ivy }]);
  await relate(stack, vendor, rival);

  const budget = await call<{ id: string }>(stack, 'POST', '/budgets', { key: keys.vendor, body: { name: 'Console programme', period: PERIOD, currency: 'USD', total: 100_000_00, team, settings: { claimWindow: '10m', auditSamplePercent: 0, ...SHORT_FOLLOW_UP } } });
  expect(budget.status).toBe(201);
  const ours = await call<{ id: string }>(stack, 'POST', `/budgets/${budget.body.id}/allocations`, { key: keys.vendor, body: { partnerCompanyId: partner, amount: 20_000_00 } });
  const theirs = await call<{ id: string }>(stack, 'POST', `/budgets/${budget.body.id}/allocations`, { key: keys.vendor, body: { partnerCompanyId: rival, amount: RIVAL_ALLOCATION } });
  expect([ours.status, theirs.status]).toEqual([201, 201]);
  globexAllocation = ours.body.id;

  // Globex: one claim approved and waiting on finance, one claim denied.
  awaitingFinance = await claimed(globexAllocation, 5_000_00, 4_000_00);
  expect((await call(stack, 'POST', `/fund-requests/${awaitingFinance}/claim-review`, { key: keys.vendor, body: { actor: approver.email, outcome: 'approve' } })).status).toBe(200);
  await waitForStatus(stack, keys.vendor, awaitingFinance, 'Approved', 'reimbursement.1.vendor.finance');
  const denied = await claimed(globexAllocation, 3_000_00, 3_000_00);
  expect((await call(stack, 'POST', `/fund-requests/${denied}/claim-review`, { key: keys.vendor, body: { actor: approver.email, outcome: 'deny', reason: 'No proof of the attendees.' } })).status).toBe(200);
  await waitForStatus(stack, keys.vendor, denied, 'Denied');

  // Initech: a request in review, with an amount nobody else has.
  const rivalRequest = await call<{ id: string }>(stack, 'POST', '/fund-requests', {
    key: keys.outsider,
    body: { allocationId: theirs.body.id, requester: ivy, marketingLead: ivy, businessKey: `rival-${randomUUID()}`, proposal: proposal(RIVAL_REQUEST, { description: 'Initech roadshow' }) },
  });
  expect(rivalRequest.status, JSON.stringify(rivalRequest.body)).toBe(201);
  await waitForStatus(stack, keys.vendor, rivalRequest.body.id, 'In review');
});
afterAll(async () => {
  await stack?.stop();
});

/** A pre-approved Globex request whose claim of `actualCost` is in; returns its id. */
async function claimed(allocationId: string, amount: number, actualCost: number): Promise<string> {
  const started = await requestFunds(stack, keys, allocationId, { proposal: proposal(amount) });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  expect((await decide(stack, keys.vendor, started.body.id, 'manager_review.1.vendor.channel_manager', manager, 'approve')).status).toBe(200);
  await waitForStatus(stack, keys.partner, started.body.id, 'Claim due');
  const claim = claimOf([], actualCost, { proof: [{ name: 'Photos', url: 'https://globex.example/photos' }] });
  expect((await call(stack, 'POST', `/fund-requests/${started.body.id}/claim`, { key: keys.partner, body: claim })).status).toBe(200);
  return started.body.id;
}

/** Signs `person` in as they would: ask for a link, open it from the mail, press the button. */
async function signIn(context: BrowserContext, person: Person): Promise<{ page: Page; refused: string[] }> {
  const page = await signInToConsole(stack, context, person);
  // From here on: script errors and anything the page's policy refused.
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') refused.push(message.text());
  });
  page.on('pageerror', (error) => refused.push(error.message));
  return { page, refused };
}

interface ReportRow {
  vendorCompanyId: string;
  partnerCompanyId: string;
  period: string;
  [column: string]: unknown;
}

/** The `data` values of a dashboard table's row for `company`, by column heading. */
async function tableRow(page: Page, table: string, company: string): Promise<Record<string, string>> {
  const found: unknown = await page.evaluate(`(() => {
    const table = document.querySelector(${JSON.stringify(table)});
    const row = table?.querySelector('tbody tr[data-company=' + ${JSON.stringify(JSON.stringify(company))} + ']');
    if (!table || !row) return {};
    const headings = [...table.querySelectorAll('thead th')].map((cell) => cell.textContent ?? '');
    return Object.fromEntries([...row.children].map((cell, index) => [headings[index] ?? '', cell.querySelector('data')?.getAttribute('value') ?? cell.textContent ?? '']));
  })()`);
  return found !== null && typeof found === 'object' ? Object.fromEntries(Object.entries(found).map(([heading, value]) => [heading, String(value)])) : {};
}

/** The API's value as the table's `data` element carries it. */
const asData = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

describe('the MDF pages of the console', () => {
  it('shows the vendor’s channel manager every partner’s allocation with its balances, and the dashboard’s charts with the API’s figures and a CSV of them', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, acceptDownloads: true });
      const { page, refused } = await signIn(context, manager);

      // From the bar to the MDF page: the budget, both partners' allocations with their balances.
      await page.click('nav a:text("MDF")');
      await page.waitForSelector('h1:text("Market development funds")');
      expect(await page.getAttribute('nav a:text-is("MDF")', 'aria-current')).toBe('page');
      await page.waitForSelector(`#allocations tr[data-id="${globexAllocation}"]`);
      const globexRow = (await page.locator(`#allocations tr[data-id="${globexAllocation}"]`).textContent()) ?? '';
      // 20,000 allocated; 5,000 reserved for the request waiting on finance; the denied one released.
      expect(globexRow).toContain('$20,000.00');
      expect(globexRow).toContain('$5,000.00');
      expect(globexRow).toContain('$15,000.00');
      expect(await page.locator(`#allocations tr[data-company="${rival}"]`).textContent()).toContain('$15,432.00');
      expect(await page.locator('#budgets').textContent()).toContain('Console programme');
      // The ledger of Globex's allocation: two reservations, one released.
      await page.click(`#allocations tr[data-id="${globexAllocation}"] button`);
      await page.waitForSelector('#movements-heading:focus');
      const movements = (await page.locator('#movements').textContent()) ?? '';
      expect(movements.match(/Reserve/g)?.length).toBe(2);
      expect(movements).toContain('Release');
      // Requests by status, each partner's among them.
      expect(await page.locator('#fund-requests [data-status="Approved"] tbody tr').count()).toBe(1);
      expect(await page.locator('#fund-requests [data-status="Denied"] tbody tr').count()).toBe(1);
      expect(await page.locator('#fund-requests [data-status="In review"]').textContent()).toContain('$7,777.00');
      await expectAccessible(page, 'vendor');

      // The dashboard: every chart drawn as SVG, every table the API's figures.
      await page.click('nav a:text("MDF dashboard")');
      await page.waitForSelector('h1:text("MDF dashboard")');
      await page.selectOption('#period', PERIOD);
      await page.click('form[aria-label="Choose the period"] button[type=submit]');
      for (const figure of ['utilisation', 'funnel', 'stage-days', 'claims', 'pipeline', 'outcomes']) await page.waitForSelector(`#${figure}-chart svg rect, #${figure}-chart svg path`);
      const report = await call<{ rows: ReportRow[] }>(stack, 'GET', `/reports/mdf?period=${PERIOD}`, { key: keys.vendor });
      expect(report.body.rows.map((row) => row.partnerCompanyId)).toEqual([partner, rival]);
      for (const row of report.body.rows) {
        const funnel = row['funnel'] as Record<string, number>;
        expect(await tableRow(page, '#utilisation-table', row.partnerCompanyId)).toMatchObject({
          Allocated: asData(row['allocated']),
          Committed: asData(row['committed']),
          Reserved: asData(row['reserved']),
          Unused: asData(row['unused']),
          Expired: asData(row['expired']),
          'Utilisation %': asData(row['utilisationPercent']),
        });
        expect(await tableRow(page, '#funnel-table', row.partnerCompanyId)).toMatchObject({ Submitted: asData(funnel['submitted']), 'Pre-approved': asData(funnel['preApproved']), Claimed: asData(funnel['claimed']), Reimbursed: asData(funnel['reimbursed']) });
        expect(await tableRow(page, '#stage-days-table', row.partnerCompanyId)).toMatchObject({
          'Proposal → pre-approval (days)': asData(row['medianDaysToPreApproval']),
          'Pre-approval → claim (days)': asData(row['medianDaysPreApprovalToClaim']),
          'Claim → reimbursement (days)': asData(row['medianDaysClaimToReimbursement']),
        });
        expect(await tableRow(page, '#claims-table', row.partnerCompanyId)).toMatchObject({ 'Claims reviewed': asData(row['claimsReviewed']), 'Rejection rate': asData(row['claimRejectionRate']), 'Partial approval rate': asData(row['partialApprovalRate']) });
        expect(await tableRow(page, '#pipeline-table', row.partnerCompanyId)).toMatchObject({ 'Reported pipeline': asData(row['reportedPipeline']), 'Pipeline per amount spent': asData(row['pipelinePerSpend']) });
        expect(await tableRow(page, '#outcomes-table', row.partnerCompanyId)).toMatchObject({ 'Win rate': asData(row['winRate']), 'Influenced revenue': asData(row['influencedRevenue']), 'Return on MDF': asData(row['returnOnMdf']), 'Average deal size': asData(row['averageDealSize']) });
      }
      // The figures themselves, for the known requests: two submitted, pre-approved and claimed; one of two claims denied.
      expect(await tableRow(page, '#funnel-table', partner)).toMatchObject({ Submitted: '2', 'Pre-approved': '2', Claimed: '2' });
      expect(await tableRow(page, '#claims-table', partner)).toMatchObject({ 'Claims reviewed': '2', 'Rejection rate': '0.5' });
      expect(await page.locator('#claims-table').textContent()).toContain('50%');

      // The funnel's numbers as CSV: the table's headings and the API's figures.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#funnel-csv')]);
      expect(download.suggestedFilename()).toBe('mdf-funnel.csv');
      const csv = readFileSync((await download.path()) ?? '', 'utf8');
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]).toBe('Company,Period,Submitted,Pre-approved,Claimed,Reimbursed');
      const funnelOf = (company: string) => report.body.rows.find((row) => row.partnerCompanyId === company)?.['funnel'] as Record<string, number>;
      expect(lines.slice(1)).toEqual([partner, rival].map((company) => [company, PERIOD, funnelOf(company)['submitted'], funnelOf(company)['preApproved'], funnelOf(company)['claimed'], funnelOf(company)['reimbursed']].join(',')));
      await expectAccessible(page, 'dashboard');
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.reload();
      await page.waitForSelector('#outcomes-chart svg');
      await expectAccessible(page, 'dashboard-dark');
      expect(refused).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 180_000);

  it('lets the vendor’s finance approver find the reimbursement awaiting them and decide it in the console', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
      const { page, refused } = await signIn(context, finance);
      await page.goto(`${url}/console/mdf`);
      await page.check('#mdf-mine');
      await page.click('form[aria-label="Narrow the funds"] button[type=submit]');
      // The list is read again with the filter: only the request waiting on Finn is left.
      await eventually(async () => expect(await page.locator('#fund-requests tbody tr').count()).toBe(1));
      await page.waitForSelector(`#fund-requests tr[data-id="${awaitingFinance}"]`);
      expect(page.url()).toContain('mine=true');
      await expectAccessible(page, 'finance');

      await page.click(`#fund-requests tr[data-id="${awaitingFinance}"] button:text("Decide")`);
      await page.waitForSelector('#task-heading:focus');
      expect(await page.locator('#task-panel').textContent()).toContain('Pay the partner');
      expect(await page.locator('#task-panel').textContent()).toContain('$4,000.00');
      await page.click('#task-panel button:text("Paid")');
      await page.waitForSelector('#answer-heading:focus');
      await page.fill('#f-payment_reference', 'PAY-CONSOLE-1');
      await page.fill('#f-paid_on', new Date().toISOString().slice(0, 10));
      await expectAccessible(page, 'finance-form');
      await page.click('#answer-form button[type=submit]');
      await page.waitForSelector('text=Recorded: Paid on “Pay the partner”.');
      await page.waitForSelector('text=No fund request waits on you.');

      // The ledger booked it: 4,000 committed, the rest of the 5,000 released.
      const paid = await waitForStatus(stack, keys.vendor, awaitingFinance, 'Closed');
      expect(paid.funds).toMatchObject({ committed: 4_000_00, reserved: 0, released: 1_000_00 });
      expect(refused).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 180_000);

  it('shows a partner only its own allocation, requests and figures, none of another partner’s', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
      const { page, refused } = await signIn(context, requester);
      await page.goto(`${url}/console/mdf`);
      await page.waitForSelector(`#allocations tr[data-id="${globexAllocation}"]`);
      expect(await page.locator('#allocations tbody tr').count()).toBe(1);
      expect(await page.locator('#fund-requests tbody tr').count()).toBe(2);
      // No budget of Acme's, nothing of Initech's.
      expect(await page.locator('#budgets table').count()).toBe(0);
      const text = (await page.locator('main').textContent()) ?? '';
      for (const absent of [rival, '$15,432.00', '$7,777.00', 'Initech roadshow', 'Console programme']) expect(text, absent).not.toContain(absent);
      // A request waiting on the vendor shows as waiting on Acme, with no name of Acme's people.
      expect(text).not.toContain(finance.email);
      await expectAccessible(page, 'partner');

      await page.goto(`${url}/console/mdf/dashboard?period=${PERIOD}`);
      await page.waitForSelector('#utilisation-chart svg');
      expect(await page.locator('#utilisation-table tbody tr').count()).toBe(1);
      expect(await page.getAttribute('#utilisation-table tbody tr', 'data-company')).toBe(vendor);
      const report = await call<{ rows: ReportRow[] }>(stack, 'GET', `/reports/mdf?period=${PERIOD}`, { key: keys.partner });
      expect(report.body.rows).toHaveLength(1);
      expect(await tableRow(page, '#utilisation-table', vendor)).toMatchObject({ Allocated: asData(report.body.rows[0]?.['allocated']), Committed: asData(report.body.rows[0]?.['committed']) });
      const dashboard = (await page.locator('main').textContent()) ?? '';
      for (const absent of [rival, '$15,432.00']) expect(dashboard, absent).not.toContain(absent);
      await expectAccessible(page, 'partner-dashboard');

      // Another partner's allocation is not there for Globex, through the API the console uses either.
      const theirs = await call<{ allocations: Array<{ id: string; partnerCompanyId: string }> }>(stack, 'GET', '/allocations', { key: keys.vendor });
      const rivalAllocation = theirs.body.allocations.find((allocation) => allocation.partnerCompanyId === rival)?.id ?? '';
      expect(await page.evaluate(async (id) => (await fetch(`/me/allocations/${id}`)).status, rivalAllocation)).toBe(404);
      expect(refused.filter((message) => !/status of 404/.test(message))).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 180_000);
});
