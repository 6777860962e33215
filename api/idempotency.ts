/**
 * `Idempotency-Key` for unsafe requests: the same key and body get the stored answer
 * again; the same key with another body is a 409.
 *
 * Three short transactions, none held while the request's work runs (holding one would let
 * a burst of keyed requests take every pooled connection and wait forever for another):
 *   1. claim: a row for (API key, Idempotency-Key, route) without an answer, leased until
 *      `claimed_until`. A second request with the key waits briefly for the answer, else hears
 *      409 `idempotency_in_progress` with Retry-After.
 *   2. the work, on connections of its own.
 *   3. answer: the reply is written into the row. A failure (an outage, a bug) deletes the
 *      claim instead, so a retry does the work again and returns its real outcome.
 * Work that only writes Postgres ({@link idempotentWrite}) stores its answer in its own
 * transaction instead, so no lost connection can leave its effect without the answer. Work
 * that ends in Temporal is named after the key there (see {@link retryIdentity}), so a retry
 * after a lost answer joins the first attempt's update or start instead of repeating it.
 * A claim whose process died lapses after {@link CLAIM_LEASE_MS}; a retry then takes it over.
 * The records are read and written as the API role, which sees only the calling key's.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Request } from 'express';
import type pg from 'pg';
import { canonicalJson } from './template-catalog.js';
import type { Caller } from './auth/keys.js';
import { tenantOf } from './auth/middleware.js';
import { ApiError } from './errors.js';
import { asTenant, type Tenant } from './tenant.js';

/** A response to send: status and JSON body. */
export interface Reply {
  status: number;
  body: unknown;
}

/** How long a claim holds without an answer: longer than any request's work (its database and Temporal calls are bounded well below). */
export const CLAIM_LEASE_MS = 60_000;
/** How long a request waits for another request with the same key to answer before hearing 409. */
const WAIT_FOR_ANSWER_MS = 3_000;
const POLL_MS = 100;
const IN_PROGRESS_MESSAGE = 'A request with this Idempotency-Key is still being worked on. Retry after the time in the Retry-After header to get its answer.';
/** Writing the answer or releasing the claim is tried this often while the request waits… */
const WRITE_ATTEMPTS = 3;
/** …and then every this often in the background, until the claim would lapse anyway. */
const BACKGROUND_RETRY_MS = 1_000;

interface KeyedRequest {
  keyId: string;
  key: string;
  route: string;
  requestHash: string;
}

/** What the claim found: this request owns the key, or another request's answer or claim. */
type Claim = { kind: 'claimed'; token: string } | { kind: 'answered'; requestHash: string; reply: Reply } | { kind: 'in_progress'; requestHash: string } | { kind: 'gone' };

/**
 * Runs `act` once per (key, Idempotency-Key, route); without the header it just runs.
 * `act` must not be called with a connection of the caller's held open.
 */
export async function idempotent(pool: pg.Pool, caller: Caller, request: Request, act: () => Promise<Reply>): Promise<Reply> {
  const keyed = keyedRequest(caller, request);
  if (keyed === undefined) return act();
  const tenant = tenantOf(caller);
  const token = await waitForClaim(pool, tenant, keyed);
  if (typeof token !== 'string') return token;

  let reply: Reply;
  try {
    reply = await act();
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) {
      await release(pool, tenant, keyed, token);
      throw error;
    }
    reply = refusal;
  }
  await answer(pool, tenant, keyed, token, reply);
  return reply;
}

/**
 * {@link idempotent} for work that only writes Postgres: `act` runs in one transaction as the
 * caller, and the answer is stored in that same transaction. The effect and its answer commit
 * together or not at all, so a connection lost at any moment, even between the commit and its
 * acknowledgement, leaves both (a retry gets the stored answer) or neither (a retry does the
 * work): never an effect without its answer, which a retry would repeat.
 */
