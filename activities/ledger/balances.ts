/**
 * The rules of the MDF ledger as pure functions: what each movement does to an allocation
 * and to the fund request that makes it, and when a movement is refused. The store applies
 * exactly these functions under a row lock; the property tests run them on random sequences.
 *
 * All amounts are integer minor units of the allocation's currency.
 */

/** What an allocation holds. Available = amount − reserved − committed. */
export interface AllocationBalance {
  amount: number;
  reserved: number;
  committed: number;
  /** Given back over time: releases and downward adjustments. */
  released: number;
  /** Reimbursed funds claimed back after failed audits; they stay committed (spent). */
  clawedBack: number;
  /** After this moment no new funds may be held (use it or lose it). */
  expiresAt: number | null;
}

/** What one fund request holds of its allocation. */
export interface FundRequestBalance {
  reserved: number;
  committed: number;
  released: number;
  clawedBack: number;
}

/** A kind of ledger movement. */
export type MovementKind = 'reserve' | 'adjust' | 'commit' | 'release' | 'clawback';

/** One movement: `amount` is positive, except for `adjust`, where it is the signed change. */
export interface Movement {
  kind: MovementKind;
  amount: number;
}

/** Why a movement is refused. Nothing changes when one is. */
export type RefusalCode = 'insufficient_funds' | 'allocation_expired' | 'exceeds_reserved' | 'exceeds_committed' | 'invalid_amount';

/** A refused movement and a message for people. */
export interface LedgerRefusal {
  code: RefusalCode;
  message: string;
}

/** The balances after a movement, or why it was refused. */
export type MovementResult = { ok: true; allocation: AllocationBalance; request: FundRequestBalance } | { ok: false; refusal: LedgerRefusal };

/** What an allocation can still hold. */
export function available(allocation: Pick<AllocationBalance, 'amount' | 'reserved' | 'committed'>): number {
  return allocation.amount - allocation.reserved - allocation.committed;
}

/** Applies `movement` at time `now`; never returns balances that overdraw. */
export function applyMovement(allocation: AllocationBalance, request: FundRequestBalance, movement: Movement, now: number): MovementResult {
  const problem = amountProblem(movement);
  if (problem) return refuse('invalid_amount', problem);
  const { kind, amount } = movement;
  const growing = kind === 'reserve' || (kind === 'adjust' && amount > 0);
  if (growing && allocation.expiresAt !== null && allocation.expiresAt <= now) {
    return refuse('allocation_expired', `the allocation expired on ${new Date(allocation.expiresAt).toISOString()}; no new funds can be held`);
  }
  if (growing && amount > available(allocation)) {
    return refuse('insufficient_funds', `${amount} is more than the ${available(allocation)} still available in the allocation`);
  }
  switch (kind) {
    case 'reserve':
    case 'adjust':
      if (amount < 0 && -amount > request.reserved) return refuse('exceeds_reserved', `cannot lower by ${-amount}: the fund request holds ${request.reserved}`);
      return done(
        { ...allocation, reserved: allocation.reserved + amount, released: allocation.released + Math.max(0, -amount) },
        { ...request, reserved: request.reserved + amount, released: request.released + Math.max(0, -amount) },
      );
    case 'release':
      if (amount > request.reserved) return refuse('exceeds_reserved', `cannot release ${amount}: the fund request holds ${request.reserved}`);
      return done(
        { ...allocation, reserved: allocation.reserved - amount, released: allocation.released + amount },
        { ...request, reserved: request.reserved - amount, released: request.released + amount },
      );
    case 'commit':
      if (amount > request.reserved) return refuse('exceeds_reserved', `cannot reimburse ${amount}: the fund request holds ${request.reserved}`);
      return done(
        { ...allocation, reserved: allocation.reserved - amount, committed: allocation.committed + amount },
        { ...request, reserved: request.reserved - amount, committed: request.committed + amount },
      );
    case 'clawback': {
      const recoverable = request.committed - request.clawedBack;
      if (amount > recoverable) return refuse('exceeds_committed', `cannot claw back ${amount}: ${recoverable} was reimbursed and not yet clawed back`);
      return done({ ...allocation, clawedBack: allocation.clawedBack + amount }, { ...request, clawedBack: request.clawedBack + amount });
    }
  }
}

function amountProblem({ kind, amount }: Movement): string | undefined {
  if (!Number.isSafeInteger(amount)) return `${amount} is not a whole number of minor units`;
  if (kind === 'adjust') return amount === 0 ? 'an adjustment must change the amount' : undefined;
  return amount > 0 ? undefined : `a ${kind} must move a positive amount, not ${amount}`;
}

function refuse(code: RefusalCode, message: string): MovementResult {
  return { ok: false, refusal: { code, message } };
}

function done(allocation: AllocationBalance, request: FundRequestBalance): MovementResult {
  return { ok: true, allocation, request };
}
