/**
 * Webhook events as the projection sees them. Each projection write is turned into events
 * (instance started, changed, completed, cancelled or stopped in an incident; task opened or decided) and, inside the
 * projection's own transaction, one delivery is queued per subscription that asked for the
 * type and whose company may see the event. Everything is keyed by business identity, so a
 * retried projection write queues nothing twice.
 */
import type pg from 'pg';
import type { ProjectionWrite } from '../contracts.js';
import { audienceOf } from '../../presentation/index.js';
import type { AuditEvent, InstanceState } from '../../workflows/schemas.js';

/** Every event type a subscription may ask for. */
export const WEBHOOK_EVENT_TYPES = ['instance.started', 'instance.changed', 'instance.completed', 'instance.cancelled', 'instance.incident', 'task.opened', 'task.decided'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** One event of one projection write. */
export interface WebhookEvent {
  /** Business identity: type, instance, and the revision or task it is about. */
  id: string;
  type: WebhookEventType;
  taskId: string | undefined;
  /** The companies that may hear of it. */
  audience: string[];
  occurredAt: number;
}

/** Audit entries that are webhook events, and the type each becomes. */
const FROM_AUDIT: Partial<Record<AuditEvent['type'], WebhookEventType>> = {
  started: 'instance.started',
  ended: 'instance.completed',
  cancelled: 'instance.cancelled',
  incident: 'instance.incident',
  task_opened: 'task.opened',
  decided: 'task.decided',
};

/**
 * The events of one write. `advanced` says whether the write moved the projection forward;
 * a late, older write adds no `instance.changed` (portals never saw that revision), but its
 * audit entries still count, as they do in the audit table.
 */
export function webhookEventsOf({ state, events }: Pick<ProjectionWrite, 'state' | 'events'>, advanced: boolean): WebhookEvent[] {
  const companies = [...new Set(Object.values(state.bindings.companies))];
  const found: WebhookEvent[] = [];
  if (advanced) found.push({ id: `instance.changed:${state.instanceId}:${state.revision}`, type: 'instance.changed', taskId: undefined, audience: companies, occurredAt: state.updatedAt });
  for (const entry of events) {
    const type = FROM_AUDIT[entry.type];
    if (!type) continue;
    if (type.startsWith('task.')) {
      // System decisions of a step without a task (no approver, a withdrawn party) are not task events.
      const task = entry.taskId === undefined ? undefined : state.tasks.find((candidate) => candidate.id === entry.taskId);
      if (!task) continue;
      // Same rule as the company's status read: its own tasks, and other companies' tasks of shared steps.
      const audience = audienceOf(task, companies);
      found.push({ id: `${type}:${state.instanceId}:${task.id}`, type, taskId: task.id, audience, occurredAt: entry.at });
      continue;
    }
    // An instance may stop in several incidents over its life: each is its own event.
    const incident = type === 'instance.incident' ? entry.details?.['incident'] : undefined;
    const id = typeof incident === 'string' ? `${type}:${state.instanceId}:${incident}` : `${type}:${state.instanceId}`;
    found.push({ id, type, taskId: undefined, audience: companies, occurredAt: entry.at });
  }
  return found;
}

/**
 * Queues deliveries for the events of one write, on the projection's transaction. Costs one
 * indexed query when none of the instance's companies has a subscription.
 */
export async function queueWebhookDeliveries(client: pg.PoolClient, write: Pick<ProjectionWrite, 'state' | 'events'>, advanced: boolean): Promise<void> {
  const state: InstanceState = write.state;
  const companies = [...new Set(Object.values(state.bindings.companies))];
  const wanted = await client.query<{ type: string }>('SELECT DISTINCT unnest(events) AS type FROM webhook_subscriptions WHERE company_id = ANY ($1)', [companies]);
  if (wanted.rowCount === 0) return;
  const types = new Set(wanted.rows.map((row) => row.type));
  for (const event of webhookEventsOf(write, advanced)) {
    if (!types.has(event.type) || event.audience.length === 0) continue;
    await client.query(
      `INSERT INTO webhook_events (id, type, instance_id, task_id, revision, state, occurred_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO NOTHING`,
      [event.id, event.type, state.instanceId, event.taskId ?? null, state.revision, JSON.stringify(state), new Date(event.occurredAt).toISOString()],
    );
    await client.query(
      `INSERT INTO webhook_deliveries (subscription_id, company_id, event_id, event_type, instance_id)
       SELECT id, company_id, $1, $2, $3 FROM webhook_subscriptions WHERE company_id = ANY ($4) AND $2 = ANY (events)
       ON CONFLICT (subscription_id, event_id) DO NOTHING`,
      [event.id, event.type, state.instanceId, event.audience],
    );
  }
}
