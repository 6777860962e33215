/**
 * The body of a webhook delivery: the instance (and task) exactly as the subscriber's
 * company sees it on `GET /instances/{id}`, through the same view, so a webhook never tells
 * a company more than its status read would.
 */
import type { Template } from '../../definitions/template.js';
import { shownFacts, type ShownFact } from '../../presentation/index.js';
import type { InstanceState } from '../../workflows/schemas.js';
import { canSeeTask, instanceView, takesPart, taskView, type InstanceView, type TaskView } from '../visibility.js';

/** What a receiver gets. */
export interface WebhookPayload {
  /** The delivery id, also sent as `Tandem-Event-Id`; the same on retries and replays. */
  id: string;
  type: string;
  occurredAt: string;
  instance: InstanceView;
  task?: TaskView;
  /** With a task: what its holder is shown, as the subscriber's company may see it. */
  facts?: ShownFact[];
}

/** The event the body is about. */
export interface PayloadEvent {
  deliveryId: string;
  type: string;
  occurredAt: Date;
  taskId: string | null;
}

/** The JSON body for `companyId`, or undefined when that company may not see the event. `template` is the instance's published version, for its facts. */
export function webhookBody(event: PayloadEvent, state: InstanceState, companyId: string, template?: Template): string | undefined {
  if (!takesPart(state, companyId)) return undefined;
  const payload: WebhookPayload = { id: event.deliveryId, type: event.type, occurredAt: event.occurredAt.toISOString(), instance: instanceView(state, companyId) };
  if (event.taskId !== null) {
    const task = state.tasks.find((candidate) => candidate.id === event.taskId);
    if (!task || !canSeeTask(task, companyId)) return undefined;
    payload.task = taskView(state, task);
    payload.facts = shownFacts(template, state, task.stepId, companyId);
  }
  return JSON.stringify(payload);
}
