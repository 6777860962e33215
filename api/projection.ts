/**
 * Reads of the Postgres projection. Status reads never query Temporal: the workflow
 * writes its state here through an activity at every change.
 */
import { escapeLiteral } from 'pg';
import type pg from 'pg';
import type { InstanceState, Task } from '../workflows/schemas.js';

/**
 * Runs `read` in a read-only transaction as the `tandem_api` role with the caller's company
 * set, so row-level security limits it to that company's rows whatever the query says.
 *
 * The set-up is not awaited before `read` starts: on a pool created with `pipeline: true`
 * (as api/server.ts creates it) the set-up and `read`'s first query go out together and
 * cost one round trip instead of four. The server runs them in the order sent, so the read
 * runs under the role and company; and if any set-up step failed, the read's result is
 * thrown away with the transaction, never returned.
 */
export function asCompany<T>(pool: pg.Pool, companyId: string, read: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return onConnection(pool, async (client) => {
    const result = await afterSetUp(beginAsCompany(client, companyId), read(client));
    await client.query('COMMIT');
    return result;
  });
}

/**
 * One read query as `companyId` under row-level security (see {@link asCompany}). With one
 * query the COMMIT need not wait for it either, so a pipelined pool answers in one round trip.
 */
export function queryAs<R extends pg.QueryResultRow = pg.QueryResultRow>(pool: pg.Pool, companyId: string, text: string, values: unknown[]): Promise<pg.QueryResult<R>> {
  return onConnection(pool, async (client) => {
    const [result] = await afterSetUp(beginAsCompany(client, companyId), Promise.all([client.query<R>(text, values), client.query('COMMIT')]));
    return result;
  });
}

/**
 * Sends (without waiting for the answer) the start of a company read: read-only transaction,
 * the API role, the company. One simple-protocol message, so one write and one server wake-up
 * instead of three. Such a message cannot carry parameters; the company id (from the caller's
 * verified key, never from the request) is quoted by pg's `escapeLiteral`, which doubles quotes
 * and backslashes, so no value can end the literal.
 */
function beginAsCompany(client: pg.PoolClient, companyId: string): Promise<unknown> {
  return client.query(`BEGIN READ ONLY; SET LOCAL ROLE tandem_api; SELECT set_config('tandem.company_id', ${escapeLiteral(companyId)}, true)`);
}

/**
 * The outcome of `work` once `setUp` succeeded. A set-up failure wins: it explains any failure
 * of the work, and a result of work that may not have run under the role must not be used.
 */
async function afterSetUp<T>(setUp: Promise<unknown>, work: Promise<T>): Promise<T> {
  const [ready, done] = await Promise.allSettled([setUp, work]);
  if (ready.status === 'rejected') throw ready.reason;
  if (done.status === 'rejected') throw done.reason;
  return done.value;
}

/** Runs `use` on a pooled connection, rolling back its transaction if it throws, and always returns the connection. */
async function onConnection<T>(pool: pg.Pool, use: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // A connection that breaks while checked out fails the query in flight; without a listener it would end the process.
  const onError = () => {};
  client.on('error', onError);
  try {
    return await use(client);
  } catch (error) {
    // A failed rollback (a broken connection) must not hide the error that caused it.
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.removeListener('error', onError);
    client.release();
  }
}

/** A projected instance. `state` was written by the projection activity from the workflow's own state. */
export interface ProjectedInstance {
  state: InstanceState;
  revision: number;
  companyIds: string[];
}

/** The instance if it exists and `companyId` takes part in it. */
export async function readInstance(pool: pg.Pool, id: string, companyId: string): Promise<ProjectedInstance | undefined> {
  const result = await queryAs<{ state: InstanceState; revision: number; company_ids: string[] }>(
    pool,
    companyId,
    'SELECT state, revision, company_ids FROM instances WHERE id = $1 AND $2 = ANY (company_ids)',
    [id, companyId],
  );
  const row = result.rows[0];
  return row ? { state: row.state, revision: row.revision, companyIds: row.company_ids } : undefined;
}

/** What a status read found: the row's revision, and its state unless it is still at the revision the caller holds. */
export interface InstanceStatus {
  revision: number;
  /** Undefined when the instance is still at `knownRevision`. */
  state: InstanceState | undefined;
}

// Named, so each pooled connection prepares it once and later reads only bind and execute.
const STATUS_READ = 'instance_status_as_company';

/**
 * The status of instance `id` if `companyId` takes part in it, in one statement and so one
 * round trip: `instance_status_as_company` (migration 0027) becomes the API role with the
 * company set, and row-level security decides as for every other company read. When the row
 * is still at `knownRevision` (the revision of a view the caller holds), its state is not sent.
 */
export async function readInstanceStatus(pool: pg.Pool, id: string, companyId: string, knownRevision: number): Promise<InstanceStatus | undefined> {
  const result = await pool.query<{ revision: number; state: InstanceState | null }>({
    name: STATUS_READ,
    text: 'SELECT revision, state FROM instance_status_as_company($1, $2, $3)',
    values: [companyId, id, knownRevision],
  });
  const row = result.rows[0];
  return row ? { revision: row.revision, state: row.state ?? undefined } : undefined;
}

