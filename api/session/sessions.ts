/**
 * Sessions of signed-in people. The cookie carries a random secret; only its SHA-256 is
 * stored. A session ends after `idleMs` without a request, at `maxMs` after sign-in
 * whatever happens, at sign-out, at sign-out everywhere, and when the person is no longer
 * an active person of the directory. Each session has its own CSRF token, which every
 * state-changing request must echo in a header (see middleware.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { asTenant } from '../tenant.js';

/** The cookie that carries the session. */
export const SESSION_COOKIE = 'tandem_session';
/** A readable cookie with the session's CSRF token, for pages that send it back as a header. */
export const CSRF_COOKIE = 'tandem_csrf';
/** The header that must carry the CSRF token on every state-changing request. */
export const CSRF_HEADER = 'x-csrf-token';

/** How long sessions live. */
export interface SessionLifetimes {
  idleMs: number;
  maxMs: number;
}

/** A signed-in person, as a verified session establishes them. */
export interface SessionPerson {
  sessionId: string;
  personId: string;
  companyId: string;
  email: string;
  name: string;
  csrfToken: string;
  expiresAt: Date;
}

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Starts a session for an active person; returns the cookie value and the CSRF token. */
export async function createSession(
  pool: pg.Pool,
  person: { companyId: string; personId: string },
  method: 'link' | 'oidc',
  lifetimes: SessionLifetimes,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const result = await asTenant(pool, person, (db) =>
    db.query<{ expires_at: Date }>(
      `INSERT INTO person_sessions (id, company_id, person_id, csrf_token, method, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + $6 * interval '1 millisecond') RETURNING expires_at`,
      [hash(token), person.companyId, person.personId, csrfToken, method, lifetimes.maxMs],
    ),
  );
  const expiresAt = result.rows[0]?.expires_at ?? new Date(Date.now() + lifetimes.maxMs);
  return { token, csrfToken, expiresAt };
}

/**
 * The person behind a session cookie, or undefined when the session is unknown, revoked,
 * past its absolute expiry, idle for too long, or its person is inactive. A valid session's
 * idle clock restarts here (to the minute).
 */
export async function verifySession(pool: pg.Pool, token: string, lifetimes: SessionLifetimes): Promise<SessionPerson | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  // No company is known yet: the role finds the session by its hash through a function (migration 0026).
  const result = await asTenant(pool, { companyId: '' }, (db) =>
    db.query<{ id: string; person_id: string; company_id: string; email: string; name: string; csrf_token: string; expires_at: Date }>(
      'SELECT * FROM person_session_for_verification($1, $2)',
      [hash(token), lifetimes.idleMs],
    ),
  );
  const row = result.rows[0];
  if (!row) return undefined;
  return { sessionId: row.id, personId: row.person_id, companyId: row.company_id, email: row.email, name: row.name, csrfToken: row.csrf_token, expiresAt: row.expires_at };
}

/** Ends one session of the signed-in person. */
export async function endSession(pool: pg.Pool, person: Pick<SessionPerson, 'companyId' | 'personId' | 'sessionId'>): Promise<void> {
  await asTenant(pool, person, (db) => db.query('UPDATE person_sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [person.sessionId]));
}

/** Ends every session of a person (sign-out everywhere); returns how many were open. */
export async function endAllSessions(pool: pg.Pool, companyId: string, personId: string): Promise<number> {
  const result = await asTenant(pool, { companyId, personId }, (db) =>
    db.query('UPDATE person_sessions SET revoked_at = now() WHERE company_id = $1 AND person_id = $2 AND revoked_at IS NULL', [companyId, personId]),
  );
  return result.rowCount ?? 0;
}
