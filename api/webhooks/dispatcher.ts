/**
 * Works through the webhook outbox: claims due deliveries, POSTs them signed, records every
 * attempt and schedules retries with exponential backoff and jitter.
 *
 * It runs in the API process: the body is rendered through the company's status view
 * (api/visibility.ts), which lives at the HTTP edge, and API servers are the processes
 * that already talk to outsiders. Several API servers can run it side by side: a claim
 * takes rows with `FOR UPDATE SKIP LOCKED` and leases them (a crashed server's claim
 * becomes due again when the lease runs out). It is not a Temporal activity because one
 * workflow per delivery would add history and load for what is an outbox with a timer.
 */
import type pg from 'pg';
import { OutboxWorker } from '../../activities/store/index.js';
import { type DestinationPolicy, sendWebhook, type WebhookResponse } from '../../activities/webhooks/index.js';
import type { InstanceState } from '../../workflows/schemas.js';
import { loadTemplate } from '../../activities/mail/index.js';
import { webhookBody } from './payload.js';

/** How the dispatcher retries and how fast it works. */
export interface DispatcherOptions {
  pool: pg.Pool;
  /** For the LISTEN connection that wakes the dispatcher when deliveries are queued. */
  databaseUrl: string;
  /** The first retry waits about this long; each further one twice as long (at most an hour). */
  retryBaseMs: number;
  /** Attempts before a delivery is marked failed. */
  maxAttempts: number;
  /** How long a receiver has to answer. */
  timeoutMs: number;
  /** Deliveries sent at once. */
  batchSize?: number;
  /** The longest the dispatcher sleeps without a notification (other servers' retries, lost notifications). */
  idlePollMs?: number;
  /** Where deliveries may go (checked again at every attempt). */
  destination: DestinationPolicy;
  /** Finished deliveries are deleted this many days after their last attempt. */
  retentionDays: number;
  /** How often old deliveries are pruned; hourly unless a test says otherwise. */
  pruneIntervalMs?: number;
}

const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;

/** The wait before the retry after failed attempt `attempt` (1-based): base·2^(attempt−1), capped, ±25 % jitter. */
export function retryDelayMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(baseMs * 2 ** Math.max(0, attempt - 1), MAX_RETRY_DELAY_MS);
  return Math.round(exponential * (0.75 + random() * 0.5));
}

interface ClaimedDelivery {
  id: string;
  company_id: string;
  event_id: string;
  event_type: string;
  body: string | null;
  attempts: number;
  replay: boolean;
  url: string;
  secret: string;
  /** The secret before the last rotation, while its grace period lasts. */
  previous_secret: string | null;
}

/**
 * Deletes delivered and failed deliveries (with their attempts) whose last attempt is more
 * than `retentionDays` old, and the events no delivery refers to any more. Pending
 * deliveries are kept whatever their age. Works in batches so no delete holds locks long;
 * returns how many deliveries went.
 */
export async function pruneDeliveries(pool: pg.Pool, retentionDays: number): Promise<number> {
  let pruned = 0;
  for (;;) {
    const result = await pool.query(
      `DELETE FROM webhook_deliveries WHERE id IN (
         SELECT d.id FROM webhook_deliveries d
         WHERE d.status <> 'pending' AND d.created_at < now() - $1 * interval '1 day'
           AND NOT EXISTS (SELECT 1 FROM webhook_attempts a WHERE a.delivery_id = d.id AND a.started_at >= now() - $1 * interval '1 day')
         LIMIT 1000)`,
      [retentionDays],
    );
    pruned += result.rowCount ?? 0;
    if ((result.rowCount ?? 0) < 1000) break;
  }
  await pool.query(
    `DELETE FROM webhook_events e WHERE e.occurred_at < now() - $1 * interval '1 day'
       AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id)`,
    [retentionDays],
  );
  return pruned;
}

/** The outbox worker of one API process. */
export class WebhookDispatcher {
  private readonly worker: OutboxWorker<ClaimedDelivery>;
  private pruner: NodeJS.Timeout | undefined;
  private readonly batchSize: number;

  constructor(private readonly options: DispatcherOptions) {
    this.batchSize = options.batchSize ?? 8;
    this.worker = new OutboxWorker({
      name: 'webhook dispatcher',
      databaseUrl: options.databaseUrl,
      channel: 'webhook_delivery_due',
      idlePollMs: options.idlePollMs ?? 5000,
      claim: () => this.claim(),
      work: (delivery) => this.deliver(delivery),
      msUntilNextDue: () => this.msUntilNextDue(),
    });
  }

  /** Starts listening and working; resolves once the LISTEN connection is up. */
  async start(): Promise<void> {
    await this.worker.start();
    this.prune();
    this.pruner = setInterval(() => this.prune(), this.options.pruneIntervalMs ?? 60 * 60 * 1000);
    this.pruner.unref();
  }

