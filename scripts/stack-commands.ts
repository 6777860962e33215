/**
 * CLI commands that talk to a running stack: start an instance (for a company, its people
 * from the directory, as the API starts one), resolve an incident (as the platform's
 * operator: retry or cancel), manage API keys.
 * They read the same configuration as `npm start` (TEMPORAL_ADDRESS, DATABASE_URL, …); unset,
 * they use what a running `npm start` uses (see stack/stack-file.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { Client, Connection, WorkflowUpdateFailedError } from '@temporalio/client';
import type pg from 'pg';
import { z } from 'zod';
import { createApiKey, listApiKeys, revokeApiKey, Scope } from '../api/auth/keys.js';
import { startFromDirectory } from '../api/bound-start.js';
import { InstanceClient } from '../api/instance-client.js';
import { IncidentResolution } from '../workflows/schemas.js';
import { ApiError } from '../api/errors.js';
import { StartInstanceBody } from '../api/schemas.js';
import { DirectoryError } from '../activities/directory/index.js';
import { findTemplate } from '../api/template-catalog.js';
import { loadConfig, temporalConnectionOptions, type Config } from '../config.js';
import { loadTemplateFile } from '../definitions/load.js';
import type { Template } from '../definitions/template.js';
import { findDatabaseUrl, readStack } from './stack/stack-file.js';
import type { Command, CommandOutput } from './tandem.js';
import { openPool } from '../activities/store/pool.js';

export const Usage = 2;
export const Failed = 1;

/** DATABASE_URL, else the database of the running `npm start` (local or embedded PostgreSQL). */
function databaseUrl(): Promise<string> {
  return findDatabaseUrl(loadConfig().DATABASE_URL);
}

/** The configuration, with the Temporal address of a running `npm start` unless TEMPORAL_ADDRESS is set. */
export function stackConfig(): Config {
  const config = loadConfig();
  const stack = readStack();
  if (!process.env['TEMPORAL_ADDRESS'] && stack) return { ...config, TEMPORAL_ADDRESS: stack.temporalAddress };
  return config;
}

export async function withPool<T>(use: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = openPool(await databaseUrl(), { max: 1, onIdleError: (error) => console.error(`database: ${error.message}`) });
  try {
    return await use(pool);
  } finally {
    await pool.end();
  }
}

/** JSON text, or the text itself when it is not JSON (the schema then says what is wrong). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** `--name value` pairs and positional arguments. */
export function options(args: readonly string[]): { flags: Map<string, string>; positional: string[] } {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg.startsWith('--')) {
      flags.set(arg.slice(2), args[index + 1] ?? '');
      index++;
    } else positional.push(arg);
  }
  return { flags, positional };
}

/** A template from a file, or `id[@version]` from the catalog. */
async function resolveTemplate(reference: string, output: CommandOutput): Promise<Template | undefined> {
  if (existsSync(reference)) {
    const loaded = loadTemplateFile(reference);
    if (loaded.ok) return loaded.template;
    for (const error of loaded.errors) output.err(`${error.path}: ${error.message} [${error.code}]`);
    return undefined;
  }
  const [id = '', version] = reference.split('@');
  const found = await withPool((pool) => findTemplate(pool, id, version === undefined ? undefined : Number(version)));
  if (!found) output.err(`no template ${reference} in the catalog (and no such file)`);
  return found?.template;
}

