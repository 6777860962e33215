/** API keys, for ops: create (the token is shown once), list and revoke. */
import { Router } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import { createApiKey, listApiKeys, revokeApiKey } from '../auth/keys.js';
import { requireScope } from '../auth/middleware.js';
import type { VerifiedKeys } from '../auth/verified-keys.js';
import { notFound } from '../errors.js';
import { documentRoute } from '../openapi.js';
import { CreateKeyBody, KeyParams } from '../schemas.js';
import { body, params } from '../validation.js';

const json = { 'application/json': { schema: z.object({}).passthrough() } };
documentRoute({ method: 'post', path: '/admin/keys', summary: 'Create an API key (ops); the token is in this answer only', request: { body: { content: { 'application/json': { schema: CreateKeyBody } } } }, responses: { 201: { description: 'Created', content: json } } });
documentRoute({ method: 'get', path: '/admin/keys', summary: 'List API keys (ops)', responses: { 200: { description: 'Keys without secrets', content: json } } });
documentRoute({ method: 'post', path: '/admin/keys/{keyId}/revoke', summary: 'Revoke an API key (ops)', request: { params: KeyParams }, responses: { 200: { description: 'Revoked', content: json } } });

/** The key routes; all need the ops scope. A revoked key is dropped from `verified` at once. */
export function keyRoutes(pool: pg.Pool, verified: VerifiedKeys): Router {
  const router = Router();
  router.use('/admin', requireScope('ops'));
  router.post('/admin/keys', async (request, response) => {
    const { companyId, name, scopes } = body(request, CreateKeyBody);
    const created = await createApiKey(pool, companyId, name, scopes);
    response.status(201).json({ ...created, companyId, name, scopes });
  });
  router.get('/admin/keys', async (_request, response) => {
    response.json({ keys: await listApiKeys(pool) });
  });
  router.post('/admin/keys/:keyId/revoke', async (request, response) => {
    const { keyId } = params(request, KeyParams);
    if (!(await revokeApiKey(pool, keyId))) throw notFound('key');
    // Effective in this process before the answer, without waiting for the notification.
    verified.forget(keyId);
    response.json({ keyId, revoked: true });
  });
  return router;
}
