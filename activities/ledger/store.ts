/**
 * The MDF ledger in Postgres. Every change of a balance happens in one transaction that
 * holds the allocation's row lock (SELECT … FOR UPDATE), so concurrent reservations against
 * one allocation run one after another and the last one sees what the others took. Each
 * movement carries a business key (fund request, step visit, kind); a retried activity finds
 * its movements by key under the same lock and moves nothing twice.
 */
import type pg from 'pg';
import type { AvailableFunds } from '../contracts.js';
import { applyMovement, available, type AllocationBalance, type FundRequestBalance, type LedgerRefusal, type Movement, type MovementKind } from './balances.js';
import { inTransaction } from '../store/transaction.js';

/** A fund request's holdings with its currency, as actions and the API report them. */
export interface FundRequestFunds extends FundRequestBalance {
  fundRequestId: string;
  allocationId: string;
  currency: string;
  /** What the allocation still has available after this change. */
  allocationAvailable: number;
  /** When the allocation stops holding new funds, if ever (epoch ms). */
  allocationExpiresAt: number | null;
}

/** A movement to make, keyed by its kind under the action's key. */
export interface PlannedMovement extends Movement {
  reason?: string;
}

/** What became of a set of movements. */
export type MoveOutcome =
  | { status: 'moved' | 'already_moved'; funds: FundRequestFunds; movements: PlannedMovement[] }
  | { status: 'refused'; funds: FundRequestFunds; refusal: LedgerRefusal };

/** Why a fund request cannot be opened against an allocation. */
export type OpenRefusal = LedgerRefusal | { code: 'unknown_allocation' | 'allocation_in_use'; message: string };

const KINDS: readonly MovementKind[] = ['reserve', 'adjust', 'commit', 'release', 'clawback'];

/** The key of one movement: the action's key (instance/step.visit) and the kind. */
export function movementKey(actionKey: string, kind: MovementKind): string {
  return `${actionKey}/${kind}`;
}

/** A whole number of minor units from a bigint column (pg returns those as strings). */
export function minorUnits(value: unknown): number {
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number)) throw new Error(`the ledger holds ${String(value)}, which is not a safe whole number`);
  return number;
}

interface AllocationRow {
  id: string;
  vendor_company_id: string;
  partner_company_id: string;
  currency: string;
  amount: string;
  reserved: string;
  committed: string;
  released: string;
  clawed_back: string;
  expires_at: Date | null;
}

interface FundRequestRow {
  id: string;
  allocation_id: string;
  currency: string;
  requested: string;
  reserved: string;
  committed: string;
  released: string;
  clawed_back: string;
}

function allocationBalance(row: AllocationRow): AllocationBalance {
  return {
    currency: row.currency,
    amount: minorUnits(row.amount),
    reserved: minorUnits(row.reserved),
    committed: minorUnits(row.committed),
    released: minorUnits(row.released),
    clawedBack: minorUnits(row.clawed_back),
    expiresAt: row.expires_at ? row.expires_at.getTime() : null,
  };
}

function requestBalance(row: FundRequestRow): FundRequestBalance {
  return { requested: minorUnits(row.requested), reserved: minorUnits(row.reserved), committed: minorUnits(row.committed), released: minorUnits(row.released), clawedBack: minorUnits(row.clawed_back) };
}

function fundsOf(row: FundRequestRow, request: FundRequestBalance, allocation: AllocationBalance): FundRequestFunds {
  return { fundRequestId: row.id, allocationId: row.allocation_id, currency: row.currency, ...request, allocationAvailable: available(allocation), allocationExpiresAt: allocation.expiresAt };
}

async function lockAllocation(client: pg.PoolClient, allocationId: string): Promise<AllocationRow | undefined> {
  const result = await client.query<AllocationRow>(
    `SELECT id, vendor_company_id, partner_company_id, currency, amount, reserved, committed, released, clawed_back, expires_at
     FROM mdf_allocations WHERE id = $1 FOR UPDATE`,
    [allocationId],
  );
  return result.rows[0];
}

/** Who a fund request belongs to and what it asks for. */
export interface FundRequestOpening {
  fundRequestId: string;
  allocationId: string;
  vendorCompanyId: string;
  partnerCompanyId: string;
  requested: { amount: number; currency: string };
}

