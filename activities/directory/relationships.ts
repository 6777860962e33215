/**
 * Relationships between companies: a vendor invites a partner into a program and the
 * partner accepts. Allocations and fund requests exist only between related companies;
 * the database refuses an allocation to anyone else (migration 0011).
 */
import { z } from 'zod';
import type { Db } from './db.js';
import { DirectoryError } from './errors.js';

/** A program name such as `mdf` or `joint-solutions`. */
export const Program = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,59}$/, 'use 1–60 lower-case letters, digits, dots, dashes or underscores');

/** A relationship as either side sees it. */
export interface Relationship {
  vendorCompanyId: string;
  partnerCompanyId: string;
  program: string;
  status: 'invited' | 'active' | 'ended';
  invitedAt: string;
  acceptedAt: string | null;
  endedAt: string | null;
}

interface RelationshipRow {
  vendor_company_id: string;
  partner_company_id: string;
  program: string;
  status: Relationship['status'];
  invited_at: Date;
  accepted_at: Date | null;
  ended_at: Date | null;
}

const toRelationship = (row: RelationshipRow): Relationship => ({
  vendorCompanyId: row.vendor_company_id,
  partnerCompanyId: row.partner_company_id,
  program: row.program,
  status: row.status,
  invitedAt: row.invited_at.toISOString(),
  acceptedAt: row.accepted_at?.toISOString() ?? null,
  endedAt: row.ended_at?.toISOString() ?? null,
});

/** The vendor invites a partner into a program. Inviting again after it ended re-opens the invitation. */
export async function invitePartner(db: Db, vendorCompanyId: string, partnerCompanyId: string, program: string): Promise<Relationship> {
  if (vendorCompanyId === partnerCompanyId) throw new DirectoryError('relationship_missing', 'A company cannot invite itself; invite a partner company.');
  const exists = await db.query<{ found: boolean }>('SELECT directory_company_exists($1) AS found', [partnerCompanyId]);
  if (!exists.rows[0]?.found) throw new DirectoryError('unknown_company', `There is no company "${partnerCompanyId}"; ask the platform operator to create it first.`);
  const inserted = await db.query<RelationshipRow>(
    `INSERT INTO company_relationships (vendor_company_id, partner_company_id, program, status) VALUES ($1, $2, $3, 'invited')
     ON CONFLICT DO NOTHING RETURNING *`,
    [vendorCompanyId, partnerCompanyId, program],
  );
  if (inserted.rows[0]) return toRelationship(inserted.rows[0]);
  const reopened = await db.query<RelationshipRow>(
    `UPDATE company_relationships SET status = 'invited', invited_at = now(), accepted_at = NULL, ended_at = NULL
     WHERE vendor_company_id = $1 AND partner_company_id = $2 AND program = $3 AND status = 'ended' RETURNING *`,
    [vendorCompanyId, partnerCompanyId, program],
  );
  const row = reopened.rows[0];
  if (!row) throw new DirectoryError('relationship_exists', `${partnerCompanyId} is already invited to or part of your "${program}" program.`);
  return toRelationship(row);
}

/** The partner accepts a vendor's invitation. */
export async function acceptInvitation(db: Db, partnerCompanyId: string, vendorCompanyId: string, program: string): Promise<Relationship> {
  const result = await db.query<RelationshipRow>(
    `UPDATE company_relationships SET status = 'active', accepted_at = now()
     WHERE vendor_company_id = $1 AND partner_company_id = $2 AND program = $3 AND status = 'invited' RETURNING *`,
    [vendorCompanyId, partnerCompanyId, program],
  );
  const row = result.rows[0];
  if (!row) throw new DirectoryError('not_invited', `${vendorCompanyId} has no open invitation for you to its "${program}" program; ask them to invite you.`);
  return toRelationship(row);
}

/** Either side ends a relationship; existing allocations stay, new ones are refused. */
export async function endRelationship(db: Db, companyId: string, vendorCompanyId: string, partnerCompanyId: string, program: string): Promise<Relationship> {
  const result = await db.query<RelationshipRow>(
    `UPDATE company_relationships SET status = 'ended', ended_at = now()
     WHERE vendor_company_id = $1 AND partner_company_id = $2 AND program = $3 AND status <> 'ended' AND $4 IN (vendor_company_id, partner_company_id) RETURNING *`,
    [vendorCompanyId, partnerCompanyId, program, companyId],
  );
  const row = result.rows[0];
  if (!row) throw new DirectoryError('relationship_missing', `There is no open relationship between ${vendorCompanyId} and ${partnerCompanyId} in "${program}".`);
  return toRelationship(row);
}

/** The relationships the company is on either side of. */
export async function listRelationships(db: Db, companyId: string): Promise<Relationship[]> {
  const result = await db.query<RelationshipRow>(
    'SELECT * FROM company_relationships WHERE $1 IN (vendor_company_id, partner_company_id) ORDER BY program, vendor_company_id, partner_company_id',
    [companyId],
  );
  return result.rows.map(toRelationship);
}

/** Whether the vendor and the partner have an accepted relationship (in `program`, or in any). */
export async function areRelated(db: Db, vendorCompanyId: string, partnerCompanyId: string, program?: string): Promise<boolean> {
  const result = await db.query<{ related: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM company_relationships WHERE vendor_company_id = $1 AND partner_company_id = $2 AND status = 'active' AND ($3::text IS NULL OR program = $3)) AS related`,
    [vendorCompanyId, partnerCompanyId, program ?? null],
  );
  return result.rows[0]?.related ?? false;
}

/** Refuses unless the two companies are related; the message says who has to do what. */
export async function requireRelated(db: Db, vendorCompanyId: string, partnerCompanyId: string): Promise<void> {
  if (await areRelated(db, vendorCompanyId, partnerCompanyId)) return;
  throw new DirectoryError('relationship_missing', `${partnerCompanyId} is not a partner of ${vendorCompanyId}: invite them (POST /relationships) and have them accept before granting or requesting funds.`);
}
