/** The companies of the joint-solution tests and the people who act for them. */
import type { Person } from '../../workflows/types.js';

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
