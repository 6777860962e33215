/**
 * Delivers the mail outbox: claims due rows, composes each mail at send time and sends it
 * over SMTP, then records what became of it. It runs in every worker process (worker.ts), so
 * mail never holds up a decision: the workflow only records that a mail is due (queue.ts).
 *
 * - **Claims with a lease.** A claim takes rows with `FOR UPDATE SKIP LOCKED` and moves their
 *   `next_attempt_at` past the lease, so dispatchers side by side never take the same row,
 *   and a crashed dispatcher's rows become due again when the lease runs out. The SMTP
 *   timeouts are shorter than the lease, so an attempt ends before anyone else may try.
 * - **One Message-ID per row** (message-id.ts), the same at every attempt: a resend after a
 *   lost reply is the same message to every mail client. Delivery is at least once; exactly
 *   once is impossible over SMTP (the README's "Failure behaviour" says why).
 * - **Composed at send time**: a task mail goes out only while its task is open and held by
 *   the recipient (else the row is `skipped`); an absent holder's task goes to their colleague
 *   (out-of-office.ts).
 * - **Replies**: 5xx is recorded as `failed` (shown as a delivery problem of the task, see
 *   api/delivery-problems.ts); 4xx, timeouts and connection problems are retried with backoff
 *   until `maxAttempts`.
 *
 * Not a Temporal activity: one per mail would put SMTP back into the workflow's history and
 * timeouts, which is what this replaces.
 */
import type { Client } from '@temporalio/client';
import type pg from 'pg';
import type { Transporter } from 'nodemailer';
import type { MailRequest } from '../contracts.js';
import { OutboxWorker } from '../store/outbox-worker.js';
import { composeMail } from './compose.js';
import { linkSignerFor } from './link-token.js';
import { messageIdOf } from './message-id.js';
import { handOverIfAway } from './out-of-office.js';

/** What the dispatcher needs and how it retries. */
export interface MailDispatcherOptions {
  pool: pg.Pool;
  /** For the LISTEN connection that wakes the dispatcher when mail is queued. */
  databaseUrl: string;
  /** The SMTP transport, with connection, greeting and socket timeouts shorter than `leaseMs`. */
  transport: Transporter;
  from: string;
  /** Base URL of the API, for links in mails. */
  publicBaseUrl: string;
  /** SIGNING_SECRET: signs the action links in task mails. */
  signingSecret: string | undefined;
  /** Sends the delegation when a task's holder is out of office. */
  temporal: Client;
  /** The first retry waits about this long; each further one twice as long (at most an hour). */
  retryBaseMs: number;
  /** Attempts before a mail that keeps failing temporarily is marked failed. */
  maxAttempts: number;
  /** How long a claim holds a row: longer than one attempt can take. */
  leaseMs: number;
  /** Mails sent at once. */
  batchSize?: number;
  /** The longest the dispatcher sleeps without a notification (other workers' retries, lost notifications). */
  idlePollMs?: number;
}

interface ClaimedMail {
  key: string;
  request: MailRequest;
  attempts: number;
}

type Outcome = { status: 'sent'; subject: string; messageId: string } | { status: 'skipped' | 'failed'; error: string } | { status: 'pending'; error: string };

const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;

/** The wait before the retry after failed attempt `attempt` (1-based): base·2^(attempt−1), capped at an hour, ±25 % jitter. */
export function mailRetryDelayMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(baseMs * 2 ** Math.max(0, attempt - 1), MAX_RETRY_DELAY_MS);
  return Math.round(exponential * (0.75 + random() * 0.5));
}

/** SMTP 5xx replies are permanent; 4xx, timeouts and connection problems are worth retrying. */
export function isPermanent(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('responseCode' in error)) return false;
  const code = error.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** The mail outbox worker of one worker process. */
export class MailDispatcher {
  private readonly worker: OutboxWorker<ClaimedMail>;
  private readonly batchSize: number;
  private readonly signer: ReturnType<typeof linkSignerFor>;

  /** Throws a ConfigError at once when there is no signing secret. */
  constructor(private readonly options: MailDispatcherOptions) {
    this.batchSize = options.batchSize ?? 8;
    this.signer = linkSignerFor(options.signingSecret);
    this.worker = new OutboxWorker({
      name: 'mail dispatcher',
      databaseUrl: options.databaseUrl,
      channel: 'mail_due',
      idlePollMs: options.idlePollMs ?? 2000,
      claim: () => this.claim(),
      work: (mail) => this.deliver(mail),
      msUntilNextDue: () => this.msUntilNextDue(),
    });
  }

