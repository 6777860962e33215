/** Starting and driving interpreter instances in tests. */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { InstanceClient } from '../../api/instance-client.js';
import type { Template } from '../../definitions/template.js';
import { validateTemplate } from '../../definitions/validate.js';
import type { interpreter } from '../../workflows/interpreter.js';
import type { Decision, InstanceState, Person } from '../../workflows/schemas.js';
import { bindings as defaultBindings, vera } from '../fixtures/people.js';
import type { TestStack } from './stack.js';

export type Instance = WorkflowHandle<typeof interpreter>;

/** Returns the template after checking it with the real validator, so tests never run a template ops could not publish. */
export function checked(template: unknown): Template {
  const result = validateTemplate(template);
  if (!result.ok) throw new Error(`test template is not valid:\n${result.errors.map((error) => `${error.path}: ${error.message}`).join('\n')}`);
  return result.template;
}

/** Starts an instance with a fresh business key. */
export async function start(
  stack: TestStack,
  template: Template,
  options: { input?: Record<string, unknown>; bindings?: unknown; initiator?: Person; businessKey?: string; historyLimit?: number } = {},
): Promise<Instance> {
  const started = await new InstanceClient(stack.client).start({
    template,
    businessKey: options.businessKey ?? randomUUID(),
    bindings: options.bindings ?? defaultBindings,
    input: options.input ?? {},
    initiator: options.initiator ?? vera,
    taskQueue: stack.taskQueue,
    ...(options.historyLimit === undefined ? {} : { historyLimit: options.historyLimit }),
  });
  return started.handle;
}

/** Sends a decision and returns the state after the instance moved on. */
export function decide(handle: Instance, taskId: string, actor: Person, outcome: string, extra: Partial<Decision> = {}): Promise<InstanceState> {
  return new InstanceClient(handle.client).decide(handle.workflowId, { taskId, actor: actor.email, outcome, ...extra });
}

/** The ids of the open tasks, sorted. */
export async function openTasks(handle: Instance): Promise<string[]> {
  const state = await new InstanceClient(handle.client).state(handle.workflowId);
  return state.tasks.filter((task) => task.status === 'open').map((task) => task.id).sort();
}

/** Runs `send` and returns the failure type of the rejected update. */
export async function refusal(send: () => Promise<unknown>): Promise<{ type: string | undefined; message: string }> {
  try {
    await send();
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
      return { type: error.cause.type ?? undefined, message: error.cause.message };
    }
    throw error;
  }
  throw new Error('expected the update to be refused');
}

/**
 * With RECORD_HISTORIES=1, saves the finished instance's history for the replay test,
 * which replays every saved history against the current workflow code.
 */
export async function recordHistory(handle: Instance, name: string): Promise<void> {
  if (process.env['RECORD_HISTORIES'] !== '1') return;
  const history = await handle.fetchHistory();
  const dir = path.join(import.meta.dirname, '..', 'histories');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.json`), historyToJSON(history));
}
