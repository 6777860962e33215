/**
 * API keys. A key belongs to one company and carries scopes: `company` (act for that
 * company) and `ops` (templates, keys). The token is shown once at creation; only a hash
 * of its secret part is stored, so a database leak does not leak usable keys.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';

export const Scope = z.enum(['company', 'ops']);
export type Scope = z.infer<typeof Scope>;

/** Who is calling, as established from their key. */
export interface Caller {
  keyId: string;
  companyId: string;
  scopes: Scope[];
}

/** A key as listed (never with its secret). */
export interface ApiKey extends Caller {
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Creates a key and returns its token, which is not stored and cannot be shown again. */
export async function createApiKey(pool: pg.Pool, companyId: string, name: string, scopes: Scope[]): Promise<{ id: string; token: string }> {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  await pool.query('INSERT INTO api_keys (id, company_id, name, scopes, secret_hash) VALUES ($1, $2, $3, $4, $5)', [id, companyId, name, scopes, hash(secret)]);
  return { id, token: `tdm_${id}.${secret}` };
}

/** The channel on which a revocation is announced, so API processes drop the key from their verified keys (api/auth/verified-keys.ts) at once. */
export const KEY_REVOKED_CHANNEL = 'api_key_revoked';

/**
 * Revokes a key; returns false when there is no such key. Revoking twice is fine. Listening
 * API processes hear of it when this commits (see `ChangeFeed.onKeyRevoked`).
 */
export async function revokeApiKey(pool: pg.Pool, id: string): Promise<boolean> {
  const result = await pool.query(
    `WITH revoked AS (UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING id)
     SELECT pg_notify('${KEY_REVOKED_CHANNEL}', id) FROM revoked`,
    [id],
  );
  return result.rowCount === 1;
}

/** Lists keys, optionally of one company. */
export async function listApiKeys(pool: pg.Pool, companyId?: string): Promise<ApiKey[]> {
  const result = await pool.query<{ id: string; company_id: string; name: string; scopes: Scope[]; created_at: Date; revoked_at: Date | null }>(
    `SELECT id, company_id, name, scopes, created_at, revoked_at FROM api_keys ${companyId ? 'WHERE company_id = $1' : ''} ORDER BY created_at`,
    companyId ? [companyId] : [],
  );
  return result.rows.map((row) => ({ keyId: row.id, companyId: row.company_id, name: row.name, scopes: row.scopes, createdAt: row.created_at.toISOString(), revokedAt: row.revoked_at?.toISOString() ?? null }));
}

/** The caller behind a bearer token, or undefined for a malformed, unknown or revoked token. */
export async function verifyToken(pool: pg.Pool, token: string): Promise<Caller | undefined> {
  const match = /^tdm_([0-9a-f]{16})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return undefined;
  const [, id = '', secret = ''] = match;
  const result = await pool.query<{ company_id: string; scopes: Scope[]; secret_hash: string; revoked_at: Date | null }>(
    'SELECT company_id, scopes, secret_hash, revoked_at FROM api_keys WHERE id = $1',
    [id],
  );
  const row = result.rows[0];
  if (!row || row.revoked_at) return undefined;
  const expected = Buffer.from(row.secret_hash, 'hex');
  const actual = Buffer.from(hash(secret), 'hex');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
  return { keyId: id, companyId: row.company_id, scopes: row.scopes };
}