/**
 * Records (or updates) a fund request against an allocation of its partner and vendor, and
 * returns its funds. Refuses an allocation that is not this partner's, another currency, and
 * a switch of allocation while the request still holds funds. Safe to run twice.
 */
export async function openFundRequest(pool: pg.Pool, opening: FundRequestOpening): Promise<{ ok: true; funds: FundRequestFunds } | { ok: false; refusal: OpenRefusal }> {
  return inTransaction(pool, async (client) => {
    const allocation = await lockAllocation(client, opening.allocationId);
    if (!allocation || allocation.vendor_company_id !== opening.vendorCompanyId || allocation.partner_company_id !== opening.partnerCompanyId) {
      return { ok: false, refusal: { code: 'unknown_allocation', message: `there is no allocation ${opening.allocationId} of ${opening.vendorCompanyId} for ${opening.partnerCompanyId}` } };
    }
    if (allocation.currency !== opening.requested.currency) {
      return { ok: false, refusal: { code: 'currency_mismatch', message: `the allocation is in ${allocation.currency}; ask for an amount in ${allocation.currency}, not ${opening.requested.currency}` } };
    }
    const existing = await client.query<FundRequestRow>('SELECT * FROM mdf_fund_requests WHERE id = $1 FOR UPDATE', [opening.fundRequestId]);
    const before = existing.rows[0];
    const held = before ? minorUnits(before.reserved) + minorUnits(before.committed) : 0;
    if (before && before.allocation_id !== opening.allocationId && held > 0) {
      return { ok: false, refusal: { code: 'allocation_in_use', message: `the fund request holds funds of allocation ${before.allocation_id}; release them before moving to another allocation` } };
    }
    if (opening.requested.amount < held) {
      return { ok: false, refusal: { code: 'above_requested', message: `the fund request already holds ${held}, more than the ${opening.requested.amount} now requested; release the funds first` } };
    }
    const written = await client.query<FundRequestRow>(
      `INSERT INTO mdf_fund_requests (id, allocation_id, vendor_company_id, partner_company_id, currency, requested)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET allocation_id = EXCLUDED.allocation_id, requested = EXCLUDED.requested
       RETURNING *`,
      [opening.fundRequestId, opening.allocationId, opening.vendorCompanyId, opening.partnerCompanyId, allocation.currency, opening.requested.amount],
    );
    const row = written.rows[0];
    if (!row) throw new Error(`fund request ${opening.fundRequestId} was not written`);
    return { ok: true, funds: fundsOf(row, requestBalance(row), allocationBalance(allocation)) };
  });
}

/** A fund request's current funds, or undefined if the ledger has never seen it. */
export async function fundsOfRequest(pool: pg.Pool, fundRequestId: string): Promise<FundRequestFunds | undefined> {
  const requests = await pool.query<FundRequestRow>('SELECT * FROM mdf_fund_requests WHERE id = $1', [fundRequestId]);
  const row = requests.rows[0];
  if (!row) return undefined;
  const allocations = await pool.query<AllocationRow>('SELECT * FROM mdf_allocations WHERE id = $1', [row.allocation_id]);
  const allocation = allocations.rows[0];
  if (!allocation) return undefined;
  return fundsOf(row, requestBalance(row), allocationBalance(allocation));
}

/**
 * Makes the movements `plan` asks for, computed from the fund request's balance under the
 * allocation's lock, all or none. If any movement under `actionKey` already exists, this
 * action ran before (a retry after a crash): nothing moves and the current funds come back.
 */
export async function move(
  pool: pg.Pool,
  fundRequestId: string,
  actionKey: string,
  plan: (request: FundRequestBalance & { currency: string }) => PlannedMovement[],
  now: number = Date.now(),
): Promise<MoveOutcome | undefined> {
  for (;;) {
    const outcome = await moveOnce(pool, fundRequestId, actionKey, plan, now);
    if (outcome !== ALLOCATION_SWITCHED) return outcome;
  }
}

/** The fund request moved to another allocation between finding its allocation and locking it. */
const ALLOCATION_SWITCHED = Symbol('allocation switched');

