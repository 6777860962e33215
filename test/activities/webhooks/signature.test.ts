/** The documented webhook signature scheme: what verifies and what does not. */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signWebhook, verifyWebhookSignature } from '../../../activities/webhooks/signature.js';

const secret = newWebhookSecret();
const body = JSON.stringify({ id: 'd-1', type: 'task.decided', instance: { id: 'review:1' } });
const now = Date.UTC(2025, 2, 1, 12, 0, 0);
const t = Math.floor(now / 1000);

describe('webhook signatures', () => {
  it('accepts a body signed with the subscription secret, and matches the README formula', () => {
    const header = signWebhook(secret, body, t);
    const readme = `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
    expect(header).toBe(readme);
    expect(verifyWebhookSignature(secret, header, body, 300, now)).toEqual({ valid: true, timestamp: t });
    expect(verifyWebhookSignature(secret, header, Buffer.from(body), 300, now)).toEqual({ valid: true, timestamp: t });
  });

  it('refuses a tampered body', () => {
    const header = signWebhook(secret, body, t);
    expect(verifyWebhookSignature(secret, header, body.replace('decided', 'opened'), 300, now)).toEqual({ valid: false, problem: 'mismatch' });
    expect(verifyWebhookSignature(secret, header, `${body} `, 300, now)).toEqual({ valid: false, problem: 'mismatch' });
  });

  it('refuses another secret', () => {
    const header = signWebhook(newWebhookSecret(), body, t);
    expect(verifyWebhookSignature(secret, header, body, 300, now)).toEqual({ valid: false, problem: 'mismatch' });
  });

  it('refuses a timestamp outside the tolerance, old or in the future, and a re-dated signature', () => {
    expect(verifyWebhookSignature(secret, signWebhook(secret, body, t - 301), body, 300, now)).toEqual({ valid: false, problem: 'outside_tolerance' });
    expect(verifyWebhookSignature(secret, signWebhook(secret, body, t + 301), body, 300, now)).toEqual({ valid: false, problem: 'outside_tolerance' });
    expect(verifyWebhookSignature(secret, signWebhook(secret, body, t - 299), body, 300, now).valid).toBe(true);
    // Moving the timestamp of a captured delivery breaks its MAC.
    const redated = signWebhook(secret, body, t - 3600).replace(`t=${t - 3600}`, `t=${t}`);
    expect(verifyWebhookSignature(secret, redated, body, 300, now)).toEqual({ valid: false, problem: 'mismatch' });
  });

  it('refuses malformed headers and accepts any one matching v1 entry', () => {
    const v1 = signWebhook(secret, body, t).split(',v1=')[1] ?? '';
    for (const header of [undefined, '', 'v1=' + v1, `t=${t}`, `t=abc,v1=${v1}`, `t=${t},t=${t},v1=${v1}`, `t=${t},v1=xyz`, `t=${t},v0=${v1}`]) {
      expect(verifyWebhookSignature(secret, header, body, 300, now), String(header)).toEqual({ valid: false, problem: 'malformed' });
    }
    const rotated = `t=${t},v1=${'0'.repeat(64)},v1=${v1}`;
    expect(verifyWebhookSignature(secret, rotated, body, 300, now).valid).toBe(true);
  });

  it('signs with both secrets during a rotation, so either verifies and a third does not', () => {
    const previous = newWebhookSecret();
    const header = signWebhook([secret, previous], body, t);
    expect(header.split(',').map((part) => part.split('=')[0])).toEqual(['t', 'v1', 'v1']);
    expect(verifyWebhookSignature(secret, header, body, 300, now).valid).toBe(true);
    expect(verifyWebhookSignature(previous, header, body, 300, now).valid).toBe(true);
    expect(verifyWebhookSignature(newWebhookSecret(), header, body, 300, now)).toEqual({ valid: false, problem: 'mismatch' });
  });
});
