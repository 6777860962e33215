/**
 * Upgrading a database that ran before the directory: existing keys keep what they could do
 * (`company` → read + act, `ops` → platform), the companies existing rows name become records,
 * existing allocations' companies become related, and running instances are marked `legacy`
 * so the ledger keeps acting for them.
 */
import path from 'node:path';
import { runner } from 'node-pg-migrate';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUrl, createDatabase, dropDatabase } from '../../support/database.js';

const name = `tandem_test_upgrade_${process.pid}`;
let url: string;
const migrations = path.join(import.meta.dirname, '..', '..', '..', 'activities', 'store', 'migrations');
const up = (count: number) =>
  runner({ databaseUrl: url, dir: migrations, direction: 'up', migrationsTable: 'schema_migrations', count, log: () => {}, logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }, checkOrder: true });

beforeAll(async () => {
  url = await createDatabase(name);
});
afterAll(async () => {
  await dropDatabase(adminUrl(), name);
});

describe('migrating to the directory', () => {
  it('keeps existing keys, companies, allocations and instances working', async () => {
    // Everything before the directory (0001–0008).
    await up(8);
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => {});
    await client.connect();
    try {
      await client.query(`INSERT INTO api_keys (id, company_id, name, scopes, secret_hash) VALUES ('aaaaaaaaaaaaaaaa', 'globex', 'portal', '{company}', 'x'), ('bbbbbbbbbbbbbbbb', 'tandem-ops', 'ops', '{ops}', 'x'), ('cccccccccccccccc', 'acme', 'both', '{company,ops}', 'x')`);
      await client.query(`INSERT INTO mdf_budgets (id, vendor_company_id, name, period, currency, total, team) VALUES ('bud_1', 'acme', 'B', '2025-H1', 'USD', 100, '{}')`);
      await client.query(`INSERT INTO mdf_allocations (id, budget_id, vendor_company_id, partner_company_id, currency, amount) VALUES ('alc_1', 'bud_1', 'acme', 'globex', 'USD', 100)`);
      await client.query(
        `INSERT INTO instances (id, template_id, template_version, business_key, title, status, lifecycle, companies, company_ids, revision, state, started_at, updated_at)
         VALUES ('mdf-fund-request:old-1', 'mdf-fund-request', 1, 'old-1', 'Old', 'In review', 'running', '{"vendor":"acme","partner":"globex"}', '{acme,globex}', 1, '{"initiator":{"company":"globex"}}', now(), now())`,
      );
      await up(Infinity);

      const keys = await client.query<{ id: string; scopes: string[] }>('SELECT id, scopes FROM api_keys ORDER BY id');
      expect(keys.rows).toEqual([
        { id: 'aaaaaaaaaaaaaaaa', scopes: ['act', 'read'] },
        { id: 'bbbbbbbbbbbbbbbb', scopes: ['platform'] },
        { id: 'cccccccccccccccc', scopes: ['act', 'platform', 'read'] },
      ]);
      const companies = await client.query<{ id: string; kind: string }>('SELECT id, kind FROM companies ORDER BY id');
      expect(companies.rows).toEqual([{ id: 'acme', kind: 'vendor' }, { id: 'globex', kind: 'partner' }]);
      const related = await client.query('SELECT vendor_company_id, partner_company_id, program, status FROM company_relationships');
      expect(related.rows).toEqual([{ vendor_company_id: 'acme', partner_company_id: 'globex', program: 'mdf', status: 'active' }]);
      const bound = await client.query('SELECT instance_id, starter_company_id, source FROM instance_bindings');
      expect(bound.rows).toEqual([{ instance_id: 'mdf-fund-request:old-1', starter_company_id: 'globex', source: 'legacy' }]);
      // The legacy binding vouches for the run that was going, by its start, not for the id.
      const run = await client.query<{ same: boolean }>(`SELECT b.legacy_run_started_at = i.started_at AS same FROM instance_bindings b JOIN instances i ON i.id = b.instance_id`);
      expect(run.rows).toEqual([{ same: true }]);
    } finally {
      await client.end();
    }
  });
});
