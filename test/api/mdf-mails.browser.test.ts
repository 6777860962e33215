/**
 * An MDF fund request from proposal to Closed, decided through the mails only (real SMTP,
 * HTTP and Chromium): every approver's mail and task page show what they decide — the
 * partner, the activity, its dates, the amounts of that stage and the proof — and the
 * reviewer opens the proof from the page. Each step is a regression test of its own: these
 * facts were once missing from the channel manager's, finance's, the claim reviewer's and
 * the reimbursement mails and pages.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../presentation/index.js';
import { claimOf, day, finance, fundedAllocation, manager, approver, prepare, proposal, requestFunds, upload, waitForStatus, type FundRequest, type Keys } from '../mdf/support.js';
import { linksIn } from '../support/action-links.js';
import { launchBrowser } from '../support/browser.js';
import { call } from '../support/http.js';
import type { ReceivedMail } from '../support/smtp.js';
import { startTestStack, type TestStack } from '../support/stack.js';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const pdf = Buffer.from('%PDF-1.4\n% attendee list\n');

let stack: TestStack;
let keys: Keys;
let browser: Browser;
let context: BrowserContext;
let id: string;
const start = day(-2);
const end = day(-1);

beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  keys = await prepare(stack);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  // Finance approves requests above 100.00, so this one passes every stage.
  const allocation = await fundedAllocation(stack, keys, { settings: { financeThreshold: 100_00, auditThreshold: 1_000_000_00 } });
  const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(5_000_00, { startDate: start, endDate: end, expectedPipeline: { amount: 80_000_00, currency: 'USD' } }) });
  expect(started.status).toBe(201);
  id = started.body.id;
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stack?.stop();
});

/** The task mail about `taskTitle` to `email`, once it has arrived. */
function mailAbout(email: string, taskTitle: string): Promise<ReceivedMail> {
  return stack.smtp.waitFor((mail) => mail.to.includes(email) && mail.headers.get('x-tandem-instance') === id && mail.subject.startsWith(`A task is waiting for you: ${taskTitle}`));
}

/** The task page of a mail, opened in the browser; its facts by label. */
async function openTaskPage(mail: ReceivedMail): Promise<{ page: Page; facts: Record<string, string> }> {
  const page = await context.newPage();
  await page.goto(linksIn(mail).view);
  const labels = await page.locator('dt').allTextContents();
  const values = await page.locator('dd').allTextContents();
  return { page, facts: Object.fromEntries(labels.map((label, index) => [label, values[index] ?? ''])) };
}

/** Opens the mail's decision button `outcome`, fills `fields`, and confirms. */
async function decideFromMail(mail: ReceivedMail, outcome: string, fields: Record<string, string> = {}): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(linksIn(mail).decisions[outcome] ?? '');
    for (const [selector, value] of Object.entries(fields)) await page.fill(selector, value);
    await page.click('button[type=submit]');
    await page.waitForSelector('text=your answer is recorded');
  } finally {
    await page.close();
  }
}

/** Fails naming every fact that is missing or different. */
function expectFacts(where: string, shown: Record<string, string>, expected: Record<string, string | RegExp>): void {
  const missing = Object.entries(expected).filter(([label, value]) => {
    const text = shown[label];
    return text === undefined || (typeof value === 'string' ? !text.includes(value) : !value.test(text));
  });
  expect(missing.map(([label]) => label), `${where} lacks facts; it shows ${JSON.stringify(shown, null, 2)}`).toEqual([]);
}

/** A mail's text lines `label: value`, by label. */
function mailFacts(mail: ReceivedMail): Record<string, string> {
  return Object.fromEntries([...mail.text.matchAll(/^([^:\n]+): (.+)$/gm)].map((match) => [match[1] ?? '', match[2] ?? '']));
}

const stageOne = { Partner: 'globex', Activity: 'Webinar', 'First day': formatDate(start), 'Last day': formatDate(end), Requested: '$5,000.00', 'Expected pipeline': '$80,000.00' };

