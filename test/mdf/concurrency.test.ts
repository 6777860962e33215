/**
 * A hundred fund requests pre-approved at the same moment against an allocation that fits
 * only some of them: the database serialises the reservations, so the allocation is never
 * overdrawn, every request that did not fit says so, and the ledger adds up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { call } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { decide, expectBalances, fundedAllocation, manager, prepare, proposal, requestFunds, type FundRequest, type Keys } from './support.js';

let stack: TestStack;
let keys: Keys;
beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  keys = await prepare(stack);
});
afterAll(async () => {
  await stack?.stop();
});

const REQUESTS = 100;
const ALLOCATION = 30_000_00;

describe('concurrent reservations', () => {
  it('never reserve more than the allocation when 100 requests are pre-approved at once', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: ALLOCATION });
    // Amounts from 500.00 to 1,490.00: together about three times the allocation.
    const amounts = Array.from({ length: REQUESTS }, (_, index) => 500_00 + ((index * 37) % 100) * 10_00);
    const started = await Promise.all(amounts.map((amount) => requestFunds(stack, keys, allocation.id, { proposal: proposal(amount) })));
    expect(started.map((answer) => answer.status)).toEqual(amounts.map(() => 201));

    const decided = await Promise.all(started.map((answer) => decide(stack, keys.vendor, answer.body.id, 'manager_review.1.vendor.channel_manager', manager, 'approve')));
    expect(decided.map((answer) => answer.status)).toEqual(amounts.map(() => 200));

    const settled = await eventually(async () => {
      const views = await Promise.all(started.map(async (answer) => (await call<FundRequest>(stack, 'GET', `/fund-requests/${answer.body.id}`, { key: keys.partner })).body));
      const pending = views.filter((view) => view.status !== 'Claim due' && view.status !== 'Changes requested');
      expect(pending.map((view) => view.status)).toEqual([]);
      return views;
    }, 60_000);

    const reserved = settled.filter((view) => view.status === 'Claim due');
    const refused = settled.filter((view) => view.status === 'Changes requested');
    expect(reserved.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    for (const view of refused) {
      expect(view.problem?.code).toBe('insufficient_funds');
      expect(view.funds?.reserved).toBe(0);
    }
    const total = reserved.reduce((sum, view) => sum + (view.funds?.reserved ?? 0), 0);
    expect(total).toBeLessThanOrEqual(ALLOCATION);
    for (const view of reserved) expect(view.funds?.reserved).toBe(view.funds?.requested);

    const after = await expectBalances(stack, keys.vendor, allocation.id, { reserved: total, committed: 0, available: ALLOCATION - total });
    expect(after.movements?.filter((movement) => movement.kind === 'reserve')).toHaveLength(reserved.length);
    // Every refused request was refused because what it asked no longer fitted at that moment.
    const smallestRefused = Math.min(...refused.map((view) => view.funds?.requested ?? 0));
    expect(ALLOCATION - total).toBeLessThan(smallestRefused);
  });
});
