/**
 * Budgets and allocations in Postgres, as the API writes and reads them. Every query names
 * the caller's company: a vendor sees its own budgets and what it granted, a partner sees
 * only the allocations granted to it.
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';
import type { Db } from '../../activities/directory/index.js';
import { queryAs } from '../projection.js';
import { BudgetSettings, BudgetTeam } from './schemas.js';

/** A budget as the API shows it. */
export interface Budget {
  id: string;
  vendorCompanyId: string;
  name: string;
  period: string;
  currency: string;
  total: number;
  allocated: number;
  team: BudgetTeam;
  settings: BudgetSettings;
  createdAt: string;
}

/** An allocation with its balances. Available = amount − reserved − committed. */
export interface Allocation {
  id: string;
  budgetId: string;
  period: string;
  vendorCompanyId: string;
  partnerCompanyId: string;
  currency: string;
  amount: number;
  reserved: number;
  committed: number;
  released: number;
  clawedBack: number;
  available: number;
  expiresAt: string | null;
  expired: boolean;
}

/** Creating an allocation would grant more than the budget holds. */
export class BudgetExceededError extends Error {
  override readonly name = 'BudgetExceededError';
}

const minor = z.union([z.string(), z.number()]).transform(Number).pipe(z.int());

const BudgetRow = z.object({
  id: z.string(),
  vendor_company_id: z.string(),
  name: z.string(),
  period: z.string(),
  currency: z.string(),
  total: minor,
  allocated: minor,
  team: BudgetTeam,
  settings: BudgetSettings,
  created_at: z.date(),
});

const AllocationRow = z.object({
  id: z.string(),
  budget_id: z.string(),
  period: z.string(),
  vendor_company_id: z.string(),
  partner_company_id: z.string(),
  currency: z.string(),
  amount: minor,
  reserved: minor,
  committed: minor,
  released: minor,
  clawed_back: minor,
  expires_at: z.date().nullable(),
});

function toBudget(raw: unknown): Budget {
  const row = BudgetRow.parse(raw);
  return { id: row.id, vendorCompanyId: row.vendor_company_id, name: row.name, period: row.period, currency: row.currency, total: row.total, allocated: row.allocated, team: row.team, settings: row.settings, createdAt: row.created_at.toISOString() };
}

/** Reads an allocation row; `now` decides whether it has expired. */
export function toAllocation(raw: unknown, now = Date.now()): Allocation {
  const row = AllocationRow.parse(raw);
  return {
    id: row.id,
    budgetId: row.budget_id,
    period: row.period,
    vendorCompanyId: row.vendor_company_id,
    partnerCompanyId: row.partner_company_id,
    currency: row.currency,
    amount: row.amount,
    reserved: row.reserved,
    committed: row.committed,
    released: row.released,
    clawedBack: row.clawed_back,
    available: row.amount - row.reserved - row.committed,
    expiresAt: row.expires_at?.toISOString() ?? null,
    expired: row.expires_at !== null && row.expires_at.getTime() <= now,
  };
}

const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

const BUDGET_SELECT = `SELECT b.*, coalesce((SELECT sum(amount) FROM mdf_allocations a WHERE a.budget_id = b.id), 0) AS allocated FROM mdf_budgets b`;
const ALLOCATION_SELECT = `SELECT a.*, b.period FROM mdf_allocations a JOIN mdf_budgets b ON b.id = a.budget_id`;

/** Creates a budget of the caller's company, in the caller's transaction (as the API role). */
export async function createBudget(db: Db, vendorCompanyId: string, budget: { name: string; period: string; currency: string; total: number; team: BudgetTeam; settings: BudgetSettings }): Promise<string> {
  const id = newId('bud');
  await db.query('INSERT INTO mdf_budgets (id, vendor_company_id, name, period, currency, total, team, settings) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
    id,
    vendorCompanyId,
    budget.name,
    budget.period,
    budget.currency,
    budget.total,
    JSON.stringify(budget.team),
    JSON.stringify(budget.settings),
  ]);
  return id;
}

/** A budget of the vendor, or undefined. */
export async function findBudget(pool: pg.Pool, id: string, vendorCompanyId: string): Promise<Budget | undefined> {
  const result = await queryAs(pool, vendorCompanyId, `${BUDGET_SELECT} WHERE b.id = $1 AND b.vendor_company_id = $2`, [id, vendorCompanyId]);
  return result.rows[0] === undefined ? undefined : toBudget(result.rows[0]);
}

/** A budget of the vendor, read in the caller's transaction (as the API role for the vendor). */
export async function budgetIn(db: Db, id: string, vendorCompanyId: string): Promise<Budget | undefined> {
  const result = await db.query(`${BUDGET_SELECT} WHERE b.id = $1 AND b.vendor_company_id = $2`, [id, vendorCompanyId]);
  return result.rows[0] === undefined ? undefined : toBudget(result.rows[0]);
}

