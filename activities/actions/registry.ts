/**
 * System actions that run as activities (ledger movements, webhooks, …), by name.
 * `record` and `notify` run inside the workflow and are not listed here.
 */
import { ApplicationFailure } from '@temporalio/activity';
import type { ActionRequest, ActionResult } from '../contracts.js';

/** One action's implementation. It must be safe to run twice with the same `request.key`. */
export type ActionHandler = (request: ActionRequest) => Promise<ActionResult>;

/** Builds the `performAction` activity over a table of handlers. */
export function createActionRunner(handlers: Record<string, ActionHandler>) {
  return {
    async performAction(request: ActionRequest): Promise<ActionResult> {
      const handler = handlers[request.action];
      if (!handler) {
        throw ApplicationFailure.nonRetryable(`action "${request.action}" (step ${request.stepId}) is not implemented by this worker`, 'UnknownAction');
      }
      return handler(request);
    },
  };
}
