/**
 * The results follow-up of a fund request: a set time after the payment the partner's
 * marketing lead is asked what the activity won; the answer (through the API or the mailed
 * form) feeds the report's win rate, deal size, influenced revenue and return on MDF, and
 * nobody answering closes the request with its follow-up unanswered after a reminder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmationOf, linksIn, open, submit, taskMail } from '../support/action-links.js';
import { relate } from '../support/directory.js';
import { call } from '../support/http.js';
import { recordHistory } from '../support/instances.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { approver, claimOf, day, decide, finance, fundedAllocation, lead, manager, partner, prepare, proposal, requestFunds, team, waitForStatus, type ErrorAnswer, type Keys } from './support.js';

let stack: TestStack;
let keys: Keys;
beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  keys = await prepare(stack);
  await relate(stack, 'acme', 'hooli');
});
afterAll(async () => {
  await stack?.stop();
});

const RESULTS_TASK = 'outcome_report.1.partner.marketing_lead';

interface Row {
  partnerCompanyId: string;
  [column: string]: unknown;
}
interface Report {
  rows: Row[];
  activities: Row[];
}

/** A request for `activityType` claimed at `actualCost` with `leads`, approved and paid; returns its id. */
async function paid(allocationId: string, activityType: string, actualCost: number, leads: number): Promise<string> {
  const started = await requestFunds(stack, keys, allocationId, { proposal: proposal(actualCost, { activityType }) });
  expect(started.status).toBe(201);
  const id = started.body.id;
  await decide(stack, keys.vendor, id, 'manager_review.1.vendor.channel_manager', manager, 'approve');
  await waitForStatus(stack, keys.partner, id, 'Claim due');
  const claim = claimOf([], actualCost, { leads, proof: [{ name: 'Photos', url: 'https://globex.example/photos' }] });
  expect((await call(stack, 'POST', `/fund-requests/${id}/claim`, { key: keys.partner, body: claim })).status).toBe(200);
  expect((await call(stack, 'POST', `/fund-requests/${id}/claim-review`, { key: keys.vendor, body: { actor: approver.email, outcome: 'approve' } })).status).toBe(200);
  expect((await decide(stack, keys.vendor, id, 'reimbursement.1.vendor.finance', finance, 'paid', { form: { payment_reference: `PAY-${activityType}`, paid_on: day(0) } })).status).toBe(200);
  return id;
}

