/**
 * Starting an instance whose people came from the directory. The start is recorded in
 * `instance_bindings` (committed as the starting company) before the workflow
 * starts, so the ledger can tell instances bound this way from any other; the business key
 * is scoped to the starting company.
 */
import type { Client } from '@temporalio/client';
import type pg from 'pg';
import { activePerson, asBound, resolveBindings } from '../activities/directory/index.js';
import type { Template } from '../definitions/template.js';
import type { Bindings, Decision, InstanceState, Person, StartInstance } from '../workflows/schemas.js';
import { ApiError } from './errors.js';
import { InstanceClient, type Started } from './instance-client.js';
import { checkStartInput, instanceId, StartInputError } from './instances.js';
import { recordStarting, removeStarting, startingState } from './starting-row.js';
import { asTenant, type Tenant } from './tenant.js';

/** Where the people of a started instance came from (`instance_bindings.source`). */
export type BindingSource = 'directory' | 'mdf_budget' | 'trial';

/** A start with bindings already resolved from the directory. */
export interface BoundStart {
  template: Template;
  businessKey: string;
  bindings: Bindings;
  input: unknown;
  initiator: Person;
  taskQueue: string;
  source: BindingSource;
}

/** A start as a company asks for it: companies per party, its own picks, and the initiator's email. */
export interface DirectoryStart {
  template: Template;
  businessKey: string;
  companies: Record<string, string>;
  /** Role (`party.role`) → emails of people of the starting company's directory. */
  picks: Record<string, string[]>;
  input: unknown;
  initiator: string;
  taskQueue: string;
  /** `trial` for an operator's throw-away start (routes/me-templates.ts); `directory` by default. */
  source?: 'directory' | 'trial';
}

/**
 * Starts an instance for `tenant`'s company with every person taken from the directory: the
 * company's own picks for its own roles, everyone else from the groups the template names,
 * the initiator an active person of the company. The API's generic start and the ops CLI both
 * start this way, so no path binds people a caller named to another company's roles.
 * Refuses with a `DirectoryError` or an `ApiError` (`invalid_start_input`).
 */
export async function startFromDirectory(pool: pg.Pool, client: Client, tenant: Tenant, start: DirectoryStart): Promise<Started> {
  const { bindings, initiator } = await asTenant(
    pool,
    tenant,
    async (db) => ({
      bindings: await resolveBindings(db, { template: start.template, starterCompanyId: tenant.companyId, companies: start.companies, picks: start.picks }),
      initiator: asBound(await activePerson(db, tenant.companyId, start.initiator)),
    }),
    { readOnly: true },
  );
  const request = { template: start.template, businessKey: start.businessKey, bindings, input: start.input, initiator };
  try {
    checkStartInput(request);
  } catch (error) {
    if (error instanceof StartInputError) throw new ApiError(422, 'invalid_start_input', error.message, error.problems);
    throw error;
  }
  return startBound(pool, client, tenant, { ...request, taskQueue: start.taskQueue, source: start.source ?? 'directory' });
}

/** Records where the instance's people came from and starts it (or finds the one the company already started with this key). */
export async function startBound(pool: pg.Pool, client: Client, tenant: Tenant, start: BoundStart): Promise<Started> {
  return recordBinding(pool, tenant, start, () => new InstanceClient(client).start({ ...start, starterCompanyId: tenant.companyId }));
}

/**
 * The same, with the instance's first decision sent in the same call to Temporal
 * (update-with-start): a retry after a crash finds the decided instance, never one left
 * waiting for a decision nobody will send.
 */
export async function startBoundWithDecision(
  pool: pg.Pool,
  client: Client,
  tenant: Tenant,
  start: BoundStart,
  decision: Decision,
): Promise<{ id: string; state: InstanceState; existing: boolean }> {
  return recordBinding(pool, tenant, start, () => new InstanceClient(client).startWithDecision({ ...start, starterCompanyId: tenant.companyId }, decision));
}

/**
 * The binding row and the instance's starting row (api/starting-row.ts) are committed in one
 * short transaction before the workflow starts: the worker's ledger reads the binding from its
 * own connection, and the workflow's first projection write must find the row, so both must be
 * visible by then; no database connection is held while Temporal answers. A start that then
 * fails removes the starting row (unless the workflow has written it) and leaves the binding,
 * which a retry with the same key reuses.
 */
async function recordBinding<T>(pool: pg.Pool, tenant: Tenant, start: BoundStart, run: () => Promise<T>): Promise<T> {
  const id = instanceId(start.template.id, start.businessKey, tenant.companyId);
  const checked = checkedStart(start);
  await asTenant(pool, tenant, async (db) => {
    await db.query(
      `INSERT INTO instance_bindings (instance_id, template_id, business_key, starter_company_id, source) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [id, start.template.id, start.businessKey, tenant.companyId, start.source],
    );
    await recordStarting(db, startingState({ id, template: start.template, businessKey: start.businessKey, bindings: checked.bindings, input: checked.input, initiator: checked.initiator }, Date.now()));
  });
  try {
    return await run();
  } catch (error) {
    // Reported as the start's failure; a row left behind is what a crash would leave (see api/starting-row.ts).
    await asTenant(pool, tenant, (db) => removeStarting(db, id)).catch(() => undefined);
    if (error instanceof StartInputError) throw new ApiError(422, 'invalid_start_input', error.message, error.problems);
    throw error;
  }
}

/** The start as the workflow will get it, or a 422 before anything is written. */
function checkedStart(start: BoundStart): StartInstance {
  try {
    return checkStartInput(start);
  } catch (error) {
    if (error instanceof StartInputError) throw new ApiError(422, 'invalid_start_input', error.message, error.problems);
    throw error;
  }
}
