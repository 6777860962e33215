/**
 * A company connects its OIDC identity provider, so its people sign in there: issuer URL,
 * client id and secret (the secret is never shown again). The redirect URI to register at
 * the provider is `<PUBLIC_BASE_URL>/sign-in/oidc/callback`.
 */
import { Router } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import { callerOf, requireScope } from '../auth/middleware.js';
import { notFound } from '../errors.js';
import { documentRoute } from '../openapi.js';
import { deleteConnection, readConnection, saveConnection, type OidcOptions } from '../session/oidc.js';
import { body } from '../validation.js';

export const IdentityProviderBody = z
  .strictObject({
    issuer: z.url({ protocol: /^https?$/ }).max(2000).openapi({ description: 'The issuer URL; its /.well-known/openid-configuration must answer.' }),
    clientId: z.string().min(1).max(500),
    clientSecret: z.string().min(1).max(2000),
  })
  .openapi('IdentityProvider');

/** What PUT and GET /identity-provider answer: the connection without its secret. */
export type IdentityProviderAnswer = NonNullable<Awaited<ReturnType<typeof readConnection>>> & { redirectUri: string; signInUrl: string };
/** What DELETE /identity-provider answers. */
export interface DisconnectedAnswer {
  deleted: true;
}

const json = { 'application/json': { schema: z.object({}).passthrough() } };
documentRoute({ method: 'put', path: '/identity-provider', summary: 'Connect (or replace) your company’s OIDC identity provider', request: { body: { content: { 'application/json': { schema: IdentityProviderBody } } } }, responses: { 200: { description: 'Connected (without the secret), with the redirect URI to register', content: json } } });
documentRoute({ method: 'get', path: '/identity-provider', summary: 'Your company’s identity provider, without its secret', responses: { 200: { description: 'The connection', content: json } } });
documentRoute({ method: 'delete', path: '/identity-provider', summary: 'Disconnect your identity provider; sign-in links by mail keep working', responses: { 200: { description: 'Disconnected', content: json } } });

/** The identity-provider routes for company keys. */
export function identityProviderRoutes(pool: pg.Pool, oidc: OidcOptions): Router {
  const router = Router();
  router.use('/identity-provider', requireScope('admin'));

  router.put('/identity-provider', async (request, response) => {
    const { companyId } = callerOf(response);
    const input = body(request, IdentityProviderBody);
    await saveConnection(pool, { companyId, ...input }, oidc);
    const saved = await readConnection(pool, companyId);
    if (!saved) throw notFound('identity provider');
    response.json({ ...saved, redirectUri: oidc.redirectUri(), signInUrl: new URL(`/sign-in/oidc/${companyId}`, oidc.redirectUri()).href } satisfies IdentityProviderAnswer);
  });

  router.get('/identity-provider', async (_request, response) => {
    const { companyId } = callerOf(response);
    const found = await readConnection(pool, companyId);
    if (!found) throw notFound('identity provider');
    response.json({ ...found, redirectUri: oidc.redirectUri(), signInUrl: new URL(`/sign-in/oidc/${companyId}`, oidc.redirectUri()).href } satisfies IdentityProviderAnswer);
  });

  router.delete('/identity-provider', async (_request, response) => {
    const { companyId } = callerOf(response);
    if (!(await deleteConnection(pool, companyId))) throw notFound('identity provider');
    response.json({ deleted: true } satisfies DisconnectedAnswer);
  });

  return router;
}
