/** The in-process memory of verified API keys: how long it trusts a key, and what makes it forget one. */
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../api/auth/keys.js';
import { VerifiedKeys } from '../../../api/auth/verified-keys.js';

const caller = (keyId: string): Caller => ({ keyId, keyName: 'portal', companyId: 'globex', scopes: ['read', 'act'] });
const tokenOf = (keyId: string) => `tdm_${keyId}.secret`;

describe('verified keys', () => {
  it('trusts a verified key for the TTL and asks again after it', () => {
    let now = 1_000;
    const verified = new VerifiedKeys(5_000, () => now);
    verified.remember(tokenOf('a'), caller('a'));
    now += 4_999;
    expect(verified.get(tokenOf('a'))).toEqual(caller('a'));
    now += 1;
    expect(verified.get(tokenOf('a'))).toBeUndefined();
  });

  it('knows nothing of a token it was not given, even one of a key it holds', () => {
    const verified = new VerifiedKeys();
    verified.remember(tokenOf('a'), caller('a'));
    expect(verified.get('tdm_a.other-secret')).toBeUndefined();
  });

  it('forgets a revoked key at once and keeps the others', () => {
    const verified = new VerifiedKeys();
    verified.remember(tokenOf('a'), caller('a'));
    verified.remember(tokenOf('b'), caller('b'));
    verified.forget('a');
    expect(verified.get(tokenOf('a'))).toBeUndefined();
    expect(verified.get(tokenOf('b'))).toEqual(caller('b'));
  });

  it('holds nothing when the TTL is zero', () => {
    const verified = new VerifiedKeys(0);
    verified.remember(tokenOf('a'), caller('a'));
    expect(verified.get(tokenOf('a'))).toBeUndefined();
  });

  it('holds at most 10,000 keys, dropping the longest held first', () => {
    const verified = new VerifiedKeys();
    for (let index = 0; index <= 10_000; index++) verified.remember(tokenOf(String(index)), caller(String(index)));
    expect(verified.get(tokenOf('0'))).toBeUndefined();
    expect(verified.get(tokenOf('1'))).toEqual(caller('1'));
    expect(verified.get(tokenOf('10000'))).toEqual(caller('10000'));
  });
});
