/**
 * The row an instance has from the moment the API starts it, before its workflow's first
 * projection write. It shows the instance as `Starting` (revision 0, at no step, no tasks), so
 * a portal that polls right after the start reads the instance instead of a 404, and a first
 * projection write the database refuses has a row to mark with its incident
 * (activities/store/projection-writes.ts).
 *
 * Order, and what a failure leaves (api/bound-start.ts):
 * 1. the binding and this row are committed in one transaction, as the starting company;
 * 2. the workflow is started;
 * 3. if Temporal refuses or fails the start, the row is removed while it is still at revision 0.
 *
 * Written before the start, so the workflow's first write always finds it. Every write of the
 * workflow (revision 1 and up) replaces it; it never replaces one of them (`ON CONFLICT DO
 * NOTHING`, and the projection only moves forward by revision). A retried start, with its
 * Idempotency-Key or the same business key, finds the row there and leaves it. A start that
 * failed although Temporal did start the workflow (a lost answer) loses only the row: the
 * workflow's first write creates it again. An API that stops between steps 1 and 2 leaves a
 * `Starting` row without a workflow until a retry of that start (same key) starts it, or the
 * API's sweep (api/starting-sweep.ts) removes it once Temporal says there is no such workflow.
 * Migration 0037 lets the API role write nothing else, and delete nothing the workflow wrote.
 */
import type pg from 'pg';
import { storable } from '../activities/store/index.js';
import type { Template } from '../definitions/template.js';
import { initialState } from '../workflows/core/index.js';
import type { Bindings, InstanceState, Person } from '../workflows/schemas.js';

/** The status of an instance between its start and its workflow's first projection write. */
export const STARTING_STATUS = 'Starting';

/** What the starting row is made of: the checked start. */
export interface StartingInstance {
  id: string;
  template: Template;
  businessKey: string;
  bindings: Bindings;
  input: Record<string, unknown>;
  initiator: Person;
}

/** What an instance shows before its workflow's first projection write: started, at no step yet. */
export function startingState(start: StartingInstance, now: number): InstanceState {
  return initialState(start, start.id, STARTING_STATUS, now);
}

/**
 * Writes the starting row in `db`'s transaction (the starting company's, after its binding
 * row). Visible to the bound companies only, as every projected row is. A row already there,
 * starting or written by the workflow, is left as it is. Text is stored as the projection
 * stores it (NUL becomes U+FFFD), so an input Postgres cannot hold never fails the start.
 */
export async function recordStarting(db: pg.ClientBase, starting: InstanceState): Promise<void> {
  const state = storable(starting);
  const companies = state.bindings.companies;
  await db.query(
    `INSERT INTO instances (id, template_id, template_version, business_key, title, status, lifecycle, companies, company_ids, revision, state, started_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) ON CONFLICT (id) DO NOTHING`,
    [
      state.instanceId,
      state.templateId,
      state.templateVersion,
      state.businessKey,
      state.title,
      state.status,
      state.lifecycle,
      JSON.stringify(companies),
      [...new Set(Object.values(companies))],
      state.revision,
      JSON.stringify(state),
      new Date(state.startedAt).toISOString(),
    ],
  );
}

/** Removes the starting row of a start that failed; a row the workflow has written stays. */
export async function removeStarting(db: pg.ClientBase, id: string): Promise<void> {
  await db.query('DELETE FROM instances WHERE id = $1 AND revision = 0', [id]);
}
