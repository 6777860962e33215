/**
 * Who plays which role of a new instance, from the directory only.
 *
 * A template party is played by a company; its roles resolve to people of that company's
 * directory: the people the starting company picks for a role of its own party, or else the
 * active members of the directory group the template names for the role. A starter can never
 * put people into another company's roles, and every person is looked up, never taken from
 * the request: their name and company come from the directory.
 */
import type { Template } from '../../definitions/template.js';
import type { Bindings, Person } from '../../workflows/schemas.js';
import type { Db } from './db.js';
import { DirectoryError } from './errors.js';
import { groupMembers } from './groups.js';
import { activePerson } from './people.js';

/** What a starter asks for: which company plays each party, and people for roles of its own parties. */
export interface BindingRequest {
  template: Pick<Template, 'parties'>;
  starterCompanyId: string;
  companies: Record<string, string>;
  /** Role (`party.role`) → emails of people of the starter's directory. */
  picks: Record<string, string[]>;
}

/** A directory person as an instance binds them. */
export const asBound = (person: { email: string; name: string; companyId: string }): Person => ({ name: person.name, email: person.email, company: person.companyId });

/**
 * The bindings for a start, resolved from the directory, or a {@link DirectoryError}:
 * `not_a_party` (the starter plays no party), `unknown_company`, `unknown_role`,
 * `role_of_other_company`, `unknown_person`, `inactive_person`, `unknown_group`,
 * `role_unresolved` (no people for a role).
 */
export async function resolveBindings(db: Db, request: BindingRequest): Promise<Bindings> {
  const { template, starterCompanyId, companies, picks } = request;
  if (!Object.values(companies).includes(starterCompanyId)) {
    throw new DirectoryError('not_a_party', `Your company (${starterCompanyId}) must play one of the template's parties (${Object.keys(template.parties).join(', ')}) to start an instance.`);
  }
  for (const [party, companyId] of Object.entries(companies)) {
    if (!template.parties[party]) throw new DirectoryError('unknown_role', `The template has no party "${party}"; use one of ${Object.keys(template.parties).join(', ')}.`);
    const exists = await db.query<{ found: boolean }>('SELECT directory_company_exists($1) AS found', [companyId]);
    if (!exists.rows[0]?.found) throw new DirectoryError('unknown_company', `There is no company "${companyId}" (bindings.companies.${party}).`);
  }
  for (const role of Object.keys(picks)) {
    const [party = '', name = ''] = role.split('.');
    if (!template.parties[party]?.roles[name]) throw new DirectoryError('unknown_role', `The template has no role "${role}" (bindings.participants.${role}).`);
    if (companies[party] === undefined) {
      throw new DirectoryError('role_unresolved', `Party "${party}" has no company, so nobody can hold "${role}"; name the company in bindings.companies.${party}, or leave out its people.`);
    }
    if (companies[party] !== starterCompanyId) {
      throw new DirectoryError('role_of_other_company', `Role "${role}" belongs to party "${party}", played by ${companies[party] ?? 'nobody'}; its people come from that company's directory, not from you. Leave it out.`);
    }
  }

  const participants: Record<string, Person[]> = {};
  for (const [party, definition] of Object.entries(template.parties)) {
    const companyId = companies[party];
    if (!companyId) {
      if (definition.optional) continue;
      throw new DirectoryError('role_unresolved', `Name the company that plays party "${party}" (bindings.companies.${party}).`);
    }
    for (const [name, role] of Object.entries(definition.roles)) {
      const ref = `${party}.${name}`;
      const picked = picks[ref];
      let people: Person[];
      if (picked && picked.length > 0) {
        people = [];
        for (const email of picked) people.push(asBound(await activePerson(db, starterCompanyId, email)));
      } else if (role.group) {
        people = (await groupMembers(db, companyId, role.group)).map(asBound);
      } else {
        throw new DirectoryError(
          'role_unresolved',
          companyId === starterCompanyId
            ? `Name people of your directory for role "${ref}" (bindings.participants.${ref}); the template gives it no default group.`
            : `Role "${ref}" is ${companyId}'s, and the template names no directory group for it, so nobody can hold it; ask the template's owner to name a group for the role.`,
        );
      }
      const unique = people.filter((person, index) => people.findIndex((other) => other.email === person.email) === index);
      if (unique.length === 0) {
        throw new DirectoryError('role_unresolved', `Nobody active is in ${companyId}'s directory group "${role.group ?? ''}" for role "${ref}"; ${companyId}'s admins add people to it.`);
      }
      participants[ref] = unique;
    }
  }
  return { companies, participants };
}
