/**
 * Every Postgres pool of Tandem (API, worker, CLI) comes from here, so none can wait forever
 * for a connection and none can crash its process when the database drops one.
 */
import pg from 'pg';

/** How long a caller waits for a pooled connection (a free one, or a new one to connect) before the pool gives up. */
export const DEFAULT_ACQUIRE_TIMEOUT_MS = 5_000;

/** Options of {@link openPool}. */
export interface PoolOptions {
  /** Connections at most. */
  max: number;
  /** Sends a transaction's statements in one write (see api/projection.ts). */
  pipeline?: boolean;
  /** How long to wait for a connection; {@link DEFAULT_ACQUIRE_TIMEOUT_MS} unless given. */
  acquireTimeoutMs?: number;
  /** Where a lost idle connection is reported (stderr as a JSON line unless given). */
  onIdleError?: (error: Error) => void;
}

/**
 * A pool whose `connect()` rejects after the acquire timeout instead of queueing without end
 * (the caller's request then fails with an outage it can report), and whose idle connections
 * may break (a database restart, `pg_terminate_backend`) without an unhandled `error` event:
 * the pool drops such a connection and opens a new one when next asked.
 */
export function openPool(connectionString: string, options: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.max,
    connectionTimeoutMillis: options.acquireTimeoutMs ?? DEFAULT_ACQUIRE_TIMEOUT_MS,
    // A half-open connection (the server gone without a FIN) is noticed by TCP keepalive instead of hanging a query.
    keepAlive: true,
    ...(options.pipeline ? { pipeline: true } : {}),
  });
  pool.on('error', options.onIdleError ?? ((error) => console.error(JSON.stringify({ level: 'error', msg: 'idle database connection lost', error: error.message }))));
  // Every connection keeps a listener of its own for its whole life. The pool removes its idle
  // listener when it hands a new connection out, before the borrower can add one; a server that
  // ends the connection in that moment (its error arriving in the same read as the ready message)
  // would otherwise raise an unhandled 'error' and end the process. The borrower still sees the
  // failure on its next query, and the pool drops the broken connection when it comes back.
  pool.on('connect', (client) => client.on('error', ignoreCheckedOutError));
  return pool;
}

function ignoreCheckedOutError(): void {}
