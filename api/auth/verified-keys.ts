/**
 * Recently verified API keys, held in this process for a few seconds so that a portal
 * polling several times a second does not pay a database lookup per request. Revoking a
 * key forgets it here at once (the revoke route, and a notification from any other process
 * that revokes one); the TTL bounds how long a revocation can go unseen if that notification
 * is missed, e.g. while the listening connection reconnects.
 */
import { hash } from 'node:crypto';
import type { Caller } from './keys.js';

/** How long a verified key is trusted without asking the database again (see README, Configuration). */
export const VERIFIED_KEY_TTL_MS = 5_000;

/** Enough for every active key of a large installation; beyond it the oldest entry goes. */
const MAX_ENTRIES = 10_000;

interface Entry {
  caller: Caller;
  expiresAt: number;
}

/** Verified callers by the hash of their token; only keys that passed verification are held. */
export class VerifiedKeys {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = VERIFIED_KEY_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The caller of `token` if it was verified less than the TTL ago and not revoked since. */
  get(token: string): Caller | undefined {
    const key = hashOf(token);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > this.now()) return entry.caller;
    this.entries.delete(key);
    return undefined;
  }

  /** Holds `caller`, just verified from `token`, for the TTL. */
  remember(token: string, caller: Caller): void {
    if (this.ttlMs <= 0) return;
    const key = hashOf(token);
    // Re-inserting moves the entry to the end, so the Map's order stays oldest-first for eviction.
    this.entries.delete(key);
    this.entries.set(key, { caller, expiresAt: this.now() + this.ttlMs });
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  /** Forgets every token of key `keyId` (a key has one token, but the scan costs nothing next to a revocation). */
  forget(keyId: string): void {
    for (const [key, entry] of this.entries) {
      if (entry.caller.keyId === keyId) this.entries.delete(key);
    }
  }
}

// The token itself is a secret; holding only its hash keeps a heap dump from leaking usable keys.
// One-shot hashing: no Hash object per request on the hot path of every keyed route.
const hashOf = (token: string) => hash('sha256', token, 'base64');
