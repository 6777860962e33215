/**
 * The ledger's second fence: querying directly as the API's database role, each company
 * sees only its own budgets, allocations, fund requests, movements and documents, and
 * another partner of the same vendor sees none of them.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relate } from '../support/directory.js';
import { call } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { decide, fundedAllocation, manager, partner, prepare, proposal, requestFunds, team, upload, vendor, waitForStatus, type Keys } from './support.js';

let stack: TestStack;
let keys: Keys;
beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  keys = await prepare(stack);
  // A second partner of Acme's program.
  await relate(stack, 'acme', 'hooli');
});
afterAll(async () => {
  await stack?.stop();
});

const TABLES = ['mdf_budgets', 'mdf_allocations', 'mdf_fund_requests', 'mdf_movements', 'mdf_documents'] as const;

/** Row counts of every ledger table as the API role sees them with `company` set. */
async function countsAs(client: pg.Client, company: string | undefined): Promise<Record<string, number>> {
  await client.query('BEGIN');
  try {
    await client.query('SET LOCAL ROLE tandem_api');
    if (company !== undefined) await client.query(`SELECT set_config('tandem.company_id', $1, true)`, [company]);
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const result = await client.query<{ count: string }>(`SELECT count(*) FROM ${table}`);
      counts[table] = Number(result.rows[0]?.count);
    }
    return counts;
  } finally {
    await client.query('ROLLBACK');
  }
}

describe('row-level security on the ledger', () => {
  it('shows the vendor and its partner their rows, another partner and no company nothing, and lets the role write nothing', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 5_000_00 });
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(1_000_00) });
    expect(started.status).toBe(201);
    await decide(stack, keys.vendor, started.body.id, 'manager_review.1.vendor.channel_manager', manager, 'approve');
    await waitForStatus(stack, keys.partner, started.body.id, 'Claim due');
    const uploaded = await upload(stack, keys.partner, started.body.id, [{ name: 'agenda.pdf', type: 'application/pdf', content: Buffer.from('%PDF-1.4 agenda') }]);
    expect(uploaded.status).toBe(201);
    // A second vendor budget granted to another partner: Globex must not see it.
    const other = await call<{ id: string }>(stack, 'POST', '/budgets', { key: keys.vendor, body: { name: 'Other', period: '2031-H1', currency: 'USD', total: 1_000_00, team } });
    expect((await call(stack, 'POST', `/budgets/${other.body.id}/allocations`, { key: keys.vendor, body: { partnerCompanyId: 'hooli', amount: 1_000_00 } })).status).toBe(201);

    const client = new pg.Client({ connectionString: stack.databaseUrl });
    await client.connect();
    try {
      const owner = await client.query<{ count: string }>('SELECT count(*) FROM mdf_allocations');
      const asVendor = await countsAs(client, vendor);
      const asPartner = await countsAs(client, partner);
      expect(asVendor['mdf_allocations']).toBe(Number(owner.rows[0]?.count));
      expect(asVendor['mdf_budgets']).toBe(2);
      expect(asPartner).toEqual({ mdf_budgets: 1, mdf_allocations: 1, mdf_fund_requests: 1, mdf_movements: asVendor['mdf_movements'], mdf_documents: 1 });
      expect(asPartner['mdf_movements']).toBeGreaterThan(0);
      expect(await countsAs(client, 'hooli')).toEqual({ mdf_budgets: 1, mdf_allocations: 1, mdf_fund_requests: 0, mdf_movements: 0, mdf_documents: 0 });
      expect(await countsAs(client, 'initech')).toEqual({ mdf_budgets: 0, mdf_allocations: 0, mdf_fund_requests: 0, mdf_movements: 0, mdf_documents: 0 });
      expect(await countsAs(client, undefined)).toEqual({ mdf_budgets: 0, mdf_allocations: 0, mdf_fund_requests: 0, mdf_movements: 0, mdf_documents: 0 });

      await client.query('BEGIN');
      await client.query('SET LOCAL ROLE tandem_api');
      await client.query(`SELECT set_config('tandem.company_id', $1, true)`, [partner]);
      await expect(client.query('UPDATE mdf_allocations SET amount = amount * 10')).rejects.toThrow(/permission denied/);
      await client.query('ROLLBACK');
      // A partner cannot grant itself funds, nor a vendor grant them to a company outside its programs.
      for (const [company, partnerId] of [[partner, partner], [vendor, 'initech']] as const) {
        await client.query('BEGIN');
        await client.query('SET LOCAL ROLE tandem_api');
        await client.query(`SELECT set_config('tandem.company_id', $1, true)`, [company]);
        const budgetId = (await client.query<{ id: string }>('SELECT id FROM mdf_budgets LIMIT 1')).rows[0]?.id ?? '';
        await expect(
          client.query(`INSERT INTO mdf_allocations (id, budget_id, vendor_company_id, partner_company_id, currency, amount) VALUES ('alc_forged', $1, $2, $3, 'USD', 1)`, [budgetId, vendor, partnerId]),
        ).rejects.toThrow(/row-level security/);
        await client.query('ROLLBACK');
      }
    } finally {
      await client.end();
    }
  });
});
