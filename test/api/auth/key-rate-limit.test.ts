/** The per-key request budget as the status read spends it: per key, refused past the limit with the time to wait. */
import { describe, expect, it } from 'vitest';
import { KeyRateLimit } from '../../../api/auth/middleware.js';

describe('key rate limit', () => {
  it('lets a key spend its budget, then refuses with 429 rate_limited and the seconds until it refills', async () => {
    const limit = new KeyRateLimit(3);
    for (let request = 0; request < 3; request++) expect(await limit.spend('key-a')).toBeUndefined();
    const over = await limit.spend('key-a');
    expect(over?.refusal).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(over?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(over?.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('keeps each key’s budget its own', async () => {
    const limit = new KeyRateLimit(1);
    expect(await limit.spend('key-a')).toBeUndefined();
    expect(await limit.spend('key-a')).toBeDefined();
    expect(await limit.spend('key-b')).toBeUndefined();
  });
});
