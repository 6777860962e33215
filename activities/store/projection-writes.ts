/**
 * Writes an instance's read model: the instance row, its changed tasks and new audit
 * events, in one transaction. Safe to run twice and out of order: the instance row only
 * moves forward by revision, tasks follow it, and events are keyed by (instance, seq).
 * Webhook deliveries and due mail are queued in the same transaction, so a change is
 * announced exactly when it is committed. A migration moves an instance to another template
 * version and its tasks to other steps, so both follow the state too.
 */
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
    async projectInstance({ state, tasks, events, mails }: ProjectionWrite): Promise<void> {
      await inTransaction(pool, async (client) => {
        const companies = state.bindings.companies;
        const written = await client.query(
          `INSERT INTO instances (id, template_id, template_version, business_key, title, status, lifecycle, companies, company_ids,
                                  revision, state, started_at, updated_at, ended_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
           ON CONFLICT (id) DO UPDATE SET
             template_version = EXCLUDED.template_version, status = EXCLUDED.status, lifecycle = EXCLUDED.lifecycle, revision = EXCLUDED.revision, state = EXCLUDED.state,
             updated_at = EXCLUDED.updated_at, ended_at = EXCLUDED.ended_at
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
    },
  };
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
