/**
 * Checks that a template which holds funds gives them back however an instance ends. An
 * instance can end at any end step, by a withdrawal that leaves a step without its owner, or
 * by a cancel at any moment; a release step on each path to an end step misses the last two,
 * so the only release that covers every ending is `ledger.release` in `onEnd`.
 */
import type { CheckContext } from './check-context.js';
import { ErrorCode } from './template-error.js';

/** Actions after which an instance holds funds of an allocation. */
const HOLDING_ACTIONS = new Set(['ledger.reserve', 'ledger.adjust']);

/** Reports a template whose steps hold funds but whose `onEnd` does not release them. */
export function checkFundsReleasedAtEnd(context: CheckContext): void {
  const holding = context.placed.find(({ step }) => step.kind === 'action' && HOLDING_ACTIONS.has(step.action));
  if (!holding) return;
  if ((context.template.onEnd ?? []).some((call) => call.action === 'ledger.release')) return;
  context.report(
    ['onEnd'],
    ErrorCode.FundsHeldAtEnd,
    `step "${holding.step.id}" holds funds, but an instance can end (at an end step, by a withdrawal or a cancel) without releasing them; add onEnd: [{ action: ledger.release, with: { reason: ended } }]`,
  );
}
