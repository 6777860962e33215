/**
 * Platform operators: people of a directory company whom the platform names to do the
 * operator's work from the console (the template routes' `platform` rights). Only the platform
 * names or un-names them (a transaction with `tandem.platform` on: the CLI, or a platform key);
 * row-level security (migration 0039) refuses everyone else, a company's admins included. A
 * person reads only their own row.
 */
import type { Db } from './db.js';
import { activePerson, findPersonByEmail } from './people.js';

/** Whether the person holds the platform rights; their own row is all they may read. */
export async function isPlatformOperator(db: Db, companyId: string, personId: string): Promise<boolean> {
  const result = await db.query('SELECT 1 FROM platform_operators WHERE company_id = $1 AND person_id = $2', [companyId, personId]);
  return (result.rowCount ?? 0) > 0;
}

/** Names an active person of `companyId` a platform operator (again is fine); the transaction must be the platform's. */
export async function grantPlatformOperator(db: Db, companyId: string, email: string): Promise<void> {
  const person = await activePerson(db, companyId, email);
  await db.query('INSERT INTO platform_operators (company_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [companyId, person.id]);
}

/** Takes the platform rights from a person; returns whether they had them. */
export async function revokePlatformOperator(db: Db, companyId: string, email: string): Promise<boolean> {
  const person = await findPersonByEmail(db, companyId, email);
  if (!person) return false;
  const result = await db.query('DELETE FROM platform_operators WHERE company_id = $1 AND person_id = $2', [companyId, person.id]);
  return (result.rowCount ?? 0) > 0;
}

/** Every platform operator, by company and email (the platform's transaction sees all). */
export async function listPlatformOperators(db: Db): Promise<Array<{ companyId: string; email: string; name: string }>> {
  const result = await db.query<{ company_id: string; email: string; name: string }>(
    'SELECT o.company_id, p.email, p.name FROM platform_operators o JOIN people p ON p.company_id = o.company_id AND p.id = o.person_id ORDER BY o.company_id, p.email',
  );
  return result.rows.map((row) => ({ companyId: row.company_id, email: row.email, name: row.name }));
}
