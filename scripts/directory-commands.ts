/**
 * CLI commands for the directory, run by the operator against the stack's database:
 *
 *   companies create <id> --name <n> --kind <k> | list
 *   people add --company <c> --email <e> --name <n> [--groups a,b] | list --company <c>
 *          | deactivate --company <c> --email <e> | activate --company <c> --email <e>
 *   groups create --company <c> <group> | add --company <c> <group> <email>
 *          | remove --company <c> <group> <email> | list --company <c>
 *   relationships invite --vendor <v> --partner <p> --program <x>
 *          | accept --vendor <v> --partner <p> --program <x> | list --company <c>
 *   operators grant|revoke --company <c> --email <e> | list
 *          (people who do the operator's work from the console: templates)
 *
 * Each change runs as the named company (the API role with that company set), so the CLI
 * obeys the same row-level security and rules as the company's admins over the API.
 * Deactivating hands the person's open tasks on, as the API does.
 */
import { Client, Connection } from '@temporalio/client';
import {
  acceptInvitation,
  addMember,
  addPerson,
  createCompany,
  createGroup,
  DirectoryError,
  grantPlatformOperator,
  listPlatformOperators,
  revokePlatformOperator,
  findPerson,
  findPersonByEmail,
  invitePartner,
  listCompanies,
  listGroups,
  listPeople,
  listRelationships,
  removeMember,
  updatePerson,
} from '../activities/directory/index.js';
import { checkHandOver, handOverTasksOf } from '../api/directory/deactivation.js';
import { asTenant, type Tenant } from '../api/tenant.js';
import { loadConfig, temporalConnectionOptions } from '../config.js';
import { Failed, options, Usage, withPool } from './stack-commands.js';
import type { Command, CommandOutput } from './tandem.js';

const PLATFORM: Tenant = { companyId: '', platform: true };

/** Runs a directory change, printing a refusal's code and message instead of a stack. */
async function refusing(output: CommandOutput, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof DirectoryError)) throw error;
    output.err(`${error.message} [${error.code}]`);
    return Failed;
  }
}

function need(flags: Map<string, string>, names: string[], usage: string, output: CommandOutput): string[] | undefined {
  const values = names.map((name) => flags.get(name) ?? '');
  if (values.some((value) => value === '')) {
    output.err(`usage: tandem ${usage}`);
    return undefined;
  }
  return values;
}

