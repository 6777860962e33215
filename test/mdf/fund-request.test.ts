/**
 * Market development funds end to end over the real API, Temporal, Postgres and SMTP: a
 * fund request from proposal to Closed with the ledger checked after every step, and each
 * way a request can end (changes, partial approval, denial, cancellation, expiry, a failed
 * audit).
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../support/http.js';
import { recordHistory } from '../support/instances.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import {
  approver,
  claimOf,
  compliance,
  day,
  decide,
  expectBalances,
  finance,
  fundedAllocation,
  lead,
  manager,
  prepare,
  proposal,
  readFundRequest,
  requestFunds,
  requester,
  upload,
  waitForStatus,
  type ErrorAnswer,
  type FundRequest,
  type Keys,
} from './support.js';

let stack: TestStack;
let keys: Keys;
beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  keys = await prepare(stack);
});
afterAll(async () => {
  await stack?.stop();
});

const pdf = Buffer.from('%PDF-1.4\n% agenda and attendee list\n');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

/** A request for `amount`, pre-approved by the channel manager and waiting for its claim. */
async function claimDue(allocationId: string, amount: number): Promise<FundRequest> {
  const started = await requestFunds(stack, keys, allocationId, { proposal: proposal(amount) });
  expect(started.status).toBe(201);
  expect(started.body.status).toBe('In review');
  expect((await decide(stack, keys.vendor, started.body.id, 'manager_review.1.vendor.channel_manager', manager, 'approve')).status).toBe(200);
  return waitForStatus(stack, keys.partner, started.body.id, 'Claim due', 'claim.1.partner.requester');
}

/** Uploads proof and claims `actualCost`. */
async function claim(id: string, actualCost: number): Promise<FundRequest> {
  const uploaded = await upload(stack, keys.partner, id, [{ name: 'agenda.pdf', type: 'application/pdf', content: pdf }]);
  expect(uploaded.status).toBe(201);
  const claimed = await call<FundRequest>(stack, 'POST', `/fund-requests/${id}/claim`, { key: keys.partner, body: claimOf(uploaded.body.documents.map((document) => document.id), actualCost) });
  expect(claimed.status).toBe(200);
  return claimed.body;
}

