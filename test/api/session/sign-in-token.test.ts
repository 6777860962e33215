/** Sign-in tokens and session cookies: what verifies, and when cookies are Secure. */
import { describe, expect, it } from 'vitest';
import { LinkSigner } from '../../../activities/mail/link-token.js';
import { insecureCookiesAllowed } from '../../../api/session/middleware.js';
import { SignInSigner } from '../../../api/session/sign-in-token.js';

const secret = 'a-signing-secret-of-at-least-32-characters';
const claims = { id: 'link-1', companyId: 'acme', personId: 'per_1', expiresAt: 2_000_000_000 };

describe('sign-in tokens', () => {
  it('verify only as signed, with this secret, for this purpose', () => {
    const signer = new SignInSigner(secret);
    const token = signer.sign(claims);
    expect(signer.verify(token)).toEqual(claims);
    expect(new SignInSigner(`${secret}x`).verify(token)).toBeUndefined();
    const [payload = '', mac = ''] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ v: 1, l: 'link-1', c: 'globex', p: 'per_1', x: 2_000_000_000 })).toString('base64url');
    expect(signer.verify(`${forged}.${mac}`)).toBeUndefined();
    expect(signer.verify(`${payload}.${mac}x`)).toBeUndefined();
    expect(signer.verify(`${payload}.${mac}.extra`)).toBeUndefined();
    // An emailed action link's token, signed with the same secret, is not a sign-in token.
    const actionToken = new LinkSigner(secret).sign({ id: 'link-1', instanceId: 'i', taskId: 't', recipient: 'vera@acme.example', purpose: 'view', expiresAt: 2_000_000_000 });
    expect(signer.verify(actionToken)).toBeUndefined();
    expect(signer.confirms('link-1', signer.confirmation('link-1'))).toBe(true);
    expect(signer.confirms('link-2', signer.confirmation('link-1'))).toBe(false);
  });
});

describe('session cookies', () => {
  it('go without Secure only for a server on localhost over http', () => {
    expect(insecureCookiesAllowed('http://localhost:3000')).toBe(true);
    expect(insecureCookiesAllowed('http://127.0.0.1:3000')).toBe(true);
    expect(insecureCookiesAllowed('https://tandem.example.com')).toBe(false);
    expect(insecureCookiesAllowed('http://tandem.example.com')).toBe(false);
    expect(insecureCookiesAllowed('https://localhost:3000')).toBe(false);
  });
});
