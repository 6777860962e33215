/**
 * A party leaves the instance: its open tasks close, the steps that waited on them move on
 * without it, and the template's `onWithdraw` step lets the others decide whether to go on.
 */
import type { Withdrawal } from '../../schemas.js';
import { fail, FailureType } from '../failures.js';
import { closeTask, openTasksOf, partyOf, personByEmail, record, stepOf, type Machine } from '../machine.js';
import { atStep } from '../incidents.js';
import { kindOf } from '../steps/index.js';
import { spawn } from '../tokens.js';
import { requireRunning } from './guards.js';

/** Refuses a withdrawal of an unknown or already withdrawn party, or by someone outside it. */
export function check(m: Machine, withdrawal: Withdrawal): void {
  requireRunning(m);
  if (!m.template.parties[withdrawal.party]) fail(FailureType.UnknownParty, `there is no party "${withdrawal.party}" in this template`);
  if (m.state.withdrawn.includes(withdrawal.party)) fail(FailureType.PartyAlreadyWithdrawn, `party "${withdrawal.party}" has already withdrawn`);
  const holds = Object.entries(m.state.bindings.participants).some(([role, people]) => partyOf(role) === withdrawal.party && people.some((person) => person.email === withdrawal.actor));
  if (!holds) fail(FailureType.NotInParty, `${withdrawal.actor} holds no role in party "${withdrawal.party}" and may not withdraw it`);
}

/** Records the withdrawal and moves every step that waited on the party on without it. */
export function apply(m: Machine, withdrawal: Withdrawal): void {
  const actor = personByEmail(m, withdrawal.actor);
  m.state.withdrawn.push(withdrawal.party);
  record(m, { type: 'withdrawn', ...(actor ? { actor } : {}), comment: withdrawal.reason, details: { party: withdrawal.party, ...(withdrawal.via ? { via: withdrawal.via } : {}) } });
  for (const token of [...m.state.tokens]) {
    const step = stepOf(m, token.stepId);
    if (token.phase !== 'waiting' || (step.kind !== 'task' && step.kind !== 'approval')) continue;
    const mine = openTasksOf(m, token).filter((task) => task.party === withdrawal.party);
    if (mine.length === 0) continue;
    for (const task of mine) closeTask(m, task, 'cancelled');
    atStep(m, token, () => kindOf(step).withdrawn?.(m, token, step));
    if (m.state.lifecycle !== 'running') return;
  }
  // The remaining parties decide, beside the running steps, whether to go on without it.
  if (m.template.onWithdraw) spawn(m, m.template.onWithdraw);
}
