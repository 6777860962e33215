/** A wait step: a timer at a duration from now, or at a computed time plus an offset; then it moves on. */
import { evaluateTimestamp } from '../../../definitions/condition.js';
import type { WaitStep } from '../../../definitions/template.js';
import { durationOf, scopeOf } from '../machine.js';
import { addTimer, transition } from '../tokens.js';
import type { StepKind } from './kind.js';

export const wait: StepKind<WaitStep> = {
  needsActivity: () => false,

  enter(m, token, step) {
    const at = step.until ? evaluateTimestamp(step.until, scopeOf(m)) + (step.plus ? durationOf(m, step.plus) : 0) : m.now + durationOf(m, step.duration ?? '0s');
    addTimer(m, 'wait', token, at);
    return undefined;
  },

  fire(m, token, step) {
    m.state.steps[step.id] = { outcome: 'done' };
    transition(m, token, 'done');
  },
};
