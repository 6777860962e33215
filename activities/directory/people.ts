/**
 * People of a company's directory: email (unique within the company, compared lower-cased),
 * name, active flag, optional language, and out-of-office settings. A company's admins
 * change their own people only; row-level security keeps every query to the company set
 * for the transaction.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db } from './db.js';
import { DirectoryError, pgCode, pgConstraint } from './errors.js';

/** A language tag such as `en` or `de-CH`. */
export const Language = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'use a language tag such as en or de-CH');

/** Out of office: tasks that open for the person in [from, until) go to the colleague. */
export interface OutOfOffice {
  delegateId: string;
  delegateEmail: string;
  from: string;
  until: string;
}

/** A person as the directory shows them. */
export interface DirectoryPerson {
  id: string;
  companyId: string;
  email: string;
  name: string;
  active: boolean;
  language: string | null;
  groups: string[];
  outOfOffice: OutOfOffice | null;
  createdAt: string;
  updatedAt: string;
}

interface PersonRow {
  id: string;
  company_id: string;
  email: string;
  name: string;
  active: boolean;
  language: string | null;
  groups: string[] | null;
  out_of_office_delegate_id: string | null;
  delegate_email: string | null;
  out_of_office_from: Date | null;
  out_of_office_until: Date | null;
  created_at: Date;
  updated_at: Date;
}

const SELECT_PEOPLE = `
  SELECT p.*, d.email AS delegate_email,
         (SELECT array_agg(m.group_name ORDER BY m.group_name) FROM group_members m WHERE m.company_id = p.company_id AND m.person_id = p.id) AS groups
  FROM people p LEFT JOIN people d ON d.company_id = p.company_id AND d.id = p.out_of_office_delegate_id`;