describe('a fund request', () => {
  it('goes from proposal through pre-approval, claim, reimbursement and audit to Closed, with the ledger right after each step', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 20_000_00, settings: { auditThreshold: 0 } });
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, committed: 0, available: 20_000_00 });

    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(5_000_00) });
    expect(started.status).toBe(201);
    const id = started.body.id;
    expect(started.body).toMatchObject({ status: 'In review', funds: { requested: 5_000_00, reserved: 0 } });
    // Proposal checked, nothing held yet: the vendor has not pre-approved.
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, available: 20_000_00 });
    await stack.smtp.waitFor((mail) => mail.to.includes(manager.email) && mail.subject.includes('Pre-approve the activity'));

    expect((await decide(stack, keys.vendor, id, 'manager_review.1.vendor.channel_manager', manager, 'approve')).status).toBe(200);
    await stack.smtp.waitFor((mail) => mail.to.includes(lead.email) && mail.subject === 'Your fund request is pre-approved');
    const due = await waitForStatus(stack, keys.partner, id, 'Claim due', 'claim.1.partner.requester');
    expect(due.funds).toMatchObject({ reserved: 5_000_00, committed: 0 });
    await expectBalances(stack, keys.partner, allocation.id, { reserved: 5_000_00, committed: 0, available: 15_000_00 });

    const uploaded = await upload(stack, keys.partner, id, [
      { name: 'agenda.pdf', type: 'application/pdf', content: pdf },
      { name: 'room.png', type: 'image/png', content: png },
    ]);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.documents.map((document) => document.sha256)).toEqual([createHash('sha256').update(pdf).digest('hex'), createHash('sha256').update(png).digest('hex')]);
    const download = await fetch(`${stack.api?.url}/fund-requests/${id}/documents/${uploaded.body.documents[0]?.id}`, { headers: { authorization: `Bearer ${keys.vendor}` } });
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);

    const claimed = await call<FundRequest>(stack, 'POST', `/fund-requests/${id}/claim`, { key: keys.partner, body: claimOf(uploaded.body.documents.map((document) => document.id), 4_500_00) });
    expect(claimed.status).toBe(200);
    expect(claimed.body.status).toBe('Claim submitted');
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 5_000_00, committed: 0 });

    const reviewed = await call<FundRequest>(stack, 'POST', `/fund-requests/${id}/claim-review`, { key: keys.vendor, body: { actor: approver.email, outcome: 'approve' } });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.status).toBe('Approved');

    expect((await decide(stack, keys.vendor, id, 'reimbursement.1.vendor.finance', finance, 'paid', { form: { payment_reference: 'PAY-2025-0042', paid_on: day(0) } })).status).toBe(200);
    const inAudit = await waitForStatus(stack, keys.vendor, id, 'In audit', 'audit.1.vendor.compliance');
    // The actual cost is reimbursed; the unspent rest goes back to the allocation.
    expect(inAudit.funds).toMatchObject({ reserved: 0, committed: 4_500_00, released: 500_00 });
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, committed: 4_500_00, released: 500_00, available: 15_500_00 });

    expect((await decide(stack, keys.vendor, id, 'audit.1.vendor.compliance', compliance, 'pass', { form: { findings: 'Proof matches the invoices.' } })).status).toBe(200);
    const closed = await waitForStatus(stack, keys.partner, id, 'Closed');
    expect(closed.lifecycle).toBe('completed');
    await expectBalances(stack, keys.partner, allocation.id, { reserved: 0, committed: 4_500_00, clawedBack: 0, available: 15_500_00 });
    const result = await stack.smtp.waitFor((mail) => mail.to.includes(requester.email) && mail.subject.includes('Closed'));
    // The result says what was claimed, not only that it ended.
    expect(result.text).toMatch(/Claimed \(actual cost\): \$4,500\.00/);
    await recordHistory(stack.client.workflow.getHandle(id), 'mdf-fund-request-closed');
  });

  it('asks finance as well above the threshold, and holds only the lower amount finance approves', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 50_000_00, settings: { financeThreshold: 10_000_00 } });
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(15_000_00) });
    const id = started.body.id;
    expect((await decide(stack, keys.vendor, id, 'manager_review.1.vendor.channel_manager', manager, 'approve')).status).toBe(200);
    const atFinance = await waitForStatus(stack, keys.vendor, id, 'In review', 'finance_review.1.vendor.finance');
    // The channel manager's approval holds the funds while finance decides.
    expect(atFinance.funds?.reserved).toBe(15_000_00);
    await stack.smtp.waitFor((mail) => mail.to.includes(finance.email) && mail.subject.includes('Finance approval'));

    const lower = await decide(stack, keys.vendor, id, 'finance_review.1.vendor.finance', finance, 'approve_lower', { form: { approved_amount: { amount: 12_000_00, currency: 'USD' } } });
    expect(lower.status).toBe(200);
    await waitForStatus(stack, keys.partner, id, 'Claim due');
    const allocationAfter = await expectBalances(stack, keys.vendor, allocation.id, { reserved: 12_000_00, released: 3_000_00, available: 38_000_00 });
    expect(allocationAfter.movements?.map((movement) => [movement.kind, movement.amount])).toEqual([
      ['reserve', 15_000_00],
      ['adjust', -3_000_00],
    ]);

    // Below the threshold, finance is not asked.
    const small = await requestFunds(stack, keys, allocation.id, { proposal: proposal(2_000_00) });
    await decide(stack, keys.vendor, small.body.id, 'manager_review.1.vendor.channel_manager', manager, 'approve');
    const smallDue = await waitForStatus(stack, keys.partner, small.body.id, 'Claim due');
    expect(smallDue.openTasks.map((task) => task.stepId)).not.toContain('finance_review');
  });

  it('goes back to the partner on request changes, with nothing held, and takes the revised proposal', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(6_000_00) });
    const id = started.body.id;
    const changes = await decide(stack, keys.vendor, id, 'manager_review.1.vendor.channel_manager', manager, 'request_changes', { comment: 'Add the agenda to the description.' });
    expect(changes.status).toBe(200);
    const back = await waitForStatus(stack, keys.partner, id, 'Changes requested', 'proposal.2.partner.requester');
    expect(back.funds?.reserved).toBe(0);
    await stack.smtp.waitFor((mail) => mail.to.includes(requester.email) && mail.subject === 'Your fund request needs changes');

    const revised = await call<FundRequest>(stack, 'POST', `/fund-requests/${id}/proposal`, { key: keys.partner, body: { actor: requester.email, proposal: proposal(5_500_00, { description: 'Joint webinar; agenda: intro, demo, Q&A' }) } });
    expect(revised.status).toBe(200);
    expect(revised.body.status).toBe('In review');
    await decide(stack, keys.vendor, id, 'manager_review.2.vendor.channel_manager', manager, 'approve');
    const due = await waitForStatus(stack, keys.partner, id, 'Claim due');
    expect(due.funds).toMatchObject({ requested: 5_500_00, reserved: 5_500_00 });
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 5_500_00, available: 14_500_00 });
  });

  it('reimburses a partial approval and releases the rest, and refuses a partial amount above what is reserved', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const due = await claimDue(allocation.id, 8_000_00);
    await claim(due.id, 8_000_00);

    const tooMuch = await call<ErrorAnswer>(stack, 'POST', `/fund-requests/${due.id}/claim-review`, { key: keys.vendor, body: { actor: approver.email, outcome: 'approve_partial', approvedAmount: { amount: 9_000_00, currency: 'USD' }, reason: 'Some costs were not eligible.' } });
    expect(tooMuch).toMatchObject({ status: 422, body: { error: { code: 'partial_above_reserved' } } });
    const noReason = await call<ErrorAnswer>(stack, 'POST', `/fund-requests/${due.id}/claim-review`, { key: keys.vendor, body: { actor: approver.email, outcome: 'approve_partial', approvedAmount: { amount: 5_000_00, currency: 'USD' } } });
    expect(noReason).toMatchObject({ status: 422, body: { error: { code: 'partial_needs_amount_and_reason' } } });
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 8_000_00, committed: 0 });

    const partial = await call<FundRequest>(stack, 'POST', `/fund-requests/${due.id}/claim-review`, { key: keys.vendor, body: { actor: approver.email, outcome: 'approve_partial', approvedAmount: { amount: 6_000_00, currency: 'USD' }, reason: 'Catering is not eligible.' } });
    expect(partial.body.status).toBe('Partially approved');
    await decide(stack, keys.vendor, due.id, 'reimbursement.1.vendor.finance', finance, 'paid', { form: { payment_reference: 'PAY-7', paid_on: day(0) } });
    await waitForStatus(stack, keys.vendor, due.id, 'Closed');
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, committed: 6_000_00, released: 2_000_00, available: 14_000_00 });
  });

  it('waits for more information when the reviewer asks, then reviews the answered claim', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const due = await claimDue(allocation.id, 2_000_00);
    await claim(due.id, 2_000_00);
    const asked = await call<FundRequest>(stack, 'POST', `/fund-requests/${due.id}/claim-review`, { key: keys.vendor, body: { actor: approver.email, outcome: 'request_information', comment: 'Send the attendee list.' } });
    expect(asked.body.status).toBe('Waiting for information');
    await stack.smtp.waitFor((mail) => mail.to.includes(requester.email) && mail.subject.includes('Answer the reviewer'));
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 2_000_00 });
    const answered = await decide(stack, keys.partner, due.id, 'more_information.1.partner.requester', requester, 'submit', { form: { answer: 'Attached.', documents: [{ name: 'attendees.csv', url: 'https://globex.example/attendees.csv' }] } });
    expect(answered.status).toBe(200);
    await waitForStatus(stack, keys.vendor, due.id, 'Claim submitted', 'claim_review.2.vendor.marketing_approver');
  });

  it('gives a claim review retried with its Idempotency-Key, after its stored answer was lost, the first review and records it once', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const due = await claimDue(allocation.id, 2_500_00);
    await claim(due.id, 2_500_00);
    const headers = { 'idempotency-key': `review-${due.id}` };
    const review = { actor: approver.email, outcome: 'request_information', comment: 'Send the invoice.' };
    const first = await call<FundRequest>(stack, 'POST', `/fund-requests/${due.id}/claim-review`, { key: keys.vendor, body: review, headers });
    expect(first.body.status).toBe('Waiting for information');
    // As when the connection broke between recording the decision and storing its answer.
    await stack.pool.query('DELETE FROM idempotency_records WHERE idem_key = $1', [headers['idempotency-key']]);
    const retry = await call<FundRequest>(stack, 'POST', `/fund-requests/${due.id}/claim-review`, { key: keys.vendor, body: review, headers });
    expect(retry.status).toBe(200);
    expect(retry.body.status).toBe('Waiting for information');
    const decided = await stack.pool.query<{ count: string }>(`SELECT count(*) FROM audit_events WHERE instance_id = $1 AND type = 'decided' AND task_id LIKE 'claim_review.%'`, [due.id]);
    expect(Number(decided.rows[0]?.count)).toBe(1);
  });

  it('releases the funds when the claim is denied', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const due = await claimDue(allocation.id, 3_000_00);
    await claim(due.id, 3_000_00);
    const denied = await call<FundRequest>(stack, 'POST', `/fund-requests/${due.id}/claim-review`, { key: keys.vendor, body: { actor: approver.email, outcome: 'deny', reason: 'No proof of attendance.' } });
    expect(denied.status).toBe(200);
    await waitForStatus(stack, keys.partner, due.id, 'Denied');
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, committed: 0, released: 3_000_00, available: 20_000_00 });
  });

  it('ends Denied without touching the ledger when pre-approval is denied', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(3_000_00) });
    await decide(stack, keys.vendor, started.body.id, 'manager_review.1.vendor.channel_manager', manager, 'deny', { comment: 'Not in this quarter’s focus.' });
    await waitForStatus(stack, keys.partner, started.body.id, 'Denied');
    const after = await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, available: 20_000_00 });
    expect(after.movements).toEqual([]);
  });

  it('releases the funds when the partner cancels the activity during execution', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(4_000_00, { startDate: day(10), endDate: day(12) }) });
    await decide(stack, keys.vendor, started.body.id, 'manager_review.1.vendor.channel_manager', manager, 'approve');
    await waitForStatus(stack, keys.partner, started.body.id, 'Pre-approved', 'cancel_activity.1.partner.requester');
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 4_000_00 });
    const early = await call<ErrorAnswer>(stack, 'POST', `/fund-requests/${started.body.id}/claim`, { key: keys.partner, body: claimOf([], 1) });
    expect(early.status).toBe(400); // a claim needs proof at all

    const cancelled = await call<FundRequest>(stack, 'POST', `/fund-requests/${started.body.id}/cancel`, { key: keys.partner, body: { actor: requester.email, reason: 'The venue fell through.' } });
    expect(cancelled.status).toBe(200);
    await waitForStatus(stack, keys.partner, started.body.id, 'Cancelled');
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, released: 4_000_00, available: 20_000_00 });
  });

  it('releases the funds when an admin cancels the instance through the general instances route', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(3_000_00, { startDate: day(10), endDate: day(12) }) });
    await decide(stack, keys.vendor, started.body.id, 'manager_review.1.vendor.channel_manager', manager, 'approve');
    await waitForStatus(stack, keys.partner, started.body.id, 'Pre-approved', 'cancel_activity.1.partner.requester');
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 3_000_00 });

    const cancelled = await call<{ lifecycle: string }>(stack, 'POST', `/instances/${started.body.id}/cancel`, { key: keys.vendor, body: { actor: manager.email, reason: 'Programme closed early.' } });
    expect(cancelled.status).toBe(200);
    // The answer comes after the release: no waiting for the balance to catch up.
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, released: 3_000_00, available: 20_000_00 });
    const request = await readFundRequest(stack, keys.partner, started.body.id);
    expect(request).toMatchObject({ status: 'Cancelled', lifecycle: 'cancelled' });
    expect(request.movements?.map((movement) => [movement.kind, movement.amount, movement.reason])).toContainEqual(['release', 3_000_00, 'cancelled']);
  });

  it('expires an unclaimed request after the claim window, with reminders, releases its funds and refuses a late claim', async () => {
    const allocation = await fundedAllocation(stack, keys, { settings: { claimWindow: '3s', claimReminder: '1s', claimLastReminder: '2s' } });
    const due = await claimDue(allocation.id, 2_500_00);
    await stack.smtp.waitFor((mail) => mail.to.includes(requester.email) && /remind/i.test(mail.subject));
    await waitForStatus(stack, keys.partner, due.id, 'Expired');
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, released: 2_500_00, available: 20_000_00 });
    const late = await call<ErrorAnswer>(stack, 'POST', `/fund-requests/${due.id}/claim`, { key: keys.partner, body: claimOf([], 2_500_00, { proof: [{ name: 'photo', url: 'https://globex.example/p.jpg' }] }) });
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'claim_past_deadline' } } });
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, committed: 0 });
  });

  it('claws back the reimbursement after a failed audit and ends Non-compliant', async () => {
    const allocation = await fundedAllocation(stack, keys, { settings: { auditSamplePercent: 100 } });
    const due = await claimDue(allocation.id, 3_000_00);
    await claim(due.id, 3_000_00);
    await call(stack, 'POST', `/fund-requests/${due.id}/claim-review`, { key: keys.vendor, body: { actor: approver.email, outcome: 'approve' } });
    await decide(stack, keys.vendor, due.id, 'reimbursement.1.vendor.finance', finance, 'paid', { form: { payment_reference: 'PAY-9', paid_on: day(0) } });
    await waitForStatus(stack, keys.vendor, due.id, 'In audit');
    await decide(stack, keys.vendor, due.id, 'audit.1.vendor.compliance', compliance, 'fail', { form: { findings: 'The event did not take place as claimed.' } });
    const done = await waitForStatus(stack, keys.partner, due.id, 'Non-compliant');
    expect(done.funds).toMatchObject({ committed: 3_000_00, clawedBack: 3_000_00 });
    await expectBalances(stack, keys.vendor, allocation.id, { committed: 3_000_00, clawedBack: 3_000_00, available: 17_000_00 });
  });
});
