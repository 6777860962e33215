/** An end step: the instance completes with the step's status. */
import type { EndStep } from '../../../definitions/template.js';
import { end as endInstance } from '../tokens.js';
import type { StepKind } from './kind.js';

export const end: StepKind<EndStep> = {
  needsActivity: () => false,

  enter(m, _token, step) {
    endInstance(m, step.id, step.status);
    return undefined;
  },
};