  /** Starts listening and working; resolves once the LISTEN connection is up. */
  start(): Promise<void> {
    return this.worker.start();
  }

  /** Finishes the mails in flight, then stops. */
  stop(): Promise<void> {
    return this.worker.stop();
  }

  private async msUntilNextDue(): Promise<number | null> {
    const result = await this.options.pool.query<{ wait_ms: number | null }>(
      `SELECT ceil(extract(epoch FROM min(next_attempt_at) - now()) * 1000)::float8 AS wait_ms FROM mail_outbox WHERE status = 'pending' AND request IS NOT NULL`,
    );
    return result.rows[0]?.wait_ms ?? null;
  }

  /** Takes due rows and leases them for longer than one attempt can take. */
  private async claim(): Promise<ClaimedMail[]> {
    const result = await this.options.pool.query<ClaimedMail>(
      `UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = now() + $2 * interval '1 millisecond'
       WHERE key IN (
         SELECT key FROM mail_outbox WHERE status = 'pending' AND request IS NOT NULL AND next_attempt_at <= now()
         ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING key, request, attempts`,
      [this.batchSize, this.options.leaseMs],
    );
    return result.rows;
  }

  private async deliver(mail: ClaimedMail): Promise<void> {
    const outcome = await this.attempt(mail);
    const retryInMs = outcome.status === 'pending' ? mailRetryDelayMs(mail.attempts, this.options.retryBaseMs) : null;
    // Only while this claim still holds: a row whose lease ran out belongs to whoever took it since.
    await this.options.pool.query(
      `UPDATE mail_outbox SET status = $3,
         next_attempt_at = CASE WHEN $4::float8 IS NULL THEN next_attempt_at ELSE now() + $4::float8 * interval '1 millisecond' END,
         subject = coalesce($5, subject), message_id = coalesce($6, message_id), last_error = coalesce($7, last_error),
         sent_at = CASE WHEN $3 = 'sent' THEN now() ELSE sent_at END
       WHERE key = $1 AND attempts = $2 AND status = 'pending'`,
      [
        mail.key,
        mail.attempts,
        outcome.status,
        retryInMs,
        outcome.status === 'sent' ? outcome.subject : null,
        outcome.status === 'sent' ? outcome.messageId : null,
        outcome.status === 'sent' ? null : outcome.error,
      ],
    );
  }

  /** One attempt at one row: skip it, or compose and send it, and say what became of it. */
  private async attempt({ key, request, attempts }: ClaimedMail): Promise<Outcome> {
    const { pool, transport, from, publicBaseUrl, temporal } = this.options;
    try {
      if (request.task && !(await this.stillHolds(request))) return { status: 'skipped', error: 'the task was no longer open for the recipient when the mail was due' };
      const mail = (await handOverIfAway(pool, request, temporal)) ?? (await composeMail({ pool, signer: this.signer, publicBaseUrl }, request));
      const messageId = messageIdOf(key, from);
      await transport.sendMail({
        from,
        to: `"${request.to.name.replace(/"/g, '')}" <${request.to.email}>`,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId,
        headers: { 'X-Tandem-Instance': request.instance.id, ...(request.task ? { 'X-Tandem-Task': request.task.id } : {}) },
      });
      return { status: 'sent', subject: mail.subject, messageId };
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      if (isPermanent(error)) return { status: 'failed', error: message };
      return { status: attempts >= this.options.maxAttempts ? 'failed' : 'pending', error: message };
    }
  }

  /** Whether the task of a task mail is still open and held by its recipient, as the projection says now. */
  private async stillHolds(request: MailRequest): Promise<boolean> {
    const result = await this.options.pool.query<{ open: boolean }>(
      `SELECT status = 'open' AND EXISTS (SELECT 1 FROM jsonb_array_elements(assignees) AS holder WHERE lower(holder->>'email') = lower($3)) AS open
       FROM tasks WHERE instance_id = $1 AND id = $2`,
      [request.instance.id, request.task?.id, request.to.email],
    );
    return result.rows[0]?.open === true;
  }
}
