/**
 * API keys. A key belongs to one company and carries scopes:
 *
 *   read      see the company's instances, tasks, funds, directory
 *   act       start instances, decide, cancel, request and review funds
 *   admin     manage the company's directory, keys and webhooks
 *   platform  the operator: companies, templates, keys of every company (not a company's work)
 *
 * Keys from before scopes were split keep what they could do (migration 0012): `company` is
 * now `read` + `act`, `ops` is `platform`. The token is shown once at creation; only a hash of
 * its secret part is stored, and the API role can read that hash only through
 * `api_key_for_verification`, so a database leak does not leak usable keys.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';
import type { Db } from '../../activities/directory/index.js';
import { DirectoryError } from '../../activities/directory/index.js';
import { asTenant } from '../tenant.js';

export const Scope = z.enum(['read', 'act', 'admin', 'platform']);
export type Scope = z.infer<typeof Scope>;

/** The scopes a company's admin may give a key of its own company. */
export const COMPANY_SCOPES: readonly Scope[] = ['read', 'act', 'admin'];

/** Who is calling, as established from their key. */
export interface Caller {
  keyId: string;
  keyName: string;
  companyId: string;
  scopes: Scope[];
}

/** A key as listed (never with its secret). */
export interface ApiKey {
  keyId: string;
  companyId: string;
  name: string;
  scopes: Scope[];
  createdAt: string;
  revokedAt: string | null;
}

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * Creates a key and returns its token, which is not stored and cannot be shown again. A key
 * of a company needs the company in the directory; a platform key may belong to the operator's own id.
 */
export async function createApiKey(db: Db, companyId: string, name: string, scopes: Scope[]): Promise<{ id: string; token: string }> {
  if (!scopes.includes('platform')) {
    const exists = await db.query<{ found: boolean }>('SELECT directory_company_exists($1) AS found', [companyId]);
    if (!exists.rows[0]?.found) throw new DirectoryError('unknown_company', `There is no company "${companyId}"; create it first (POST /admin/companies or tandem companies create).`);
  }
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  await db.query('INSERT INTO api_keys (id, company_id, name, scopes, secret_hash) VALUES ($1, $2, $3, $4, $5)', [id, companyId, name, [...new Set(scopes)].sort(), hash(secret)]);
  return { id, token: `tdm_${id}.${secret}` };
}

/** The channel on which a revocation is announced, so API processes drop the key from their verified keys (api/auth/verified-keys.ts) at once. */
export const KEY_REVOKED_CHANNEL = 'api_key_revoked';

/**
 * Revokes a key the transaction can see; returns false when there is no such key. Revoking
 * twice is fine. Listening API processes hear of it when this commits (see `ChangeFeed.onKeyRevoked`).
 */
export async function revokeApiKey(db: Db, id: string): Promise<boolean> {
  const result = await db.query(
    `WITH revoked AS (UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING id)
     SELECT pg_notify('${KEY_REVOKED_CHANNEL}', id) FROM revoked`,
    [id],
  );
  return result.rowCount === 1;
}

/** Lists keys, optionally of one company (row-level security limits a company's admin to its own). */
export async function listApiKeys(db: Db, companyId?: string): Promise<ApiKey[]> {
  const result = await db.query<{ id: string; company_id: string; name: string; scopes: Scope[]; created_at: Date; revoked_at: Date | null }>(
    `SELECT id, company_id, name, scopes, created_at, revoked_at FROM api_keys ${companyId ? 'WHERE company_id = $1' : ''} ORDER BY created_at, id`,
    companyId ? [companyId] : [],
  );
  return result.rows.map((row) => ({ keyId: row.id, companyId: row.company_id, name: row.name, scopes: row.scopes, createdAt: row.created_at.toISOString(), revokedAt: row.revoked_at?.toISOString() ?? null }));
}

/** The caller behind a bearer token, or undefined for a malformed, unknown or revoked token. Looks it up as the API role. */
export async function verifyToken(pool: pg.Pool, token: string): Promise<Caller | undefined> {
  const match = /^tdm_([0-9a-f]{16})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return undefined;
  const [, id = '', secret = ''] = match;
  type KeyRow = { company_id: string; name: string; scopes: Scope[]; secret_hash: string; revoked: boolean };
  // No company yet: the function is the only thing the role may read about keys here.
  const row = await asTenant(pool, { companyId: '' }, async (client) => (await client.query<KeyRow>('SELECT * FROM api_key_for_verification($1)', [id])).rows[0], { readOnly: true });
  if (!row || row.revoked) return undefined;
  const expected = Buffer.from(row.secret_hash, 'hex');
  const actual = Buffer.from(hash(secret), 'hex');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
  return { keyId: id, keyName: row.name, companyId: row.company_id, scopes: row.scopes };
}
