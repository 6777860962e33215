/**
 * Moving running instances onto a later version of their template (ops, platform scope):
 * one instance, or every running instance of a version at once. The rules are the core's
 * (`workflows/core/commands/migrate.ts`): the workflow's update validator refuses what does
 * not fit, so nothing is changed for an instance that is refused. A dry run runs the same
 * check here on each instance's projected state, without sending anything.
 *
 * Instances of every company are read as the owner, like the other operator passes: the
 * platform key that asks takes part in none of them.
 */
import type { Client } from '@temporalio/client';
import type pg from 'pg';
import type { Template } from '../definitions/template.js';
import * as core from '../workflows/core/index.js';
import type { InstanceState, Migration } from '../workflows/schemas.js';
import { ApiError, failureStatus, notFound, toApiError } from './errors.js';
import { InstanceClient } from './instance-client.js';
import { findTemplate } from './template-catalog.js';

/** What ops ask for. */
export interface MigrationRequest {
  toVersion: number;
  /** Old step id → step id of the new version; a step not listed keeps its id. */
  mapping: Record<string, string>;
  reason?: string | undefined;
  dryRun?: boolean | undefined;
  /** Who asks (the key's name), for each instance's timeline. */
  actor: string;
}

/** What happened to one instance: moved, would be moved (dry run), or refused with the catalogue's code and why. */
export type MigrationOutcome =
  | { instanceId: string; result: 'migrated'; fromVersion: number; toVersion: number; currentSteps: string[] }
  | { instanceId: string; result: 'would_migrate'; fromVersion: number; toVersion: number; currentSteps: string[] }
  | { instanceId: string; result: 'refused'; status: number; code: string; reason: string };

/** Moves one instance; a refusal is thrown as the catalogue's {@link ApiError}. */
export async function migrateInstance(pool: pg.Pool, client: Client, instanceId: string, request: MigrationRequest): Promise<MigrationOutcome> {
  const found = await pool.query<{ state: InstanceState }>('SELECT state FROM instances WHERE id = $1', [instanceId]);
  const state = found.rows[0]?.state;
  if (!state) throw notFound('instance');
  const target = await targetOf(pool, state.templateId, request.toVersion);
  const outcome = await migrateOne(pool, client, state, target, request);
  if (outcome.result === 'refused') throw new ApiError(outcome.status, outcome.code, outcome.reason);
  return outcome;
}

/** Moves every running instance of `templateId` version `version`, one at a time; answers for each. */
export async function migrateVersion(pool: pg.Pool, client: Client, templateId: string, version: number, request: MigrationRequest): Promise<MigrationOutcome[]> {
  if (!(await findTemplate(pool, templateId, version))) throw notFound(`template ${templateId} version ${version}`);
  const target = await targetOf(pool, templateId, request.toVersion);
  const running = await pool.query<{ state: InstanceState }>(`SELECT state FROM instances WHERE template_id = $1 AND template_version = $2 AND lifecycle = 'running' ORDER BY id`, [templateId, version]);
  const outcomes: MigrationOutcome[] = [];
  for (const { state } of running.rows) outcomes.push(await migrateOne(pool, client, state, target, request));
  return outcomes;
}

async function targetOf(pool: pg.Pool, templateId: string, version: number): Promise<Template> {
  const found = await findTemplate(pool, templateId, version);
  if (!found) throw notFound(`template ${templateId} version ${version}`);
  return found.template;
}

/**
 * Migrates (or, for a dry run, checks) one instance. A refusal becomes an outcome; an outage
 * is thrown, so the whole request can be retried (instances moved already are on the new
 * version then, and are not listed again).
 */
async function migrateOne(pool: pg.Pool, client: Client, state: InstanceState, template: Template, request: MigrationRequest): Promise<MigrationOutcome> {
  const migration: Migration = { template, mapping: request.mapping, actor: request.actor, ...(request.reason ? { reason: request.reason } : {}) };
  const fromVersion = state.templateVersion;
  const instanceId = state.instanceId;
  if (request.dryRun) {
    const refused = await dryRun(pool, state, migration);
    if (refused) return { instanceId, result: 'refused', ...refused };
    return { instanceId, result: 'would_migrate', fromVersion, toVersion: template.version, currentSteps: currentSteps(state, migration.mapping) };
  }
  try {
    const after = await new InstanceClient(client).migrate(instanceId, migration);
    return { instanceId, result: 'migrated', fromVersion, toVersion: after.templateVersion, currentSteps: [...new Set(after.tokens.map((token) => token.stepId))] };
  } catch (error) {
    const known = toApiError(error);
    if (!known || known.status >= 500) throw error;
    return { instanceId, result: 'refused', status: known.status, code: known.code, reason: known.message };
  }
}

/** The core's check on the projected state, as the workflow's validator would run it; the refusal, if any. */
async function dryRun(pool: pg.Pool, state: InstanceState, migration: Migration): Promise<{ status: number; code: string; reason: string } | undefined> {
  const current = await findTemplate(pool, state.templateId, state.templateVersion);
  if (!current) return { status: 404, code: 'not_found', reason: `template ${state.templateId} version ${state.templateVersion}, which the instance runs, is not in the catalog` };
  const machine = core.resume(current.template, structuredClone(state), Date.now(), { patched: () => true });
  try {
    core.commands.migrate.check(machine, migration);
    return undefined;
  } catch (error) {
    if (!(error instanceof core.Failure)) throw error;
    const [status, code] = failureStatus(error.type) ?? [409, 'refused'];
    return { status, code, reason: error.message };
  }
}

function currentSteps(state: InstanceState, mapping: Record<string, string>): string[] {
  return [...new Set(state.tokens.map((token) => (Object.hasOwn(mapping, token.stepId) ? (mapping[token.stepId] ?? token.stepId) : token.stepId)))];
}
