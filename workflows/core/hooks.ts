/**
 * The template's hooks: `onCancel` actions run, in order, once the instance is cancelled,
 * and `onEnd` actions once it has ended however it ended, each before the update that ended
 * it answers. They run one at a time, as the shell reports each one completed.
 */
import type { ActionResult } from '../../activities/contracts.js';
import type { Pending } from './effects.js';
import { fail, FailureType } from './failures.js';
import { actionRequest, record, type Machine } from './machine.js';

/**
 * Starts the `onCancel` actions. `late` is for a cancel that arrived while the main loop was
 * writing out its last pass, which the loop no longer saw; instances from before the patch
 * ended without running them, and a run that already started them does not again.
 */
export function beginOnCancel(m: Machine, { late }: { late: boolean }): void {
  if (late && (m.undone || (m.template.onCancel ?? []).length === 0 || !m.ports.patched('on-cancel-after-last-pass'))) return;
  m.undone = true;
  m.hook = { name: 'onCancel', index: 0 };
}

/**
 * Starts the `onEnd` actions, once per run (the main loop leaves after an ending). Templates
 * without `onEnd` (all recorded before it existed) start nothing, so their histories replay
 * unchanged.
 */
export function beginOnEnd(m: Machine): void {
  if (m.ended || (m.template.onEnd ?? []).length === 0 || !m.ports.patched('on-end-actions')) return;
  m.ended = true;
  m.hook = { name: 'onEnd', index: 0 };
}

/** The next action of the running hook, or undefined once it has run them all (or none runs). */
export function nextHookAction(m: Machine): Pending | undefined {
  if (!m.hook) return undefined;
  const { name, index } = m.hook;
  const call = (m.template[name] ?? [])[index];
  if (!call) {
    delete m.hook;
    return undefined;
  }
  const stepId = `${name}.${index}`;
  return { type: 'run-action', owner: { kind: 'hook', hook: name, index }, request: actionRequest(m, stepId, stepId, call.action, call.with) };
}

/** Records a hook action's result and moves on to the next call. */
export function hookActionCompleted(m: Machine, hook: 'onCancel' | 'onEnd', index: number, result: ActionResult): void {
  const stepId = `${hook}.${index}`;
  const call = (m.template[hook] ?? [])[index];
  if (!call) fail(FailureType.TemplateDefect, `the template has no ${hook} action ${index}`);
  record(m, { type: 'action', stepId, ...(result.outcome ? { outcome: result.outcome } : {}), details: { action: call.action, ...(result.details ?? {}) } });
  m.hook = { name: hook, index: index + 1 };
}