export async function idempotentWrite(pool: pg.Pool, caller: Caller, request: Request, act: (db: pg.PoolClient) => Promise<Reply>): Promise<Reply> {
  const tenant = tenantOf(caller);
  const keyed = keyedRequest(caller, request);
  if (keyed === undefined) return asTenant(pool, tenant, act);
  const token = await waitForClaim(pool, tenant, keyed);
  if (typeof token !== 'string') return token;
  try {
    return await asTenant(pool, tenant, async (db) => {
      const reply = await act(db);
      const stored = await storeAnswer(db, keyed, token, reply);
      // The claim lapsed and a retry took the key over: that one does the work, not this one too.
      if (stored.rowCount !== 1) throw new ApiError(409, 'idempotency_in_progress', IN_PROGRESS_MESSAGE, undefined, 1);
      return reply;
    });
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal) {
      // Nothing was written (the transaction rolled back); the refusal is the key's answer.
      await answer(pool, tenant, keyed, token, refusal);
      return refusal;
    }
    // If the commit did happen, the claim already holds the answer and is not released.
    await release(pool, tenant, keyed, token);
    throw error;
  }
}

/** A refusal (a 4xx) as the reply to store for the key; undefined for a failure that a retry may get past. */
function refusalOf(error: unknown): Reply | undefined {
  if (!(error instanceof ApiError) || error.status >= 500) return undefined;
  return { status: error.status, body: { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } } };
}

/**
 * A stable name for this request's Idempotency-Key (of this API key, on this route), or
 * undefined without the header. A Temporal update sent for the request is named after it, so a
 * retry after an answer that was lost (a timeout, an outage) joins the update the first attempt
 * started and returns its real result, instead of being refused as a second decision.
 */
export function retryIdentity(caller: Caller, request: Request): string | undefined {
  const header = request.header('idempotency-key');
  if (header === undefined) return undefined;
  return createHash('sha256').update(`${caller.keyId}\n${routeOf(request)}\n${header}`).digest('base64url').slice(0, 32);
}

function routeOf(request: Request): string {
  return `${request.method} ${request.baseUrl}${request.path}`;
}

/** The request's Idempotency-Key with what it is bound to; undefined without the header. */
function keyedRequest(caller: Caller, request: Request): KeyedRequest | undefined {
  const header = request.header('idempotency-key');
  if (header === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,200}$/.test(header)) throw new ApiError(400, 'invalid_idempotency_key', 'Idempotency-Key must be 1–200 visible ASCII characters.');
  return { keyId: caller.keyId, key: header, route: routeOf(request), requestHash: createHash('sha256').update(canonicalJson(request.body ?? {})).digest('hex') };
}

/** Claims the key, waiting a little while another request holds it; returns the claim's token or the stored reply. */
async function waitForClaim(pool: pg.Pool, tenant: Tenant, keyed: KeyedRequest): Promise<string | Reply> {
  const deadline = Date.now() + WAIT_FOR_ANSWER_MS;
  for (;;) {
    const claim = await claimOrRead(pool, tenant, keyed);
    if (claim.kind === 'claimed') return claim.token;
    if (claim.kind !== 'gone' && claim.requestHash !== keyed.requestHash) {
      throw new ApiError(409, 'idempotency_conflict', 'This Idempotency-Key was already used with a different request body; use a new key for a new request.');
    }
    if (claim.kind === 'answered') return claim.reply;
    if (Date.now() > deadline) {
      throw new ApiError(409, 'idempotency_in_progress', IN_PROGRESS_MESSAGE, undefined, 1);
    }
    // 'in_progress' waits for the answer; 'gone' (the other request failed and let go) claims again at once.
    if (claim.kind === 'in_progress') await sleep(POLL_MS);
  }
}

/**
 * One short transaction: insert the claim, take over a lapsed one, or read what holds the key.
 * When it fails, the claim may still have been committed (the connection lost between the
 * commit and its acknowledgement): that claim is let go, so a retry after an outage does the
 * work at once instead of hearing "in progress" until the claim would lapse.
 */
async function claimOrRead(pool: pg.Pool, tenant: Tenant, keyed: KeyedRequest): Promise<Claim> {
  const token = randomUUID();
  try {
    return await insertClaimOrRead(pool, tenant, keyed, token);
  } catch (error) {
    await release(pool, tenant, keyed, token);
    throw error;
  }
}

