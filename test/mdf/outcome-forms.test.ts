/**
 * Each outcome's page asks only for that outcome's fields, in the request's currency, with
 * the browser's own checks from the field schema; an answer the workflow would refuse is
 * shown again with the reason before the link is used; an outcome only the system takes
 * (the claim's expiry) is never offered to a person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstanceClient } from '../../api/instance-client.js';
import { confirmationOf, linksIn, open, submit, taskMail } from '../support/action-links.js';
import { call } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { compliance, decide, finance, fundedAllocation, manager, prepare, proposal, requestFunds, requester, waitForStatus, approver, type ErrorAnswer, type Keys } from './support.js';

let stack: TestStack;
let keys: Keys;
beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  keys = await prepare(stack);
});
afterAll(async () => {
  await stack?.stop();
});

const MANAGER_TASK = 'manager_review.1.vendor.channel_manager';
const eur = (amount: number) => ({ amount, currency: 'EUR' });

/** A EUR request for 5,000.00, waiting for the channel manager; its mailed links. */
async function inManagerReview() {
  const allocation = await fundedAllocation(stack, keys, { amount: 100_000_00, currency: 'EUR' });
  const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(5_000_00, { requestedAmount: eur(5_000_00) }) });
  expect(started.status).toBe(201);
  const id = started.body.id;
  await waitForStatus(stack, keys.vendor, id, 'In review', MANAGER_TASK);
  return { id, links: linksIn(await taskMail(stack.smtp, id, manager.email)) };
}

describe('forms per outcome', () => {
  it('shows the plain Approve page without the approved amount of approve_lower', async () => {
    const { links } = await inManagerReview();
    const page = await open(links.decisions['Approve'] ?? '');
    expect(page.status).toBe(200);
    expect(page.html).not.toContain('form.approved_amount');
    expect(page.html).not.toContain('Amount approved');
  });

  it('shows the approve_lower amount in the request’s currency with required, min and max, and names an empty field by its label', async () => {
    const { id, links } = await inManagerReview();
    const lower = links.decisions['Approve lower'] ?? '';
    const page = await open(lower);
    const input = /<input [^>]*name="form\.approved_amount"[^>]*>/.exec(page.html)?.[0] ?? '';
    expect(input).toContain(' required');
    expect(input).toContain('min="0.01"');
    expect(input).toContain('max="5000"');
    expect(input).toContain('step="0.01"');
    // The currency is the request's, fixed: no box to type USD into.
    expect(page.html).toContain('<div class="money"><span>EUR</span>');
    expect(page.html).not.toContain('USD');
    expect(page.html).toContain('At most €5,000.00.');
    expect(page.html).toContain('<label for="f-approved_amount">Amount approved<span aria-hidden="true"> *</span></label>');

    const empty = await submit(lower, { confirm: confirmationOf(page), outcome: 'approve_lower' });
    expect(empty.status).toBe(422);
    expect(empty.html).toContain('<a href="#f-approved_amount">Amount approved</a>: this field is required');
    expect(empty.html).not.toContain(MANAGER_TASK);
    expect(empty.html).not.toContain('approved_amount:');
    expect((await new InstanceClient(stack.client).state(id)).tasks.find((task) => task.id === MANAGER_TASK)?.status).toBe('open');
  });

  it('re-shows the form for an amount above the request without using the link, then records a right amount', async () => {
    const { id, links } = await inManagerReview();
    const lower = links.decisions['Approve lower'] ?? '';
    const confirm = confirmationOf(await open(lower));
    const tooMuch = await submit(lower, { confirm, outcome: 'approve_lower', 'form.approved_amount': '6000' });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.html).toContain('€6,000.00 is above the limit of €5,000.00.');
    expect(tooMuch.html).toContain('value="6000"');
    const link = await stack.pool.query<{ used_at: Date | null }>("SELECT used_at FROM action_links WHERE instance_id = $1 AND outcome = 'approve_lower'", [id]);
    expect(link.rows.map((row) => row.used_at)).toEqual([null]);

    const right = await submit(lower, { confirm, outcome: 'approve_lower', 'form.approved_amount': '4000' });
    expect(right.status).toBe(200);
    expect(right.html).toContain('your answer is recorded');
    const state = await new InstanceClient(stack.client).state(id);
    expect(state.tasks.find((task) => task.id === MANAGER_TASK)?.form).toEqual({ approved_amount: eur(4_000_00) });
  });

  it('refuses an approved amount sent with a plain approve instead of keeping it', async () => {
    const { id } = await inManagerReview();
    const answer = await decide(stack, keys.vendor, id, MANAGER_TASK, manager, 'approve', { form: { approved_amount: eur(1_000_00) } });
    expect(answer.status).toBe(422);
    expect((answer.body as ErrorAnswer).error.code).toBe('invalid_form');
  });

  it('shows the audit Pass page without a clawback amount, and the Fail page with one', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 20_000_00, settings: { auditThreshold: 0 } });
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(5_000_00) });
    const id = started.body.id;
    await decide(stack, keys.vendor, id, MANAGER_TASK, manager, 'approve');
    await waitForStatus(stack, keys.partner, id, 'Claim due', 'claim.1.partner.requester');
    const cost = { amount: 4_000_00, currency: 'USD' };
    const documents = [{ name: 'agenda.pdf', url: 'https://docs.globex.example/agenda.pdf' }];
    expect((await decide(stack, keys.partner, id, 'claim.1.partner.requester', requester, 'submit', { form: { proof: documents, invoices: documents, actual_cost: cost } })).status).toBe(200);
    await waitForStatus(stack, keys.vendor, id, 'Claim submitted', 'claim_review.1.vendor.marketing_approver');
    await decide(stack, keys.vendor, id, 'claim_review.1.vendor.marketing_approver', approver, 'approve');
    await waitForStatus(stack, keys.vendor, id, 'Approved', 'reimbursement.1.vendor.finance');
    await decide(stack, keys.vendor, id, 'reimbursement.1.vendor.finance', finance, 'paid', { form: { payment_reference: 'PAY-1', paid_on: '2025-06-01' } });
    await waitForStatus(stack, keys.vendor, id, 'In audit', 'audit.1.vendor.compliance');

    const links = linksIn(await taskMail(stack.smtp, id, compliance.email));
    const pass = await open(links.decisions['Pass'] ?? '');
    expect(pass.html).toContain('name="form.findings"');
    expect(pass.html).not.toContain('clawback');
    const fail = await open(links.decisions['Fail'] ?? '');
    expect(fail.html).toContain('name="form.clawback_amount"');
    expect(fail.html).toContain('At most $4,000.00.');
    // Above what was reimbursed: refused on the page, before the ledger would refuse it.
    const tooMuch = await submit(links.decisions['Fail'] ?? '', { confirm: confirmationOf(fail), outcome: 'fail', 'form.clawback_amount': '9000' });
    expect(tooMuch.status).toBe(422);
    const byApi = await decide(stack, keys.vendor, id, 'audit.1.vendor.compliance', compliance, 'fail', { form: { clawback_amount: { amount: 9_000_00, currency: 'USD' } } });
    expect((byApi.body as ErrorAnswer).error.code).toBe('amount_above_limit');
  });
});

