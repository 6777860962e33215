/**
 * The token of a mailed sign-in link: `<payload>.<mac>`, the payload base64url JSON naming
 * the `sign_in_links` row, the person and company it signs in, and its expiry; the mac is
 * HMAC-SHA256 with a key derived from SIGNING_SECRET for this purpose only, so no action
 * link or form confirmation can pass as a sign-in token. The envelope is the one every mailed
 * token uses (activities/mail/signed-token.ts). The stored row decides whether the
 * token is still usable (single use, expiry), as for action links.
 */
import { z } from 'zod';
import { deriveKey, equal, macOf, openToken, sealToken } from '../../activities/mail/index.js';

/** What a sign-in token is bound to. */
export interface SignInClaims {
  /** The `sign_in_links` row. */
  id: string;
  companyId: string;
  personId: string;
  /** Expiry, epoch seconds. */
  expiresAt: number;
}

const Payload = z.strictObject({ v: z.literal(1), l: z.string().min(1).max(64), c: z.string().min(1).max(100), p: z.string().min(1).max(100), x: z.int().positive() });

const MAX_TOKEN_LENGTH = 1024;

/** Signs and verifies sign-in tokens and the confirmation field of the sign-in page. */
export class SignInSigner {
  private readonly tokenKey: Buffer;
  private readonly confirmKey: Buffer;

  constructor(secret: string) {
    this.tokenKey = deriveKey(secret, 'tandem/sign-in-link/v1');
    this.confirmKey = deriveKey(secret, 'tandem/sign-in-confirm/v1');
  }

  /** The token for `claims`. */
  sign(claims: SignInClaims): string {
    return sealToken(this.tokenKey, { v: 1, l: claims.id, c: claims.companyId, p: claims.personId, x: claims.expiresAt });
  }

  /** The claims of a token signed here; undefined for anything malformed, altered or signed with another key. */
  verify(token: string): SignInClaims | undefined {
    const decoded = openToken(this.tokenKey, token, MAX_TOKEN_LENGTH);
    if (decoded === undefined) return undefined;
    const parsed = Payload.safeParse(decoded);
    if (!parsed.success) return undefined;
    return { id: parsed.data.l, companyId: parsed.data.c, personId: parsed.data.p, expiresAt: parsed.data.x };
  }

  /** The hidden field of the sign-in page for link `linkId`: a bare POST (a scanner, a forged form) lacks it. */
  confirmation(linkId: string): string {
    return macOf(this.confirmKey, linkId);
  }

  /** Whether `value` is the confirmation of link `linkId`. */
  confirms(linkId: string, value: string): boolean {
    return equal(value, this.confirmation(linkId));
  }
}