  private prune(): void {
    pruneDeliveries(this.options.pool, this.options.retentionDays).catch((error: unknown) => {
      console.error(JSON.stringify({ level: 'error', msg: 'pruning webhook deliveries failed', error: error instanceof Error ? error.message : String(error) }));
    });
  }

  /** Finishes the attempts in flight, then stops. */
  async stop(): Promise<void> {
    clearInterval(this.pruner);
    await this.worker.stop();
  }

  private async msUntilNextDue(): Promise<number | null> {
    const result = await this.options.pool.query<{ wait_ms: number | null }>(
      `SELECT ceil(extract(epoch FROM min(next_attempt_at) - now()) * 1000)::float8 AS wait_ms FROM webhook_deliveries WHERE status = 'pending'`,
    );
    return result.rows[0]?.wait_ms ?? null;
  }

  /** Takes due deliveries and leases them for longer than one attempt can take. */
  private async claim(): Promise<ClaimedDelivery[]> {
    const leaseMs = this.options.timeoutMs + 30_000;
    const result = await this.options.pool.query<ClaimedDelivery>(
      `UPDATE webhook_deliveries d SET attempts = d.attempts + 1, next_attempt_at = now() + $2 * interval '1 millisecond'
       FROM webhook_subscriptions s
       WHERE s.id = d.subscription_id AND d.id IN (
         SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= now()
         ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING d.id, d.company_id, d.event_id, d.event_type, d.body, d.attempts, d.replay, s.url, s.secret,
         CASE WHEN s.previous_secret_expires_at > now() THEN s.previous_secret END AS previous_secret`,
      [this.batchSize, leaseMs],
    );
    return result.rows;
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    const startedAt = new Date();
    const body = delivery.body ?? (await this.render(delivery));
    const response: WebhookResponse =
      body === undefined
        ? { ok: false, statusCode: null, error: 'the event is not visible to this company', durationMs: 0 }
        : await sendWebhook({
            url: delivery.url,
            secrets: delivery.previous_secret === null ? [delivery.secret] : [delivery.secret, delivery.previous_secret],
            eventId: delivery.id,
            eventType: delivery.event_type,
            attempt: delivery.attempts,
            body,
            timeoutMs: this.options.timeoutMs,
            destination: this.options.destination,
          });
    const givingUp = body === undefined || delivery.replay || delivery.attempts >= this.options.maxAttempts;
    const status = response.ok ? 'delivered' : givingUp ? 'failed' : 'pending';
    const retryInMs = status === 'pending' ? retryDelayMs(delivery.attempts, this.options.retryBaseMs) : null;
    // One statement: the outcome and its attempt record land together, and only if this claim still holds.
    await this.options.pool.query(
      `WITH updated AS (
         UPDATE webhook_deliveries SET status = $3, replay = false,
           next_attempt_at = CASE WHEN $4::float8 IS NULL THEN next_attempt_at ELSE now() + $4::float8 * interval '1 millisecond' END,
           delivered_at = CASE WHEN $3 = 'delivered' THEN now() ELSE delivered_at END
         WHERE id = $1 AND attempts = $2 RETURNING id, company_id, next_attempt_at)
       INSERT INTO webhook_attempts (delivery_id, attempt, company_id, replay, started_at, duration_ms, status_code, error, next_attempt_at)
       SELECT id, $2, company_id, $5, $6, $7, $8, $9, CASE WHEN $3 = 'pending' THEN next_attempt_at END FROM updated
       ON CONFLICT DO NOTHING`,
      [delivery.id, delivery.attempts, status, retryInMs, delivery.replay, startedAt.toISOString(), Math.round(response.durationMs), response.statusCode, response.error],
    );
  }

  /** Renders the body at the first attempt and keeps it, so every retry and replay sends the same bytes. */
  private async render(delivery: ClaimedDelivery): Promise<string | undefined> {
    const event = await this.options.pool.query<{ state: InstanceState; task_id: string | null; occurred_at: Date }>('SELECT state, task_id, occurred_at FROM webhook_events WHERE id = $1', [
      delivery.event_id,
    ]);
    const row = event.rows[0];
    if (!row) return undefined;
    const template = row.task_id === null ? undefined : await loadTemplate(this.options.pool, row.state.templateId, row.state.templateVersion);
    const body = webhookBody({ deliveryId: delivery.id, type: delivery.event_type, occurredAt: row.occurred_at, taskId: row.task_id }, row.state, delivery.company_id, template);
    if (body !== undefined) await this.options.pool.query('UPDATE webhook_deliveries SET body = $2 WHERE id = $1 AND body IS NULL', [delivery.id, body]);
    return body;
  }
}
