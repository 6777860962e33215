/**
 * A database connection that is terminated while checked out (a Postgres restart or failover)
 * fails the work that used it, and nothing else: the process stays up and the pool serves the
 * next transaction on a fresh connection.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../../activities/store/transaction.js';
import { adminUrl } from '../../support/database.js';

let pool: pg.Pool;
let killer: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({ connectionString: adminUrl(), max: 1 });
  pool.on('error', () => {});
  killer = new pg.Pool({ connectionString: adminUrl(), max: 1 });
  killer.on('error', () => {});
});
afterAll(async () => {
  await pool.end();
  await killer.end();
});

describe('a transaction whose connection is terminated', () => {
  it('fails that transaction only, and the next one runs on a fresh connection', async () => {
    const unhandled: unknown[] = [];
    const onUncaught = (error: unknown) => unhandled.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      const failed = inTransaction(pool, async (client) => {
        const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        await killer.query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);
        // The server has closed the connection: the socket's error arrives while the client is still checked out.
        await new Promise((resolve) => setTimeout(resolve, 200));
        await client.query('SELECT 1');
      });
      await expect(failed).rejects.toThrow();
      const { rows } = await pool.query<{ one: number }>('SELECT 1 AS one');
      expect(rows[0]?.one).toBe(1);
      expect(await inTransaction(pool, async (client) => (await client.query<{ two: number }>('SELECT 2 AS two')).rows[0]?.two)).toBe(2);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  });
});
