/**
 * `tandem migrate`: move running instances onto a later version of their template, as
 * `POST /templates/{id}/versions/{version}/migrate` and `POST /instances/{id}/migrate` do
 * (api/migration.ts), talking to the running stack's database and Temporal.
 */
import { Client, Connection } from '@temporalio/client';
import { ApiError } from '../api/errors.js';
import { migrateInstance, migrateVersion, type MigrationOutcome, type MigrationRequest } from '../api/migration.js';
import { temporalConnectionOptions } from '../config.js';
import { Failed, options, stackConfig, Usage, withPool } from './stack-commands.js';
import type { Command, CommandOutput } from './tandem.js';

const USAGE = 'usage: tandem migrate <template id>@<version> | --instance <instance id>  --to <version> [--map old=new,…] [--reason <text>] [--dry-run]';

export const migrateCommands: Record<string, Command> = {
  migrate: {
    usage: 'migrate <id>@<version>',
    summary: 'move running instances onto a later template version: --to <version> [--map old=new,…] [--instance <id>] [--reason <text>] [--dry-run]',
    async run(args, output) {
      const dryRun = args.includes('--dry-run');
      const { flags, positional } = options(args.filter((arg) => arg !== '--dry-run'));
      const instanceId = flags.get('instance');
      const [templateId = '', version] = (positional[0] ?? '').split('@');
      const toVersion = Number(flags.get('to'));
      const mapping = mappingOf(flags.get('map') ?? '');
      if (!Number.isInteger(toVersion) || toVersion < 1 || !mapping || (!instanceId && (!templateId || !/^[1-9][0-9]*$/.test(version ?? '')))) {
        output.err(USAGE);
        return Usage;
      }
      const request: MigrationRequest = { toVersion, mapping, reason: flags.get('reason'), dryRun, actor: 'tandem CLI' };
      const config = stackConfig();
      const connection = await Connection.connect(temporalConnectionOptions(config));
      try {
        const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
        const outcomes = await withPool((pool) => (instanceId ? migrateInstance(pool, client, instanceId, request).then((outcome) => [outcome]) : migrateVersion(pool, client, templateId, Number(version), request)));
        if (outcomes.length === 0) output.out(`no running instance of ${templateId} version ${version}`);
        for (const outcome of outcomes) report(outcome, output);
        return outcomes.some((outcome) => outcome.result === 'refused') ? Failed : 0;
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        output.err(`${error.message} [${error.code}]`);
        return Failed;
      } finally {
        await connection.close();
      }
    },
  },
};

/** `old=new,old2=new2` as a mapping; undefined when a pair is malformed. */
function mappingOf(text: string): Record<string, string> | undefined {
  const mapping: Record<string, string> = {};
  for (const pair of text.split(',').filter(Boolean)) {
    const [old, renamed, ...rest] = pair.split('=');
    if (!old || !renamed || rest.length > 0) return undefined;
    mapping[old] = renamed;
  }
  return mapping;
}

function report(outcome: MigrationOutcome, output: CommandOutput): void {
  if (outcome.result === 'refused') output.err(`${outcome.instanceId}: refused: ${outcome.reason} [${outcome.code}]`);
  else output.out(`${outcome.instanceId}: ${outcome.result === 'migrated' ? 'migrated' : 'would migrate'} ${outcome.fromVersion} → ${outcome.toVersion}, at ${outcome.currentSteps.join(', ')}`);
}
