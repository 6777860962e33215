/**
 * The initiator or an admin stops the instance: every token is discarded, its open tasks
 * cancelled, and the initiator told. The `onCancel` actions run after (see `hooks.ts`).
 */
import type { Cancellation } from '../../schemas.js';
import { fail, FailureType } from '../failures.js';
import { openIncidents, resolveIncidents } from '../incidents.js';
import { isAdmin, mailResult, personByEmail, record, type Machine } from '../machine.js';
import { discard } from '../tokens.js';
import { requireRunning } from './guards.js';

/** Refuses a cancellation by anyone but the initiator or an admin. */
export function check(m: Machine, cancellation: Cancellation): void {
  requireRunning(m);
  if (cancellation.actor !== m.state.initiator.email && !isAdmin(m, cancellation.actor)) {
    fail(FailureType.NotInitiatorOrAdmin, `${cancellation.actor} may not cancel this instance: only its initiator ${m.state.initiator.email} or an admin may`);
  }
}

/** Ends the instance as cancelled. */
export function apply(m: Machine, cancellation: Cancellation): void {
  // A cancel resolves whatever incident stopped the instance.
  if (openIncidents(m).length > 0) resolveIncidents(m, 'cancelled', { reason: cancellation.reason, ...(cancellation.via ? { via: cancellation.via } : {}) });
  for (const token of [...m.state.tokens]) discard(m, token);
  m.state.lifecycle = 'cancelled';
  m.state.status = 'Cancelled';
  m.state.endedAt = m.now;
  const actor = personByEmail(m, cancellation.actor);
  record(m, { type: 'cancelled', ...(actor ? { actor } : {}), comment: cancellation.reason, ...(cancellation.via ? { details: { via: cancellation.via } } : {}) });
  mailResult(m);
}
