/**
 * The format of emailed action links. A token is `<payload>.<mac>`: the payload is
 * base64url JSON naming the link record and everything it is bound to (instance, task,
 * recipient, purpose, outcome, expiry); the mac is HMAC-SHA256 over the payload with a key
 * derived from SIGNING_SECRET. Nothing in a token is trusted until the mac checks out, and
 * even then the stored record must say the same (see api/routes/act.ts).
 *
 * The mail activity signs, the API verifies; both derive the same keys from the secret.
 */
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { ConfigError } from '../../config.js';
import { MAX_INSTANCE_ID_LENGTH, MAX_TASK_ID_LENGTH } from '../../definitions/limits.js';
import { deriveKey, equal, macOf, openToken, sealToken } from './signed-token.js';

/** `view` shows the task to its recipient; `decide` records one outcome, once. */
export type LinkPurpose = 'view' | 'decide';

/** What a link is bound to. */
export interface LinkClaims {
  /** The id of the `action_links` row. */
  id: string;
  instanceId: string;
  taskId: string;
  /** The email address of the only person the link acts for. */
  recipient: string;
  purpose: LinkPurpose;
  /** The outcome a `decide` link records. */
  outcome?: string;
  /** Expiry, epoch seconds. */
  expiresAt: number;
}

const Payload = z.strictObject({
  v: z.literal(1),
  l: z.string().min(1).max(64),
  i: z.string().min(1).max(MAX_INSTANCE_ID_LENGTH),
  t: z.string().min(1).max(MAX_TASK_ID_LENGTH),
  r: z.string().min(3).max(320),
  p: z.enum(['view', 'decide']),
  o: z.string().min(1).max(100).optional(),
  x: z.int().positive(),
});

/** Longer than any token we issue; anything bigger is refused before any work. */
const MAX_TOKEN_LENGTH = 2048;

/** Signs and verifies link tokens and the confirmation field of the decision form. */
export class LinkSigner {
  private readonly tokenKey: Buffer;
  private readonly confirmKey: Buffer;
  private readonly idKey: Buffer;

  constructor(secret: string) {
    // One key per use, so a value made for one purpose (a link id, a form confirmation) can
    // never pass as another (a token signature).
    this.tokenKey = deriveKey(secret, 'tandem/action-link/v1');
    this.confirmKey = deriveKey(secret, 'tandem/act-confirm/v1');
    this.idKey = deriveKey(secret, 'tandem/link-id/v1');
  }

  /** The token for `claims`; the same claims always give the same token. */
  sign(claims: LinkClaims): string {
    return sealToken(this.tokenKey, {
      v: 1,
      l: claims.id,
      i: claims.instanceId,
      t: claims.taskId,
      r: claims.recipient,
      p: claims.purpose,
      ...(claims.outcome === undefined ? {} : { o: claims.outcome }),
      x: claims.expiresAt,
    });
  }

  /** The claims of a token we signed; undefined for anything malformed, altered or signed with another secret. */
  verify(token: string): LinkClaims | undefined {
    const decoded = openToken(this.tokenKey, token, MAX_TOKEN_LENGTH);
    if (decoded === undefined) return undefined;
    const parsed = Payload.safeParse(decoded);
    if (!parsed.success) return undefined;
    const { l, i, t, r, p, o, x } = parsed.data;
    return { id: l, instanceId: i, taskId: t, recipient: r, purpose: p, ...(o === undefined ? {} : { outcome: o }), expiresAt: x };
  }

  /**
   * The hidden field of the decision form for link `linkId`. Only the page served for that
   * link carries it, so a bare POST to a link (a scanner, a forged form) is refused.
   */
  confirmation(linkId: string): string {
    return macOf(this.confirmKey, linkId);
  }

  /** Whether `value` is the confirmation of link `linkId`. */
  confirms(linkId: string, value: string): boolean {
    return equal(value, this.confirmation(linkId));
  }

  /**
   * The id of a mail's link: derived from the mail's business key, so a retried mail
   * activity finds the links it minted the first time; keyed, so ids cannot be guessed.
   */
  linkId(mailKey: string, purpose: LinkPurpose, outcome = ''): string {
    return createHmac('sha256', this.idKey).update(`${mailKey}\n${purpose}\n${outcome}`).digest().subarray(0, 16).toString('base64url');
  }

}

/** A signer for the configured secret; stops the start with a {@link ConfigError} when there is none. */
export function linkSignerFor(secret: string | undefined): LinkSigner {
  if (!secret || secret.length < 32) {
    throw new ConfigError(['SIGNING_SECRET: set at least 32 random characters (e.g. `openssl rand -hex 32`); it signs emailed links, and every worker and API server needs the same one']);
  }
  return new LinkSigner(secret);
}
