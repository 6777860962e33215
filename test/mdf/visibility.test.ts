/**
 * The vendor's controls of a fund request (finance and audit thresholds, audit share) are the
 * vendor's alone: the partner never sees them in status, timeline, webhooks or mails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstanceClient } from '../../api/instance-client.js';
import { webhookBody } from '../../api/webhooks/payload.js';
import { call } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { fundedAllocation, partner, prepare, proposal, requestFunds, requester, vendor, waitForStatus, type Keys } from './support.js';

let stack: TestStack;
let keys: Keys;
beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  keys = await prepare(stack);
});
afterAll(async () => {
  await stack?.stop();
});

const VENDOR_ONLY = ['finance_threshold', 'audit_threshold', 'audit_sample_percent'];
// Amounts nobody would write by chance, so finding them anywhere means they leaked.
const settings = { financeThreshold: 7_654_321, auditThreshold: 8_765_432, auditSamplePercent: 37 };

describe('vendor-only inputs', () => {
  it('are shown to the vendor and hidden from the partner in status, timeline, webhooks and mails', async () => {
    const allocation = await fundedAllocation(stack, keys, { settings });
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(1_000_00) });
    expect(started.status).toBe(201);
    const id = started.body.id;
    await waitForStatus(stack, keys.partner, id, 'In review');

    const asVendor = await call<{ input: Record<string, unknown>; vars: Record<string, unknown> }>(stack, 'GET', `/instances/${encodeURIComponent(id)}`, { key: keys.vendor });
    expect(Object.keys(asVendor.body.input)).toEqual(expect.arrayContaining(VENDOR_ONLY));
    expect(asVendor.body.vars['finance_threshold']).toBe(settings.financeThreshold);

    const asPartner = await call<{ input: Record<string, unknown>; vars: Record<string, unknown> }>(stack, 'GET', `/instances/${encodeURIComponent(id)}`, { key: keys.partner });
    expect(asPartner.status).toBe(200);
    expect(Object.keys(asPartner.body.input)).toContain('allocation_id');
    for (const name of VENDOR_ONLY) {
      expect(asPartner.body.input).not.toHaveProperty(name);
      expect(asPartner.body.vars).not.toHaveProperty(name);
    }
    const leaks = (text: string) => ['7654321', '76543.21', '76,543.21', '8765432', '87654.32', '87,654.32'].filter((value) => text.includes(value));
    expect(leaks(JSON.stringify(asPartner.body))).toEqual([]);
    const timeline = await call(stack, 'GET', `/instances/${encodeURIComponent(id)}/timeline`, { key: keys.partner });
    expect(leaks(JSON.stringify(timeline.body))).toEqual([]);
    const vendorTimeline = await call(stack, 'GET', `/instances/${encodeURIComponent(id)}/timeline`, { key: keys.vendor });
    expect(leaks(JSON.stringify(vendorTimeline.body)).length).toBeGreaterThan(0);

    const state = await new InstanceClient(stack.client).state(id);
    const event = { deliveryId: 'd1', type: 'instance.status_changed', occurredAt: new Date(), taskId: null };
    expect(leaks(webhookBody(event, state, partner) ?? '')).toEqual([]);
    expect(leaks(webhookBody(event, state, vendor) ?? '').length).toBeGreaterThan(0);

    // The channel manager's task mail shows what they decide, not the budget's settings; no mail to the partner shows those either.
    const vendorMail = await stack.smtp.waitFor((mail) => mail.to.includes('vera@acme.example') && mail.text.includes('Pre-approve'));
    expect(vendorMail.text).toContain('Requested: $1,000.00');
    expect(leaks(vendorMail.text)).toEqual([]);
    const partnerMails = stack.smtp.messages.filter((mail) => mail.to.includes(requester.email));
    for (const mail of partnerMails) expect(leaks(`${mail.text}${mail.html}`)).toEqual([]);
  });
});
