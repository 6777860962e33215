/**
 * What a step kind does at each moment of a token's visit. Each kind is one module under
 * `steps/`, listed in `steps/index.ts`; a new kind is that module plus its template schema.
 */
import type { ActionResult } from '../../../activities/contracts.js';
import type { Step } from '../../../definitions/template.js';
import type { Decision, Task, Timer, Token } from '../../schemas.js';
import type { Pending } from '../effects.js';
import type { Machine } from '../machine.js';

/** The behaviour of one step kind. Method syntax, so the registry holds every kind as `StepKind<Step>`. */
export interface StepKind<S extends Step> {
  /**
   * Whether entering may need an activity. Such steps are not entered while the workflow
   * sets up its handlers, which must happen before its first await.
   */
  needsActivity(step: S): boolean;
  /** The token has arrived: open tasks, set timers, move on, or ask the shell for an activity. */
  enter(m: Machine, token: Token, step: S): Pending | undefined;
  /** A person decided one of the step's tasks (already recorded on the task). */
  decided?(m: Machine, token: Token, step: S, task: Task, decision: Decision): void;
  /** One of the token's timers is due. */
  fire?(m: Machine, token: Token, step: S, timer: Timer): void;
  /** The activity asked for on entering finished. The token may have been discarded meanwhile. */
  completed?(m: Machine, token: Token, step: S, result: ActionResult): void;
  /** A party withdrew and the step's open tasks of that party were closed. */
  withdrawn?(m: Machine, token: Token, step: S): void;
}
