/**
 * Signing in without a password: by a link mailed to a directory address, or at the
 * company's OIDC identity provider. Both end with a session cookie and a redirect to `/me`.
 *
 * As with emailed task links, GET never acts: the link's page shows a button, and only the
 * POST of that page's form (with the confirmation field only the page carries) uses the
 * link. Asking for a link answers the same whether the address is known or not.
 */
import express, { Router, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type pg from 'pg';
import { z } from 'zod';
import { html } from '../../presentation/index.js';
import { ApiError } from '../errors.js';
import { strictJson } from '../text-edge.js';
import { documentRoute } from '../openapi.js';
import { page, sendPage } from '../pages/layout.js';
import { noticePage } from '../pages/notice-page.js';
import { setSessionCookies } from '../session/middleware.js';
import { finishLogin, startLogin, type OidcOptions } from '../session/oidc.js';
import { consumeSignInLink, linkPersonActive, linkState, mailSignInLinks, type LinkProblem, type SignInMail } from '../session/sign-in-links.js';
import { createSession, type SessionLifetimes } from '../session/sessions.js';
import { body, params } from '../validation.js';

/** What the sign-in routes need. */
export interface SignInRouteDependencies {
  pool: pg.Pool;
  mail: SignInMail;
  lifetimes: SessionLifetimes;
  oidc: OidcOptions;
  /** Whether cookies are Secure (everywhere but a localhost http server). */
  secureCookies: () => boolean;
  /** Requests per client address per minute. */
  perMinute?: number;
}

export const SignInBody = z.strictObject({ email: z.email().max(320).openapi({ description: 'Your address in your company’s directory.' }) }).openapi('SignIn');
const LinkForm = z.object({ token: z.string().min(1).max(1024), confirm: z.string().max(200).optional() });
const CompanyParams = z.strictObject({ companyId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'a company id is lower-case letters, digits and dashes') });

const json = { 'application/json': { schema: z.object({}).passthrough() } };
documentRoute({ method: 'post', path: '/sign-in', summary: 'Mail a sign-in link to a directory address (the same answer whether or not the address is known)', request: { body: { content: { 'application/json': { schema: SignInBody } } } }, responses: { 202: { description: 'If the address is known, a link is on its way', content: json } } });
documentRoute({ method: 'get', path: '/sign-in/oidc/{companyId}', summary: 'Sign in at your company’s identity provider (redirects there)', request: { params: CompanyParams }, responses: { 302: { description: 'To the identity provider' } } });

/** What POST /sign-in answers. */
export interface SignInAnswer {
  message: string;
}
const SENT: SignInAnswer = { message: 'If this address belongs to an active person in a company directory, a sign-in link is on its way. It works once, within minutes.' };

const REFUSALS: Record<LinkProblem, [number, string, string, string]> = {
  invalid: [400, 'invalid_sign_in_link', 'This sign-in link is not valid', 'Copy the whole link from the mail, or ask for a new one.'],
  used: [410, 'sign_in_link_used', 'This sign-in link was already used', 'Each link signs in once. Ask for a new link to sign in again.'],
  expired: [410, 'sign_in_link_expired', 'This sign-in link has expired', 'Links work for a few minutes only. Ask for a new link to sign in.'],
};

function refuse(response: Response, problem: LinkProblem): void {
  const [status, code, title, message] = REFUSALS[problem];
  sendPage(response, status, noticePage(title, message, code));
}

/** The routes under /sign-in. Mount them outside the API-key router. */
export function signInRoutes({ pool, mail, lifetimes, oidc, secureCookies, perMinute = 30 }: SignInRouteDependencies): Router {
  const router = Router();
  router.use(
    '/sign-in',
    rateLimit({
      windowMs: 60_000,
      limit: perMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_request, _response, next) => next(new ApiError(429, 'rate_limited', 'Too many sign-in requests from this address; wait a minute and try again.')),
    }),
  );
  router.use('/sign-in', ...strictJson('8kb'), express.urlencoded({ extended: false, limit: '8kb', parameterLimit: 10 }));

  router.post('/sign-in', (request, response) => {
    const { email } = body(request, SignInBody);
    // In the background: how long mailing takes must not tell whether the address is known.
    mailSignInLinks(mail, email).catch((error: unknown) => {
      console.error(JSON.stringify({ level: 'error', msg: 'sign-in mail failed', error: error instanceof Error ? error.message : String(error) }));
    });
    response.status(202).json(SENT);
  });

  router.get('/sign-in/link', async (request, response) => {
    const token = typeof request.query['token'] === 'string' ? request.query['token'] : '';
    const claims = mail.signer.verify(token);
    if (!claims) return refuse(response, 'invalid');
    const state = await linkState(pool, claims, claims.id);
    if (!state.ok) return refuse(response, state.problem);
    const form = html`<section class="card"><h1>Sign in to Tandem</h1><p>as <strong>${state.personName}</strong> for ${state.companyName}.</p>
<form method="post" action="/sign-in/link"><input type="hidden" name="token" value="${token}"><input type="hidden" name="confirm" value="${mail.signer.confirmation(claims.id)}">
<p class="next"><button class="button" type="submit">Sign in</button></p></form></section>`;
    sendPage(response, 200, page('Sign in', form));
  });

  router.post('/sign-in/link', async (request, response) => {
    const parsed = LinkForm.safeParse(request.body);
    const claims = parsed.success ? mail.signer.verify(parsed.data.token) : undefined;
    if (!parsed.success || !claims) return refuse(response, 'invalid');
    if (!parsed.data.confirm || !mail.signer.confirms(claims.id, parsed.data.confirm)) {
      return sendPage(response, 400, noticePage('Open the link from your mail', 'Sign in with the button on the page the link opens.', 'confirmation_missing'));
    }
    if (!(await consumeSignInLink(pool, claims, claims.id))) {
      const state = await linkState(pool, claims, claims.id);
      return refuse(response, state.ok ? 'used' : state.problem);
    }
    if (!(await linkPersonActive(pool, claims))) {
      return sendPage(response, 403, noticePage('You cannot sign in', 'You are no longer an active person of your company’s directory. Ask your company’s Tandem admins.', 'inactive_person'));
    }
    const session = await createSession(pool, { companyId: claims.companyId, personId: claims.personId }, 'link', lifetimes);
    setSessionCookies(response, session, secureCookies());
    response.redirect(303, '/me');
  });

  router.get('/sign-in/oidc/callback', async (request, response) => {
    const callback = new URL(request.originalUrl, oidc.redirectUri());
    const person = await finishLogin(pool, callback, oidc);
    const session = await createSession(pool, person, 'oidc', lifetimes);
    setSessionCookies(response, session, secureCookies());
    response.redirect(303, '/me');
  });

  router.get('/sign-in/oidc/:companyId', async (request, response) => {
    const { companyId } = params(request, CompanyParams);
    response.redirect(302, await startLogin(pool, companyId, oidc));
  });

  return router;
}