async function moveOnce(
  pool: pg.Pool,
  fundRequestId: string,
  actionKey: string,
  plan: (request: FundRequestBalance & { currency: string }) => PlannedMovement[],
  now: number,
): Promise<MoveOutcome | undefined | typeof ALLOCATION_SWITCHED> {
  return inTransaction(pool, async (client) => {
    const located = await client.query<{ allocation_id: string }>('SELECT allocation_id FROM mdf_fund_requests WHERE id = $1', [fundRequestId]);
    const allocationId = located.rows[0]?.allocation_id;
    if (allocationId === undefined) return undefined;
    const allocationRow = await lockAllocation(client, allocationId);
    const requestResult = await client.query<FundRequestRow & { vendor_company_id: string; partner_company_id: string }>('SELECT * FROM mdf_fund_requests WHERE id = $1 FOR UPDATE', [fundRequestId]);
    const requestRow = requestResult.rows[0];
    if (!allocationRow || !requestRow) return undefined;
    // The allocation was found before any lock: a concurrent openFundRequest may have moved the
    // request (holding nothing) to another one since. Its lock is then the wrong one to hold, and
    // locking the new one now would take the locks in the other order than openFundRequest does:
    // start again. Once the request's row is locked its allocation cannot change.
    if (requestRow.allocation_id !== allocationId) return ALLOCATION_SWITCHED;
    let allocation = allocationBalance(allocationRow);
    let request = requestBalance(requestRow);

    const keys = KINDS.map((kind) => movementKey(actionKey, kind));
    const earlier = await client.query<{ kind: MovementKind; amount: string; currency: string; reason: string | null }>('SELECT kind, amount, currency, reason FROM mdf_movements WHERE key = ANY ($1) ORDER BY id', [keys]);
    if (earlier.rows.length > 0) {
      const movements = earlier.rows.map((row) => ({ kind: row.kind, amount: minorUnits(row.amount), currency: row.currency, ...(row.reason ? { reason: row.reason } : {}) }));
      return { status: 'already_moved', funds: fundsOf(requestRow, request, allocation), movements };
    }

    const movements = plan({ ...request, currency: allocation.currency });
    for (const movement of movements) {
      const result = applyMovement(allocation, request, movement, now);
      if (!result.ok) return { status: 'refused', funds: fundsOf(requestRow, requestBalance(requestRow), allocationBalance(allocationRow)), refusal: result.refusal };
      allocation = result.allocation;
      request = result.request;
    }
    for (const movement of movements) {
      await client.query(
        `INSERT INTO mdf_movements (key, allocation_id, fund_request_id, vendor_company_id, partner_company_id, kind, amount, currency, reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [movementKey(actionKey, movement.kind), allocationId, fundRequestId, requestRow.vendor_company_id, requestRow.partner_company_id, movement.kind, movement.amount, movement.currency, movement.reason ?? null],
      );
    }
    if (movements.length > 0) {
      await client.query('UPDATE mdf_allocations SET reserved = $2, committed = $3, released = $4, clawed_back = $5 WHERE id = $1', [
        allocationId,
        allocation.reserved,
        allocation.committed,
        allocation.released,
        allocation.clawedBack,
      ]);
      // The claimed actual cost of a reimbursement is kept beside it: the table's check then
      // holds every reimbursement to it, whatever wrote the row.
      const claimed = movements.find((movement) => movement.kind === 'commit')?.claimed ?? null;
      await client.query('UPDATE mdf_fund_requests SET reserved = $2, committed = $3, released = $4, clawed_back = $5, claimed = coalesce($6, claimed) WHERE id = $1', [
        fundRequestId,
        request.reserved,
        request.committed,
        request.released,
        request.clawedBack,
        claimed,
      ]);
    }
    return { status: 'moved', funds: fundsOf(requestRow, request, allocation), movements };
  });
}

/**
 * What the allocation of fund request `fundRequestId` has available now and what the request
 * holds, for the workflow's check before it records a decision that holds funds; null while
 * the ledger has no such fund request. Reads only.
 */
export async function availableFundsOf(pool: pg.Pool, fundRequestId: string): Promise<AvailableFunds | null> {
  const funds = await fundsOfRequest(pool, fundRequestId);
  return funds ? { currency: funds.currency, available: funds.allocationAvailable, reserved: funds.reserved } : null;
}
