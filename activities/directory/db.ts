/** What directory functions run their SQL on: a client inside a transaction the caller opened. */
import type pg from 'pg';

/** A connection (usually one transaction as the API role with a company set; see api/tenant.ts). */
export type Db = Pick<pg.ClientBase, 'query'>;