async function insertClaimOrRead(pool: pg.Pool, tenant: Tenant, keyed: KeyedRequest, token: string): Promise<Claim> {
  return asTenant(pool, tenant, async (db) => {
    const claimed = await db.query(
      `INSERT INTO idempotency_records (key_id, idem_key, route, request_hash, claim_token, claimed_until)
       VALUES ($1, $2, $3, $4, $5, now() + $6 * interval '1 millisecond')
       ON CONFLICT (key_id, idem_key, route) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, claim_token = EXCLUDED.claim_token, claimed_until = EXCLUDED.claimed_until
         WHERE idempotency_records.status IS NULL AND idempotency_records.claimed_until < now()
       RETURNING claim_token`,
      [keyed.keyId, keyed.key, keyed.route, keyed.requestHash, token, CLAIM_LEASE_MS],
    );
    if (claimed.rowCount === 1) return { kind: 'claimed', token };
    const held = await db.query<{ request_hash: string; status: number | null; response: unknown }>(
      'SELECT request_hash, status, response FROM idempotency_records WHERE key_id = $1 AND idem_key = $2 AND route = $3',
      [keyed.keyId, keyed.key, keyed.route],
    );
    const row = held.rows[0];
    if (!row) return { kind: 'gone' };
    if (row.status === null) return { kind: 'in_progress', requestHash: row.request_hash };
    return { kind: 'answered', requestHash: row.request_hash, reply: { status: row.status, body: row.response } };
  });
}

/**
 * Stores the reply on the claim. If that keeps failing the work has still happened, so the
 * reply is returned anyway; the claim then lapses and a retry after it may do the work again.
 */
async function answer(pool: pg.Pool, tenant: Tenant, keyed: KeyedRequest, token: string, reply: Reply): Promise<void> {
  await withRetries('storing an idempotent answer', keyed, () => asTenant(pool, tenant, (db) => storeAnswer(db, keyed, token, reply)));
}

/** Writes the reply onto the claim this request holds (no row when the claim was lost). */
function storeAnswer(db: pg.PoolClient, keyed: KeyedRequest, token: string, reply: Reply): Promise<pg.QueryResult> {
  return db.query('UPDATE idempotency_records SET status = $5, response = $6, claim_token = NULL, claimed_until = NULL WHERE key_id = $1 AND idem_key = $2 AND route = $3 AND claim_token = $4', [
    keyed.keyId,
    keyed.key,
    keyed.route,
    token,
    reply.status,
    JSON.stringify(reply.body),
  ]);
}

/** Lets go of the claim so a retry does the work again; if the database is gone, the claim lapses on its own. */
async function release(pool: pg.Pool, tenant: Tenant, keyed: KeyedRequest, token: string): Promise<void> {
  await withRetries('releasing an idempotency claim', keyed, () =>
    asTenant(pool, tenant, (db) => db.query('DELETE FROM idempotency_records WHERE key_id = $1 AND idem_key = $2 AND route = $3 AND claim_token = $4', [keyed.keyId, keyed.key, keyed.route, token])),
  );
}

/**
 * Tries `write` a few times while the request waits; if the database is still away, keeps
 * trying in the background until the claim's lease ends, so a client retrying with the key
 * hears "in progress" and then the stored answer, instead of the work being done twice.
 */
async function withRetries(what: string, keyed: KeyedRequest, write: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
    try {
      await write();
      return;
    } catch {
      await sleep(100 * attempt);
    }
  }
  void keepTrying(what, keyed, write, Date.now() + CLAIM_LEASE_MS);
}

async function keepTrying(what: string, keyed: KeyedRequest, write: () => Promise<unknown>, until: number): Promise<void> {
  let lastError: unknown;
  while (Date.now() < until) {
    await sleep(BACKGROUND_RETRY_MS);
    try {
      await write();
      return;
    } catch (error) {
      lastError = error;
    }
  }
  console.error(JSON.stringify({ level: 'error', msg: `${what} failed; the claim lapses on its own`, route: keyed.route, error: lastError instanceof Error ? lastError.message : String(lastError) }));
}

/** A pause that does not keep a stopping process alive. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