function toPerson(row: PersonRow): DirectoryPerson {
  const away = row.out_of_office_delegate_id && row.out_of_office_from && row.out_of_office_until;
  return {
    id: row.id,
    companyId: row.company_id,
    email: row.email,
    name: row.name,
    active: row.active,
    language: row.language,
    groups: row.groups ?? [],
    outOfOffice: away ? { delegateId: row.out_of_office_delegate_id ?? '', delegateEmail: row.delegate_email ?? '', from: row.out_of_office_from?.toISOString() ?? '', until: row.out_of_office_until?.toISOString() ?? '' } : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

const newPersonId = () => `per_${randomBytes(10).toString('hex')}`;

/** Adds a person to a company; refuses an email the company already has (`duplicate_email`). */
export async function addPerson(db: Db, companyId: string, person: { email: string; name: string; language?: string | undefined; active?: boolean | undefined }): Promise<DirectoryPerson> {
  const email = person.email.trim().toLowerCase();
  try {
    await db.query('INSERT INTO people (id, company_id, email, name, language, active) VALUES ($1, $2, $3, $4, $5, $6)', [newPersonId(), companyId, email, person.name, person.language ?? null, person.active ?? true]);
  } catch (error) {
    if (pgCode(error) === '23505') throw new DirectoryError('duplicate_email', `${email} is already in your directory; change that person instead of adding them again.`);
    if (pgCode(error) === '23503') throw new DirectoryError('unknown_company', `There is no company "${companyId}"; the platform operator creates companies first.`);
    throw error;
  }
  const added = await findPersonByEmail(db, companyId, email);
  if (!added) throw new Error(`person ${email} was not written`);
  return added;
}

/** The person with this id in the company. */
export async function findPerson(db: Db, companyId: string, id: string): Promise<DirectoryPerson | undefined> {
  const result = await db.query<PersonRow>(`${SELECT_PEOPLE} WHERE p.company_id = $1 AND p.id = $2`, [companyId, id]);
  const row = result.rows[0];
  return row ? toPerson(row) : undefined;
}

/** The person with this email (any case) in the company. */
export async function findPersonByEmail(db: Db, companyId: string, email: string): Promise<DirectoryPerson | undefined> {
  const result = await db.query<PersonRow>(`${SELECT_PEOPLE} WHERE p.company_id = $1 AND p.email = $2`, [companyId, email.trim().toLowerCase()]);
  const row = result.rows[0];
  return row ? toPerson(row) : undefined;
}

/** The company's people, by email; optionally only active ones or members of one group. */
export async function listPeople(db: Db, companyId: string, filter: { active?: boolean | undefined; group?: string | undefined } = {}): Promise<DirectoryPerson[]> {
  const result = await db.query<PersonRow>(
    `${SELECT_PEOPLE} WHERE p.company_id = $1 AND ($2::boolean IS NULL OR p.active = $2)
       AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM group_members g WHERE g.company_id = p.company_id AND g.person_id = p.id AND g.group_name = $3))
     ORDER BY p.email`,
    [companyId, filter.active ?? null, filter.group ?? null],
  );
  return result.rows.map(toPerson);
}

/**
 * The active person of `companyId` with this email, or a refusal that says which rule failed:
 * `unknown_person` (not in the directory), `inactive_person`.
 */
export async function activePerson(db: Db, companyId: string, email: string): Promise<DirectoryPerson> {
  const person = await findPersonByEmail(db, companyId, email);
  if (!person) throw new DirectoryError('unknown_person', `${email.toLowerCase()} is not a person of ${companyId}'s directory; add them first (POST /directory/people).`);
  if (!person.active) throw new DirectoryError('inactive_person', `${person.email} is deactivated in ${companyId}'s directory; choose an active colleague, or reactivate them.`);
  return person;
}

/** Changes a person's name, email, language or active flag. Deactivating only flips the flag; see api/directory/deactivation.ts for their open tasks. */
export async function updatePerson(
  db: Db,
  companyId: string,
  id: string,
  change: { name?: string | undefined; email?: string | undefined; language?: string | null | undefined; active?: boolean | undefined },
): Promise<DirectoryPerson> {
  try {
    const result = await db.query(
      `UPDATE people SET name = coalesce($3, name), email = coalesce($4, email), active = coalesce($5, active),
         language = CASE WHEN $6 THEN $7 ELSE language END, updated_at = now()
       WHERE company_id = $1 AND id = $2`,
      [companyId, id, change.name ?? null, change.email?.trim().toLowerCase() ?? null, change.active ?? null, change.language !== undefined, change.language ?? null],
    );
    if (result.rowCount !== 1) throw unknownPerson(id, companyId);
  } catch (error) {
    if (pgCode(error) === '23505') throw new DirectoryError('duplicate_email', `${change.email ?? ''} is already another person of your directory.`);
    throw error;
  }
  const changed = await findPerson(db, companyId, id);
  if (!changed) throw unknownPerson(id, companyId);
  return changed;
}

/**
 * Sets (or, with `null`, clears) a person's out-of-office: a colleague of the same company,
 * active, other than themselves, and not (directly or through others) handing back to them
 * during an overlapping range.
 */
export async function setOutOfOffice(db: Db, companyId: string, id: string, away: { delegateEmail: string; from: Date; until: Date } | null): Promise<DirectoryPerson> {
  const person = await findPerson(db, companyId, id);
  if (!person) throw unknownPerson(id, companyId);
  if (away === null) {
    await db.query('UPDATE people SET out_of_office_delegate_id = NULL, out_of_office_from = NULL, out_of_office_until = NULL, updated_at = now() WHERE company_id = $1 AND id = $2', [companyId, id]);
    return (await findPerson(db, companyId, id)) ?? person;
  }
  if (away.until.getTime() <= away.from.getTime()) throw new DirectoryError('invalid_range', 'The out-of-office range ends before it starts; give `from` before `until`.');
  const delegate = await activePerson(db, companyId, away.delegateEmail);
  if (delegate.id === id) throw new DirectoryError('self_delegation', 'A person cannot hand their tasks to themselves; name a colleague.');
  await refuseLoop(db, companyId, id, delegate.id, away.from, away.until);
  try {
    await db.query('UPDATE people SET out_of_office_delegate_id = $3, out_of_office_from = $4, out_of_office_until = $5, updated_at = now() WHERE company_id = $1 AND id = $2', [companyId, id, delegate.id, away.from, away.until]);
  } catch (error) {
    if (pgConstraint(error)?.includes('out_of_office')) throw new DirectoryError('person_of_other_company', `${away.delegateEmail} is not a colleague in your directory.`);
    throw error;
  }
  return (await findPerson(db, companyId, id)) ?? person;
}

/** Follows the colleague's own out-of-office chain over the overlapping time; refuses if it comes back to `id`. */
async function refuseLoop(db: Db, companyId: string, id: string, delegateId: string, from: Date, until: Date): Promise<void> {
  const seen = new Set<string>([id]);
  let current: string | null = delegateId;
  const path = [id];
  while (current !== null) {
    if (seen.has(current)) {
      const circle = [...path, current];
      const emails = await db.query<{ id: string; email: string }>('SELECT id, email FROM people WHERE company_id = $1 AND id = ANY ($2)', [companyId, circle]);
      const named = circle.map((personId) => emails.rows.find((row) => row.id === personId)?.email ?? personId);
      throw new DirectoryError('delegation_loop', `Tasks would go round in a circle (${named.join(' → ')}) while they are away; choose a colleague who is in.`, { path: named });
    }
    seen.add(current);
    path.push(current);
    const next: { rows: Array<{ out_of_office_delegate_id: string | null }> } = await db.query(
      `SELECT out_of_office_delegate_id FROM people WHERE company_id = $1 AND id = $2 AND out_of_office_from < $4 AND out_of_office_until > $3`,
      [companyId, current, from, until],
    );
    current = next.rows[0]?.out_of_office_delegate_id ?? null;
  }
}

/**
 * Who holds a task that opens for `email` at `at`: the person themselves, or the colleague
 * their out-of-office names for that moment (following colleagues who are away too). Returns
 * the chain of people it passed, first the original holder; a person not in the directory is
 * returned as is.
 */
export async function holderAt(db: Db, companyId: string, email: string, at: Date): Promise<DirectoryPerson[]> {
  const chain: DirectoryPerson[] = [];
  let person = await findPersonByEmail(db, companyId, email);
  while (person && !chain.some((seen) => seen.id === person?.id)) {
    chain.push(person);
    const away = person.outOfOffice;
    if (!away || new Date(away.from) > at || new Date(away.until) <= at) break;
    const next: DirectoryPerson | undefined = await findPerson(db, companyId, away.delegateId);
    if (!next?.active) break;
    person = next;
  }
  return chain;
}

/** The refusal for a person id that names nobody in the company's directory. */
export function unknownPerson(id: string, companyId: string): DirectoryError {
  return new DirectoryError('unknown_person', `There is no person ${id} in ${companyId}'s directory.`);
}

/** Which of these emails are active people of `companyId` (any company; see migration 0011), by email. */
export async function activePeopleOf(db: Db, companyId: string, emails: string[]): Promise<Map<string, { id: string; email: string; name: string; companyId: string }>> {
  const result = await db.query<{ id: string; email: string; name: string; company_id: string }>('SELECT * FROM directory_active_people($1, $2)', [companyId, emails.map((email) => email.toLowerCase())]);
  return new Map(result.rows.map((row) => [row.email, { id: row.id, email: row.email, name: row.name, companyId: row.company_id }]));
}
