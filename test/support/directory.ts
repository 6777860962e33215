/** Companies and people in the test database's directory, written as the operator would. */
import type { Person } from '../../workflows/schemas.js';
import { directory } from '../fixtures/people.js';
import type { TestStack } from './stack.js';

/** Creates the company (named after its id) unless it exists. */
export async function ensureCompany(stack: Pick<TestStack, 'pool'>, companyId: string, kind = 'partner'): Promise<void> {
  await stack.pool.query('INSERT INTO companies (id, name, kind) VALUES ($1, $1, $2) ON CONFLICT DO NOTHING', [companyId, kind]);
}

/**
 * Puts people into their companies' directories (creating companies as needed), each in the
 * given groups (created as needed). Returns the directory ids by email.
 */
export async function enrol(stack: Pick<TestStack, 'pool'>, members: Array<{ person: Person; groups?: string[]; active?: boolean }>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const { person, groups = [], active = true } of members) {
    await ensureCompany(stack, person.company);
    const row = await stack.pool.query<{ id: string }>(
      `INSERT INTO people (id, company_id, email, name, active) VALUES ('per_' || substr(md5(random()::text), 1, 20), $1, $2, $3, $4)
       ON CONFLICT (company_id, email) DO UPDATE SET name = EXCLUDED.name, active = EXCLUDED.active RETURNING id`,
      [person.company, person.email.toLowerCase(), person.name, active],
    );
    const id = row.rows[0]?.id ?? '';
    ids.set(person.email.toLowerCase(), id);
    for (const group of groups) {
      await stack.pool.query('INSERT INTO directory_groups (company_id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING', [person.company, group]);
      await stack.pool.query('INSERT INTO group_members (company_id, group_name, person_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [person.company, group, id]);
    }
  }
  return ids;
}

/** Makes the vendor and the partner related (accepted) in `program`. */
export async function relate(stack: Pick<TestStack, 'pool'>, vendorCompanyId: string, partnerCompanyId: string, program = 'mdf'): Promise<void> {
  await ensureCompany(stack, vendorCompanyId, 'vendor');
  await ensureCompany(stack, partnerCompanyId);
  await stack.pool.query(
    `INSERT INTO company_relationships (vendor_company_id, partner_company_id, program, status, accepted_at) VALUES ($1, $2, $3, 'active', now())
     ON CONFLICT (vendor_company_id, partner_company_id, program) DO UPDATE SET status = 'active', accepted_at = now()`,
    [vendorCompanyId, partnerCompanyId, program],
  );
}

/** Enrols the fixture people (test/fixtures/people.ts) in their groups. */
export function enrolFixtures(stack: Pick<TestStack, 'pool'>): Promise<Map<string, string>> {
  return enrol(stack, directory);
}