describe('the results follow-up of a fund request', () => {
  it('asks the marketing lead what the activity won and reports it per partner and activity type, to the vendor and to that partner only', async () => {
    const budget = await call<{ id: string }>(stack, 'POST', '/budgets', {
      key: keys.vendor,
      body: { name: 'Results', period: '2027-FU', currency: 'USD', total: 100_000_00, team, settings: { auditSamplePercent: 0, followUpAfter: '0s', followUpWindow: '10m' } },
    });
    expect(budget.status).toBe(201);
    const globex = await call<{ id: string }>(stack, 'POST', `/budgets/${budget.body.id}/allocations`, { key: keys.vendor, body: { partnerCompanyId: partner, amount: 50_000_00 } });
    expect((await call(stack, 'POST', `/budgets/${budget.body.id}/allocations`, { key: keys.vendor, body: { partnerCompanyId: 'hooli', amount: 5_000_00 } })).status).toBe(201);

    // A webinar: the results reported through the API.
    const webinar = await paid(globex.body.id, 'webinar', 4_000_00, 40);
    await waitForStatus(stack, keys.partner, webinar, 'Results due', RESULTS_TASK);
    const negative = await decide(stack, keys.partner, webinar, RESULTS_TASK, lead, 'submit', { form: { won_count: 4, won_revenue: { amount: -1, currency: 'USD' } } });
    expect(negative.status).toBeGreaterThanOrEqual(400);
    expect(negative.status).toBeLessThan(500);
    const answered = await decide(stack, keys.partner, webinar, RESULTS_TASK, lead, 'submit', { form: { won_count: 4, won_revenue: { amount: 120_000_00, currency: 'USD' }, notes: 'Two renewals and two new logos.' } });
    expect(answered.status).toBe(200);
    await waitForStatus(stack, keys.partner, webinar, 'Closed');

    // An event: the results reported through the mailed form.
    const event = await paid(globex.body.id, 'event', 2_000_00, 10);
    const mail = await taskMail(stack.smtp, event, lead.email);
    expect(mail.text).toContain('Leads generated: 10');
    const link = linksIn(mail).decisions['Submit'];
    if (!link) throw new Error(`no Submit link in:\n${mail.text}`);
    const page = await open(link);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Opportunities won from the activity');
    const recorded = await submit(link, { confirm: confirmationOf(page), outcome: 'submit', 'form.won_count': '1', 'form.won_revenue': '30,000.00', 'form.notes': 'One new logo.' });
    expect(recorded.status).toBe(200);
    const closed = await waitForStatus(stack, keys.vendor, event, 'Closed');
    expect(closed.lifecycle).toBe('completed');
    await recordHistory(stack.client.workflow.getHandle(event), 'mdf-fund-request-results-reported');

    const report = await call<Report>(stack, 'GET', '/reports/mdf?period=2027-FU', { key: keys.vendor });
    expect(report.status).toBe(200);
    expect(report.body.rows.map((row) => row.partnerCompanyId)).toEqual([partner, 'hooli']);
    expect(report.body.rows[0]).toMatchObject({
      committed: '600000',
      reportedLeads: 50,
      followUpsReported: 2,
      followUpsUnanswered: 0,
      followUpsPending: 0,
      wonOpportunities: 5,
      influencedRevenue: '15000000',
      winRate: 0.1,
      averageDealSize: '3000000',
      returnOnMdf: 25,
    });
    // Nothing spent, nothing to measure: null, never 0.
    expect(report.body.rows[1]).toMatchObject({ partnerCompanyId: 'hooli', wonOpportunities: 0, influencedRevenue: '0', winRate: null, averageDealSize: null, returnOnMdf: null });
    expect(report.body.activities).toEqual([
      { vendorCompanyId: 'acme', period: '2027-FU', partnerCompanyId: partner, currency: 'USD', activityType: 'event', reimbursedRequests: 1, committed: '200000', reportedLeads: 10, followUpsReported: 1, followUpsUnanswered: 0, followUpsPending: 0, wonOpportunities: 1, influencedRevenue: '3000000', winRate: 0.1, averageDealSize: '3000000', returnOnMdf: 15 },
      { vendorCompanyId: 'acme', period: '2027-FU', partnerCompanyId: partner, currency: 'USD', activityType: 'webinar', reimbursedRequests: 1, committed: '400000', reportedLeads: 40, followUpsReported: 1, followUpsUnanswered: 0, followUpsPending: 0, wonOpportunities: 4, influencedRevenue: '12000000', winRate: 0.1, averageDealSize: '3000000', returnOnMdf: 30 },
    ]);

    const mine = await call<Report>(stack, 'GET', '/reports/mdf?period=2027-FU', { key: keys.partner });
    expect(mine.body.rows.map((row) => row.partnerCompanyId)).toEqual([partner]);
    expect(mine.body.activities).toEqual(report.body.activities);
    expect((await call<Report>(stack, 'GET', '/reports/mdf?period=2027-FU', { key: keys.outsider })).body).toMatchObject({ rows: [], activities: [] });

    const csv = await call<string>(stack, 'GET', '/reports/mdf.csv?period=2027-FU&by=activity', { key: keys.vendor });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toContain('mdf-report-activities-2027-FU.csv');
    expect(csv.body.trimEnd().split('\r\n')).toEqual([
      'vendorCompanyId,period,partnerCompanyId,currency,activityType,reimbursedRequests,committed,reportedLeads,followUpsReported,followUpsUnanswered,followUpsPending,wonOpportunities,influencedRevenue,winRate,averageDealSize,returnOnMdf',
      'acme,2027-FU,globex,USD,event,1,200000,10,1,0,0,1,3000000,0.1,3000000,15',
      'acme,2027-FU,globex,USD,webinar,1,400000,40,1,0,0,4,12000000,0.1,3000000,30',
    ]);
    const byPartner = await call<string>(stack, 'GET', '/reports/mdf.csv?period=2027-FU', { key: keys.partner });
    const [header, row] = byPartner.body.trimEnd().split('\r\n');
    // The results columns, then those added after them (the funnel's stages last).
    expect(header).toMatch(/,followUpsReported,followUpsUnanswered,followUpsPending,wonOpportunities,influencedRevenue,winRate,averageDealSize,returnOnMdf,medianDaysPreApprovalToClaim,funnelSubmitted,funnelPreApproved,funnelClaimed,funnelReimbursed$/);
    expect(row).toMatch(/,2,0,0,5,15000000,0\.1,3000000,25,[^,]*,2,2,2,2$/);
    const refused = await call<ErrorAnswer>(stack, 'GET', '/reports/mdf.csv?by=quarter', { key: keys.vendor });
    expect(refused.status).toBe(400);
  });

  it('reminds the marketing lead, then closes with the follow-up unanswered when nobody reports the results', async () => {
    const allocation = await fundedAllocation(stack, keys, { settings: { followUpAfter: '0s', followUpReminder: '1s', followUpWindow: '3s' } });
    const id = await paid(allocation.id, 'campaign', 3_000_00, 30);
    const reminder = await stack.smtp.waitFor((mail) => mail.to.includes(lead.email) && mail.headers.get('x-tandem-instance') === id && /remind/i.test(mail.subject));
    expect(reminder.text).toContain('Report what the activity won');
    const closed = await waitForStatus(stack, keys.partner, id, 'Closed');
    expect(closed.lifecycle).toBe('completed');
    const instance = await call<{ vars: Record<string, unknown> }>(stack, 'GET', `/instances/${encodeURIComponent(id)}`, { key: keys.vendor });
    expect(instance.body.vars).toMatchObject({ follow_up: 'unanswered' });
    await recordHistory(stack.client.workflow.getHandle(id), 'mdf-fund-request-results-unanswered');
    const late = await decide(stack, keys.partner, id, RESULTS_TASK, lead, 'submit', { form: { won_count: 1, won_revenue: { amount: 1_00, currency: 'USD' } } });
    // The request has ended: the late answer is refused and counts nowhere.
    expect(late.status).toBeGreaterThanOrEqual(400);
    expect(late.status).toBeLessThan(500);

    const report = await call<Report>(stack, 'GET', `/reports/mdf?period=${allocation.period}`, { key: keys.vendor });
    expect(report.body.rows).toEqual([expect.objectContaining({ committed: '300000', followUpsReported: 0, followUpsUnanswered: 1, wonOpportunities: 0, winRate: null, averageDealSize: null, returnOnMdf: null })]);
    expect(report.body.activities).toEqual([expect.objectContaining({ activityType: 'campaign', reportedLeads: 30, followUpsUnanswered: 1, winRate: null })]);
  });

  it('keeps a paid request awaiting its results, with nobody asked yet, under the default follow-up time', async () => {
    const allocation = await fundedAllocation(stack, keys, { settings: { followUpAfter: undefined, followUpWindow: undefined } });
    const id = await paid(allocation.id, 'training', 1_000_00, 5);
    const waiting = await waitForStatus(stack, keys.partner, id, 'Awaiting results');
    expect(waiting.openTasks).toEqual([]);
    expect(waiting.lifecycle).toBe('running');
  });
});
