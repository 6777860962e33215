/**
 * Records the mail a change of an instance makes due, on the projection's transaction: the
 * mail is due exactly when the change is committed, and the decision that caused it does not
 * wait for SMTP. The mail dispatcher (dispatcher.ts) composes and sends each row later.
 * Rows are keyed by the request's business key, so a retried projection write (or the same
 * person named twice in one notification) queues one mail.
 */
import type pg from 'pg';
import type { MailRequest } from '../contracts.js';

/** Inserts an outbox row per request not queued before. */
export async function queueMail(client: pg.PoolClient, mails: MailRequest[]): Promise<void> {
  if (mails.length === 0) return;
  const rows = [...new Map(mails.map((mail) => [mail.key, mail])).values()].map((mail) => ({
    key: mail.key,
    instance_id: mail.instance.id,
    task_id: mail.task?.id ?? null,
    recipient: mail.to.email,
    purpose: mail.purpose,
    subject: mail.subject ?? null,
    request: mail,
  }));
  await client.query(
    `INSERT INTO mail_outbox (key, instance_id, task_id, recipient, purpose, subject, status, request)
     SELECT key, instance_id, task_id, recipient, purpose, subject, 'pending', request
     FROM jsonb_to_recordset($1::jsonb) AS mail(key text, instance_id text, task_id text, recipient text, purpose text, subject text, request jsonb)
     ON CONFLICT (key) DO NOTHING`,
    [JSON.stringify(rows)],
  );
}
