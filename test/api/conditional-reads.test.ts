/**
 * Conditional reads as a portal uses them: ETags per company view, 304 also when the request
 * says `Cache-Control: no-cache` (as Node's fetch does), and long-polls with `waitForChange` on
 * every status route a portal polls: instances, fund requests, allocations and the task inbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide, fundedAllocation, manager, prepare, proposal, requestFunds, waitForStatus, type ErrorAnswer, type Keys } from '../mdf/support.js';
import { eventually } from '../support/eventually.js';
import { call } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

let stack: TestStack;
let keys: Keys;
let allocationId: string;
let fundRequestId: string;

beforeAll(async () => {
  stack = await startTestStack({ api: true });
  keys = await prepare(stack);
  allocationId = (await fundedAllocation(stack, keys)).id;
  const started = await requestFunds(stack, keys, allocationId, { proposal: proposal(5_000_00) });
  expect(started.status).toBe(201);
  fundRequestId = started.body.id;
  await waitForStatus(stack, keys.vendor, fundRequestId, 'In review', 'manager_review.1.vendor.channel_manager');
});
afterAll(async () => {
  await stack?.stop();
});

const encoded = () => encodeURIComponent(fundRequestId);

describe('conditional reads', () => {
  it('gives the vendor and the partner different ETags for one fund request, and does not answer 304 to the other company’s tag', async () => {
    for (const path of [`/instances/${encoded()}`, `/fund-requests/${encoded()}`, `/allocations/${allocationId}`]) {
      const asVendor = await call(stack, 'GET', path, { key: keys.vendor });
      const asPartner = await call(stack, 'GET', path, { key: keys.partner });
      expect(asVendor.status).toBe(200);
      expect(asPartner.status).toBe(200);
      const vendorTag = asVendor.headers.get('etag') ?? '';
      expect(vendorTag).toMatch(/^W\/".+"$/);
      expect(asPartner.headers.get('etag')).not.toBe(vendorTag);
      const crossed = await call(stack, 'GET', path, { key: keys.partner, headers: { 'if-none-match': vendorTag } });
      expect(crossed.status).toBe(200);
    }
  });

  it('answers 304 to a current If-None-Match on every status route, also with Cache-Control: no-cache', async () => {
    for (const path of [`/instances/${encoded()}`, `/fund-requests/${encoded()}`, `/allocations/${allocationId}`, '/tasks', '/fund-requests', '/budgets']) {
      const first = await call(stack, 'GET', path, { key: keys.vendor });
      const etag = first.headers.get('etag') ?? '';
      expect(etag, path).not.toBe('');
      const again = await call(stack, 'GET', path, { key: keys.vendor, headers: { 'if-none-match': etag, 'cache-control': 'no-cache' } });
      expect(again.status, path).toBe(304);
      expect(again.body, path).toBe('');
    }
  });

  it('refuses a malformed or too long waitForChange with 400 invalid_request on every status route', async () => {
    for (const path of [`/instances/${encoded()}`, `/fund-requests/${encoded()}`, `/allocations/${allocationId}`, '/tasks']) {
      for (const wait of ['61s', '0s', '5m', '1.5s', 'soon']) {
        const answer = await call<ErrorAnswer>(stack, 'GET', `${path}?waitForChange=${wait}`, { key: keys.vendor });
        expect(answer.status, `${path} ${wait}`).toBe(400);
        expect(answer.body.error.code).toBe('invalid_request');
        expect(answer.body.error.message).toContain('waitForChange');
      }
    }
  });

  it('wakes long-polls on the fund request, its allocation and the partner’s inbox when the channel manager pre-approves', async () => {
    const current = async (path: string, key: string) => (await call(stack, 'GET', path, { key })).headers.get('etag') ?? '';
    const inboxBefore = (await call(stack, 'GET', '/tasks', { key: keys.partner })).body;
    const fundRequestPath = `/fund-requests/${encoded()}`;
    const allocationPath = `/allocations/${allocationId}`;
    const inboxPath = '/tasks';
    const [requestTag, allocationTag, inboxTag] = await Promise.all([current(fundRequestPath, keys.partner), current(allocationPath, keys.partner), current(inboxPath, keys.partner)]);
    const started = Date.now();
    const polls = [fundRequestPath, allocationPath, inboxPath].map((path, index) =>
      call<{ status?: string; reserved?: number; tasks?: Array<{ id: string }> }>(stack, 'GET', `${path}${path.includes('?') ? '&' : '?'}waitForChange=30s`, {
        key: keys.partner,
        headers: { 'if-none-match': [requestTag, allocationTag, inboxTag][index] ?? '' },
      }),
    );
    expect((await decide(stack, keys.vendor, fundRequestId, 'manager_review.1.vendor.channel_manager', manager, 'approve')).status).toBe(200);
    const [request, allocation, inbox] = await Promise.all(polls);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(request?.status).toBe(200);
    expect(allocation?.status).toBe(200);
    expect(allocation?.body.reserved).toBe(5_000_00);
    expect(inbox?.status).toBe(200);
    // The request may wake on the reservation before its status moves on; it then shows the new funds.
    await eventually(async () => expect((await call<{ status: string }>(stack, 'GET', fundRequestPath, { key: keys.partner })).body.status).toBe('Claim due'), 30_000);
    // It woke on what the partner sees change (the request's status on its task, or the new claim task).
    expect(inbox?.body).not.toEqual(inboxBefore);
  });

  it('answers a long-poll with 304 when nothing changes in time', async () => {
    const first = await call(stack, 'GET', `/allocations/${allocationId}`, { key: keys.vendor });
    const started = Date.now();
    const waited = await call(stack, 'GET', `/allocations/${allocationId}?waitForChange=1s`, { key: keys.vendor, headers: { 'if-none-match': first.headers.get('etag') ?? '' } });
    expect(waited.status).toBe(304);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});
