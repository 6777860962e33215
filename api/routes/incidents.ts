/**
 * Ops resolve an instance's incidents (workflows/core/incidents.ts): retry the stopped steps,
 * optionally setting the variables they read, or cancel the instance, which runs its onCancel
 * and onEnd actions as any cancel does (releasing ledger holds). An admin key of a company
 * that takes part in the instance may; the timeline names the key. Mounted ahead of the
 * instance routes, whose POSTs need the `act` scope instead.
 */
import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import { callerOf, requireScope } from '../auth/middleware.js';
import { notFound } from '../errors.js';
import { idempotent } from '../idempotency.js';
import { InstanceClient } from '../instance-client.js';
import { documentRoute } from '../openapi.js';
import { readInstance } from '../projection.js';
import { CancelIncidentBody, InstanceParams, RetryIncidentBody } from '../schemas.js';
import { body, params } from '../validation.js';
import { instanceView } from '../visibility.js';

/** What the incident routes need. */
export interface IncidentRouteDependencies {
  pool: pg.Pool;
  client: Client;
}

const json = { 'application/json': { schema: z.object({}).passthrough() } };
documentRoute({ method: 'post', path: '/instances/{id}/incident/retry', summary: 'Retry the steps an incident stopped, after setting the variables given (admin)', request: { params: InstanceParams, body: { content: { 'application/json': { schema: RetryIncidentBody } } } }, responses: { 200: { description: 'The instance once it moved on (or stopped again)', content: json } } });
documentRoute({ method: 'post', path: '/instances/{id}/incident/cancel', summary: 'Cancel an instance stopped in an incident, releasing what it holds (admin)', request: { params: InstanceParams, body: { content: { 'application/json': { schema: CancelIncidentBody } } } }, responses: { 200: { description: 'Cancelled', content: json } } });

/** The incident routes. */
export function incidentRoutes({ pool, client }: IncidentRouteDependencies): Router {
  const instances = new InstanceClient(client);
  const router = Router();
  for (const action of ['retry', 'cancel'] as const) {
    router.post(`/instances/:id/incident/${action}`, requireScope('admin'), async (request, response) => {
      const caller = callerOf(response);
      const { id } = params(request, InstanceParams);
      const resolution = action === 'retry' ? body(request, RetryIncidentBody) : body(request, CancelIncidentBody);
      const found = await readInstance(pool, id, caller.companyId);
      if (!found) throw notFound('instance');
      const reply = await idempotent(pool, caller, request, async () => {
        const state = await instances.resolveIncident(id, { action, ...resolution, via: { keyId: caller.keyId, keyName: caller.keyName } });
        return { status: 200, body: instanceView(state, caller.companyId) };
      });
      response.status(reply.status).json(reply.body);
    });
  }
  return router;
}