/** Filters for listing instances. */
export interface InstanceFilter {
  companyId: string;
  templateId?: string | undefined;
  status?: string | undefined;
  updatedSince?: Date | undefined;
  /** Only instances this other company takes part in too. */
  otherCompanyId?: string | undefined;
  /** Only instances where this party is played by `otherCompanyId`, or by the caller's company without it. */
  party?: string | undefined;
  /** Only instances with a task open for the caller's company. */
  waitingOnCompany?: boolean | undefined;
  after?: { updatedAt: string; id: string } | undefined;
  limit: number;
}

/**
 * The WHERE conditions and values of a company's instance list, without paging: the company
 * scoping (its own instances only, then row-level security) and every filter but the cursor.
 */
function instanceConditions(filter: Omit<InstanceFilter, 'after' | 'limit'>): { conditions: string[]; values: unknown[] } {
  const conditions = ['$1 = ANY (company_ids)'];
  const values: unknown[] = [filter.companyId];
  const add = (sql: string, value: unknown) => {
    values.push(value);
    conditions.push(sql.replace('?', `$${values.length}`));
  };
  if (filter.templateId) add('template_id = ?', filter.templateId);
  if (filter.status) add('status = ?', filter.status);
  if (filter.updatedSince) add('updated_at >= ?', filter.updatedSince.toISOString());
  if (filter.otherCompanyId) add('? = ANY (company_ids)', filter.otherCompanyId);
  if (filter.party) {
    values.push(filter.party);
    add(`companies ->> $${values.length} = ?`, filter.otherCompanyId ?? filter.companyId);
  }
  if (filter.waitingOnCompany) conditions.push(`EXISTS (SELECT 1 FROM tasks t WHERE t.instance_id = instances.id AND t.company_id = $1 AND t.status = 'open')`);
  return { conditions, values };
}

/**
 * Instances of a company, newest change first (ties by id), at most `limit`, after the row
 * `after` names. `updatedAt` is the row's change time to the microsecond, as Postgres keeps it:
 * a cursor holding only milliseconds would skip rows changed within the same millisecond.
 */
export async function listInstances(pool: pg.Pool, filter: InstanceFilter): Promise<Array<{ state: InstanceState; updatedAt: string }>> {
  const { conditions, values } = instanceConditions(filter);
  if (filter.after) {
    values.push(filter.after.updatedAt, filter.after.id);
    conditions.push(`(updated_at, id) < ($${values.length - 1}::timestamptz, $${values.length})`);
  }
  values.push(filter.limit);
  const result = await queryAs<{ state: InstanceState; updated_at: string }>(
    pool,
    filter.companyId,
    `SELECT state, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS updated_at
     FROM instances WHERE ${conditions.join(' AND ')} ORDER BY instances.updated_at DESC, id DESC LIMIT $${values.length}`,
    values,
  );
  return result.rows.map((row) => ({ state: row.state, updatedAt: row.updated_at }));
}

/** How many of a company's instances have each status, under every filter of the list but the status itself. */
export async function countInstancesByStatus(pool: pg.Pool, filter: Omit<InstanceFilter, 'after' | 'limit'>): Promise<Record<string, number>> {
  // Every status is counted, whichever one the list shows: the counts are how to choose another.
  const { conditions, values } = instanceConditions({ ...filter, status: undefined });
  const result = await queryAs<{ status: string; count: string }>(pool, filter.companyId, `SELECT status, count(*) AS count FROM instances WHERE ${conditions.join(' AND ')} GROUP BY status ORDER BY status`, values);
  return Object.fromEntries(result.rows.map((row) => [row.status, Number(row.count)]));
}

/** Which tasks of an inbox to show. */
export type InboxFilter = 'open' | 'due_soon' | 'overdue' | 'all';

/** A company's tasks, optionally only one person's, with their instance's state for context. */
export async function listTasks(
  pool: pg.Pool,
  options: { companyId: string; assignee?: string | undefined; filter: InboxFilter; dueWithinMs: number; limit: number; after?: { openedAt: string; key: string } | undefined },
): Promise<Array<{ instanceId: string; task: Task; instanceTitle: string; instanceStatus: string }>> {
  const conditions = ['t.company_id = $1'];
  const values: unknown[] = [options.companyId];
  if (options.assignee) {
    values.push(JSON.stringify([{ email: options.assignee }]));
    conditions.push(`t.assignees @> $${values.length}::jsonb`);
  }
  if (options.filter !== 'all') conditions.push(`t.status = 'open'`);
  if (options.filter === 'overdue') conditions.push('t.due_at < now()');
  if (options.filter === 'due_soon') {
    values.push(options.dueWithinMs);
    conditions.push(`t.due_at >= now() AND t.due_at < now() + ($${values.length} * interval '1 millisecond')`);
  }
  if (options.after) {
    values.push(options.after.openedAt, options.after.key);
    conditions.push(`(t.opened_at, t.instance_id || ' ' || t.id) > ($${values.length - 1}::timestamptz, $${values.length})`);
  }
  values.push(options.limit);
  const result = await queryAs<{ instance_id: string; id: string; state: InstanceState }>(
    pool,
    options.companyId,
    `SELECT t.instance_id, t.id, i.state FROM tasks t JOIN instances i ON i.id = t.instance_id
     WHERE ${conditions.join(' AND ')} ORDER BY t.opened_at, t.instance_id || ' ' || t.id LIMIT $${values.length}`,
    values,
  );
  return result.rows.flatMap((row) => {
    const task = row.state.tasks.find((candidate) => candidate.id === row.id);
    return task ? [{ instanceId: row.instance_id, task, instanceTitle: row.state.title, instanceStatus: row.state.status }] : [];
  });
}
