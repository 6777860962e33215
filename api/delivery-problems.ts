/**
 * Mail about a task that the mail server refused for good (SMTP 5xx). The mail activity
 * records such a refusal in mail_outbox instead of retrying it; this surfaces it on the
 * task, so the people running the process learn that an approver never got the mail.
 */
import type pg from 'pg';
import { asTenant } from './tenant.js';
import type { Task } from '../workflows/schemas.js';

/** One mail that could not be delivered. */
export interface DeliveryProblem {
  recipient: string;
  purpose: string;
  /** The mail server's answer, shortened. */
  error: string;
  at: string;
}

/**
 * Undeliverable mail about `task` to the people who hold it now, read as the API role for the
 * task's company (`companyId`, from the caller's key or the link): nothing for another company's task.
 */
export async function deliveryProblems(pool: pg.Pool, companyId: string, instanceId: string, task: Pick<Task, 'id' | 'assignees'>): Promise<DeliveryProblem[]> {
  const result = await asTenant(
    pool,
    { companyId },
    (db) =>
      db.query<{ recipient: string; purpose: string; last_error: string | null; created_at: Date }>('SELECT * FROM task_delivery_problems($1, $2, $3)', [
        instanceId,
        task.id,
        task.assignees.map((person) => person.email),
      ]),
    { readOnly: true },
  );
  return result.rows.map((row) => ({
    recipient: row.recipient,
    purpose: row.purpose,
    error: (row.last_error ?? 'refused by the mail server').slice(0, 300),
    at: row.created_at.toISOString(),
  }));
}