/** The directory commands, by name. */
export const directoryCommands: Record<string, Command> = {
  companies: {
    usage: 'companies create|list',
    summary: 'companies: create <id> --name <n> --kind <vendor|partner|…>, list',
    async run(args, output) {
      const [action, ...rest] = args;
      const { flags, positional } = options(rest);
      if (action === 'create') {
        const [name, kind] = need(flags, ['name', 'kind'], 'companies create <id> --name <name> --kind <kind>', output) ?? [];
        const id = positional[0];
        if (!id || !name || !kind) return Usage;
        return refusing(output, async () => {
          const company = await withPool((pool) => asTenant(pool, PLATFORM, (db) => createCompany(db, { id, name, kind })));
          output.out(`created ${company.id} (${company.name}, ${company.kind})`);
          return 0;
        });
      }
      if (action === 'list') {
        for (const company of await withPool((pool) => asTenant(pool, PLATFORM, (db) => listCompanies(db)))) output.out(`${company.id}  ${company.kind}  ${company.name}`);
        return 0;
      }
      output.err('usage: tandem companies create <id> --name <name> --kind <kind> | list');
      return Usage;
    },
  },
  people: {
    usage: 'people add|list|deactivate|activate',
    summary: 'people of a company: add --company <c> --email <e> --name <n> [--groups a,b], list --company <c>, deactivate|activate --company <c> --email <e>',
    async run(args, output) {
      const [action, ...rest] = args;
      const { flags } = options(rest);
      const company = flags.get('company');
      if (!company) {
        output.err('usage: tandem people add|list|deactivate|activate --company <company id> …');
        return Usage;
      }
      const tenant: Tenant = { companyId: company };
      if (action === 'add') {
        const [email, name] = need(flags, ['email', 'name'], 'people add --company <c> --email <e> --name <n> [--groups a,b]', output) ?? [];
        if (!email || !name) return Usage;
        const groups = (flags.get('groups') ?? '').split(',').filter((group) => group !== '');
        return refusing(output, async () => {
          const person = await withPool((pool) =>
            asTenant(pool, tenant, async (db) => {
              const added = await addPerson(db, company, { email, name });
              for (const group of groups) await addMember(db, company, group, added.email);
              return added;
            }),
          );
          output.out(`added ${person.email} (${person.id}) to ${company}${groups.length > 0 ? ` in ${groups.join(', ')}` : ''}`);
          return 0;
        });
      }
      if (action === 'list') {
        const people = await withPool((pool) => asTenant(pool, tenant, (db) => listPeople(db, company)));
        for (const person of people) output.out(`${person.email}  ${person.active ? 'active' : 'inactive'}  ${person.name}  [${person.groups.join(', ')}]`);
        return 0;
      }
      if (action === 'activate' || action === 'deactivate') {
        const [email] = need(flags, ['email'], `people ${action} --company <c> --email <e>`, output) ?? [];
        if (!email) return Usage;
        return refusing(output, () =>
          withPool(async (pool) => {
            const person = await asTenant(pool, tenant, (db) => findPersonByEmail(db, company, email));
            if (!person) throw new DirectoryError('unknown_person', `${email} is not a person of ${company}'s directory.`);
            if (action === 'activate') {
              await asTenant(pool, tenant, (db) => updatePerson(db, company, person.id, { active: true }));
              output.out(`activated ${person.email}`);
              return 0;
            }
            // Someone already inactive is handed over again: a hand-over that a crash or an outage cut short is finished.
            const already = !person.active;
            if (!already) await checkHandOver(pool, tenant, person);
            const changed = already
              ? person
              : await asTenant(pool, tenant, async (db) => {
                  await updatePerson(db, company, person.id, { active: false });
                  return findPerson(db, company, person.id);
                });
            const config = loadConfig();
            const connection = await Connection.connect(temporalConnectionOptions(config));
            try {
              const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
              const handed = await handOverTasksOf(pool, client, tenant, changed ?? person);
              output.out(`${already ? 'already inactive' : 'deactivated'} ${person.email}; handed on their tasks in ${handed.length} instance(s)`);
            } finally {
              await connection.close();
            }
            return 0;
          }),
        );
      }
      output.err('usage: tandem people add|list|deactivate|activate --company <company id> …');
      return Usage;
    },
  },
  groups: {
    usage: 'groups create|add|remove|list',
    summary: 'groups of a company: create --company <c> <group>, add|remove --company <c> <group> <email>, list --company <c>',
    async run(args, output) {
      const [action, ...rest] = args;
      const { flags, positional } = options(rest);
      const company = flags.get('company');
      const [group, email] = positional;
      if (!company) {
        output.err('usage: tandem groups create|add|remove|list --company <company id> …');
        return Usage;
      }
      const tenant: Tenant = { companyId: company };
      return refusing(output, () =>
        withPool(async (pool) => {
          if (action === 'create' && group) {
            await asTenant(pool, tenant, (db) => createGroup(db, company, { name: group }));
            output.out(`created group ${group} of ${company}`);
            return 0;
          }
          if ((action === 'add' || action === 'remove') && group && email) {
            const changed = await asTenant(pool, tenant, (db) => (action === 'add' ? addMember(db, company, group, email) : removeMember(db, company, group, email)));
            output.out(`${group}: ${changed.members.join(', ') || '(nobody)'}`);
            return 0;
          }
          if (action === 'list') {
            for (const listed of await asTenant(pool, tenant, (db) => listGroups(db, company))) output.out(`${listed.name}: ${listed.members.join(', ') || '(nobody)'}`);
            return 0;
          }
          output.err('usage: tandem groups create <group> | add <group> <email> | remove <group> <email> | list  (each with --company <company id>)');
          return Usage;
        }),
      );
    },
  },
  relationships: {
    usage: 'relationships invite|accept|list',
    summary: 'relationships: invite|accept --vendor <v> --partner <p> --program <x>, list --company <c>',
    async run(args, output) {
      const [action, ...rest] = args;
      const { flags } = options(rest);
      return refusing(output, () =>
        withPool(async (pool) => {
          if (action === 'invite' || action === 'accept') {
            const [vendor, partner, program] = need(flags, ['vendor', 'partner', 'program'], `relationships ${action} --vendor <v> --partner <p> --program <x>`, output) ?? [];
            if (!vendor || !partner || !program) return Usage;
            const relationship =
              action === 'invite'
                ? await asTenant(pool, { companyId: vendor }, (db) => invitePartner(db, vendor, partner, program))
                : await asTenant(pool, { companyId: partner }, (db) => acceptInvitation(db, partner, vendor, program));
            output.out(`${relationship.vendorCompanyId} → ${relationship.partnerCompanyId} (${relationship.program}): ${relationship.status}`);
            return 0;
          }
          const company = flags.get('company');
          if (action === 'list' && company) {
            for (const relationship of await asTenant(pool, { companyId: company }, (db) => listRelationships(db, company))) {
              output.out(`${relationship.vendorCompanyId} → ${relationship.partnerCompanyId} (${relationship.program}): ${relationship.status}`);
            }
            return 0;
          }
          output.err('usage: tandem relationships invite|accept --vendor <v> --partner <p> --program <x> | list --company <c>');
          return Usage;
        }),
      );
    },
  },
  operators: {
    usage: 'operators grant|revoke|list',
    summary: 'platform operators (templates in the console): grant|revoke --company <c> --email <e>, list',
    async run(args, output) {
      const [action, ...rest] = args;
      const { flags } = options(rest);
      if (action === 'grant' || action === 'revoke') {
        const [company, email] = need(flags, ['company', 'email'], `operators ${action} --company <c> --email <e>`, output) ?? [];
        if (!company || !email) return Usage;
        return refusing(output, async () => {
          // The platform's transaction, set to the person's company so their directory row is found.
          const tenant: Tenant = { companyId: company, platform: true };
          if (action === 'grant') {
            await withPool((pool) => asTenant(pool, tenant, (db) => grantPlatformOperator(db, company, email)));
            output.out(`${email.toLowerCase()} of ${company} is a platform operator`);
            return 0;
          }
          const had = await withPool((pool) => asTenant(pool, tenant, (db) => revokePlatformOperator(db, company, email)));
          output.out(had ? `${email.toLowerCase()} of ${company} is no longer a platform operator` : `${email.toLowerCase()} of ${company} was not a platform operator`);
          return 0;
        });
      }
      if (action === 'list') {
        for (const operator of await withPool((pool) => asTenant(pool, PLATFORM, (db) => listPlatformOperators(db)))) output.out(`${operator.companyId}  ${operator.email}  ${operator.name}`);
        return 0;
      }
      output.err('usage: tandem operators grant|revoke --company <c> --email <e> | list');
      return Usage;
    },
  },
};
