/**
 * Instances: start (idempotent), list, timeline, cancel and withdraw; the status read has a
 * lean route of its own (instance-status.ts). Every read is scoped to the caller's company: an
 * instance it does not take part in is a 404.
 */
import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import { InstanceClient } from '../instance-client.js';
import { actingFor } from '../auth/acting.js';
import { callerOf, requireScopeByMethod, tenantOf } from '../auth/middleware.js';
import { startFromDirectory } from '../bound-start.js';
import { ApiError, notFound } from '../errors.js';
import { idempotent } from '../idempotency.js';
import { documentRoute } from '../openapi.js';
import { listInstances, readInstance, type InstanceFilter } from '../projection.js';
import { CancelBody, decodeCursor, encodeCursor, InstanceParams, ListInstancesQuery, StartInstanceBody, WithdrawBody } from '../schemas.js';
import { findTemplate } from '../template-catalog.js';
import { body, params, query } from '../validation.js';
import { instanceView, isPersonOf, timelineView, type InstanceView } from '../visibility.js';

/** What the instance routes need. */
export interface InstanceRouteDependencies {
  pool: pg.Pool;
  client: Client;
  taskQueue: string;
}

const json = { 'application/json': { schema: z.object({}).passthrough() } };

documentRoute({ method: 'post', path: '/instances', summary: 'Start an instance of a template', request: { body: { content: { 'application/json': { schema: StartInstanceBody } } } }, responses: { 201: { description: 'Started', content: json }, 200: { description: 'Already running: the existing instance', content: json }, 409: { description: 'Idempotency-Key reused with another body' }, 422: { description: 'Bindings or inputs do not fit the template' } } });
documentRoute({ method: 'get', path: '/instances', summary: 'List your company’s instances', request: { query: ListInstancesQuery }, responses: { 200: { description: 'A page of instances and the cursor of the next', content: json } } });
documentRoute({ method: 'get', path: '/instances/{id}/timeline', summary: 'Every decision and action your company may see', request: { params: InstanceParams }, responses: { 200: { description: 'Events in order', content: json } } });
documentRoute({ method: 'post', path: '/instances/{id}/cancel', summary: 'Cancel an instance (initiator or admin)', request: { params: InstanceParams, body: { content: { 'application/json': { schema: CancelBody } } } }, responses: { 200: { description: 'Cancelled', content: json }, 409: { description: 'The instance has already ended' } } });
documentRoute({ method: 'post', path: '/instances/{id}/withdraw', summary: 'Withdraw your company from its party; the others go on', request: { params: InstanceParams, body: { content: { 'application/json': { schema: WithdrawBody } } } }, responses: { 200: { description: 'Withdrawn', content: json }, 403: { description: 'Not your party, or already withdrawn' }, 409: { description: 'The instance has already ended' } } });

/** What GET /instances answers (and GET /me/instances, with counts). */
export interface InstancePageAnswer {
  instances: InstanceView[];
  nextCursor: string | null;
}

/** The filter of a list query as the projection reads it, scoped to `companyId`. */
export function instanceFilter(companyId: string, filter: z.infer<typeof ListInstancesQuery>): Omit<InstanceFilter, 'after' | 'limit'> {
  return {
    companyId,
    templateId: filter.template,
    status: filter.status,
    updatedSince: filter.updatedSince ? new Date(filter.updatedSince) : undefined,
    otherCompanyId: filter.company,
    party: filter.party,
    waitingOnCompany: filter.waitingOnMyCompany,
  };
}

/** A cursor's change time: what listInstances puts there (UTC, to the microsecond). */
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/**
 * One page of the instances `companyId` takes part in, as that company sees them, newest
 * change first. The cursor names the last row shown (its change time and id), so the next page
 * starts right after it: no row is repeated or skipped while the rows do not change; one that
 * changes meanwhile moves to the front, where a read from the first page finds it.
 * `nextCursor` is null exactly when no row follows.
 */