export const stackCommands: Record<string, Command> = {
  incident: {
    usage: 'incident retry|cancel <instance id> --reason <text> [--vars <json>]',
    summary: 'resolve an instance stopped in an incident: retry its steps (after setting vars) or cancel it',
    async run(args, output) {
      const { flags, positional } = options(args);
      const [action, id] = positional;
      const reason = flags.get('reason');
      if ((action !== 'retry' && action !== 'cancel') || !id || !reason) {
        output.err('usage: tandem incident retry|cancel <instance id> --reason <text> [--vars <json>]');
        return Usage;
      }
      const parsed = IncidentResolution.safeParse({ action, reason, ...(flags.has('vars') ? { vars: parseJson(flags.get('vars') ?? '') } : {}) });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) output.err(`${issue.path.join('.') || 'input'}: ${issue.message}`);
        return Usage;
      }
      const config = stackConfig();
      const connection = await Connection.connect(temporalConnectionOptions(config));
      try {
        const state = await new InstanceClient(new Client({ connection, namespace: config.TEMPORAL_NAMESPACE })).resolveIncident(id, parsed.data);
        const open = state.incidents?.[0];
        output.out(open ? `stopped again at ${open.stepId ?? 'the projection'}: ${open.error}` : `${state.lifecycle}: ${state.status}`);
        return 0;
      } catch (error) {
        if (error instanceof WorkflowUpdateFailedError) {
          output.err(error.cause?.message ?? error.message);
          return Failed;
        }
        throw error;
      } finally {
        await connection.close();
      }
    },
  },
  start: {
    usage: 'start <template> --company <id> --input <json|file>',
    summary: 'start an instance for a company, people from its directory; input: {"businessKey","bindings":{"companies","participants"},"input","initiator"}',
    async run(args, output) {
      const { flags, positional } = options(args);
      const reference = positional[0];
      const inputArg = flags.get('input');
      const company = flags.get('company');
      if (!reference || !inputArg || !company) {
        output.err('usage: tandem start <template file | id[@version]> --company <starting company id> --input <json | file.json>');
        return Usage;
      }
      let json: unknown;
      try {
        json = JSON.parse(existsSync(inputArg) ? readFileSync(inputArg, 'utf8') : inputArg);
      } catch (error) {
        output.err(`--input is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
        return Usage;
      }
      // The API's own start body: companies per party, the company's picks and the initiator as emails.
      const request = StartInstanceBody.omit({ templateId: true, version: true }).safeParse(json);
      if (!request.success) {
        for (const issue of request.error.issues) output.err(`${issue.path.join('.') || 'input'}: ${issue.message}`);
        return Failed;
      }
      const template = await resolveTemplate(reference, output);
      if (!template) return Failed;
      const config = stackConfig();
      const connection = await Connection.connect(temporalConnectionOptions(config));
      try {
        const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
        const { businessKey, bindings, input, initiator } = request.data;
        const started = await withPool((pool) =>
          startFromDirectory(pool, client, { companyId: company }, { template, businessKey, companies: bindings.companies, picks: bindings.participants, input, initiator, taskQueue: config.TEMPORAL_TASK_QUEUE }),
        );
        output.out(`${started.existing ? 'already running' : 'started'}: ${started.id}`);
        return 0;
      } catch (error) {
        if (error instanceof ApiError && Array.isArray(error.details)) {
          for (const problem of z.array(z.object({ path: z.string(), message: z.string() })).catch([]).parse(error.details)) output.err(`${problem.path}: ${problem.message}`);
          return Failed;
        }
        if (error instanceof ApiError || error instanceof DirectoryError) {
          output.err(`${error.message} [${error.code}]`);
          return Failed;
        }
        throw error;
      } finally {
        await connection.close();
      }
    },
  },
  keys: {
    usage: 'keys create|list|revoke',
    summary: 'API keys: create --company <id> --name <n> [--scopes read,act,admin|platform], list [--company <id>], revoke <key id>',
    async run(args, output) {
      const [action, ...rest] = args;
      const { flags, positional } = options(rest);
      if (action === 'create') {
        const company = flags.get('company');
        const name = flags.get('name');
        const scopes = z.array(Scope).min(1).safeParse((flags.get('scopes') ?? flags.get('scope') ?? 'read,act').split(','));
        if (!company || !name || !scopes.success) {
          output.err('usage: tandem keys create --company <company id> --name <name> [--scopes read,act,admin|platform]');
          return Usage;
        }
        const created = await withPool((pool) => createApiKey(pool, company, name, scopes.data));
        output.out(`key ${created.id} for ${company} (${scopes.data.join(',')}); the token is shown only now:`);
        output.out(created.token);
        return 0;
      }
      if (action === 'list') {
        const keys = await withPool((pool) => listApiKeys(pool, flags.get('company')));
        for (const key of keys) output.out(`${key.keyId}  ${key.companyId}  ${key.scopes.join(',')}  ${key.name}${key.revokedAt ? `  revoked ${key.revokedAt}` : ''}`);
        return 0;
      }
      if (action === 'revoke' && positional[0]) {
        const id = positional[0];
        if (!(await withPool((pool) => revokeApiKey(pool, id)))) {
          output.err(`there is no key ${id}`);
          return Failed;
        }
        output.out(`revoked ${id}`);
        return 0;
      }
      output.err('usage: tandem keys create --company <id> --name <name> [--scopes read,act,admin|platform] | list [--company <id>] | revoke <key id>');
      return Usage;
    },
  },
};
