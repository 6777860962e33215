/** Link tokens: what we sign verifies to the same claims; anything altered, or signed with another secret, does not. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LinkSigner, linkSignerFor, type LinkClaims } from '../../../activities/mail/link-token.js';
import { ConfigError } from '../../../config.js';

const signer = new LinkSigner('a-test-secret-of-at-least-32-characters');

const claims: fc.Arbitrary<LinkClaims> = fc.record(
  {
    id: fc.base64String({ minLength: 4, maxLength: 24 }),
    instanceId: fc.string({ minLength: 1, maxLength: 80 }),
    taskId: fc.string({ minLength: 1, maxLength: 80 }),
    recipient: fc.emailAddress(),
    purpose: fc.constantFrom('view' as const, 'decide' as const),
    outcome: fc.constantFrom('approve', 'reject', 'request_changes'),
    expiresAt: fc.integer({ min: 1, max: 4_000_000_000 }),
  },
  { requiredKeys: ['id', 'instanceId', 'taskId', 'recipient', 'purpose', 'expiresAt'] },
);

describe('link tokens', () => {
  it('verifies every token it signed to the claims it was signed with', () => {
    fc.assert(
      fc.property(claims, (signed) => {
        expect(signer.verify(signer.sign(signed))).toEqual(signed);
      }),
    );
  });

  it('refuses a token with any one character changed', () => {
    fc.assert(
      fc.property(claims, fc.nat(), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'), (signed, at, replacement) => {
        const token = signer.sign(signed);
        const index = at % token.length;
        fc.pre(token[index] !== replacement);
        expect(signer.verify(token.slice(0, index) + replacement + token.slice(index + 1))).toBeUndefined();
      }),
    );
  });

  it('refuses tokens signed with another secret, and confirmations of another link', () => {
    const other = new LinkSigner('another-secret-of-at-least-32-characters');
    const signed: LinkClaims = { id: 'l1', instanceId: 'i', taskId: 't', recipient: 'a@b.example', purpose: 'decide', outcome: 'approve', expiresAt: 2_000_000_000 };
    expect(signer.verify(other.sign(signed))).toBeUndefined();
    expect(signer.confirms('l1', signer.confirmation('l1'))).toBe(true);
    expect(signer.confirms('l1', signer.confirmation('l2'))).toBe(false);
    expect(signer.confirms('l1', other.confirmation('l1'))).toBe(false);
    expect(signer.verify('x'.repeat(5000))).toBeUndefined();
  });

  it('derives the same link id for the same mail and outcome, and different ones otherwise', () => {
    expect(signer.linkId('m/1', 'decide', 'approve')).toBe(signer.linkId('m/1', 'decide', 'approve'));
    expect(new Set([signer.linkId('m/1', 'decide', 'approve'), signer.linkId('m/1', 'decide', 'reject'), signer.linkId('m/1', 'view'), signer.linkId('m/2', 'decide', 'approve')]).size).toBe(4);
  });

  it('stops the start without a signing secret, naming the variable', () => {
    expect(() => linkSignerFor(undefined)).toThrow(ConfigError);
    expect(() => linkSignerFor('short')).toThrow(/SIGNING_SECRET/);
  });
});
