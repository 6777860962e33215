/**
 * `Idempotency-Key` for unsafe requests: the same key and body get the stored answer
 * again; the same key with another body is a 409. Requests with one key are serialised by
 * an advisory lock, so two concurrent retries do not both act.
 */
import { createHash } from 'node:crypto';
import type { Request } from 'express';
import type pg from 'pg';
import { canonicalJson } from './template-catalog.js';
import type { Caller } from './auth/keys.js';
import { tenantOf } from './auth/middleware.js';
import { ApiError } from './errors.js';
import { tenantBegin } from './tenant.js';

/** A response to send: status and JSON body. */
export interface Reply {
  status: number;
  body: unknown;
}

/**
 * Runs `act` once per (key, Idempotency-Key, route); without the header it just runs. The
 * records are read and written as the API role, which sees only the calling key's.
 */
export async function idempotent(pool: pg.Pool, caller: Caller, request: Request, act: () => Promise<Reply>): Promise<Reply> {
  const keyId = caller.keyId;
  const header = request.header('idempotency-key');
  if (header === undefined) return act();
  if (!/^[\x21-\x7e]{1,200}$/.test(header)) throw new ApiError(400, 'invalid_idempotency_key', 'Idempotency-Key must be 1–200 visible ASCII characters.');
  const route = `${request.method} ${request.baseUrl}${request.path}`;
  const requestHash = createHash('sha256').update(canonicalJson(request.body ?? {})).digest('hex');
  const client = await pool.connect();
  const onError = () => {};
  client.on('error', onError);
  try {
    await client.query(tenantBegin(tenantOf(caller)));
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${keyId} ${header} ${route}`]);
    const stored = await client.query<{ request_hash: string; status: number; response: unknown }>(
      'SELECT request_hash, status, response FROM idempotency_records WHERE key_id = $1 AND idem_key = $2 AND route = $3',
      [keyId, header, route],
    );
    const previous = stored.rows[0];
    if (previous) {
      await client.query('COMMIT');
      if (previous.request_hash !== requestHash) {
        throw new ApiError(409, 'idempotency_conflict', 'This Idempotency-Key was already used with a different request body; use a new key for a new request.');
      }
      return { status: previous.status, body: previous.response };
    }
    let reply: Reply;
    try {
      reply = await act();
    } catch (error) {
      if (!(error instanceof ApiError) || error.status >= 500) throw error;
      reply = { status: error.status, body: { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } } };
    }
    await client.query('INSERT INTO idempotency_records (key_id, idem_key, route, request_hash, status, response) VALUES ($1, $2, $3, $4, $5, $6)', [
      keyId,
      header,
      route,
      requestHash,
      reply.status,
      JSON.stringify(reply.body),
    ]);
    await client.query('COMMIT');
    return reply;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.removeListener('error', onError);
    client.release();
  }
}
