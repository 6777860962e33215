/** A decision step: the first case whose condition holds picks the next step, else `otherwise`. */
import { evaluateCondition } from '../../../definitions/condition.js';
import type { DecisionStep } from '../../../definitions/template.js';
import { scopeOf } from '../machine.js';
import { moveTo } from '../tokens.js';
import type { StepKind } from './kind.js';

export const decision: StepKind<DecisionStep> = {
  needsActivity: () => false,

  enter(m, token, step) {
    const match = step.cases.find((candidate) => evaluateCondition(candidate.when, scopeOf(m)));
    const target = match ? match.next : step.otherwise;
    m.state.steps[step.id] = { outcome: match ? target : 'otherwise' };
    moveTo(m, token, target);
    return undefined;
  },
};
