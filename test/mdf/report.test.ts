/**
 * The MDF report over real fund requests: per vendor, period and partner, as JSON and CSV,
 * with the vendor seeing every partner and a partner only itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relate } from '../support/directory.js';
import { call } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { approver, claimOf, day, decide, finance, manager, partner, prepare, proposal, requestFunds, team, waitForStatus, type Keys } from './support.js';

let stack: TestStack;
let keys: Keys;
beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  keys = await prepare(stack);
  // A second partner of Acme's program.
  await relate(stack, 'acme', 'hooli');
});
afterAll(async () => {
  await stack?.stop();
});

interface Row {
  partnerCompanyId: string;
  [column: string]: unknown;
}

/** A pre-approved request that claims `actualCost`; returns its id once the claim is in. */
async function claimed(allocationId: string, amount: number, actualCost: number): Promise<string> {
  const started = await requestFunds(stack, keys, allocationId, { proposal: proposal(amount) });
  await decide(stack, keys.vendor, started.body.id, 'manager_review.1.vendor.channel_manager', manager, 'approve');
  await waitForStatus(stack, keys.partner, started.body.id, 'Claim due');
  const claim = claimOf([], actualCost, { proof: [{ name: 'Photos', url: 'https://globex.example/photos' }] });
  expect((await call(stack, 'POST', `/fund-requests/${started.body.id}/claim`, { key: keys.partner, body: claim })).status).toBe(200);
  return started.body.id;
}

describe('the MDF report', () => {
  it('sums funds, speed, claim outcomes and reported results per partner, as JSON and CSV', async () => {
    const budget = await call<{ id: string }>(stack, 'POST', '/budgets', { key: keys.vendor, body: { name: 'H2 programme', period: '2025-H2', currency: 'USD', total: 100_000_00, team, settings: { auditSamplePercent: 0 } } });
    const globex = await call<{ id: string }>(stack, 'POST', `/budgets/${budget.body.id}/allocations`, { key: keys.vendor, body: { partnerCompanyId: partner, amount: 20_000_00 } });
    await call(stack, 'POST', `/budgets/${budget.body.id}/allocations`, { key: keys.vendor, body: { partnerCompanyId: 'hooli', amount: 5_000_00, expiresAt: new Date(Date.now() - 1000).toISOString() } });

    const paid = await claimed(globex.body.id, 5_000_00, 4_000_00);
    await call(stack, 'POST', `/fund-requests/${paid}/claim-review`, { key: keys.vendor, body: { actor: approver.email, outcome: 'approve' } });
    await decide(stack, keys.vendor, paid, 'reimbursement.1.vendor.finance', finance, 'paid', { form: { payment_reference: 'PAY-1', paid_on: day(0) } });
    await waitForStatus(stack, keys.vendor, paid, 'Closed');
    const denied = await claimed(globex.body.id, 3_000_00, 3_000_00);
    await call(stack, 'POST', `/fund-requests/${denied}/claim-review`, { key: keys.vendor, body: { actor: approver.email, outcome: 'deny', reason: 'No proof.' } });
    await waitForStatus(stack, keys.vendor, denied, 'Denied');

    const report = await call<{ rows: Row[] }>(stack, 'GET', '/reports/mdf?period=2025-H2', { key: keys.vendor });
    expect(report.status).toBe(200);
    const [globexRow, hooliRow] = report.body.rows;
    expect(globexRow).toMatchObject({
      vendorCompanyId: 'acme',
      period: '2025-H2',
      partnerCompanyId: partner,
      currency: 'USD',
      allocated: 20_000_00,
      reserved: 0,
      committed: 4_000_00,
      released: 4_000_00,
      unused: 16_000_00,
      expired: 0,
      utilisationPercent: 20,
      fundRequests: 2,
      claimsReviewed: 2,
      claimRejectionRate: 0.5,
      partialApprovalRate: 0,
      reportedLeads: 40,
      reportedPipeline: 90_000_00,
      costPerLead: 10_000,
      pipelinePerSpend: 22.5,
    });
    expect(globexRow?.['medianDaysToPreApproval']).toEqual(expect.any(Number));
    expect(globexRow?.['medianDaysClaimToReimbursement']).toEqual(expect.any(Number));
    expect(hooliRow).toMatchObject({ partnerCompanyId: 'hooli', allocated: 5_000_00, expired: 5_000_00, unused: 0, utilisationPercent: 0, fundRequests: 0, claimRejectionRate: null });

    const mine = await call<{ rows: Row[] }>(stack, 'GET', '/reports/mdf?period=2025-H2', { key: keys.partner });
    expect(mine.body.rows.map((row) => row.partnerCompanyId)).toEqual([partner]);
    expect((await call<{ rows: Row[] }>(stack, 'GET', '/reports/mdf', { key: keys.outsider })).body.rows).toEqual([]);

    const csv = await call<string>(stack, 'GET', '/reports/mdf.csv?period=2025-H2', { key: keys.vendor });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^vendorCompanyId,period,partnerCompanyId,currency,allocated,reserved,committed,released,unused,expired,clawedBack,utilisationPercent/);
    expect(lines[1]).toMatch(/^acme,2025-H2,globex,USD,2000000,0,400000,400000,1600000,0,0,20,2,/);
  });
});
