/** The registry of step kinds: every kind of the template language, and the module that runs it. */
import type { Step } from '../../../definitions/template.js';
import { action } from './action.js';
import { approval } from './approval.js';
import { decision } from './decision.js';
import { end } from './end.js';
import type { StepKind } from './kind.js';
import { parallel } from './parallel.js';
import { task } from './task.js';
import { wait } from './wait.js';

const KINDS: { readonly [K in Step['kind']]: StepKind<Extract<Step, { kind: K }>> } = { task, approval, action, wait, decision, parallel, end };

/** The module that runs steps of this step's kind. */
export function kindOf(step: Step): StepKind<Step> {
  return KINDS[step.kind];
}

export type { StepKind } from './kind.js';
