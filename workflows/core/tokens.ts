/**
 * How tokens move: spawned at a step, moved along a transition, joined at the end of a
 * branch, discarded with everything under them, and all of them at an end. Timers belong
 * to a token and go with it.
 */
import { JOIN, nextOf } from '../../definitions/flow.js';
import type { Timer, Token } from '../schemas.js';
import { fail, FailureType } from './failures.js';
import { closeTask, mailResult, openTasksOf, record, stepOf, touch, type Machine } from './machine.js';

/** Puts a new token before `stepId`, to be entered by the next advance. */
export function spawn(m: Machine, stepId: string, parent?: Token['parent']): void {
  const token: Token = { id: `k${m.state.nextId++}`, stepId, visit: (m.state.visits[stepId] ?? 0) + 1, phase: 'enter', ...(parent ? { parent } : {}) };
  m.state.tokens.push(token);
  touch(m);
}

/** Follows `outcome` from the token's step; a defect when the step has no transition for it. */
export function transition(m: Machine, token: Token, outcome: string): void {
  const step = stepOf(m, token.stepId);
  const target = nextOf(step, outcome);
  if (target === undefined) fail(FailureType.TemplateDefect, `step ${step.id} has no transition for outcome "${outcome}"`);
  moveTo(m, token, target);
}

/** Moves the token to `target` (or finishes its branch at {@link JOIN}); its timers go. */
export function moveTo(m: Machine, token: Token, target: string): void {
  removeTimersOf(m, token.id);
  if (target === JOIN) return finishBranch(m, token);
  token.stepId = target;
  token.visit = (m.state.visits[target] ?? 0) + 1;
  token.phase = 'enter';
  touch(m);
}

/** Ends a branch's token; the parallel step moves on when its join is satisfied. */
export function finishBranch(m: Machine, token: Token): void {
  const parent = token.parent;
  m.state.tokens = m.state.tokens.filter((other) => other !== token);
  touch(m);
  if (!parent) return;
  const parallelToken = m.state.tokens.find((other) => other.id === parent.tokenId);
  if (!parallelToken) return;
  const parallel = stepOf(m, parallelToken.stepId);
  if (parallel.kind !== 'parallel') return;
  (m.state.joins[parallelToken.id] ??= []).push(parent.branchId);
  const stillRunning = m.state.tokens.filter((other) => other.parent?.tokenId === parallelToken.id);
  if (parallel.join === 'any' || stillRunning.length === 0) {
    for (const other of stillRunning) discard(m, other);
    delete m.state.joins[parallelToken.id];
    m.state.steps[parallel.id] = { outcome: 'done' };
    transition(m, parallelToken, 'done');
  }
}

/** Removes a token and everything under it: open tasks are cancelled, timers go. */
export function discard(m: Machine, token: Token): void {
  for (const child of m.state.tokens.filter((other) => other.parent?.tokenId === token.id)) discard(m, child);
  removeTimersOf(m, token.id);
  for (const task of openTasksOf(m, token)) closeTask(m, task, 'cancelled');
  m.state.tokens = m.state.tokens.filter((other) => other !== token);
  touch(m);
}

/** Completes the instance with `status`: every token is discarded and the initiator is told. */
export function end(m: Machine, stepId: string, status: string): void {
  for (const token of [...m.state.tokens]) discard(m, token);
  m.state.lifecycle = 'completed';
  m.state.status = status;
  m.state.endedAt = m.now;
  record(m, { type: 'ended', stepId, outcome: status });
  mailResult(m);
}

/** Sets a timer for the token. Timers are state; the shell sleeps until the earliest. */
export function addTimer(m: Machine, kind: Timer['kind'], token: Token, at: number): void {
  m.state.timers.push({ id: `t${m.state.nextId++}`, kind, tokenId: token.id, at });
}

/** Clears the token's timers. */
export function removeTimersOf(m: Machine, tokenId: string): void {
  m.state.timers = m.state.timers.filter((timer) => timer.tokenId !== tokenId);
}
