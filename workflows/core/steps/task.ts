/**
 * A task step: one task for the owner role; the owner's decision is the step's outcome.
 * A step whose owner's party takes no part (unbound, or withdrawn) is passed over.
 */
import { nextOf } from '../../../definitions/flow.js';
import type { TaskStep } from '../../../definitions/template.js';
import type { Token } from '../../schemas.js';
import { isBound, partyOf, record, type Machine } from '../machine.js';
import { end, finishBranch, removeTimersOf, transition } from '../tokens.js';
import { fireHumanTimer, openTask, scheduleHumanTimers } from './human.js';
import type { StepKind } from './kind.js';

export const task: StepKind<TaskStep> = {
  needsActivity: () => false,

  enter(m, token, step) {
    const party = partyOf(step.owner);
    if (isAbsent(m, party)) {
      passOver(m, token, step, party);
      return undefined;
    }
    openTask(m, token, step, step.owner);
    scheduleHumanTimers(m, token, step);
    return undefined;
  },

  decided(m, token, step, task, decision) {
    const actor = task.decidedBy === 'system' ? undefined : task.decidedBy;
    m.state.steps[step.id] = { outcome: decision.outcome, form: task.form ?? {}, ...(actor ? { decidedBy: actor.email } : {}) };
    transition(m, token, decision.outcome);
  },

  fire: fireHumanTimer,

  withdrawn: leaveWithoutOwner,
};

/** Where a task step goes once its owner's party is gone: its `withdrawn` route, the end of its branch, or the end of the instance. */
function leaveWithoutOwner(m: Machine, token: Token, step: TaskStep): void {
  if (nextOf(step, 'withdrawn') !== undefined && typeof step.next !== 'string') return transition(m, token, 'withdrawn');
  if (token.parent) {
    // The branch ends here, so its reminders and timeout go too. Instances from before the
    // patch kept them; they fired on no token, and the run woke for them.
    if (m.ports.patched('clear-timers-of-withdrawn-branches')) removeTimersOf(m, token.id);
    return finishBranch(m, token);
  }
  end(m, step.id, 'Withdrawn');
}

/** Moves past a task step whose owner's party takes no part, as if it had just withdrawn. */
function passOver(m: Machine, token: Token, step: TaskStep, party: string): void {
  record(m, { type: 'decided', stepId: step.id, actor: 'system', outcome: 'withdrawn', comment: `party "${party}" takes no part in this instance` });
  leaveWithoutOwner(m, token, step);
}

/**
 * Whether a party has nobody to act in this instance: left unbound, or withdrawn. Before the
 * patch, a task of a withdrawn party still opened; instances recorded then replay as they ran.
 */
function isAbsent(m: Machine, party: string): boolean {
  if (!isBound(m, party)) return true;
  return m.state.withdrawn.includes(party) && m.ports.patched('pass-over-withdrawn-owners');
}
