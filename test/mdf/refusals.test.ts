/**
 * What MDF refuses, and whom it keeps apart: every refusal has a specific code and leaves
 * the ledger as it was; a company sees only the budgets, allocations and fund requests it
 * takes part in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, keyFor } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import {
  balances,
  decide,
  expectBalances,
  finance,
  fundedAllocation,
  manager,
  partner,
  prepare,
  proposal,
  requestFunds,
  requester,
  team,
  upload,
  waitForStatus,
  type Allocation,
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

describe('bad input', () => {
  it('refuses a proposal over the allocation, with negative or fractional minor units, or with dates in the wrong order, and moves nothing', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 10_000_00 });
    const over = await requestFunds(stack, keys, allocation.id, { proposal: proposal(10_000_01) });
    expect(over).toMatchObject({ status: 422, body: { error: { code: 'insufficient_funds', details: { requested: 10_000_01, available: 10_000_00 } } } });
    const negative = await requestFunds(stack, keys, allocation.id, { proposal: proposal(-100) });
    expect(negative).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    expect(negative.body.error.message).toContain('cannot be negative');
    const fractional = await requestFunds(stack, keys, allocation.id, { proposal: proposal(100.5) });
    expect(fractional.status).toBe(400);
    expect(fractional.body.error.message).toContain('whole minor units');
    const backwards = await requestFunds(stack, keys, allocation.id, { proposal: proposal(1_000_00, { startDate: '2025-05-10', endDate: '2025-05-01' }) });
    expect(backwards).toMatchObject({ status: 422, body: { error: { code: 'dates_out_of_order' } } });
    const euros = await requestFunds(stack, keys, allocation.id, { proposal: proposal(1_000_00, { requestedAmount: { amount: 1_000_00, currency: 'EUR' } }) });
    expect(euros).toMatchObject({ status: 422, body: { error: { code: 'currency_mismatch' } } });

    const list = await call<{ fundRequests: FundRequest[] }>(stack, 'GET', `/fund-requests?period=${allocation.period}`, { key: keys.partner });
    expect(list.body.fundRequests).toEqual([]);
    const after = await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, committed: 0, available: 10_000_00 });
    expect(after.movements).toEqual([]);
  });

  it('refuses a pre-approval with the over-allocation error, before it is recorded, when another took the funds first', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 20_000_00 });
    const first = await requestFunds(stack, keys, allocation.id, { proposal: proposal(15_000_00) });
    const second = await requestFunds(stack, keys, allocation.id, { proposal: proposal(10_000_00) });
    expect([first.status, second.status]).toEqual([201, 201]);
    await decide(stack, keys.vendor, first.body.id, 'manager_review.1.vendor.channel_manager', manager, 'approve');
    const refused = await decide(stack, keys.vendor, second.body.id, 'manager_review.1.vendor.channel_manager', manager, 'approve');
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'insufficient_funds' } } });
    const waiting = await waitForStatus(stack, keys.vendor, second.body.id, 'In review', 'manager_review.1.vendor.channel_manager');
    expect(waiting.funds?.reserved ?? 0).toBe(0);
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 15_000_00, available: 5_000_00 });
  });

  it('refuses a decision by someone who does not hold the role, and moves nothing', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(1_000_00) });
    const byFinance = await decide(stack, keys.vendor, started.body.id, 'manager_review.1.vendor.channel_manager', finance, 'approve');
    expect(byFinance).toMatchObject({ status: 403, body: { error: { code: 'not_your_task' } } });
    const byPartner = await decide(stack, keys.partner, started.body.id, 'manager_review.1.vendor.channel_manager', requester, 'approve');
    expect(byPartner.status).toBe(404);
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, available: 20_000_00 });
    expect((await call<FundRequest>(stack, 'GET', `/fund-requests/${started.body.id}`, { key: keys.vendor })).body.status).toBe('In review');
  });

  it('refuses an upload that is too large or of a refused type', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(1_000_00) });
    const big = await upload(stack, keys.partner, started.body.id, [{ name: 'video.pdf', type: 'application/pdf', content: Buffer.alloc(10 * 1024 * 1024 + 1, 1) }]);
    expect(big).toMatchObject({ status: 413, body: { error: { code: 'document_too_large' } } });
    const exe = await upload(stack, keys.partner, started.body.id, [{ name: 'proof.exe', type: 'application/x-msdownload', content: Buffer.from('MZ') }]);
    expect(exe).toMatchObject({ status: 415, body: { error: { code: 'document_type_refused' } } });
    const stored = await stack.pool.query('SELECT count(*)::int AS n FROM mdf_documents WHERE fund_request_id = $1', [started.body.id]);
    expect(stored.rows[0]).toEqual({ n: 0 });
    const byVendor = await upload(stack, keys.vendor, started.body.id, [{ name: 'a.pdf', type: 'application/pdf', content: Buffer.from('%PDF') }]);
    expect(byVendor.status).toBe(403);
  });

  it('refuses a claim before it is due and allocations beyond the budget', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(1_000_00) });
    const early = await call<ErrorAnswer>(stack, 'POST', `/fund-requests/${started.body.id}/claim`, {
      key: keys.partner,
      body: { actor: requester.email, claim: { proof: [{ name: 'p', url: 'https://globex.example/p.jpg' }], invoices: [{ name: 'i', url: 'https://globex.example/i.pdf' }], actualCost: { amount: 1, currency: 'USD' } } },
    });
    expect(early).toMatchObject({ status: 409, body: { error: { code: 'claim_not_due' } } });

    const budget = await call<{ id: string }>(stack, 'POST', '/budgets', { key: keys.vendor, body: { name: 'Small', period: '2026-Q1', currency: 'USD', total: 1_000_00, team } });
    const fits = await call(stack, 'POST', `/budgets/${budget.body.id}/allocations`, { key: keys.vendor, body: { partnerCompanyId: partner, amount: 800_00 } });
    expect(fits.status).toBe(201);
    const beyond = await call<ErrorAnswer>(stack, 'POST', `/budgets/${budget.body.id}/allocations`, { key: keys.vendor, body: { partnerCompanyId: partner, amount: 200_01 } });
    expect(beyond).toMatchObject({ status: 409, body: { error: { code: 'budget_exceeded' } } });
    const foreignTeam = await call<ErrorAnswer>(stack, 'POST', '/budgets', { key: keys.vendor, body: { name: 'X', period: '2026-Q1', currency: 'USD', total: 1, team: { ...team, finance: [requester] } } });
    expect(foreignTeam).toMatchObject({ status: 422, body: { error: { code: 'unknown_person' } } });
  });

  it('refuses new requests against an expired allocation', async () => {
    const allocation = await fundedAllocation(stack, keys, { expiresAt: new Date(Date.now() - 60_000).toISOString() });
    const late = await requestFunds(stack, keys, allocation.id, { proposal: proposal(1_000_00) });
    expect(late).toMatchObject({ status: 422, body: { error: { code: 'allocation_expired' } } });
  });
});

describe('company scoping', () => {
  it('shows a partner only its own allocations and fund requests, and outsiders nothing', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(1_000_00) });
    expect(started.status).toBe(201);
    const rival = await keyFor(stack, 'hooli');

    for (const path of [`/allocations/${allocation.id}`, `/fund-requests/${started.body.id}`]) {
      expect((await call(stack, 'GET', path, { key: keys.partner })).status).toBe(200);
      expect((await call(stack, 'GET', path, { key: keys.vendor })).status).toBe(200);
      expect((await call<ErrorAnswer>(stack, 'GET', path, { key: rival })).body).toMatchObject({ error: { code: 'not_found' } });
    }
    expect((await call<{ allocations: Allocation[] }>(stack, 'GET', '/allocations', { key: rival })).body.allocations).toEqual([]);
    expect((await call<{ fundRequests: FundRequest[] }>(stack, 'GET', '/fund-requests', { key: rival })).body.fundRequests).toEqual([]);
    const budgets = await call<{ budgets: unknown[] }>(stack, 'GET', '/budgets', { key: keys.partner });
    expect(budgets.body.budgets).toEqual([]);
    // Another company cannot draw on Globex's allocation.
    const stolen = await call<ErrorAnswer>(stack, 'POST', '/fund-requests', {
      key: rival,
      body: { allocationId: allocation.id, businessKey: 'stolen-1', requester: { name: 'Hal', email: 'hal@hooli.example', company: 'hooli' }, proposal: proposal(1_00) },
    });
    expect(stolen).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    const seen = await balances(stack, keys.partner, allocation.id);
    expect(seen.movements?.every((movement) => movement.fundRequestId === started.body.id)).toBe(true);
    const mine = await call<{ fundRequests: FundRequest[] }>(stack, 'GET', `/fund-requests?period=${allocation.period}&status=In%20review`, { key: keys.partner });
    expect(mine.body.fundRequests.map((request) => request.id)).toEqual([started.body.id]);
  });
});
