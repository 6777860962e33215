/**
 * Mailed sign-in links: minted for every active person with the address (one per company
 * whose directory has it), used once, within minutes. Nothing here says whether an address
 * is known: the route answers the same either way and mails in the background.
 */
import { randomBytes } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import type pg from 'pg';
import { asTenant } from '../tenant.js';
import { html } from '../../presentation/index.js';
import type { SignInSigner } from './sign-in-token.js';

/** What minting and mailing links needs. */
export interface SignInMail {
  pool: pg.Pool;
  transport: Transporter;
  from: string;
  publicBaseUrl: () => string;
  signer: SignInSigner;
  /** How long a link works. */
  linkMinutes: number;
}

interface Addressee {
  id: string;
  company_id: string;
  company_name: string;
  email: string;
  name: string;
}

/** Mails a sign-in link to each active person with `email`; resolves once all are sent or have failed. */
export async function mailSignInLinks(mail: SignInMail, email: string): Promise<number> {
  const people = await mail.pool.query<Addressee>(
    `SELECT p.id, p.company_id, c.name AS company_name, p.email, p.name FROM people p JOIN companies c ON c.id = p.company_id
     WHERE p.email = lower($1) AND p.active ORDER BY c.name`,
    [email],
  );
  await Promise.all(people.rows.map((person) => mailOne(mail, person)));
  return people.rows.length;
}

/** At most this many links per person in {@link LINKS_WINDOW_MINUTES}: asking more often mails nothing, so nobody's inbox can be flooded. */
export const LINKS_PER_WINDOW = 5;
export const LINKS_WINDOW_MINUTES = 15;

async function mailOne(mail: SignInMail, person: Addressee): Promise<void> {
  const id = randomBytes(16).toString('base64url');
  const expiresAt = await mintWithinLimit(mail.pool, id, person, mail.linkMinutes);
  if (!expiresAt) return;
  const token = mail.signer.sign({ id, companyId: person.company_id, personId: person.id, expiresAt: Math.floor(expiresAt.getTime() / 1000) });
  const url = `${mail.publicBaseUrl()}/sign-in/link?token=${encodeURIComponent(token)}`;
  const subject = `Sign in to Tandem as ${person.name} (${person.company_name})`;
  const text = [
    `Hello ${person.name},`,
    '',
    `Open this link to sign in to Tandem for ${person.company_name}. It works once, for ${mail.linkMinutes} minutes:`,
    url,
    '',
    'If you did not ask to sign in, ignore this mail: nobody can sign in without the link.',
  ].join('\n');
  const body = html`<p>Hello ${person.name},</p><p>Open this link to sign in to Tandem for ${person.company_name}. It works once, for ${String(mail.linkMinutes)} minutes:</p>
<p><a href="${url}">Sign in to Tandem</a></p><p>If you did not ask to sign in, ignore this mail: nobody can sign in without the link.</p>`;
  await mail.transport.sendMail({ from: mail.from, to: `"${person.name.replace(/"/g, '')}" <${person.email}>`, subject, text, html: body.markup, headers: { 'X-Tandem-Purpose': 'sign-in' } });
}

/** Stores a link unless the person had {@link LINKS_PER_WINDOW} lately; requests for one person take turns (an advisory lock), so the count holds under concurrent requests. */
async function mintWithinLimit(pool: pg.Pool, id: string, person: Addressee, linkMinutes: number): Promise<Date | undefined> {
  const inserted = await asTenant(pool, { companyId: person.company_id, personId: person.id }, async (db) => {
    await db.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`sign-in:${person.company_id}:${person.id}`]);
    return db.query<{ expires_at: Date }>(
      `INSERT INTO sign_in_links (id, company_id, person_id, expires_at)
       SELECT $1, $2, $3, now() + $4 * interval '1 minute'
       WHERE (SELECT count(*) FROM sign_in_links WHERE company_id = $2 AND person_id = $3 AND created_at > now() - $6 * interval '1 minute') < $5
       RETURNING expires_at`,
      [id, person.company_id, person.id, linkMinutes, LINKS_PER_WINDOW, LINKS_WINDOW_MINUTES],
    );
  });
  return inserted.rows[0]?.expires_at;
}

/** Why a sign-in link cannot be used. */
export type LinkProblem = 'invalid' | 'used' | 'expired';

/** The company and person a verified (signed) link token names: the company the API role works for. */
export type LinkOwner = { companyId: string; personId: string };

/** The state of a verified link's row: usable (with its person), or why not. */
export async function linkState(pool: pg.Pool, owner: LinkOwner, id: string): Promise<{ ok: true; personName: string; companyName: string } | { ok: false; problem: LinkProblem }> {
  const result = await asTenant(
    pool,
    owner,
    (db) =>
      db.query<{ used_at: Date | null; expired: boolean; name: string; company_name: string }>(
        `SELECT l.used_at, l.expires_at <= now() AS expired, p.name, c.name AS company_name
         FROM sign_in_links l JOIN people p ON p.company_id = l.company_id AND p.id = l.person_id JOIN companies c ON c.id = l.company_id
         WHERE l.id = $1 AND l.company_id = $2 AND l.person_id = $3`,
        [id, owner.companyId, owner.personId],
      ),
    { readOnly: true },
  );
  const row = result.rows[0];
  if (!row) return { ok: false, problem: 'invalid' };
  if (row.used_at) return { ok: false, problem: 'used' };
  if (row.expired) return { ok: false, problem: 'expired' };
  return { ok: true, personName: row.name, companyName: row.company_name };
}

/**
 * Uses the link once: true when this call marked it used (unused and unexpired before).
 * One conditional UPDATE, so of two requests racing with the same link, one wins.
 */
export async function consumeSignInLink(pool: pg.Pool, owner: LinkOwner, id: string): Promise<boolean> {
  const result = await asTenant(pool, owner, (db) =>
    db.query('UPDATE sign_in_links SET used_at = now() WHERE id = $1 AND company_id = $2 AND person_id = $3 AND used_at IS NULL AND expires_at > now()', [id, owner.companyId, owner.personId]),
  );
  return result.rowCount === 1;
}

/** Whether the link's person is still active in the directory, read as the API role for the link's company. */
export async function linkPersonActive(pool: pg.Pool, owner: LinkOwner): Promise<boolean> {
  const result = await asTenant(pool, owner, (db) => db.query<{ active: boolean }>('SELECT active FROM people WHERE company_id = $1 AND id = $2', [owner.companyId, owner.personId]), {
    readOnly: true,
  });
  return result.rows[0]?.active === true;
}