/** The vendor's budgets, newest first. */
export async function listBudgets(pool: pg.Pool, vendorCompanyId: string, period?: string): Promise<Budget[]> {
  const result = await queryAs(pool, vendorCompanyId, `${BUDGET_SELECT} WHERE b.vendor_company_id = $1 AND ($2::text IS NULL OR b.period = $2) ORDER BY b.created_at DESC`, [vendorCompanyId, period ?? null]);
  return result.rows.map(toBudget);
}

/**
 * Grants part of a budget to a partner. The budget row is locked while the allocations are
 * summed, so two grants at once cannot together exceed the budget.
 */
export async function createAllocation(
  db: Db,
  budget: Budget,
  allocation: { partnerCompanyId: string; amount: number; expiresAt?: string | undefined },
): Promise<string> {
  // Grants of one budget wait for each other (the API role may not lock the budget row itself).
  await db.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`budget ${budget.id}`]);
  const sum = await db.query<{ allocated: string }>('SELECT coalesce(sum(amount), 0) AS allocated FROM mdf_allocations WHERE budget_id = $1', [budget.id]);
  const allocated = Number(sum.rows[0]?.allocated ?? 0);
  if (allocated + allocation.amount > budget.total) {
    throw new BudgetExceededError(`${allocation.amount} is more than the ${budget.total - allocated} ${budget.currency} (minor units) of budget ${budget.id} not yet allocated`);
  }
  const created = newId('alc');
  await db.query(
    'INSERT INTO mdf_allocations (id, budget_id, vendor_company_id, partner_company_id, currency, amount, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [created, budget.id, budget.vendorCompanyId, allocation.partnerCompanyId, budget.currency, allocation.amount, allocation.expiresAt ?? null],
  );
  return created;
}

/** An allocation the company granted or was granted, or undefined. */
export async function findAllocation(pool: pg.Pool, id: string, companyId: string): Promise<Allocation | undefined> {
  const result = await queryAs(pool, companyId, `${ALLOCATION_SELECT} WHERE a.id = $1 AND (a.vendor_company_id = $2 OR a.partner_company_id = $2)`, [id, companyId]);
  return result.rows[0] === undefined ? undefined : toAllocation(result.rows[0]);
}

/** An allocation the company granted or was granted, read in the caller's transaction (as the API role for the company). */
export async function allocationIn(db: Db, id: string, companyId: string): Promise<Allocation | undefined> {
  const result = await db.query(`${ALLOCATION_SELECT} WHERE a.id = $1 AND (a.vendor_company_id = $2 OR a.partner_company_id = $2)`, [id, companyId]);
  return result.rows[0] === undefined ? undefined : toAllocation(result.rows[0]);
}

/** Allocations the company granted or was granted. */
export async function listAllocations(pool: pg.Pool, companyId: string, filter: { period?: string | undefined; partner?: string | undefined; budgetId?: string | undefined }): Promise<Allocation[]> {
  const result = await queryAs(
    pool,
    companyId,
    `${ALLOCATION_SELECT} WHERE (a.vendor_company_id = $1 OR a.partner_company_id = $1)
       AND ($2::text IS NULL OR b.period = $2) AND ($3::text IS NULL OR a.partner_company_id = $3) AND ($4::text IS NULL OR a.budget_id = $4)
     ORDER BY a.created_at`,
    [companyId, filter.period ?? null, filter.partner ?? null, filter.budgetId ?? null],
  );
  return result.rows.map((row) => toAllocation(row));
}

/** A movement of the ledger as the API shows it. */
const MovementKind = z.enum(['reserve', 'adjust', 'commit', 'release', 'clawback']);

export interface MovementView {
  kind: z.infer<typeof MovementKind>;
  amount: number;
  fundRequestId: string;
  reason: string | null;
  at: string;
}

const MovementRow = z.object({ kind: MovementKind, amount: minor, fund_request_id: z.string(), reason: z.string().nullable(), created_at: z.date() });

/** The movements of an allocation or of one fund request that `companyId` takes part in, oldest first. */
export async function listMovements(pool: pg.Pool, companyId: string, where: { allocationId: string } | { fundRequestId: string }): Promise<MovementView[]> {
  const [column, value] = 'allocationId' in where ? ['allocation_id', where.allocationId] : ['fund_request_id', where.fundRequestId];
  const result = await queryAs(
    pool,
    companyId,
    `SELECT kind, amount, fund_request_id, reason, created_at FROM mdf_movements
     WHERE ${column} = $1 AND (vendor_company_id = $2 OR partner_company_id = $2) ORDER BY id`,
    [value, companyId],
  );
  return result.rows.map((raw) => {
    const row = MovementRow.parse(raw);
    return { kind: row.kind, amount: row.amount, fundRequestId: row.fund_request_id, reason: row.reason, at: row.created_at.toISOString() };
  });
}

/** An allocation the company granted or was granted, with its ledger movements; undefined when it is not the company's. */
export async function allocationDetail(pool: pg.Pool, id: string, companyId: string): Promise<(Allocation & { movements: MovementView[] }) | undefined> {
  const allocation = await findAllocation(pool, id, companyId);
  return allocation && { ...allocation, movements: await listMovements(pool, companyId, { allocationId: id }) };
}
