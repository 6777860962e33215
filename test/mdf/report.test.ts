/**
 * The MDF report over real fund requests: per vendor, period and partner, as JSON and CSV,
 * with the vendor seeing every partner and a partner only itself.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCsv, type ReportRow } from '../../api/mdf/report.js';
import { relate } from '../support/directory.js';
import { call } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { approver, claimOf, day, decide, finance, manager, partner, prepare, proposal, requestFunds, SHORT_FOLLOW_UP, team, waitForStatus, type Keys } from './support.js';

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
    const budget = await call<{ id: string }>(stack, 'POST', '/budgets', { key: keys.vendor, body: { name: 'H2 programme', period: '2025-H2', currency: 'USD', total: 100_000_00, team, settings: { auditSamplePercent: 0, ...SHORT_FOLLOW_UP } } });
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
      allocated: '2000000',
      reserved: '0',
      committed: '400000',
      released: '400000',
      unused: '1600000',
      expired: '0',
      utilisationPercent: 20,
      fundRequests: 2,
      funnel: { submitted: 2, preApproved: 2, claimed: 2, reimbursed: 1 },
      claimsReviewed: 2,
      claimRejectionRate: 0.5,
      partialApprovalRate: 0,
      reportedLeads: 40,
      reportedPipeline: '9000000',
      reportedPipelineOtherCurrencies: [],
      costPerLead: '10000',
      pipelinePerSpend: 22.5,
    });
    expect(globexRow?.['medianDaysToPreApproval']).toEqual(expect.any(Number));
    expect(globexRow?.['medianDaysPreApprovalToClaim']).toEqual(expect.any(Number));
    expect(globexRow?.['medianDaysClaimToReimbursement']).toEqual(expect.any(Number));
    expect(hooliRow).toMatchObject({
      partnerCompanyId: 'hooli', allocated: '500000', expired: '500000', unused: '0', utilisationPercent: 0, fundRequests: 0, claimRejectionRate: null,
      funnel: { submitted: 0, preApproved: 0, claimed: 0, reimbursed: 0 }, medianDaysToPreApproval: null, medianDaysPreApprovalToClaim: null, medianDaysClaimToReimbursement: null,
    });

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
    expect(lines[0]).toMatch(/,medianDaysPreApprovalToClaim,funnelSubmitted,funnelPreApproved,funnelClaimed,funnelReimbursed$/);
    expect(lines[1]).toMatch(/,2,2,2,1$/);
  });

  it('sums allocations past 2^53 exactly, as decimal strings, for the vendor and the partner', async () => {
    const max = Number.MAX_SAFE_INTEGER;
    for (const name of ['Big one', 'Big two', 'Big three']) {
      const budget = await call<{ id: string }>(stack, 'POST', '/budgets', { key: keys.vendor, body: { name, period: '2031-BIG', currency: 'USD', total: max, team } });
      expect(budget.status).toBe(201);
      expect((await call(stack, 'POST', `/budgets/${budget.body.id}/allocations`, { key: keys.vendor, body: { partnerCompanyId: partner, amount: max } })).status).toBe(201);
    }
    const exact = (3n * BigInt(max)).toString();
    for (const key of [keys.vendor, keys.partner]) {
      const report = await call<{ rows: Row[] }>(stack, 'GET', '/reports/mdf?period=2031-BIG', { key });
      expect(report.status).toBe(200);
      expect(report.body.rows).toEqual([expect.objectContaining({ currency: 'USD', allocated: exact, unused: exact, committed: '0' })]);
      const csv = await call<string>(stack, 'GET', '/reports/mdf.csv?period=2031-BIG', { key });
      expect(csv.status).toBe(200);
      expect(csv.body).toContain(`,USD,${exact},0,0,0,${exact},`);
    }
  });

  it('keeps pipeline reported in another currency out of the row and its ratios', async () => {
    const budget = await call<{ id: string }>(stack, 'POST', '/budgets', { key: keys.vendor, body: { name: 'Pipeline', period: '2032-P', currency: 'USD', total: 100_000_00, team, settings: { auditSamplePercent: 0, ...SHORT_FOLLOW_UP } } });
    const allocation = await call<{ id: string }>(stack, 'POST', `/budgets/${budget.body.id}/allocations`, { key: keys.vendor, body: { partnerCompanyId: partner, amount: 20_000_00 } });
    const paid = await claimed(allocation.body.id, 5_000_00, 4_000_00);
    await call(stack, 'POST', `/fund-requests/${paid}/claim-review`, { key: keys.vendor, body: { actor: approver.email, outcome: 'approve' } });
    await decide(stack, keys.vendor, paid, 'reimbursement.1.vendor.finance', finance, 'paid', { form: { payment_reference: 'PAY-2', paid_on: day(0) } });
    await waitForStatus(stack, keys.vendor, paid, 'Closed');
    // A request recorded before pipelines had to be in the allocation's currency.
    await stack.pool.query(`UPDATE instances SET state = jsonb_set(state, '{steps,claim,form,pipeline}', '{"amount": 300000000, "currency": "JPY"}') WHERE id = $1`, [paid]);

    const report = await call<{ rows: Row[] }>(stack, 'GET', '/reports/mdf?period=2032-P', { key: keys.vendor });
    expect(report.body.rows).toEqual([
      expect.objectContaining({ currency: 'USD', committed: '400000', reportedPipeline: '0', reportedPipelineOtherCurrencies: [{ currency: 'JPY', amount: '300000000' }], pipelinePerSpend: 0 }),
    ]);
  });

  it('refuses budget currencies that are not ISO 4217 money', async () => {
    for (const currency of ['ZZZ', 'XXX', 'XTS', 'usd']) {
      const answer = await call<{ error: { code: string; message: string } }>(stack, 'POST', '/budgets', { key: keys.vendor, body: { name: 'Odd', period: '2033', currency, total: 1_000, team } });
      expect(answer.status, currency).toBe(400);
      expect(answer.body.error.code).toBe('invalid_request');
    }
    for (const currency of ['JPY', 'KWD', 'XOF']) {
      expect((await call(stack, 'POST', '/budgets', { key: keys.vendor, body: { name: 'Real', period: '2033', currency, total: 1_000, team } })).status, currency).toBe(201);
    }
  });

  it('writes a CSV in which no cell, nor any part of one a spreadsheet could split off, starts a formula', async () => {
    // Company ids and periods are checked where they are written, so hostile text cannot reach
    // a report through the API at all; the CSV escapes every cell anyway, as a second fence.
    const hostile = ['ok;=1+1', '=HYPERLINK("https://evil.example","x")', '+1+1', '-1+1', '@SUM(1)', '\t=1', 'a,=1', 'b; @x', 'plain "quoted"'];
    const budget = await call<{ id: string }>(stack, 'POST', '/budgets', { key: keys.vendor, body: { name: 'Injection', period: '2034-CSV', currency: 'USD', total: 100_000_00, team } });
    for (const partnerCompanyId of hostile) {
      expect((await call(stack, 'POST', `/budgets/${budget.body.id}/allocations`, { key: keys.vendor, body: { partnerCompanyId, amount: 1_000 } })).status, partnerCompanyId).toBeGreaterThanOrEqual(400);
      expect((await call(stack, 'POST', '/budgets', { key: keys.vendor, body: { name: 'Odd', period: partnerCompanyId, currency: 'USD', total: 1_000, team } })).status, partnerCompanyId).toBe(400);
    }
    expect((await call(stack, 'POST', `/budgets/${budget.body.id}/allocations`, { key: keys.vendor, body: { partnerCompanyId: partner, amount: 1_000 } })).status).toBe(201);

    const csv = await call<string>(stack, 'GET', '/reports/mdf.csv?period=2034-CSV', { key: keys.vendor });
    // Rows as the report would write them if hostile text were stored all the same.
    const base: ReportRow = {
      vendorCompanyId: '', period: '', partnerCompanyId: '', currency: '', allocated: '0', reserved: '0', committed: '0', released: '0', unused: '0', expired: '0', clawedBack: '0',
      utilisationPercent: 0, fundRequests: 0, funnel: { submitted: 0, preApproved: 0, claimed: 0, reimbursed: 0 },
      medianDaysToPreApproval: null, medianDaysPreApprovalToClaim: null, medianDaysClaimToReimbursement: null, claimsReviewed: 0, claimRejectionRate: null, partialApprovalRate: null,
      reportedLeads: 0, reportedPipeline: '0', reportedPipelineOtherCurrencies: [], costPerLead: null, pipelinePerSpend: null,
      followUpsReported: 0, followUpsUnanswered: 0, followUpsPending: 0, wonOpportunities: 0, influencedRevenue: '0', winRate: null, averageDealSize: null, returnOnMdf: null,
    };
    const hostileCsv = reportCsv(hostile.map((text) => ({ ...base, vendorCompanyId: text, period: text, partnerCompanyId: text, currency: text, reportedPipelineOtherCurrencies: [{ currency: text, amount: '1' }] })));
    const hostileRows = hostileCsv.split('\r\n').slice(1).join('\r\n');
    const records: string[][] = parseCsv(`${csv.body}${hostileRows}`, { relax_column_count: false });
    expect(records).toHaveLength(2 + hostile.length);
    expect(records[1]?.[2]).toBe(partner);
    for (const [index, text] of hostile.entries()) expect(records[2 + index]?.[2]?.replace(/'/g, '')).toBe(text.replace(/'/g, ''));
    for (const record of records) {
      expect(record).toHaveLength(records[0]?.length ?? 0);
      for (const cell of record) {
        for (const part of cell.split(/[,;]/)) {
          expect(/^[=+\-@\t\r]/.test(part), `cell ${JSON.stringify(cell)}`).toBe(false);
          expect(/^[=+\-@]/.test(part.trimStart()), `cell ${JSON.stringify(cell)}`).toBe(false);
        }
      }
    }
  });
});
