/**
 * Writes an instance's read model: the instance row, its changed tasks and new audit
 * events, in one transaction. Safe to run twice and out of order: the instance row only
 * moves forward by revision, tasks follow it, and events are keyed by (instance, seq).
 * Webhook deliveries and due mail are queued in the same transaction, so a change is
 * announced exactly when it is committed. A migration moves an instance to another template
 * version and its tasks to other steps, so both follow the state too.
 *
 * Data Postgres is known to refuse is made safe first: NUL and unpaired surrogates (which
 * CEL can compute into a variable) become U+FFFD in the read model; the workflow's state keeps
 * them. Anything else the database refuses as data (SQLSTATE classes 22, 23 and 54) fails at
 * once, not retried, after marking the row with a `projection` incident; the workflow then
 * shows the incident until ops retry (see workflows/core/incidents.ts).
 */
import { ApplicationFailure } from '@temporalio/activity';
import type pg from 'pg';
import type { ProjectionWrite } from '../contracts.js';
import { queueMail } from '../mail/queue.js';
import { queueWebhookDeliveries } from '../webhooks/events.js';
import { inTransaction } from './transaction.js';
import { isoOrNull } from '../../presentation/index.js';
import type { Task } from '../../workflows/schemas.js';

/** Creates the projection activity bound to a pool. */
export function createProjection(pool: pg.Pool) {
  return {
    async projectInstance(write: ProjectionWrite): Promise<void> {
      try {
        await writeProjection(pool, storable(write));
      } catch (error) {
        if (!isRefusedData(error)) throw error;
        const message = `the database refused this instance's data: ${error.message}`;
        await markRefused(pool, write.state, message);
        throw ApplicationFailure.nonRetryable(message, 'ProjectionRefused');
      }
    },
  };
}

/** Text as Postgres takes it: NUL and unpaired surrogates become U+FFFD. */
export function safeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** A copy of `value` with every string made {@link safeText}: what Postgres stores of it. */
export function storable<T>(value: T): T {
  const copied: unknown = JSON.parse(JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'string' ? safeText(inner) : inner)));
  return copied as T;
}

/** A Postgres error about the data itself (not the connection or the server), which retrying cannot fix. */
function isRefusedData(error: unknown): error is Error & { code: string } {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && /^(22|23|54)/.test(error.code);
}

/**
 * Marks the row with the refusal as an open incident, at the refused write's revision, so the
 * status read shows it (its views are kept per revision). The row exists from the start (the
 * API writes it); a write that never landed has nothing to mark.
 */
async function markRefused(pool: pg.Pool, state: ProjectionWrite['state'], error: string): Promise<void> {
  const incident = { id: `projection-${state.revision}`, kind: 'projection', error: safeText(error), at: Date.now() };
  await pool.query(
    `UPDATE instances SET incident = $3,
       state = jsonb_set(jsonb_set(state, '{incidents}', COALESCE(state->'incidents', '[]'::jsonb) || jsonb_build_array($3::jsonb)), '{revision}', to_jsonb($2::integer)),
       revision = $2, updated_at = now()
     WHERE id = $1 AND revision < $2`,
    [state.instanceId, state.revision, JSON.stringify(incident)],
  );
}

async function writeProjection(pool: pg.Pool, { state, tasks, events, mails }: ProjectionWrite): Promise<void> {
  await inTransaction(pool, async (client) => {
    const companies = state.bindings.companies;
    const written = await client.query(
      `INSERT INTO instances (id, template_id, template_version, business_key, title, status, lifecycle, companies, company_ids,
                              revision, state, started_at, updated_at, ended_at, incident)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (id) DO UPDATE SET
         template_version = EXCLUDED.template_version, status = EXCLUDED.status, lifecycle = EXCLUDED.lifecycle, revision = EXCLUDED.revision, state = EXCLUDED.state,
         updated_at = EXCLUDED.updated_at, ended_at = EXCLUDED.ended_at, incident = EXCLUDED.incident
       WHERE instances.revision < EXCLUDED.revision
       RETURNING id`,
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
        isoOrNull(state.startedAt),
        isoOrNull(state.updatedAt),
        isoOrNull(state.endedAt),
        state.incidents?.[0] ? JSON.stringify(state.incidents[0]) : null,
      ],
    );
    // An older write arriving late must not roll tasks back either.
    if (written.rowCount === 1) for (const task of tasks) await upsertTask(client, state.instanceId, task);
    for (const event of events) {
      await client.query(
        `INSERT INTO audit_events (instance_id, seq, at, type, step_id, task_id, actor, outcome, comment, details)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
        [
          state.instanceId,
          event.seq,
          isoOrNull(event.at),
          event.type,
          event.stepId ?? null,
          event.taskId ?? null,
          event.actor === undefined ? null : JSON.stringify(event.actor),
          event.outcome ?? null,
          event.comment ?? null,
          JSON.stringify(event.details ?? {}),
        ],
      );
    }
    await queueWebhookDeliveries(client, { state, events }, written.rowCount === 1);
    await queueMail(client, mails ?? []);
  });
}

async function upsertTask(client: pg.PoolClient, instanceId: string, task: Task): Promise<void> {
  await client.query(
    `INSERT INTO tasks (instance_id, id, step_id, kind, title, role, company_id, status, assignees, outcome, decided_by, comment,
                        opened_at, due_at, decided_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     ON CONFLICT (instance_id, id) DO UPDATE SET
       step_id = EXCLUDED.step_id, status = EXCLUDED.status, assignees = EXCLUDED.assignees, outcome = EXCLUDED.outcome, decided_by = EXCLUDED.decided_by,
       comment = EXCLUDED.comment, due_at = EXCLUDED.due_at, decided_at = EXCLUDED.decided_at`,
    [
      instanceId,
      task.id,
      task.stepId,
      task.kind,
      task.title,
      task.role,
      task.companyId,
      task.status,
      JSON.stringify(task.assignees),
      task.outcome ?? null,
      task.decidedBy === undefined ? null : JSON.stringify(task.decidedBy),
      task.comment ?? null,
      isoOrNull(task.openedAt),
      isoOrNull(task.dueAt),
      isoOrNull(task.decidedAt),
    ],
  );
}
