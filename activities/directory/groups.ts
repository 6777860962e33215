/**
 * A company's own groups (`finance`, `mdf.channel_managers`, `admins`, …) and their members.
 * Templates name a group for a role to give it default people; `admins` is the group a task
 * goes to when nobody else is left to act on it.
 */
import { z } from 'zod';
import type { Db } from './db.js';
import { DirectoryError, pgCode } from './errors.js';
import { activePerson, findPersonByEmail } from './people.js';

/** A group name: lower-case letters, digits, dots, dashes and underscores. */
export const GroupName = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'use 1–100 lower-case letters, digits, dots, dashes or underscores');

/** The group of a company's admins: who a task escalates to when nobody else can act on it. */
export const ADMINS_GROUP = 'admins';

/** Whether a person is one of their company's admins (in its {@link ADMINS_GROUP} group): who may manage the company's settings and reassign its tasks. */
export async function isCompanyAdmin(db: Db, companyId: string, personId: string): Promise<boolean> {
  const result = await db.query('SELECT 1 FROM group_members WHERE company_id = $1 AND group_name = $2 AND person_id = $3', [companyId, ADMINS_GROUP, personId]);
  return (result.rowCount ?? 0) > 0;
}

/** A group with its members' emails. */
export interface Group {
  name: string;
  description: string | null;
  members: string[];
}

/** A member of a group as another company's role resolves to them. */
export interface GroupMember {
  id: string;
  email: string;
  name: string;
  companyId: string;
}

/** Creates a group of the company; refuses a name it already has. */
export async function createGroup(db: Db, companyId: string, group: { name: string; description?: string | undefined }): Promise<Group> {
  try {
    await db.query('INSERT INTO directory_groups (company_id, name, description) VALUES ($1, $2, $3)', [companyId, group.name, group.description ?? null]);
  } catch (error) {
    if (pgCode(error) === '23505') throw new DirectoryError('group_exists', `Your directory already has a group "${group.name}"; add people to it instead.`);
    throw error;
  }
  return { name: group.name, description: group.description ?? null, members: [] };
}

/** Deletes a group (its memberships go with it); refuses an unknown group. */
export async function deleteGroup(db: Db, companyId: string, name: string): Promise<void> {
  const result = await db.query('DELETE FROM directory_groups WHERE company_id = $1 AND name = $2', [companyId, name]);
  if (result.rowCount !== 1) throw unknownGroup(companyId, name);
}

/** The company's groups with their members' emails. */
export async function listGroups(db: Db, companyId: string): Promise<Group[]> {
  const result = await db.query<{ name: string; description: string | null; members: string[] | null }>(
    `SELECT g.name, g.description,
            (SELECT array_agg(p.email ORDER BY p.email) FROM group_members m JOIN people p ON p.company_id = m.company_id AND p.id = m.person_id
             WHERE m.company_id = g.company_id AND m.group_name = g.name) AS members
     FROM directory_groups g WHERE g.company_id = $1 ORDER BY g.name`,
    [companyId],
  );
  return result.rows.map((row) => ({ name: row.name, description: row.description, members: row.members ?? [] }));
}

/** One group of the company, or `unknown_group`. */
export async function findGroup(db: Db, companyId: string, name: string): Promise<Group> {
  const group = (await listGroups(db, companyId)).find((candidate) => candidate.name === name);
  if (!group) throw unknownGroup(companyId, name);
  return group;
}

/** Puts an active person of the company into a group (again is fine). */
export async function addMember(db: Db, companyId: string, groupName: string, email: string): Promise<Group> {
  await findGroup(db, companyId, groupName);
  const person = await activePerson(db, companyId, email);
  await db.query('INSERT INTO group_members (company_id, group_name, person_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [companyId, groupName, person.id]);
  return findGroup(db, companyId, groupName);
}

/** Takes a person out of a group (if they are not in it, nothing changes). */
export async function removeMember(db: Db, companyId: string, groupName: string, email: string): Promise<Group> {
  await findGroup(db, companyId, groupName);
  const person = await findPersonByEmail(db, companyId, email);
  if (!person) throw new DirectoryError('unknown_person', `${email.toLowerCase()} is not a person of your directory.`);
  await db.query('DELETE FROM group_members WHERE company_id = $1 AND group_name = $2 AND person_id = $3', [companyId, groupName, person.id]);
  return findGroup(db, companyId, groupName);
}

/**
 * The active members of a group of any company, for resolving that company's roles. Runs
 * through a function that sees past row-level security but returns only this (see 0011).
 * Refuses a group the company does not have.
 */
export async function groupMembers(db: Db, companyId: string, groupName: string): Promise<GroupMember[]> {
  const exists = await db.query<{ found: boolean }>('SELECT directory_group_exists($1, $2) AS found', [companyId, groupName]);
  if (!exists.rows[0]?.found) throw unknownGroup(companyId, groupName);
  const result = await db.query<{ id: string; email: string; name: string; company_id: string }>('SELECT * FROM directory_group_members($1, $2)', [companyId, groupName]);
  return result.rows.map((row) => ({ id: row.id, email: row.email, name: row.name, companyId: row.company_id }));
}

/** The refusal for a group the company does not have. */
export function unknownGroup(companyId: string, name: string): DirectoryError {
  return new DirectoryError('unknown_group', `${companyId}'s directory has no group "${name}"; create it (POST /directory/groups) and add people to it.`);
}
