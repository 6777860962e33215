/**
 * Mints the links of a task mail: one to view the task, one per outcome to decide it.
 * Each is a row in `action_links` whose id derives from the mail's key, so a retried mail
 * activity gets back exactly the links the first attempt put in the mail (same ids, same
 * expiry), never a second set.
 */
import type pg from 'pg';
import { isForPeople } from '../../presentation/index.js';
import type { MailRequest } from '../contracts.js';
import type { LinkClaims, LinkPurpose, LinkSigner } from './link-token.js';

/** Without a due date, decision links work this long after the mail. */
export const DEFAULT_LINK_LIFETIME_MS = 14 * 24 * 3_600_000;

/** A view link outlives the task's decision links by this much, so "back to the task" still works after deciding. */
const VIEW_GRACE_MS = 30 * 24 * 3_600_000;

/** The links of one mail, as absolute URLs. */
export interface MailLinks {
  view: string;
  decisions: Array<{ outcome: string; url: string }>;
  /** When the decision links stop working, epoch ms. */
  expiresAt: number;
}

/** A stored link, as `action_links` holds it. */
export interface LinkRow {
  id: string;
  instance_id: string;
  task_id: string;
  company_id: string;
  recipient: string;
  purpose: LinkPurpose;
  outcome: string | null;
  expires_at: Date;
}

/** The claims a stored link row stands for. */
export function claimsOf(row: LinkRow): LinkClaims {
  return {
    id: row.id,
    instanceId: row.instance_id,
    taskId: row.task_id,
    recipient: row.recipient,
    purpose: row.purpose,
    ...(row.outcome === null ? {} : { outcome: row.outcome }),
    expiresAt: Math.floor(row.expires_at.getTime() / 1000),
  };
}

/** The URL of a link: `<base>/act/<token>`. */
export function linkUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/act/${token}`;
}

/**
 * Creates (or finds again) the links of a task mail. Decision links expire at the task's
 * due date; without one, or when the mail goes out after it (a reminder or escalation of an
 * overdue task, which is still open), {@link DEFAULT_LINK_LIFETIME_MS} after the mail.
 */
export async function mintLinks(
  pool: pg.Pool,
  signer: LinkSigner,
  baseUrl: string,
  request: MailRequest & { task: NonNullable<MailRequest['task']> },
  now = Date.now(),
): Promise<MailLinks> {
  const { task } = request;
  const decideUntil = task.dueAt !== undefined && task.dueAt > now ? task.dueAt : now + DEFAULT_LINK_LIFETIME_MS;
  const wanted = [
    { purpose: 'view' as const, outcome: null, expiresAt: decideUntil + VIEW_GRACE_MS },
    // An outcome the system takes (a timeout's expire) gets no link: nobody may choose it.
    ...task.outcomes.filter((outcome) => isForPeople(task, outcome)).map((outcome) => ({ purpose: 'decide' as const, outcome, expiresAt: decideUntil })),
  ];
  await pool.query(
    `INSERT INTO action_links (id, mail_key, instance_id, task_id, company_id, recipient, purpose, outcome, expires_at)
     SELECT id, $2, $3, $4, $9, $5, purpose, outcome, expires_at
     FROM unnest($1::text[], $6::text[], $7::text[], $8::timestamptz[]) AS wanted (id, purpose, outcome, expires_at)
     ON CONFLICT (id) DO NOTHING`,
    [
      wanted.map((link) => signer.linkId(request.key, link.purpose, link.outcome ?? '')),
      request.key,
      request.instance.id,
      task.id,
      request.to.email,
      wanted.map((link) => link.purpose),
      wanted.map((link) => link.outcome),
      wanted.map((link) => new Date(link.expiresAt).toISOString()),
      task.companyId,
    ],
  );
  const rows = await linksOfMail(pool, request.key);
  const view = rows.find((row) => row.purpose === 'view');
  if (!view) throw new Error(`the view link of mail ${request.key} was not stored`);
  const decisions = task.outcomes.flatMap((outcome) => {
    const row = rows.find((candidate) => candidate.purpose === 'decide' && candidate.outcome === outcome);
    return row ? [{ outcome, url: linkUrl(baseUrl, signer.sign(claimsOf(row))) }] : [];
  });
  const first = rows.find((row) => row.purpose === 'decide');
  return { view: linkUrl(baseUrl, signer.sign(claimsOf(view))), decisions, expiresAt: first ? first.expires_at.getTime() : decideUntil };
}

/** Every link a mail carried. */
export async function linksOfMail(pool: pg.Pool, mailKey: string): Promise<LinkRow[]> {
  const result = await pool.query<LinkRow>(
    'SELECT id, instance_id, task_id, company_id, recipient, purpose, outcome, expires_at FROM action_links WHERE mail_key = $1 ORDER BY purpose DESC, id',
    [mailKey],
  );
  return result.rows;
}

/**
 * Revokes the unused decision links of a task held by people no longer among its
 * assignees (after a delegation or reassignment), as the projection shows them.
 */
export async function revokeUnassigned(pool: pg.Pool, instanceId: string, taskId: string): Promise<number> {
  const result = await pool.query(
    `UPDATE action_links l SET revoked_at = now(), revoked_reason = 'unassigned'
     FROM tasks t
     WHERE l.instance_id = $1 AND l.task_id = $2 AND t.instance_id = l.instance_id AND t.id = l.task_id
       AND l.purpose = 'decide' AND l.used_at IS NULL AND l.revoked_at IS NULL
       AND NOT t.assignees @> jsonb_build_array(jsonb_build_object('email', l.recipient))`,
    [instanceId, taskId],
  );
  return result.rowCount ?? 0;
}
