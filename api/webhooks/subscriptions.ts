/**
 * Webhook subscriptions and their deliveries as a company sees them. Reads and writes run as
 * the API role with the company set: row-level security confines them to the company's rows,
 * and the role may write a secret but never read one (a new secret is shown from the value
 * generated here; on rotation the database carries the old one over, migration 0026).
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { newWebhookSecret } from '../../activities/webhooks/index.js';
import { asCompany } from '../projection.js';
import { asTenant } from '../tenant.js';

/** A subscription as the API shows it (never with its secret). */
export interface WebhookView {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  createdAt: string;
  /** Until when the previous secret still signs, after a rotation; null when only one secret signs. */
  previousSecretExpiresAt: string | null;
}

/** One recorded attempt of a delivery. */
export interface AttemptView {
  attempt: number;
  replay: boolean;
  startedAt: string;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  /** The retry this failure scheduled; null when delivered, given up or a replay. */
  nextAttemptAt: string | null;
}

/** One event sent (or being sent) to one subscription. */
export interface DeliveryView {
  id: string;
  eventType: string;
  instanceId: string;
  status: 'pending' | 'delivered' | 'failed';
  createdAt: string;
  deliveredAt: string | null;
  /** When the next attempt is due, while pending. */
  nextAttemptAt: string | null;
  attempts: AttemptView[];
}

/** At most this many subscriptions per company. */
export const MAX_SUBSCRIPTIONS_PER_COMPANY = 20;

interface SubscriptionRow {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  created_at: Date;
  previous_secret_expires_at: Date | null;
}
// A previous secret past its grace period no longer signs, so it is not shown as signing.
const SUBSCRIPTION_COLUMNS = 'id, url, events, description, created_at, CASE WHEN previous_secret_expires_at > now() THEN previous_secret_expires_at END AS previous_secret_expires_at';
const subscriptionView = (row: SubscriptionRow): WebhookView => ({
  id: row.id,
  url: row.url,
  events: row.events,
  description: row.description,
  createdAt: row.created_at.toISOString(),
  previousSecretExpiresAt: row.previous_secret_expires_at?.toISOString() ?? null,
});

/** The longest grace period a rotation may give the previous secret: one week. */
export const MAX_SECRET_GRACE_SECONDS = 7 * 24 * 60 * 60;
/** The grace period when a rotation names none: 24 hours. */
export const DEFAULT_SECRET_GRACE_SECONDS = 24 * 60 * 60;

/**
 * Creates a subscription and returns it with its secret, which is shown only here. Returns
 * undefined when the company already has {@link MAX_SUBSCRIPTIONS_PER_COMPANY}.
 */
export async function createSubscription(
  pool: pg.Pool,
  companyId: string,
  input: { url: string; events: string[]; description?: string | undefined },
): Promise<(WebhookView & { secret: string }) | undefined> {
  const id = `wh_${randomBytes(8).toString('hex')}`;
  const secret = newWebhookSecret();
  // A soft limit against runaway scripts: two creates at the same moment may both pass it.
  const result = await asTenant(pool, { companyId }, (db) =>
    db.query<SubscriptionRow>(
      `INSERT INTO webhook_subscriptions (id, company_id, url, events, description, secret)
       SELECT $1, $2, $3, $4, $5, $6 WHERE (SELECT count(*) FROM webhook_subscriptions WHERE company_id = $2) < $7
       RETURNING ${SUBSCRIPTION_COLUMNS}`,
      [id, companyId, input.url, input.events, input.description ?? null, secret, MAX_SUBSCRIPTIONS_PER_COMPANY],
    ),
  );
  const row = result.rows[0];
  return row ? { ...subscriptionView(row), secret } : undefined;
}

/** The company's subscriptions, oldest first. */
export async function listSubscriptions(pool: pg.Pool, companyId: string): Promise<WebhookView[]> {
  const result = await asCompany(pool, companyId, (client) =>
    client.query<SubscriptionRow>(`SELECT ${SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions WHERE company_id = $1 ORDER BY created_at, id`, [companyId]),
  );
  return result.rows.map(subscriptionView);
}

/** One subscription of the company, or undefined. */
export async function readSubscription(pool: pg.Pool, companyId: string, id: string): Promise<WebhookView | undefined> {
  const result = await asCompany(pool, companyId, (client) =>
    client.query<SubscriptionRow>(`SELECT ${SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions WHERE id = $1 AND company_id = $2`, [id, companyId]),
  );
  const row = result.rows[0];
  return row ? subscriptionView(row) : undefined;
}

/**
 * Gives a subscription a new secret, shown only in this answer. For `graceSeconds` the
 * secret it had keeps signing beside the new one (0 ends it at once); a secret that was
 * itself still in a grace period stops signing now. Undefined when the company has no such
 * subscription.
 */
