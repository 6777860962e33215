/**
 * One transaction on one pooled connection: committed when the work resolves, rolled back
 * when it throws, and the connection always returned to the pool.
 */
import type pg from 'pg';

/** Runs `work` inside `begin` (`BEGIN`, or e.g. `BEGIN READ ONLY`). */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  // A connection that breaks while checked out fails the query in flight; without a listener it would end the process.
  const onError = () => {};
  client.on('error', onError);
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // A failed rollback (a broken connection) must not hide the error that caused it.
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.removeListener('error', onError);
    client.release();
  }
}
