/**
 * Handing tasks over with a company key: a holder delegates to a colleague (the key names
 * the holder as `actor`), an admin of the company reassigns. The rules live in
 * api/hand-over.ts, shared with the signed-in person's routes.
 */
import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import { callerOf, requireScope } from '../auth/middleware.js';
import { handOver } from '../hand-over.js';
import { documentRoute } from '../openapi.js';
import { TaskParams } from '../schemas.js';
import { body, params } from '../validation.js';
import { instanceView } from '../visibility.js';

/** What the hand-over routes need. */
export interface HandOverRouteDependencies {
  pool: pg.Pool;
  client: Client;
}

export const HandOverBody = z
  .strictObject({
    actor: z.email().max(320).openapi({ description: 'The person of your company handing the task over: a holder (delegate) or an admin of your company (reassign).' }),
    to: z.email().max(320).openapi({ description: 'A colleague in your company’s directory.' }),
    comment: z.string().max(5000).optional(),
  })
  .openapi('HandOver');

const json = { 'application/json': { schema: z.object({}).passthrough() } };
documentRoute({ method: 'post', path: '/instances/{id}/tasks/{taskId}/delegate', summary: 'A holder hands the task to a colleague; old links stop working, the colleague is mailed', request: { params: TaskParams, body: { content: { 'application/json': { schema: HandOverBody } } } }, responses: { 200: { description: 'The instance', content: json } } });
documentRoute({ method: 'post', path: '/instances/{id}/tasks/{taskId}/reassign', summary: 'An admin of the task’s company gives it to a colleague; old links stop working, the colleague is mailed', request: { params: TaskParams, body: { content: { 'application/json': { schema: HandOverBody } } } }, responses: { 200: { description: 'The instance', content: json } } });

/** The hand-over routes for company keys. */
export function handOverRoutes({ pool, client }: HandOverRouteDependencies): Router {
  const router = Router();
  for (const kind of ['delegate', 'reassign'] as const) {
    router.post(`/instances/:id/tasks/:taskId/${kind}`, requireScope('act'), async (request, response) => {
      const caller = callerOf(response);
      const { id, taskId } = params(request, TaskParams);
      const input = body(request, HandOverBody);
      const state = await handOver(pool, client, { kind, companyId: caller.companyId, instanceId: id, taskId, actorEmail: input.actor, toEmail: input.to, comment: input.comment, via: { keyId: caller.keyId, keyName: caller.keyName } });
      response.json(instanceView(state, caller.companyId));
    });
  }
  return router;
}
