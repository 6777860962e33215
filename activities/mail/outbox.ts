/**
 * The sendMail activity of instances that started before mail left the decision path
 * (the interpreter's `mail-dispatcher` patch): they await it while they settle, so it stays
 * registered until they have ended. New instances queue mail in the projection's transaction
 * and the mail dispatcher (dispatcher.ts) sends it.
 *
 * Sends mail through an outbox row. Transient SMTP failures (4xx, connection problems) throw
 * and are retried by Temporal; permanent ones (5xx) are recorded on the row and reported, not
 * retried. Every attempt carries the row's one Message-ID.
 */
import type pg from 'pg';
import type { Transporter } from 'nodemailer';
import type { MailReceipt, MailRequest } from '../contracts.js';
import { composeMail } from './compose.js';
import { isPermanent } from './dispatcher.js';
import { linkSignerFor } from './link-token.js';
import { messageIdOf } from './message-id.js';
import { handOverIfAway } from './out-of-office.js';

/** What the mail activity needs from the outside world. */
export interface MailDependencies {
  pool: pg.Pool;
  transport: Transporter;
  from: string;
  /** Base URL of the API, for links in mails. */
  publicBaseUrl: string;
  /** SIGNING_SECRET: signs the action links in task mails (the API verifies them with the same secret). */
  signingSecret: string | undefined;
}

/** Creates the mail activity. Throws a ConfigError at once when there is no signing secret. */
export function createMailOutbox({ pool, transport, from, publicBaseUrl, signingSecret }: MailDependencies) {
  const signer = linkSignerFor(signingSecret);
  return {
    async sendMail(request: MailRequest): Promise<MailReceipt> {
      const mail = (await handOverIfAway(pool, request)) ?? (await composeMail({ pool, signer, publicBaseUrl }, request));
      await pool.query(
        `INSERT INTO mail_outbox (key, instance_id, task_id, recipient, purpose, subject, status)
         VALUES ($1, $2, $3, $4, $5, $6, 'pending') ON CONFLICT (key) DO NOTHING`,
        [request.key, request.instance.id, request.task?.id ?? null, request.to.email, request.purpose, mail.subject],
      );
      const current = await pool.query<{ status: string }>('SELECT status FROM mail_outbox WHERE key = $1', [request.key]);
      const status = current.rows[0]?.status;
      if (status === 'sent') return { status: 'already_sent' };
      if (status === 'failed') return { status: 'failed' };
      await pool.query('UPDATE mail_outbox SET attempts = attempts + 1 WHERE key = $1', [request.key]);
      try {
        const info = await transport.sendMail({
          from,
          to: `"${request.to.name.replace(/"/g, '')}" <${request.to.email}>`,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: messageIdOf(request.key, from),
          headers: { 'X-Tandem-Instance': request.instance.id, ...(request.task ? { 'X-Tandem-Task': request.task.id } : {}) },
        });
        await pool.query(`UPDATE mail_outbox SET status = 'sent', sent_at = now(), message_id = $2 WHERE key = $1`, [request.key, info.messageId]);
        return { status: 'sent' };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await pool.query('UPDATE mail_outbox SET last_error = $2 WHERE key = $1', [request.key, message]);
        if (isPermanent(error)) {
          await pool.query(`UPDATE mail_outbox SET status = 'failed' WHERE key = $1`, [request.key]);
          return { status: 'failed', error: message };
        }
        throw error;
      }
    },
  };
}
