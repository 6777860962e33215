/**
 * How webhook deliveries are signed, and how a receiver checks them.
 *
 * `Tandem-Signature: t=<unix seconds>,v1=<hex>` where the hex is HMAC-SHA256, keyed with the
 * subscription's secret (the whole `whsec_…` string as UTF-8), over `<t>.<raw body>`. The
 * timestamp is inside the MAC, so a captured delivery cannot be replayed later by a third
 * party once it falls outside the receiver's tolerance. A header may carry several `v1`
 * entries; one matching is enough. After a secret rotation, for the grace period the company
 * chose, every delivery carries two: `t=<t>,v1=<hex with the new secret>,v1=<hex with the
 * previous secret>`, so receivers can switch secrets at their own pace.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The header that carries the signature. */
export const SIGNATURE_HEADER = 'Tandem-Signature';

/** Signatures older or newer than this are refused unless the caller says otherwise. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** A new subscription secret: `whsec_` and 32 random bytes, base64url. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

function mac(secret: string, timestamp: number, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/** The `Tandem-Signature` value for `rawBody` sent at `timestamp` (unix seconds): one `v1` per secret, in the order given. */
export function signWebhook(secrets: string | readonly string[], rawBody: string | Buffer, timestamp: number): string {
  const keys = typeof secrets === 'string' ? [secrets] : secrets;
  return [`t=${timestamp}`, ...keys.map((secret) => `v1=${mac(secret, timestamp, rawBody)}`)].join(',');
}

/** Why a signature was refused. */
export type SignatureProblem = 'malformed' | 'outside_tolerance' | 'mismatch';

/** The outcome of {@link verifyWebhookSignature}. */
export type SignatureCheck = { valid: true; timestamp: number } | { valid: false; problem: SignatureProblem };

/**
 * Checks a `Tandem-Signature` header against the raw body exactly as received (before any
 * JSON parsing) and the subscription's secret. Refuses a timestamp more than
 * `toleranceSeconds` away from `nowMs`, and compares MACs in constant time.
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | undefined,
  rawBody: string | Buffer,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
  nowMs = Date.now(),
): SignatureCheck {
  if (!header || header.length > 2048) return { valid: false, problem: 'malformed' };
  const entries = header.split(',').map((part) => part.trim().split('='));
  const timestamps = entries.filter(([name]) => name === 't').map(([, value]) => value ?? '');
  const signatures = entries.filter(([name, value]) => name === 'v1' && value !== undefined && /^[0-9a-f]{64}$/.test(value)).map(([, value]) => value ?? '');
  const [timestampText] = timestamps;
  if (timestamps.length !== 1 || timestampText === undefined || !/^\d{1,12}$/.test(timestampText) || signatures.length === 0) return { valid: false, problem: 'malformed' };
  const timestamp = Number(timestampText);
  if (Math.abs(nowMs / 1000 - timestamp) > toleranceSeconds) return { valid: false, problem: 'outside_tolerance' };
  const expected = Buffer.from(mac(secret, timestamp, rawBody), 'hex');
  const matches = signatures.some((signature) => timingSafeEqual(expected, Buffer.from(signature, 'hex')));
  return matches ? { valid: true, timestamp } : { valid: false, problem: 'mismatch' };
}
