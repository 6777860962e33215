/**
 * Property tests of the ledger: random sequences of reservations, adjustments, releases,
 * commits and clawbacks never overdraw an allocation, and its balances always equal the
 * sums of its fund requests and of its movements; in Postgres too, with movements made
 * concurrently and some of them retried.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMovement, available, type AllocationBalance, type FundRequestBalance, type Movement, type MovementKind } from '../../activities/ledger/balances.js';
import { move, openFundRequest } from '../../activities/ledger/store.js';
import { createAllocation, createBudget, findAllocation, findBudget } from '../../api/mdf/budgets.js';
import { eventually } from '../support/eventually.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { partner, team, vendor } from './support.js';

const KINDS: MovementKind[] = ['reserve', 'adjust', 'commit', 'release', 'clawback'];
const step = fc.record({ request: fc.integer({ min: 0, max: 3 }), kind: fc.constantFrom(...KINDS), amount: fc.integer({ min: -5_000, max: 20_000 }) });

const emptyRequest = (requested = 1_000_000): FundRequestBalance => ({ requested, reserved: 0, committed: 0, released: 0, clawedBack: 0 });

describe('ledger rules', () => {
  it('keep available at or above 0 and the allocation equal to the sum of its fund requests, for any sequence of movements', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000 }), fc.array(step, { maxLength: 80 }), (amount, steps) => {
        let allocation: AllocationBalance = { currency: 'USD', amount, reserved: 0, committed: 0, released: 0, clawedBack: 0, expiresAt: null };
        const requests = [emptyRequest(), emptyRequest(), emptyRequest(), emptyRequest()];
        const moved = requests.map(() => ({ in: 0, out: 0, committed: 0 }));
        // The actual cost claimed with a request's latest reimbursement, as the store keeps it beside the request.
        const claimed: Array<number | undefined> = requests.map(() => undefined);
        for (const { request: index, kind, amount: size } of steps) {
          const before = requests[index] ?? emptyRequest();
          const result = applyMovement(allocation, before, { kind, amount: size, currency: 'USD', claimed: size }, 0);
          if (!result.ok) continue;
          allocation = result.allocation;
          requests[index] = result.request;
          const tally = moved[index] ?? { in: 0, out: 0, committed: 0 };
          if (kind === 'reserve' || kind === 'adjust') tally.in += size;
          if (kind === 'release') tally.out += size;
          if (kind === 'commit') {
            tally.committed += size;
            claimed[index] = size;
          }
        }
        const total = (pick: (request: FundRequestBalance) => number) => requests.reduce((sum, request) => sum + pick(request), 0);
        expect(available(allocation)).toBeGreaterThanOrEqual(0);
        expect(allocation.reserved).toBe(total((request) => request.reserved));
        expect(allocation.committed).toBe(total((request) => request.committed));
        expect(allocation.released).toBe(total((request) => request.released));
        expect(allocation.clawedBack).toBe(total((request) => request.clawedBack));
        requests.forEach((request, index) => {
          const tally = moved[index] ?? { in: 0, out: 0, committed: 0 };
          expect(request.reserved).toBeGreaterThanOrEqual(0);
          expect(request.clawedBack).toBeLessThanOrEqual(request.committed);
          // What came in is held, spent or given back; nothing appears or vanishes.
          expect(request.reserved).toBe(tally.in - tally.out - tally.committed);
          expect(request.committed).toBe(tally.committed);
          // Everything reimbursed stays within the actual cost claimed (the table's check on the row).
          expect(request.committed).toBeLessThanOrEqual(claimed[index] ?? 0);
        });
      }),
      {
        numRuns: 500,
        // Two reimbursements, each within its own claim, together above the latest one.
        examples: [
          [
            1000,
            [
              { request: 1, kind: 'reserve', amount: 2 },
              { request: 1, kind: 'commit', amount: 1 },
              { request: 1, kind: 'commit', amount: 1 },
            ],
          ],
        ],
      },
    );
  });

  it('refuse fractional, zero and negative amounts and anything past expiry, changing nothing', () => {
    const allocation: AllocationBalance = { currency: 'USD', amount: 1_000, reserved: 0, committed: 0, released: 0, clawedBack: 0, expiresAt: 10 };
    const refusals: Array<[Movement, number, string]> = [
      [{ kind: 'reserve', amount: 10.5, currency: 'USD' }, 0, 'invalid_amount'],
      [{ kind: 'reserve', amount: 0, currency: 'USD' }, 0, 'invalid_amount'],
      [{ kind: 'release', amount: -3, currency: 'USD' }, 0, 'invalid_amount'],
      [{ kind: 'reserve', amount: 1_001, currency: 'USD' }, 0, 'insufficient_funds'],
      [{ kind: 'reserve', amount: 1, currency: 'USD' }, 10, 'allocation_expired'],
      [{ kind: 'reserve', amount: 1, currency: 'EUR' }, 0, 'currency_mismatch'],
      [{ kind: 'commit', amount: 1, currency: 'USD', claimed: 1 }, 0, 'exceeds_reserved'],
      [{ kind: 'clawback', amount: 1, currency: 'USD' }, 0, 'exceeds_committed'],
    ];
    for (const [movement, now, code] of refusals) {
      expect(applyMovement(allocation, emptyRequest(), movement, now)).toMatchObject({ ok: false, refusal: { code } });
    }
  });
});

describe('ledger in Postgres', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('takes a reservation from the allocation the fund request is on, when it moved to another one while the reservation waited', async () => {
    const open = async (name: string) => {
      const budget = await findBudget(stack.pool, await createBudget(stack.pool, vendor, { name, period: 'Switch', currency: 'USD', total: 1_000, team, settings: {} }), vendor);
      if (!budget) throw new Error('budget not created');
      return createAllocation(stack.pool, budget, { partnerCompanyId: partner, amount: 1_000 });
    };
    const [first, second] = [await open('First'), await open('Second')];
    const opening = { fundRequestId: 'switching-request', vendorCompanyId: vendor, partnerCompanyId: partner, requested: { amount: 500, currency: 'USD' } };
    expect((await openFundRequest(stack.pool, { ...opening, allocationId: first })).ok).toBe(true);

    // Someone holds the first allocation's lock: the reservation finds the request on it and waits.
    const locker = await stack.pool.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('SELECT 1 FROM mdf_allocations WHERE id = $1 FOR UPDATE', [first]);
      const lockerPid = (await locker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid;
      const reservation = move(stack.pool, opening.fundRequestId, 'switching-request/reserve.1', () => [{ kind: 'reserve', amount: 300, currency: 'USD' }]);
      await eventually(async () => {
        const waiting = await stack.pool.query('SELECT 1 FROM pg_stat_activity WHERE $1 = ANY (pg_blocking_pids(pid))', [lockerPid]);
        expect(waiting.rowCount).toBeGreaterThan(0);
      });
      // Meanwhile the request, holding nothing, moves to the second allocation.
      expect((await openFundRequest(stack.pool, { ...opening, allocationId: second })).ok).toBe(true);
      await locker.query('COMMIT');
      expect(await reservation).toMatchObject({ status: 'moved', funds: { allocationId: second, reserved: 300 } });
    } finally {
      await locker.query('ROLLBACK').catch(() => {});
      locker.release();
    }
    const [onFirst, onSecond] = [await findAllocation(stack.pool, first, vendor), await findAllocation(stack.pool, second, vendor)];
    expect({ first: onFirst?.reserved, second: onSecond?.reserved }).toEqual({ first: 0, second: 300 });
    const movements = await stack.pool.query<{ allocation_id: string }>('SELECT allocation_id FROM mdf_movements WHERE fund_request_id = $1', [opening.fundRequestId]);
    expect(movements.rows).toEqual([{ allocation_id: second }]);
  });

  let runs = 0;
  it('keeps balances equal to the sums of movements under concurrent and retried movements', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1_000, max: 40_000 }), fc.array(fc.array(step, { minLength: 1, maxLength: 6 }), { maxLength: 8 }), async (amount, batches) => {
        const run = ++runs;
        const budget = await findBudget(stack.pool, await createBudget(stack.pool, vendor, { name: 'Property', period: `P${run}`, currency: 'USD', total: amount, team, settings: {} }), vendor);
        if (!budget) throw new Error('budget not created');
        const allocation = { id: await createAllocation(stack.pool, budget, { partnerCompanyId: partner, amount }) };
        const requests = [0, 1, 2, 3].map((index) => `property-${run}-${index}`);
        for (const id of requests) {
          const opened = await openFundRequest(stack.pool, { fundRequestId: id, allocationId: allocation.id, vendorCompanyId: vendor, partnerCompanyId: partner, requested: { amount: 1_000_000, currency: 'USD' } });
          expect(opened.ok).toBe(true);
        }
        let counter = 0;
        for (const batch of batches) {
          // Each movement of a batch runs at once with the others, and twice: a retry with the same key.
          await Promise.all(
            batch.flatMap(({ request, kind, amount: size }) => {
              const key = `property-${run}/step${++counter}.1`;
              const id = requests[request] ?? '';
              const once = () => move(stack.pool, id, key, () => [{ kind, amount: size, currency: 'USD', claimed: size }]);
              return [once(), once()];
            }),
          );
        }
        const found = await findAllocation(stack.pool, allocation.id, vendor);
        const sums = await stack.pool.query<{ kind: string; total: string; count: string }>('SELECT kind, sum(amount) AS total, count(*) AS count FROM mdf_movements WHERE allocation_id = $1 GROUP BY kind', [allocation.id]);
        const sum = (kind: string) => Number(sums.rows.find((row) => row.kind === kind)?.total ?? 0);
        expect(found).toBeDefined();
        if (!found) return;
        expect(found.available).toBeGreaterThanOrEqual(0);
        expect(found.reserved).toBe(sum('reserve') + sum('adjust') - sum('release') - sum('commit'));
        expect(found.committed).toBe(sum('commit'));
        expect(found.clawedBack).toBe(sum('clawback'));
        const perRequest = await stack.pool.query<{ reserved: string; committed: string }>('SELECT sum(reserved) AS reserved, sum(committed) AS committed FROM mdf_fund_requests WHERE allocation_id = $1', [allocation.id]);
        expect(Number(perRequest.rows[0]?.reserved)).toBe(found.reserved);
        expect(Number(perRequest.rows[0]?.committed)).toBe(found.committed);
        // A retried movement never appears twice.
        const keys = await stack.pool.query<{ n: string }>('SELECT count(*) AS n FROM mdf_movements WHERE allocation_id = $1', [allocation.id]);
        expect(Number(keys.rows[0]?.n)).toBeLessThanOrEqual(counter);
      }),
      {
        // Each run opens a budget and up to 96 concurrent movements: a few runs cover the races; more under load only slow CI.
        numRuns: 15,
        // Found in CI: a second reimbursement within its own claim but, with the first, above it.
        examples: [
          [
            1000,
            [
              [{ request: 1, kind: 'reserve', amount: 2 }, { request: 0, kind: 'reserve', amount: 0 }],
              [{ request: 1, kind: 'commit', amount: 1 }, { request: 0, kind: 'reserve', amount: 0 }],
              [{ request: 1, kind: 'commit', amount: 1 }],
            ],
          ],
        ],
      },
    );
  }, 180_000);
});
