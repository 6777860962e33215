/**
 * Webhooks: a company registers a URL for event types of the instances it takes part in,
 * reads what was delivered (every attempt), and replays a delivery. Deliveries are signed;
 * see activities/webhooks/signature.ts and the README. Another company's subscription is a 404.
 */
import { Router } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import { checkDestination, type DestinationPolicy, insideNetworks } from '../../activities/webhooks/index.js';
import { callerOf, requireScope } from '../auth/middleware.js';
import { ApiError, notFound } from '../errors.js';
import { documentRoute } from '../openapi.js';
import { decodeCursor, encodeCursor } from '../schemas.js';
import { body, params, query } from '../validation.js';
import { CreateWebhookBody, DeliveriesQuery, DeliveryParams, ReplayBody, RotateSecretBody, WebhookParams } from '../webhooks/schemas.js';
import { createSubscription, deleteSubscription, listDeliveries, listSubscriptions, MAX_SUBSCRIPTIONS_PER_COMPANY, readSubscription, requestReplay, rotateSecret } from '../webhooks/subscriptions.js';

/** What the webhook routes need. */
export interface WebhookRouteDependencies {
  pool: pg.Pool;
  /** Whether plain http to localhost is accepted (development and tests). */
  allowLocalHttp: boolean;
  /** Where webhook URLs may point. */
  destination: DestinationPolicy;
}

const json = { 'application/json': { schema: z.object({}).passthrough() } };
documentRoute({ method: 'post', path: '/webhooks', summary: 'Subscribe a URL to event types; the signing secret is in this answer only', request: { body: { content: { 'application/json': { schema: CreateWebhookBody } } } }, responses: { 201: { description: 'Created, with its secret', content: json }, 409: { description: 'Your company has as many subscriptions as it may' } } });
documentRoute({ method: 'get', path: '/webhooks', summary: 'List your company’s webhook subscriptions', responses: { 200: { description: 'Subscriptions without secrets', content: json } } });
documentRoute({ method: 'get', path: '/webhooks/{id}', summary: 'One webhook subscription', request: { params: WebhookParams }, responses: { 200: { description: 'The subscription without its secret', content: json } } });
documentRoute({ method: 'delete', path: '/webhooks/{id}', summary: 'Delete a subscription and its delivery records; nothing more is sent', request: { params: WebhookParams }, responses: { 200: { description: 'Deleted', content: json } } });
documentRoute({ method: 'get', path: '/webhooks/{id}/deliveries', summary: 'Deliveries, newest first, with every attempt (status code, error, duration, next retry)', request: { params: WebhookParams, query: DeliveriesQuery }, responses: { 200: { description: 'A page of deliveries and the cursor of the next', content: json } } });
documentRoute({ method: 'post', path: '/webhooks/{id}/secret', summary: 'Rotate the signing secret: the new one is in this answer only; the previous one keeps signing for the grace period', request: { params: WebhookParams, body: { content: { 'application/json': { schema: RotateSecretBody } } } }, responses: { 200: { description: 'The subscription with its new secret and until when the previous one signs', content: json } } });
documentRoute({ method: 'post', path: '/webhooks/{id}/deliveries/{deliveryId}/replay', summary: 'Send a delivery again (same body and event id, new signature and attempt number)', request: { params: DeliveryParams }, responses: { 202: { description: 'Queued; the attempt appears in the deliveries', content: json }, 409: { description: 'The delivery is already waiting for an attempt' } } });

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Checks a subscription URL: no credentials in it, every address its host resolves to
 * public (see destination.ts; a name that does not resolve yet is accepted, as every
 * delivery resolves and checks it again), and https, except plain http in local
 * development to localhost or to hosts inside the allowed networks.
 */
