/**
 * No stale or duplicate mail about a fund request: each person hears of a result once, and
 * nobody is mailed a task that had closed before the mail could tell them about it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import type { ReceivedMail } from '../support/smtp.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { decide, fundedAllocation, manager, prepare, proposal, requestFunds, requester, waitForStatus, type Keys } from './support.js';

let stack: TestStack;
let keys: Keys;
beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  keys = await prepare(stack);
});
afterAll(async () => {
  await stack?.stop();
});

/** Waits until every mail queued for the instance has been sent, skipped or refused; returns its outbox rows. */
async function settledOutbox(id: string): Promise<Array<{ task_id: string | null; recipient: string; purpose: string; status: string }>> {
  return eventually(async () => {
    const rows = await stack.pool.query<{ task_id: string | null; recipient: string; purpose: string; status: string }>(
      'SELECT task_id, recipient, purpose, status FROM mail_outbox WHERE instance_id = $1 ORDER BY created_at, key',
      [id],
    );
    expect(rows.rows.filter((row) => row.status === 'pending')).toEqual([]);
    return rows.rows;
  });
}

function mailsAbout(id: string, predicate: (mail: ReceivedMail) => boolean): ReceivedMail[] {
  return stack.smtp.messages.filter((mail) => mail.headers.get('x-tandem-instance') === id && predicate(mail));
}

describe('mail about a fund request', () => {
  it('mails the pre-approval once to a requester who is also the marketing lead', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const started = await requestFunds(stack, keys, allocation.id, { marketingLead: requester, proposal: proposal(1_000_00) });
    expect(started.status).toBe(201);
    const id = started.body.id;
    expect((await decide(stack, keys.vendor, id, 'manager_review.1.vendor.channel_manager', manager, 'approve')).status).toBe(200);
    await stack.smtp.waitFor((mail) => mail.to.includes(requester.email) && mail.subject === 'Your fund request is pre-approved');
    await waitForStatus(stack, keys.partner, id, 'Claim due', 'claim.1.partner.requester');

    const rows = await settledOutbox(id);
    expect(rows.filter((row) => row.recipient === requester.email && row.purpose === 'notify')).toHaveLength(1);
    const told = mailsAbout(id, (mail) => mail.to.includes(requester.email) && mail.subject === 'Your fund request is pre-approved');
    expect(told).toHaveLength(1);
  });

  it('does not mail "Propose the activity" when the proposal is submitted with the start', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(1_000_00) });
    expect(started.status).toBe(201);
    const id = started.body.id;
    // The next holder's mail comes from the same settle; by the time it is in, a proposal mail would be too.
    await stack.smtp.waitFor((mail) => mail.headers.get('x-tandem-instance') === id && mail.to.includes(manager.email) && mail.subject.includes('Pre-approve the activity'));

    const rows = await settledOutbox(id);
    expect(rows.filter((row) => row.task_id?.startsWith('proposal.') === true)).toEqual([]);
    expect(mailsAbout(id, (mail) => mail.subject.includes('Propose the activity'))).toEqual([]);
  });

  it('does not mail "Cancel the activity" for an activity that has already ended', async () => {
    const allocation = await fundedAllocation(stack, keys);
    // The activity took place the day before yesterday and yesterday.
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(1_000_00) });
    expect(started.status).toBe(201);
    const id = started.body.id;
    expect((await decide(stack, keys.vendor, id, 'manager_review.1.vendor.channel_manager', manager, 'approve')).status).toBe(200);
    await waitForStatus(stack, keys.partner, id, 'Claim due', 'claim.1.partner.requester');
    await stack.smtp.waitFor((mail) => mail.headers.get('x-tandem-instance') === id && mail.to.includes(requester.email) && mail.headers.get('x-tandem-task') === 'claim.1.partner.requester');

    const rows = await settledOutbox(id);
    expect(rows.filter((row) => row.task_id?.startsWith('cancel_activity.') === true)).toEqual([]);
    expect(mailsAbout(id, (mail) => mail.subject.includes('Cancel the activity'))).toEqual([]);
  });
});
