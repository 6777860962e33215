/**
 * The rules of the MDF ledger as pure functions: what each movement does to an allocation
 * and to the fund request that makes it, and when a movement is refused. The store applies
 * exactly these functions under a row lock, whatever path asked for the movement (an MDF
 * route, the generic decision route, an emailed link, a retried activity); the property
 * tests run them on random sequences.
 *
 * The rules, each refused with its own code:
 * - every movement is in the allocation's currency (`currency_mismatch`);
 * - a reservation fits what the allocation has available (`insufficient_funds`), what the
 *   fund request asked for (`above_requested`), and the allocation's term (`allocation_expired`);
 * - an adjustment only lowers what is held, and leaves more than 0 (`not_lower`, `exceeds_reserved`);
 * - a reimbursement (commit) is at most what is held and what the reviewer approved, and with
 *   what was reimbursed before it at most the actual cost the partner claimed
 *   (`exceeds_reserved`, `exceeds_approved`, `exceeds_claimed`);
 * - a clawback is at most what was reimbursed and not yet clawed back (`exceeds_committed`).
 *
 * All amounts are integer minor units.
 */

/** What an allocation holds. Available = amount − reserved − committed. */
export interface AllocationBalance {
  /** The ISO 4217 currency of the allocation and of every movement against it. */
  currency: string;
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

/** What one fund request holds of its allocation, and what it asked for. */
export interface FundRequestBalance {
  /** The amount proposed; nothing beyond it is ever held. */
  requested: number;
  reserved: number;
  committed: number;
  released: number;
  clawedBack: number;
}

/** A kind of ledger movement. */
export type MovementKind = 'reserve' | 'adjust' | 'commit' | 'release' | 'clawback';

/**
 * One movement: `amount` is positive, except for `adjust`, where it is the (negative) change.
 * A commit also names the actual cost claimed and, if the reviewer approved less, that amount.
 */
export interface Movement {
  kind: MovementKind;
  amount: number;
  currency: string;
  /** With `commit`: the actual cost the partner claimed, in the allocation's currency. */
  claimed?: number;
  /** With `commit`: what the reviewer approved, when that is less than what is held. */
  approved?: number;
}

/** Why a movement is refused. Nothing changes when one is. */
export type RefusalCode =
  | 'insufficient_funds'
  | 'allocation_expired'
  | 'above_requested'
  | 'not_lower'
  | 'exceeds_reserved'
  | 'exceeds_approved'
  | 'exceeds_claimed'
  | 'exceeds_committed'
  | 'currency_mismatch'
  | 'invalid_amount';

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

/** Applies `movement` at time `now`; never returns balances that break a rule above. */
export function applyMovement(allocation: AllocationBalance, request: FundRequestBalance, movement: Movement, now: number): MovementResult {
  const problem = amountProblem(movement);
  if (problem) return refuse('invalid_amount', problem);
  const { kind, amount, currency } = movement;
  if (currency !== allocation.currency) {
    return refuse('currency_mismatch', `the allocation is in ${allocation.currency}; an amount in ${currency} cannot move its funds`);
  }
  switch (kind) {
    case 'reserve': {
      if (allocation.expiresAt !== null && allocation.expiresAt <= now) {
        return refuse('allocation_expired', `the allocation expired on ${new Date(allocation.expiresAt).toISOString().slice(0, 10)}, so no funds can be held from it any more`);
      }
      if (amount > available(allocation)) return refuse('insufficient_funds', `${amount} is more than the ${available(allocation)} still available in the allocation`);
      const room = request.requested - request.reserved - request.committed;
      if (amount > room) return refuse('above_requested', `${amount} is more than the ${room} the fund request asked for and does not yet hold; approve at most the requested amount`);
      return done(
        { ...allocation, reserved: allocation.reserved + amount },
        { ...request, reserved: request.reserved + amount },
      );
    }
    case 'adjust':
      if (amount > 0) return refuse('not_lower', `an approval can only lower what is held (${request.reserved}), not raise it by ${amount}`);
      if (-amount >= request.reserved) return refuse('exceeds_reserved', `lowering by ${-amount} would leave nothing of the ${request.reserved} held; approve more than 0, or deny the request`);
      return done(
        { ...allocation, reserved: allocation.reserved + amount, released: allocation.released - amount },
        { ...request, reserved: request.reserved + amount, released: request.released - amount },
      );
    case 'release':
      if (amount > request.reserved) return refuse('exceeds_reserved', `cannot release ${amount}: the fund request holds ${request.reserved}`);
      return done(
        { ...allocation, reserved: allocation.reserved - amount, released: allocation.released + amount },
        { ...request, reserved: request.reserved - amount, released: request.released + amount },
      );
    case 'commit': {
      const problem = reimbursementProblem(amount, { reserved: request.reserved, committed: request.committed, claimed: movement.claimed, approved: movement.approved });
      if (problem) return { ok: false, refusal: problem };
      return done(
        { ...allocation, reserved: allocation.reserved - amount, committed: allocation.committed + amount },
        { ...request, reserved: request.reserved - amount, committed: request.committed + amount },
      );
    }
    case 'clawback': {
      const recoverable = request.committed - request.clawedBack;
      if (amount > recoverable) return refuse('exceeds_committed', `cannot claw back ${amount}: ${recoverable} was reimbursed and not yet clawed back`);
      return done({ ...allocation, clawedBack: allocation.clawedBack + amount }, { ...request, clawedBack: request.clawedBack + amount });
    }
  }
}

/**
 * Why `amount` cannot be reimbursed, or undefined: a reimbursement is at most what the fund
 * request holds and what the reviewer approved, and everything reimbursed for the request,
 * this one included, is at most the actual cost the partner claimed (the database holds
 * `committed <= claimed` on the fund request, so a second reimbursement counts the first).
 * The commit movement is held to this; routes ask it first to answer with a specific error.
 */
export function reimbursementProblem(amount: number, limits: { reserved: number; committed: number; claimed: number | undefined; approved?: number | undefined }): LedgerRefusal | undefined {
  if (amount > limits.reserved) return { code: 'exceeds_reserved', message: `cannot reimburse ${amount}: the fund request holds ${limits.reserved}` };
  if (limits.claimed === undefined) return { code: 'invalid_amount', message: 'a reimbursement needs the actual cost the partner claimed' };
  if (limits.committed + amount > limits.claimed) {
    const before = limits.committed > 0 ? `, of which ${limits.committed} was already reimbursed` : '';
    return { code: 'exceeds_claimed', message: `cannot reimburse ${amount}: the partner claimed an actual cost of ${limits.claimed}${before}` };
  }
  if (limits.approved !== undefined && amount > limits.approved) return { code: 'exceeds_approved', message: `cannot reimburse ${amount}: the reviewer approved ${limits.approved}` };
  return undefined;
}

function amountProblem({ kind, amount, claimed, approved }: Movement): string | undefined {
  if (!Number.isSafeInteger(amount)) return `${amount} is not a whole number of minor units`;
  for (const [name, value] of [['claimed', claimed], ['approved', approved]] as const) {
    if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) return `the ${name} amount ${value} is not a whole number of minor units of 0 or more`;
  }
  if (kind === 'adjust') return amount === 0 ? 'an adjustment must change the amount' : undefined;
  return amount > 0 ? undefined : `a ${kind} must move a positive amount, not ${amount}`;
}

function refuse(code: RefusalCode, message: string): MovementResult {
  return { ok: false, refusal: { code, message } };
}

function done(allocation: AllocationBalance, request: FundRequestBalance): MovementResult {
  return { ok: true, allocation, request };
}