describe('system outcomes', () => {
  it('offers no Expire button on the claim mail or page, marks it not for people in the API, and refuses it from a person', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 20_000_00 });
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(1_000_00) });
    const id = started.body.id;
    await decide(stack, keys.vendor, id, MANAGER_TASK, manager, 'approve');
    await waitForStatus(stack, keys.partner, id, 'Claim due', 'claim.1.partner.requester');
    const mail = await taskMail(stack.smtp, id, requester.email);
    const links = linksIn(mail);
    expect(Object.keys(links.decisions)).toEqual(['Submit', 'Cancel']);
    expect(mail.text).not.toContain('Expire');
    const page = await open(links.view);
    expect(page.html).not.toContain('Expire');
    const submitPage = await open(links.decisions['Submit'] ?? '');
    expect(submitPage.html).not.toContain('Expire');

    const task = await call<{ outcomeOptions: Array<{ outcome: string; forPeople: boolean }> }>(stack, 'GET', `/instances/${id}/tasks/claim.1.partner.requester`, { key: keys.partner });
    expect(task.body.outcomeOptions).toEqual([
      { outcome: 'submit', forPeople: true },
      { outcome: 'cancel', forPeople: true },
      { outcome: 'expire', forPeople: false },
    ]);
    const byHand = await decide(stack, keys.partner, id, 'claim.1.partner.requester', requester, 'expire');
    expect(byHand.status).toBe(422);
    expect((byHand.body as ErrorAnswer).error.code).toBe('outcome_not_allowed');
  });
});
