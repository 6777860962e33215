/**
 * Tasks: a company's or a person's inbox (open, due soon, overdue), one task, and deciding
 * it. A task of another company is a 404 here, whatever its id.
 */
import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import { loadTemplate } from '../../activities/mail/index.js';
import { shownFacts } from '../../presentation/index.js';
import { InstanceClient } from '../instance-client.js';
import { actingFor } from '../auth/acting.js';
import { callerOf, requireScopeByMethod } from '../auth/middleware.js';
import type { ChangeFeed } from '../changes.js';
import { readWhenChanged } from '../conditional.js';
import { checkFormCurrencies } from '../currencies.js';
import { deliveryProblems } from '../delivery-problems.js';
import { ApiError, notFound, toApiError } from '../errors.js';
import { idempotent, retryIdentity } from '../idempotency.js';
import { documentRoute } from '../openapi.js';
import { listTasks, readInstance } from '../projection.js';
import { DecisionBody, decodeCursor, encodeCursor, InboxQuery, TaskParams } from '../schemas.js';
import { body, params, query } from '../validation.js';
import { instanceView, taskView } from '../visibility.js';
import type { Task } from '../../workflows/schemas.js';

/** What the task routes need. */
export interface TaskRouteDependencies {
  pool: pg.Pool;
  client: Client;
  changes: ChangeFeed;
}

/** How long a refusal waits for the workflow's own state when the projection trails it. */
const STATE_READ_DEADLINE_MS = 3_000;

const json = { 'application/json': { schema: z.object({}).passthrough() } };

documentRoute({ method: 'get', path: '/tasks', summary: 'Inbox of your company, or of one person', request: { query: InboxQuery }, responses: { 200: { description: 'Tasks with their instance, oldest first', content: json } } });
documentRoute({ method: 'get', path: '/instances/{id}/tasks/{taskId}', summary: 'One task, with what its holder is shown (facts) and mail to its holders that could not be delivered (deliveryProblems)', request: { params: TaskParams }, responses: { 200: { description: 'The task', content: json } } });
documentRoute({
  method: 'post',
  path: '/instances/{id}/tasks/{taskId}/decision',
  summary: 'Decide a task (use Idempotency-Key for retries)',
  request: { params: TaskParams, body: { content: { 'application/json': { schema: DecisionBody } } } },
  responses: { 200: { description: 'The instance after it moved on', content: json }, 409: { description: 'Already decided: says by whom' }, 422: { description: 'Outcome not offered, or the form does not fit' } },
});

/** The task routes. */
export function taskRoutes({ pool, client, changes }: TaskRouteDependencies): Router {
  const instances = new InstanceClient(client);
  const router = Router();
  router.use('/tasks', requireScopeByMethod());

  router.get('/tasks', async (request, response) => {
    const caller = callerOf(response);
    const inbox = query(request, InboxQuery);
    const after = inbox.cursor ? decodeCursor(inbox.cursor, ['openedAt', 'key'] as const) : undefined;
    if (inbox.cursor && !after) throw new ApiError(400, 'invalid_cursor', 'The cursor is not one this API returned.');
    const read = async () => {
      const rows = await listTasks(pool, { companyId: caller.companyId, assignee: inbox.assignee, filter: inbox.filter, dueWithinMs: inbox.dueWithinHours * 3_600_000, limit: inbox.limit, after });
      const now = Date.now();
      const last = rows[rows.length - 1];
      return {
        tasks: rows.map((row) => ({
          ...taskView({ instanceId: row.instanceId }, row.task),
          instance: { id: row.instanceId, title: row.instanceTitle, status: row.instanceStatus },
          overdue: row.task.status === 'open' && row.task.dueAt !== undefined && row.task.dueAt < now,
        })),
        nextCursor: rows.length === inbox.limit && last ? encodeCursor({ openedAt: new Date(last.task.openedAt).toISOString(), key: `${last.instanceId} ${last.task.id}` }) : null,
      };
    };
    // An inbox spans many instances: any change may concern it; the re-read decides.
    response.json(await readWhenChanged(request, response, { changes, topics: [{ anyInstance: true }], waitMs: inbox.waitForChange, read }));
  });

  router.get('/instances/:id/tasks/:taskId', async (request, response) => {
    const caller = callerOf(response);
    const { id, taskId } = params(request, TaskParams);
    const found = await readInstance(pool, id, caller.companyId);
    const task = found?.state.tasks.find((candidate) => candidate.id === taskId && candidate.companyId === caller.companyId);
    if (!found || !task) throw notFound('task');
    // A holder whose mail server refused the task mail for good will never see it; say so here.
    const template = await loadTemplate(pool, found.state.templateId, found.state.templateVersion);
    response.json({
      ...taskView(found.state, task),
      deliveryProblems: await deliveryProblems(pool, caller.companyId, id, task),
      // The same list the task mail and the emailed task page show.
      facts: shownFacts(template, found.state, task.stepId, caller.companyId),
    });
  });

  /**
   * The task as decided, to say by whom. The projection trails the instance while an activity
   * is retried after a crash, so a task it still shows open is read from the workflow itself.
   */
  const decidedTask = async (id: string, taskId: string, companyId: string): Promise<Task | undefined> => {
    const projected = (await readInstance(pool, id, companyId))?.state.tasks.find((candidate) => candidate.id === taskId);
    if (projected && projected.status !== 'open') return projected;
    try {
      const state = await client.connection.withDeadline(Date.now() + STATE_READ_DEADLINE_MS, () => instances.state(id));
      return state.tasks.find((candidate) => candidate.id === taskId) ?? projected;
    } catch {
      return projected;
    }
  };

  router.post('/instances/:id/tasks/:taskId/decision', async (request, response) => {
    const caller = callerOf(response);
    const { id, taskId } = params(request, TaskParams);
    const decision = body(request, DecisionBody);
    const found = await readInstance(pool, id, caller.companyId);
    const task = found?.state.tasks.find((candidate) => candidate.id === taskId && candidate.companyId === caller.companyId);
    if (!found || !task) throw notFound('task');
    const acting = await actingFor(pool, caller, decision.actor);
    await checkFormCurrencies(pool, found.state, task, decision.form);
    const retry = retryIdentity(caller, request);
    const reply = await idempotent(pool, caller, request, async () => {
      try {
        const state = await instances.decide(id, { taskId, ...decision, ...acting }, retry === undefined ? undefined : `${id}/${taskId}/${retry}`);
        return { status: 200, body: instanceView(state, caller.companyId) };
      } catch (error) {
        const mapped = toApiError(error);
        if (mapped?.code !== 'task_not_open') throw error;
        const decided = await decidedTask(id, taskId, caller.companyId);
        throw new ApiError(409, 'task_not_open', mapped.message, { status: decided?.status, decidedBy: decided?.decidedBy ?? null, decidedAt: decided?.decidedAt ? new Date(decided.decidedAt).toISOString() : null });
      }
    });
    response.status(reply.status).json(reply.body);
  });

  return router;
}