async function checkUrl(url: URL, allowLocalHttp: boolean, destination: DestinationPolicy): Promise<void> {
  if (url.username || url.password) throw new ApiError(400, 'invalid_url', 'Leave credentials out of the URL; check the Tandem-Signature header instead.');
  const check = await checkDestination(url, destination);
  if (!check.ok && check.problem === 'refused') {
    throw new ApiError(400, 'destination_not_allowed', `Webhooks go only to public addresses: ${check.message}. Use your receiver's public https URL.`);
  }
  if (url.protocol === 'https:') return;
  const local = LOCAL_HOSTS.has(url.hostname) || (check.ok && check.addresses.every((address) => insideNetworks(address, destination.allowed)));
  if (allowLocalHttp && local) return;
  throw new ApiError(400, 'insecure_url', `Use an https URL. Plain http is accepted only for local development${allowLocalHttp ? '' : ', and not on this server'}.`);
}

/** The webhook routes. */
export function webhookRoutes({ pool, allowLocalHttp, destination }: WebhookRouteDependencies): Router {
  const router = Router();
  router.use('/webhooks', requireScope('admin'));

  router.post('/webhooks', async (request, response) => {
    const caller = callerOf(response);
    const input = body(request, CreateWebhookBody);
    const url = new URL(input.url);
    await checkUrl(url, allowLocalHttp, destination);
    const created = await createSubscription(pool, caller.companyId, { ...input, url: url.toString() });
    if (!created) throw new ApiError(409, 'too_many_webhooks', `Your company has ${MAX_SUBSCRIPTIONS_PER_COMPANY} webhook subscriptions; delete one first.`);
    response.status(201).json(created);
  });

  router.get('/webhooks', async (_request, response) => {
    response.json({ webhooks: await listSubscriptions(pool, callerOf(response).companyId) });
  });

  router.get('/webhooks/:id', async (request, response) => {
    const { id } = params(request, WebhookParams);
    const found = await readSubscription(pool, callerOf(response).companyId, id);
    if (!found) throw notFound('webhook subscription');
    response.json(found);
  });

  router.delete('/webhooks/:id', async (request, response) => {
    const { id } = params(request, WebhookParams);
    if (!(await deleteSubscription(pool, callerOf(response).companyId, id))) throw notFound('webhook subscription');
    response.json({ id, deleted: true });
  });

  router.post('/webhooks/:id/secret', async (request, response) => {
    const { id } = params(request, WebhookParams);
    const { graceSeconds } = body(request, RotateSecretBody);
    const rotated = await rotateSecret(pool, callerOf(response).companyId, id, graceSeconds);
    if (!rotated) throw notFound('webhook subscription');
    response.json(rotated);
  });

  router.get('/webhooks/:id/deliveries', async (request, response) => {
    const { companyId } = callerOf(response);
    const { id } = params(request, WebhookParams);
    const filter = query(request, DeliveriesQuery);
    const after = filter.cursor ? decodeCursor(filter.cursor, ['seq'] as const) : undefined;
    if (filter.cursor && (!after || !/^\d{1,19}$/.test(after.seq))) throw new ApiError(400, 'invalid_cursor', 'The cursor is not one this API returned.');
    if (!(await readSubscription(pool, companyId, id))) throw notFound('webhook subscription');
    const rows = await listDeliveries(pool, companyId, id, { status: filter.status, limit: filter.limit, beforeSeq: after?.seq });
    const last = rows[rows.length - 1];
    response.json({
      deliveries: rows.map(({ seq: _seq, ...delivery }) => delivery),
      nextCursor: rows.length === filter.limit && last ? encodeCursor({ seq: last.seq }) : null,
    });
  });

  router.post('/webhooks/:id/deliveries/:deliveryId/replay', async (request, response) => {
    const { companyId } = callerOf(response);
    const { id, deliveryId } = params(request, DeliveryParams);
    body(request, ReplayBody);
    const outcome = await requestReplay(pool, companyId, id, deliveryId);
    if (outcome === 'not_found') throw notFound('delivery');
    if (outcome === 'already_pending') throw new ApiError(409, 'delivery_pending', 'This delivery is already waiting for an attempt; its deliveries entry says when.');
    const [delivery] = await listDeliveries(pool, companyId, id, { limit: 1, deliveryId });
    if (!delivery) throw notFound('delivery');
    const { seq: _seq, ...view } = delivery;
    response.status(202).json(view);
  });

  return router;
}
