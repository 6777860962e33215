/**
 * API keys: create (the token is shown once), list and revoke. A company's admin key manages
 * its own company's keys only (row-level security keeps the others out of sight); a platform
 * key manages every company's.
 */
import { Router } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import { COMPANY_SCOPES, createApiKey, listApiKeys, revokeApiKey } from '../auth/keys.js';
import { callerOf, requireScope, tenantOf } from '../auth/middleware.js';
import type { VerifiedKeys } from '../auth/verified-keys.js';
import { ApiError, notFound } from '../errors.js';
import { documentRoute } from '../openapi.js';
import { CreateKeyBody, KeyParams } from '../schemas.js';
import { asTenant } from '../tenant.js';
import { body, params } from '../validation.js';

const json = { 'application/json': { schema: z.object({}).passthrough() } };
documentRoute({ method: 'post', path: '/admin/keys', summary: 'Create an API key (admin: of your company; platform: of any); the token is in this answer only', request: { body: { content: { 'application/json': { schema: CreateKeyBody } } } }, responses: { 201: { description: 'Created', content: json } } });
documentRoute({ method: 'get', path: '/admin/keys', summary: 'List API keys (admin: your company’s; platform: all)', responses: { 200: { description: 'Keys without secrets', content: json } } });
documentRoute({ method: 'post', path: '/admin/keys/{keyId}/revoke', summary: 'Revoke an API key (admin: of your company; platform: any)', request: { params: KeyParams }, responses: { 200: { description: 'Revoked', content: json } } });

/** The key routes; they need the admin or the platform scope. A revoked key is dropped from `verified` at once. */
export function keyRoutes(pool: pg.Pool, verified: VerifiedKeys): Router {
  const router = Router();
  router.use('/admin/keys', requireScope('admin', 'platform'));
  router.post('/admin/keys', async (request, response) => {
    const caller = callerOf(response);
    const { companyId = caller.companyId, name, scopes } = body(request, CreateKeyBody);
    if (!caller.scopes.includes('platform')) {
      if (companyId !== caller.companyId) throw new ApiError(403, 'not_your_company', `An admin key makes keys of its own company (${caller.companyId}) only; leave out companyId.`);
      const refused = scopes.filter((scope) => !COMPANY_SCOPES.includes(scope));
      if (refused.length > 0) throw new ApiError(403, 'wrong_scope', `An admin key can give ${COMPANY_SCOPES.join(', ')}; only the platform operator gives ${refused.join(', ')}.`);
    }
    const created = await asTenant(pool, tenantOf(caller), (db) => createApiKey(db, companyId, name, scopes));
    response.status(201).json({ ...created, companyId, name, scopes });
  });
  router.get('/admin/keys', async (_request, response) => {
    const caller = callerOf(response);
    const keys = await asTenant(pool, tenantOf(caller), (db) => listApiKeys(db, caller.scopes.includes('platform') ? undefined : caller.companyId), { readOnly: true });
    response.json({ keys });
  });
  router.post('/admin/keys/:keyId/revoke', async (request, response) => {
    const caller = callerOf(response);
    const { keyId } = params(request, KeyParams);
    if (!(await asTenant(pool, tenantOf(caller), (db) => revokeApiKey(db, keyId)))) throw notFound('key');
    // Effective in this process before the answer, without waiting for the notification.
    verified.forget(keyId);
    response.json({ keyId, revoked: true });
  });
  return router;
}