describe('an MDF request from proposal to Closed, through the mails', () => {
  it('shows the channel manager the partner, activity, dates and requested amount, in the mail, on the page and in the API', async () => {
    const mail = await mailAbout(manager.email, 'Pre-approve the activity');
    expectFacts('the channel manager’s mail', mailFacts(mail), stageOne);
    const { page, facts } = await openTaskPage(mail);
    expectFacts('the channel manager’s page', facts, stageOne);
    await page.close();
    const task = await call<{ facts: Array<{ label: string; text: string; value: unknown }> }>(stack, 'GET', `/instances/${id}/tasks/manager_review.1.vendor.channel_manager`, { key: keys.vendor });
    expect(task.body.facts).toEqual(expect.arrayContaining([{ label: 'Requested', type: 'money', text: '$5,000.00', value: { amount: 5_000_00, currency: 'USD' } }]));
    await decideFromMail(mail, 'Approve');
  });

  it('shows finance the reserved amount and who pre-approved it, when', async () => {
    const mail = await mailAbout(finance.email, 'Finance approval of a large request');
    const expected = { ...stageOne, 'Approved and reserved': '$5,000.00', 'Pre-approval': /^Approve by Vera Channel on .+ UTC$/ };
    expectFacts('finance’s approval mail', mailFacts(mail), expected);
    const { page, facts } = await openTaskPage(mail);
    expectFacts('finance’s approval page', facts, expected);
    await page.close();
    await decideFromMail(mail, 'Approve');
  });

  it('shows the claim reviewer the claimed amount and the proof, which opens from the page as what it is', async () => {
    await waitForStatus(stack, keys.partner, id, 'Claim due', 'claim.1.partner.requester');
    const uploaded = await upload(stack, keys.partner, id, [
      { name: 'room.png', type: 'image/png', content: png },
      { name: 'attendees.pdf', type: 'application/pdf', content: pdf },
    ]);
    expect(uploaded.status).toBe(201);
    const claimed = await call<FundRequest>(stack, 'POST', `/fund-requests/${id}/claim`, { key: keys.partner, body: claimOf(uploaded.body.documents.map((document) => document.id), 4_500_00) });
    expect(claimed.status).toBe(200);

    const mail = await mailAbout(approver.email, 'Review the claim');
    const expected = { ...stageOne, 'Approved and reserved': '$5,000.00', 'Claimed (actual cost)': '$4,500.00', 'Proof of performance': 'room.png', 'Reported pipeline': '$90,000.00' };
    expectFacts('the claim reviewer’s mail', mailFacts(mail), expected);
    expect(mail.html).toMatch(/<a href="[^"]+\/act\/[^"]+\/documents\/[0-9a-f]{64}"[^>]*>room\.png<\/a>/);
    const { page, facts } = await openTaskPage(mail);
    try {
      expectFacts('the claim reviewer’s page', facts, expected);
      const href = await page.getAttribute('a:text("room.png")', 'href');
      expect(href).toMatch(/\/documents\/[0-9a-f]{64}$/);
      const opened = await page.goto(new URL(href ?? '', page.url()).href);
      expect(opened?.status()).toBe(200);
      expect(opened?.headers()).toMatchObject({ 'content-type': 'image/png', 'x-content-type-options': 'nosniff' });
      expect(opened?.headers()['content-disposition']).toMatch(/^inline; filename="room.png"/);
      expect(Buffer.from((await opened?.body()) ?? [])).toEqual(png);
    } finally {
      await page.close();
    }
    await decideFromMail(mail, 'Approve');
  });

  it('shows finance the amount to pay on the reimbursement mail and page, and paying closes the request', async () => {
    const mail = await mailAbout(finance.email, 'Pay the partner');
    const expected = { 'Amount to pay': '$4,500.00', ...stageOne, 'Claimed (actual cost)': '$4,500.00', 'Proof of performance': 'room.png', 'Claim review': /^Approve by Mara Marketing on / };
    expectFacts('the reimbursement mail', mailFacts(mail), expected);
    // The amount to pay leads the list: it is what this task is about.
    expect(mail.text.indexOf('Amount to pay:')).toBeLessThan(mail.text.indexOf('Requested:'));
    const { page, facts } = await openTaskPage(mail);
    expectFacts('the reimbursement page', facts, expected);
    await page.close();
    await decideFromMail(mail, 'Paid', { '#f-payment_reference': 'PAY-2026-118', '#f-paid_on': day(0) });
    const closed = await waitForStatus(stack, keys.vendor, id, 'Closed');
    expect(closed.funds).toMatchObject({ committed: 4_500_00 });
  });

  it('labels facts for people: no template description and no budget setting in any task mail', () => {
    const mails = stack.smtp.messages.filter((mail) => mail.headers.get('x-tandem-instance') === id);
    expect(mails.length).toBeGreaterThan(4);
    for (const mail of mails) {
      expect(mail.text).not.toContain('(default');
      expect(mail.text).not.toContain('Reimbursements above this');
      expect(mail.text).not.toContain('threshold');
    }
  });
});

describe('documents from the task page', () => {
  it('opens only through the read-only task link, never through an answer link', async () => {
    const mail = await mailAbout(approver.email, 'Review the claim');
    const view = linksIn(mail).view;
    const sha = /\/documents\/([0-9a-f]{64})/.exec(mail.html)?.[1] ?? '';
    const pdfSha = /\/documents\/([0-9a-f]{64})"[^>]*>attendees\.pdf/.exec(mail.html)?.[1] ?? '';
    // The task is decided by now: the view link still reads, an answer link does not open documents.
    const viaView = await fetch(`${view}/documents/${pdfSha}`);
    expect(viaView.status).toBe(200);
    expect(viaView.headers.get('content-type')).toBe('application/pdf');
    expect(viaView.headers.get('x-content-type-options')).toBe('nosniff');
    const approve = linksIn(mail).decisions['Approve'] ?? '';
    const viaAnswer = await fetch(`${approve}/documents/${sha}`);
    expect(viaAnswer.status).toBe(403);
    expect(await viaAnswer.text()).toContain('data-code="link_cannot_read"');
    const unlisted = await fetch(`${view}/documents/${'0'.repeat(64)}`);
    expect(unlisted.status).toBe(404);
  });

  it('refuses an upload whose bytes are a Windows program declared as a PDF, with 415', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(1_000_00) });
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62, 0x90), Buffer.from('This program cannot be run in DOS mode.')]);
    const refused = await upload(stack, keys.partner, started.body.id, [{ name: 'proof.pdf', type: 'application/pdf', content: exe }]);
    expect(refused).toMatchObject({ status: 415, body: { error: { code: 'document_content_mismatch' } } });
    expect(refused.body.error.message).toContain('proof.pdf is declared application/pdf');
    const stored = await stack.pool.query('SELECT count(*)::int AS n FROM mdf_documents WHERE fund_request_id = $1', [started.body.id]);
    expect(stored.rows[0]).toEqual({ n: 0 });
  });
});
