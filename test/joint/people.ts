/** The companies of the joint-solution tests and the people who act for them. */
import type { Person } from '../../workflows/schemas.js';

export const acme = 'acme';
export const globex = 'globex';
export const initech = 'initech';

/** The company parties of the template, in order; C and D are optional. */
export const COMPANY_PARTIES = ['company_a', 'company_b', 'company_c', 'company_d'] as const;
export type CompanyParty = (typeof COMPANY_PARTIES)[number];

const COMPANY_ROLES = ['alliance_lead', 'engineering_lead', 'workstream_owner', 'subscriber'] as const;
export type CompanyRole = (typeof COMPANY_ROLES)[number];

/** The one person holding `role` at `company`, e.g. `alliance.lead@acme.example`. */
export function personOf(company: string, role: string): Person {
  const words = role.split('_');
  return { name: `${words.map((word) => word[0]?.toUpperCase() + word.slice(1)).join(' ')} of ${company}`, email: `${words.join('.')}@${company}.example`, company };
}

/** Who fills which party: two to four companies, plus the certifier's and the publisher's company. */
export interface Cast {
  companies: Partial<Record<CompanyParty, string>>;
  certifier: string;
  publisher: string;
}

/** Start bindings for a cast: one person per role, unbound optional parties left out wholly. */
export function bindingsFor(cast: Cast) {
  const companies: Record<string, string> = { ...cast.companies, certifier: cast.certifier, publisher: cast.publisher };
  const participants: Record<string, Person[]> = {
    'certifier.technical_reviewer': [personOf(cast.certifier, 'technical_reviewer')],
    'certifier.security_reviewer': [personOf(cast.certifier, 'security_reviewer')],
    'publisher.marketplace_manager': [personOf(cast.publisher, 'marketplace_manager')],
  };
  for (const [party, company] of Object.entries(cast.companies)) {
    for (const role of COMPANY_ROLES) participants[`${party}.${role}`] = [personOf(company, role)];
  }
  return { companies, participants };
}

/** Every person bound in `bindings`, once. */
export function everyone(bindings: { participants: Record<string, Person[]> }): Person[] {
  const byEmail = new Map(Object.values(bindings.participants).flat().map((person) => [person.email, person]));
  return [...byEmail.values()];
}

/** The directory group of the playing company that fills each role of the template (version 2). */
export const GROUP_OF: Record<string, string> = {
  alliance_lead: 'alliance_leads',
  engineering_lead: 'engineering_leads',
  workstream_owner: 'workstream_owners',
  subscriber: 'solution_subscribers',
  technical_reviewer: 'technical_reviewers',
  security_reviewer: 'security_reviewers',
  marketplace_manager: 'marketplace_managers',
};

/** The cast's people as directory entries: each in the group its role is filled from. */
export function directoryOf(cast: Cast): Array<{ person: Person; groups: string[] }> {
  return Object.entries(bindingsFor(cast).participants).flatMap(([role, people]) => people.map((person) => ({ person, groups: [GROUP_OF[role.split('.')[1] ?? ''] ?? ''] })));
}

/** What a start names: only the companies; each company's people come from its directory. */
export function startBindingsFor(cast: Cast): { companies: Record<string, string> } {
  return { companies: bindingsFor(cast).companies };
}
