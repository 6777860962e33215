/**
 * The envelope of every signed value Tandem puts in a mail: `<payload>.<mac>`, the payload
 * base64url JSON and the mac HMAC-SHA256 over the payload text, base64url. Each use (action
 * links, their decision forms, sign-in links, …) derives its own key from SIGNING_SECRET
 * with a label, so a value made for one purpose never passes as another.
 *
 * What the payload holds and how it is checked is the business of each token's module
 * (link-token.ts here, api/session/sign-in-token.ts); this one only seals and opens.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The key for one purpose, e.g. `tandem/action-link/v1`, derived from the signing secret. */
export function deriveKey(secret: string, label: string): Buffer {
  return createHmac('sha256', secret).update(label).digest();
}

/** HMAC-SHA256 of `value` under `key`, base64url. */
export function macOf(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value).digest('base64url');
}

/** `payload` as JSON in a signed envelope. */
export function sealToken(key: Buffer, payload: unknown): string {
  const text = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${text}.${macOf(key, text)}`;
}

/**
 * The JSON inside an envelope sealed with `key`; undefined for anything longer than
 * `maxLength`, malformed, altered or sealed with another key. The result is unchecked JSON:
 * parse it with the token's schema.
 */
export function openToken(key: Buffer, token: string, maxLength: number): unknown {
  if (token.length > maxLength) return undefined;
  const [payload, mac, ...rest] = token.split('.');
  if (!payload || !mac || rest.length > 0) return undefined;
  if (!equal(mac, macOf(key, payload))) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Constant-time comparison, so timing does not reveal how much of a forged value was right. */
export function equal(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
