/**
 * A parallel step: a token enters the first step of each branch; the step waits until its
 * join (`all` or `any`) is satisfied, which `finishBranch` decides as branches end.
 */
import type { ParallelStep } from '../../../definitions/template.js';
import { spawn } from '../tokens.js';
import type { StepKind } from './kind.js';

export const parallel: StepKind<ParallelStep> = {
  needsActivity: () => false,

  enter(m, token, step) {
    for (const branch of step.branches) {
      const first = branch.steps[0];
      if (first) spawn(m, first.id, { tokenId: token.id, branchId: branch.id });
    }
    return undefined;
  },
};
