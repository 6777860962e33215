/**
 * Request work as the API role. Every read and write the API does for a caller runs in one
 * transaction as `tandem_api` (a role that owns no table) with the caller set:
 *
 *   tandem.company_id  the company of the verified key (or of the signed-in person)
 *   tandem.key_id      the key that called, for per-key rows (idempotency records)
 *   tandem.person_id   the signed-in person, when there is one
 *   tandem.platform    'on' only for a key with the platform scope
 *
 * Row-level security (migrations 0006, 0007, 0011) then confines every statement to those
 * rows, whatever the SQL says. All of it is set with SET LOCAL / set_config(..., true), so
 * it ends with the transaction and a pooled connection never carries it to the next user.
 */
import { escapeLiteral } from 'pg';
import type pg from 'pg';
import { inTransaction } from '../activities/store/index.js';

/** Who a transaction works for. Values come from a verified key or session, never from the request. */
export interface Tenant {
  companyId: string;
  keyId?: string | undefined;
  personId?: string | undefined;
  platform?: boolean | undefined;
}

/** Options for {@link asTenant}. */
export interface TenantOptions {
  /** A read-only transaction (default false). */
  readOnly?: boolean;
}

/** The statement that opens a tenant transaction: one simple-protocol message, values quoted by pg's `escapeLiteral`. */
export function tenantBegin(tenant: Tenant, options: TenantOptions = {}): string {
  const setting = (name: string, value: string) => `SELECT set_config('${name}', ${escapeLiteral(value)}, true)`;
  return [
    options.readOnly ? 'BEGIN READ ONLY' : 'BEGIN',
    'SET LOCAL ROLE tandem_api',
    setting('tandem.company_id', tenant.companyId),
    setting('tandem.key_id', tenant.keyId ?? ''),
    setting('tandem.person_id', tenant.personId ?? ''),
    setting('tandem.platform', tenant.platform ? 'on' : 'off'),
  ].join('; ');
}

/**
 * Runs `work` in one transaction as the API role for `tenant`: committed when it resolves,
 * rolled back when it throws, the connection always returned.
 */
export async function asTenant<T>(pool: pg.Pool, tenant: Tenant, work: (client: pg.PoolClient) => Promise<T>, options: TenantOptions = {}): Promise<T> {
  return inTransaction(pool, work, tenantBegin(tenant, options));
}
