/**
 * A pre-approval that would hold more than the allocation has available now is refused with
 * `insufficient_funds` before it is recorded, whichever way it arrives (the decision route,
 * a retry with the same Idempotency-Key, the emailed link): the task stays open, nothing is
 * reserved, the link stays usable, and a lower amount that fits is then recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstanceClient } from '../../api/instance-client.js';
import { confirmationOf, linksIn, open, submit, taskMail } from '../support/action-links.js';
import { call } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { decide, fundedAllocation, manager, prepare, proposal, readFundRequest, requestFunds, waitForStatus, type ErrorAnswer, type Keys } from './support.js';

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

/**
 * Two requests of 6,000.00 against one allocation of 10,000.00, both in the channel manager's
 * review (each fitted when it was checked); the first is pre-approved, so 4,000.00 is left.
 */
async function secondRequestOverAvailable() {
  const allocation = await fundedAllocation(stack, keys, { amount: 10_000_00 });
  const first = await requestFunds(stack, keys, allocation.id, { proposal: proposal(6_000_00) });
  const second = await requestFunds(stack, keys, allocation.id, { proposal: proposal(6_000_00) });
  expect([first.status, second.status]).toEqual([201, 201]);
  await waitForStatus(stack, keys.vendor, first.body.id, 'In review', MANAGER_TASK);
  await waitForStatus(stack, keys.vendor, second.body.id, 'In review', MANAGER_TASK);
  expect((await decide(stack, keys.vendor, first.body.id, MANAGER_TASK, manager, 'approve')).status).toBe(200);
  return { id: second.body.id };
}

/** The task is still open, undecided, and the ledger holds nothing for the request. */
async function expectNothingRecorded(id: string) {
  const state = await new InstanceClient(stack.client).state(id);
  const task = state.tasks.find((candidate) => candidate.id === MANAGER_TASK);
  expect(task?.status).toBe('open');
  expect(state.history.some((event) => event.type === 'decided' && event.stepId === 'manager_review')).toBe(false);
  expect((await readFundRequest(stack, keys.vendor, id)).funds?.reserved ?? 0).toBe(0);
}

describe('a pre-approval above the available funds', () => {
  it('is refused by the decision route and its retry, with nothing recorded', async () => {
    const { id } = await secondRequestOverAvailable();
    const body = { actor: manager.email, outcome: 'approve' };
    const headers = { 'idempotency-key': `approve-${id}` };
    const path = `/instances/${encodeURIComponent(id)}/tasks/${MANAGER_TASK}/decision`;
    const refused = await call<ErrorAnswer>(stack, 'POST', path, { key: keys.vendor, body, headers });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('insufficient_funds');
    expect(refused.body.error.message).toContain('400000');
    const retried = await call<ErrorAnswer>(stack, 'POST', path, { key: keys.vendor, body, headers });
    expect(retried.status).toBe(422);
    expect(retried.body.error.code).toBe('insufficient_funds');
    await expectNothingRecorded(id);

    // What fits is recorded and reserved.
    const lower = await decide(stack, keys.vendor, id, MANAGER_TASK, manager, 'approve_lower', { form: { approved_amount: { amount: 4_000_00, currency: 'USD' } } });
    expect(lower.status).toBe(200);
    const request = await waitForStatus(stack, keys.vendor, id, 'Claim due', 'claim.1.partner.requester');
    expect(request.funds?.reserved).toBe(4_000_00);
  });

  it('refuses an approve_lower amount above the available funds by the decision route', async () => {
    const { id } = await secondRequestOverAvailable();
    const refused = await decide(stack, keys.vendor, id, MANAGER_TASK, manager, 'approve_lower', { form: { approved_amount: { amount: 5_000_00, currency: 'USD' } } });
    expect(refused.status).toBe(422);
    expect((refused.body as ErrorAnswer).error.code).toBe('insufficient_funds');
    await expectNothingRecorded(id);
  });

  it('shows the refusal on the emailed link’s page without using the link, which then records an amount that fits', async () => {
    const { id } = await secondRequestOverAvailable();
    const links = linksIn(await taskMail(stack.smtp, id, manager.email));
    const approve = links.decisions['Approve'] ?? '';
    const page = await open(approve);
    const refused = await submit(approve, { confirm: confirmationOf(page), outcome: 'approve' });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain('Nothing has been recorded yet');
    // Worded from the refusal's amounts, formatted in the request's currency, not in minor units.
    expect(refused.html).toContain('$6,000.00 is more than the $4,000.00 available now.');
    expect(refused.html).not.toContain('minor units');
    expect(refused.html).not.toContain('your answer is recorded');
    await expectNothingRecorded(id);
    const unused = await stack.pool.query<{ outcome: string; used_at: Date | null }>('SELECT outcome, used_at FROM action_links WHERE instance_id = $1 AND outcome IS NOT NULL ORDER BY outcome', [id]);
    expect(unused.rows.every((row) => row.used_at === null)).toBe(true);

    const lower = links.decisions['Approve lower'] ?? '';
    const lowerPage = await open(lower);
    const tooMuch = await submit(lower, { confirm: confirmationOf(lowerPage), outcome: 'approve_lower', 'form.approved_amount': '4500' });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.html).toContain('$4,500.00 is more than the $4,000.00 available now.');
    const fits = await submit(lower, { confirm: confirmationOf(lowerPage), outcome: 'approve_lower', 'form.approved_amount': '4000' });
    expect(fits.status).toBe(200);
    expect(fits.html).toContain('your answer is recorded');
    expect((await waitForStatus(stack, keys.vendor, id, 'Claim due', 'claim.1.partner.requester')).funds?.reserved).toBe(4_000_00);
  });
});
