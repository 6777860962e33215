/**
 * Companies as records: id, display name and kind. Only the platform operator creates and
 * renames them (the API's platform routes and the CLI); a company reads itself and the
 * companies it is related to (row-level security, migration 0011).
 */
import { z } from 'zod';
import type { Db } from './db.js';
import { DirectoryError, pgCode } from './errors.js';

/** A company id: lower-case letters, digits and dashes, as it appears in keys, URLs and bindings. */
export const CompanyId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'use 1–100 lower-case letters, digits or dashes, starting with a letter or digit');

/** What a company is in programs: `vendor`, `partner`, `operator`, or another lower-case word. */
export const CompanyKind = z.string().regex(/^[a-z][a-z_]{0,39}$/, 'use a lower-case word such as vendor or partner');

/** A company as the directory shows it. */
export interface Company {
  id: string;
  name: string;
  kind: string;
  createdAt: string;
}

interface CompanyRow {
  id: string;
  name: string;
  kind: string;
  created_at: Date;
}

const toCompany = (row: CompanyRow): Company => ({ id: row.id, name: row.name, kind: row.kind, createdAt: row.created_at.toISOString() });

/** Creates a company; refuses an id that is taken (`company_exists`). */
export async function createCompany(db: Db, company: { id: string; name: string; kind: string }): Promise<Company> {
  try {
    const result = await db.query<CompanyRow>('INSERT INTO companies (id, name, kind) VALUES ($1, $2, $3) RETURNING *', [company.id, company.name, company.kind]);
    const row = result.rows[0];
    if (!row) throw new Error('company not written');
    return toCompany(row);
  } catch (error) {
    if (pgCode(error) === '23505') throw new DirectoryError('company_exists', `There is already a company "${company.id}"; choose another id, or change that company's name instead.`);
    throw error;
  }
}

/** Changes a company's display name or kind; refuses an unknown id. */
export async function updateCompany(db: Db, id: string, change: { name?: string | undefined; kind?: string | undefined }): Promise<Company> {
  const result = await db.query<CompanyRow>('UPDATE companies SET name = coalesce($2, name), kind = coalesce($3, kind) WHERE id = $1 RETURNING *', [id, change.name ?? null, change.kind ?? null]);
  const row = result.rows[0];
  if (!row) throw unknownCompany(id);
  return toCompany(row);
}

/** The company, if it exists and the transaction may see it. */
export async function findCompany(db: Db, id: string): Promise<Company | undefined> {
  const result = await db.query<CompanyRow>('SELECT * FROM companies WHERE id = $1', [id]);
  const row = result.rows[0];
  return row ? toCompany(row) : undefined;
}

/** Every company the transaction may see, by id. */
export async function listCompanies(db: Db): Promise<Company[]> {
  const result = await db.query<CompanyRow>('SELECT * FROM companies ORDER BY id');
  return result.rows.map(toCompany);
}

/** The refusal for a company id that names nothing the caller can see. */
export function unknownCompany(id: string): DirectoryError {
  return new DirectoryError('unknown_company', `There is no company "${id}" that you can see; the platform operator creates companies (tandem companies create).`);
}