export async function rotateSecret(pool: pg.Pool, companyId: string, id: string, graceSeconds: number): Promise<(WebhookView & { secret: string }) | undefined> {
  const secret = newWebhookSecret();
  // The secret it had becomes the previous secret (a trigger, migration 0026) when a grace period is set.
  const result = await asTenant(pool, { companyId }, (db) =>
    db.query<SubscriptionRow>(
      `UPDATE webhook_subscriptions SET secret = $3, secret_rotated_at = now(),
         previous_secret_expires_at = CASE WHEN $4::int > 0 THEN now() + $4::int * interval '1 second' END
       WHERE id = $1 AND company_id = $2 RETURNING ${SUBSCRIPTION_COLUMNS}`,
      [id, companyId, secret, graceSeconds],
    ),
  );
  const row = result.rows[0];
  return row ? { ...subscriptionView(row), secret } : undefined;
}

/** Deletes a subscription with its deliveries and attempts; false when the company has no such subscription. */
export async function deleteSubscription(pool: pg.Pool, companyId: string, id: string): Promise<boolean> {
  const result = await asTenant(pool, { companyId }, (db) => db.query('DELETE FROM webhook_subscriptions WHERE id = $1 AND company_id = $2', [id, companyId]));
  return result.rowCount === 1;
}

interface DeliveryRow {
  id: string;
  seq: string;
  event_type: string;
  instance_id: string;
  status: DeliveryView['status'];
  created_at: Date;
  delivered_at: Date | null;
  next_attempt_at: Date;
}
interface AttemptRow {
  delivery_id: string;
  attempt: number;
  replay: boolean;
  started_at: Date;
  duration_ms: number;
  status_code: number | null;
  error: string | null;
  next_attempt_at: Date | null;
}

/** A page of a subscription's deliveries, newest first, each with its attempts, and the `seq` of the last for the next page. */
export async function listDeliveries(
  pool: pg.Pool,
  companyId: string,
  subscriptionId: string,
  options: { status?: DeliveryView['status'] | undefined; limit: number; beforeSeq?: string | undefined; deliveryId?: string | undefined },
): Promise<Array<DeliveryView & { seq: string }>> {
  const conditions = ['subscription_id = $1', 'company_id = $2'];
  const values: unknown[] = [subscriptionId, companyId];
  const add = (sql: string, value: unknown) => {
    values.push(value);
    conditions.push(sql.replace('?', `$${values.length}`));
  };
  if (options.status) add('status = ?', options.status);
  if (options.beforeSeq) add('seq < ?::bigint', options.beforeSeq);
  if (options.deliveryId) add('id = ?', options.deliveryId);
  values.push(options.limit);
  return asCompany(pool, companyId, async (client) => {
    const deliveries = await client.query<DeliveryRow>(
      `SELECT id, seq::text AS seq, event_type, instance_id, status, created_at, delivered_at, next_attempt_at FROM webhook_deliveries
       WHERE ${conditions.join(' AND ')} ORDER BY seq DESC LIMIT $${values.length}`,
      values,
    );
    const attempts = await client.query<AttemptRow>(
      `SELECT delivery_id, attempt, replay, started_at, duration_ms, status_code, error, next_attempt_at FROM webhook_attempts
       WHERE delivery_id = ANY ($1::uuid[]) ORDER BY delivery_id, attempt`,
      [deliveries.rows.map((row) => row.id)],
    );
    return deliveries.rows.map((row) => ({
      id: row.id,
      seq: row.seq,
      eventType: row.event_type,
      instanceId: row.instance_id,
      status: row.status,
      createdAt: row.created_at.toISOString(),
      deliveredAt: row.delivered_at?.toISOString() ?? null,
      nextAttemptAt: row.status === 'pending' ? row.next_attempt_at.toISOString() : null,
      attempts: attempts.rows
        .filter((attempt) => attempt.delivery_id === row.id)
        .map((attempt) => ({
          attempt: attempt.attempt,
          replay: attempt.replay,
          startedAt: attempt.started_at.toISOString(),
          durationMs: attempt.duration_ms,
          statusCode: attempt.status_code,
          error: attempt.error,
          nextAttemptAt: attempt.next_attempt_at?.toISOString() ?? null,
        })),
    }));
  });
}

/** What a replay request found. */
export type ReplayRequest = 'queued' | 'not_found' | 'already_pending';

/**
 * Queues one more attempt of a delivered or failed delivery, with the same body and event
 * id (a new signature and attempt number). A replay is tried once, not retried.
 */
export async function requestReplay(pool: pg.Pool, companyId: string, subscriptionId: string, deliveryId: string): Promise<ReplayRequest> {
  const found = await asTenant(pool, { companyId }, async (db) => {
    const result = await db.query<{ status: string }>(
      `WITH target AS (SELECT id, status FROM webhook_deliveries WHERE id = $1 AND subscription_id = $2 AND company_id = $3 FOR UPDATE),
            queued AS (UPDATE webhook_deliveries d SET status = 'pending', replay = true, next_attempt_at = now()
                       FROM target WHERE d.id = target.id AND target.status <> 'pending' RETURNING d.id)
       SELECT CASE WHEN EXISTS (SELECT 1 FROM queued) THEN 'queued' ELSE target.status END AS status FROM target`,
      [deliveryId, subscriptionId, companyId],
    );
    // Delivered at commit, so the dispatcher finds the queued row.
    if (result.rows[0]?.status === 'queued') await db.query(`SELECT pg_notify('webhook_delivery_due', '')`);
    return result.rows[0];
  });
  if (!found) return 'not_found';
  if (found.status !== 'queued') return 'already_pending';
  return 'queued';
}