export async function instancePage(pool: pg.Pool, companyId: string, filter: z.infer<typeof ListInstancesQuery>): Promise<InstancePageAnswer> {
  const after = filter.cursor ? decodeCursor(filter.cursor, ['updatedAt', 'id'] as const) : undefined;
  if (filter.cursor && !(after && CURSOR_TIME.test(after.updatedAt))) throw new ApiError(400, 'invalid_cursor', 'The cursor is not one this API returned.');
  // One row more than asked tells whether another page follows.
  const rows = await listInstances(pool, { ...instanceFilter(companyId, filter), after, limit: filter.limit + 1 });
  const page = rows.slice(0, filter.limit);
  const last = page[page.length - 1];
  return {
    instances: page.map((row) => instanceView(row.state, companyId)),
    nextCursor: rows.length > filter.limit && last ? encodeCursor({ updatedAt: last.updatedAt, id: last.state.instanceId }) : null,
  };
}

/** The instance routes. */
export function instanceRoutes({ pool, client, taskQueue }: InstanceRouteDependencies): Router {
  const instances = new InstanceClient(client);
  const router = Router();
  router.use('/instances', requireScopeByMethod());

  router.post('/instances', async (request, response) => {
    const caller = callerOf(response);
    const tenant = tenantOf(caller);
    const start = body(request, StartInstanceBody);
    const reply = await idempotent(pool, caller, request, async () => {
      const published = await findTemplate(pool, start.templateId, start.version);
      if (!published) throw notFound(`template ${start.templateId}${start.version ? ` version ${start.version}` : ''}`);
      if (published.deprecated) throw new ApiError(409, 'template_deprecated', `${start.templateId} version ${published.template.version} is deprecated; start the newest version instead.`);
      // Every person comes from the directory: the starter's own picks, everyone else's groups.
      const started = await startFromDirectory(pool, client, tenant, {
        template: published.template,
        businessKey: start.businessKey,
        companies: start.bindings.companies,
        picks: start.bindings.participants,
        input: start.input,
        initiator: start.initiator,
        taskQueue,
      });
      return { status: started.existing ? 200 : 201, body: { id: started.id, existing: started.existing, templateVersion: published.template.version } };
    });
    response.status(reply.status).json(reply.body);
  });

  router.get('/instances', async (request, response) => {
    const caller = callerOf(response);
    response.json(await instancePage(pool, caller.companyId, query(request, ListInstancesQuery)));
  });

  router.get('/instances/:id/timeline', async (request, response) => {
    const caller = callerOf(response);
    const { id } = params(request, InstanceParams);
    const found = await readInstance(pool, id, caller.companyId);
    if (!found) throw notFound('instance');
    response.json({ events: timelineView(found.state, caller.companyId) });
  });

  router.post('/instances/:id/cancel', async (request, response) => {
    const caller = callerOf(response);
    const { id } = params(request, InstanceParams);
    const cancel = body(request, CancelBody);
    const found = await readInstance(pool, id, caller.companyId);
    if (!found) throw notFound('instance');
    if (!isPersonOf(found.state, cancel.actor, caller.companyId)) throw new ApiError(403, 'not_your_person', `${cancel.actor} is not a person of your company in this instance.`);
    const acting = await actingFor(pool, caller, cancel.actor);
    const reply = await idempotent(pool, caller, request, async () => {
      const state = await instances.cancel(id, { reason: cancel.reason, ...acting });
      return { status: 200, body: instanceView(state, caller.companyId) };
    });
    response.status(reply.status).json(reply.body);
  });

  router.post('/instances/:id/withdraw', async (request, response) => {
    const caller = callerOf(response);
    const { id } = params(request, InstanceParams);
    const withdrawal = body(request, WithdrawBody);
    const found = await readInstance(pool, id, caller.companyId);
    if (!found) throw notFound('instance');
    if (found.state.bindings.companies[withdrawal.party] !== caller.companyId) {
      throw new ApiError(403, 'not_your_party', `Party "${withdrawal.party}" is not played by your company (${caller.companyId}) in this instance.`);
    }
    if (!isPersonOf(found.state, withdrawal.actor, caller.companyId)) throw new ApiError(403, 'not_your_person', `${withdrawal.actor} is not a person of your company in this instance.`);
    const acting = await actingFor(pool, caller, withdrawal.actor);
    const reply = await idempotent(pool, caller, request, async () => {
      const state = await instances.withdraw(id, { ...withdrawal, ...acting });
      return { status: 200, body: instanceView(state, caller.companyId) };
    });
    response.status(reply.status).json(reply.body);
  });

  return router;
}
