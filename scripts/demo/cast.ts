/**
 * Who is in the demo: a vendor (Acme) and two partners (Globex, Initech), their people and the
 * directory groups they are in. Joint-solution people are put into the groups the template
 * names for their roles (read from the catalog at seeding time).
 */

/** A person of the demo and the groups they belong to besides their joint-solution roles. */
export interface DemoPerson {
  name: string;
  email: string;
  company: string;
  groups: string[];
  /** Joint-solution roles, as `party.role` without the party (e.g. `alliance_lead`). */
  jointRoles: string[];
}

export const VENDOR = 'acme';
export const PARTNERS = ['globex', 'initech'] as const;

/** The demo companies. */
export const COMPANIES = [
  { id: 'acme', name: 'Acme Software', kind: 'vendor' },
  { id: 'globex', name: 'Globex Consulting', kind: 'partner' },
  { id: 'initech', name: 'Initech Cloud', kind: 'partner' },
] as const;

const person = (name: string, company: string, groups: string[], jointRoles: string[] = []): DemoPerson => ({
  name,
  email: `${name.split(' ')[0]?.toLowerCase() ?? 'someone'}@${company}.example`,
  company,
  groups,
  jointRoles,
});

/** Everyone, with their MDF groups and joint-solution roles. */
export const PEOPLE: DemoPerson[] = [
  person('Vera Channel', 'acme', ['channel_managers', 'admins'], ['alliance_lead']),
  person('Mara Marketing', 'acme', ['marketing_approvers'], ['subscriber']),
  person('Finn Finance', 'acme', ['finance']),
  person('Cora Compliance', 'acme', ['compliance']),
  person('Eli Engineer', 'acme', [], ['engineering_lead', 'workstream_owner']),
  person('Paul Partner', 'globex', ['requesters', 'admins'], ['alliance_lead']),
  person('Petra Lead', 'globex', ['marketing_leads'], ['subscriber']),
  person('Gabe Builder', 'globex', [], ['engineering_lead', 'workstream_owner']),
  person('Ines Alliances', 'initech', ['requesters', 'admins'], ['alliance_lead', 'subscriber']),
  person('Ivan Engineer', 'initech', [], ['engineering_lead', 'workstream_owner']),
  person('Tara Tester', 'initech', [], ['technical_reviewer']),
  person('Sam Security', 'initech', [], ['security_reviewer']),
  person('Mona Market', 'initech', [], ['marketplace_manager']),
];

/** The first person of `company` with `group`. */
export function memberOf(company: string, group: string): DemoPerson {
  const found = PEOPLE.find((candidate) => candidate.company === company && candidate.groups.includes(group));
  if (!found) throw new Error(`the demo has nobody in ${company}'s group ${group}`);
  return found;
}

/** The person of `company` holding joint role `role`. */
export function jointHolder(company: string, role: string): DemoPerson {
  const found = PEOPLE.find((candidate) => candidate.company === company && candidate.jointRoles.includes(role));
  if (!found) throw new Error(`the demo has nobody at ${company} as ${role}`);
  return found;
}

/** The demo's fund requests (all Globex's) and the stage each is taken to. */
export const FUND_REQUESTS = [
  { businessKey: 'demo-booth', activityType: 'event', description: 'Booth at RetailTech', amount: 4_000_00, stage: 'waiting for pre-approval' },
  { businessKey: 'demo-webinar', activityType: 'webinar', description: 'Joint webinar on the spring release', amount: 2_500_00, stage: 'claim due' },
  { businessKey: 'demo-roadshow', activityType: 'event', description: 'Partner roadshow, three cities', amount: 6_000_00, stage: 'claim in review' },
  { businessKey: 'demo-newsletter', activityType: 'digital', description: 'Co-branded newsletter', amount: 1_500_00, stage: 'closed' },
] as const;

export type Stage = (typeof FUND_REQUESTS)[number]['stage'];
