/**
 * The API's side of emailed action links: finding the stored record of a verified token,
 * and using a link exactly once. The token format and minting live with the mail activity
 * (activities/mail/link-token.ts, links.ts).
 */
import type pg from 'pg';
import { claimsOf, type LinkClaims, type LinkRow } from '../activities/mail/index.js';
import { asTenant } from './tenant.js';

/** A stored link with its state. */
export interface ActionLink extends LinkRow {
  mail_key: string;
  used_at: Date | null;
  revoked_at: Date | null;
  revoked_reason: string | null;
}

const COLUMNS = 'id, mail_key, instance_id, task_id, company_id, recipient, purpose, outcome, expires_at, used_at, revoked_at, revoked_reason';

/**
 * The link record `id` (from a verified token), if there is one. No company is known yet, so
 * the API role finds it through a function that answers one link by its id (migration 0026);
 * everything after runs as the API role for the link's company.
 */
export async function findLink(pool: pg.Pool, id: string): Promise<ActionLink | undefined> {
  const result = await asTenant(pool, { companyId: '' }, (db) => db.query<ActionLink>(`SELECT ${COLUMNS} FROM action_link_for_verification($1)`, [id]), { readOnly: true });
  return result.rows[0];
}

/** The other links of the mail that carried `link` (its view link and the other outcomes). */
export async function siblingsOf(pool: pg.Pool, link: ActionLink): Promise<ActionLink[]> {
  const result = await asTenant(
    pool,
    { companyId: link.company_id },
    (db) => db.query<ActionLink>(`SELECT ${COLUMNS} FROM action_links WHERE mail_key = $1 AND id <> $2 ORDER BY id`, [link.mail_key, link.id]),
    { readOnly: true },
  );
  return result.rows;
}

/**
 * Whether a verified token and the stored record agree on everything the link is bound
 * to. They always do for tokens we issued; a mismatch means a token made elsewhere.
 */
export function bindingMatches(link: ActionLink, claims: LinkClaims): boolean {
  const stored = claimsOf(link);
  return (
    stored.id === claims.id &&
    stored.instanceId === claims.instanceId &&
    stored.taskId === claims.taskId &&
    stored.recipient === claims.recipient &&
    stored.purpose === claims.purpose &&
    stored.outcome === claims.outcome &&
    stored.expiresAt === claims.expiresAt
  );
}

/**
 * Marks the link used if it is still unused, unrevoked and unexpired; true when this call
 * did so. One conditional UPDATE, so of two requests racing with the same link, one wins.
 */
export async function consumeLink(pool: pg.Pool, link: Pick<ActionLink, 'id' | 'company_id'>): Promise<boolean> {
  const result = await asTenant(pool, { companyId: link.company_id }, (db) =>
    db.query('UPDATE action_links SET used_at = now() WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now() RETURNING id', [link.id]),
  );
  return result.rowCount === 1;
}

/**
 * Makes a consumed link usable again after the workflow refused the decision without
 * recording anything (a form to correct, or a failure on our side), so the recipient can
 * try again. Only the request that consumed the link calls this.
 */
export async function releaseLink(pool: pg.Pool, link: Pick<ActionLink, 'id' | 'company_id'>): Promise<void> {
  await asTenant(pool, { companyId: link.company_id }, (db) => db.query('UPDATE action_links SET used_at = NULL WHERE id = $1', [link.id]));
}
