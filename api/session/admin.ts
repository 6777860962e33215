/**
 * A company admin's session as a credential for the company's settings routes: its people and
 * groups (/directory), API keys (/admin/keys), webhooks (/webhooks) and identity provider
 * (/identity-provider). A request with an `Authorization` header is a key's and goes on to the
 * key check; one with only the session cookie must carry a valid session (and, on POST, PUT,
 * PATCH and DELETE, its CSRF token) of a person in their company's `admins` group, and then
 * runs through the same handlers as an admin key of that company, so the rules and the
 * company scoping are the same whichever credential is used. Anyone else signed in is refused
 * with 403 `not_company_admin`.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type pg from 'pg';
import { isCompanyAdmin } from '../../activities/directory/index.js';
import type { Caller } from '../auth/keys.js';
import { ApiError } from '../errors.js';
import { asTenant } from '../tenant.js';
import { cookiesOf, personOf, requirePerson } from './middleware.js';
import { SESSION_COOKIE, type SessionLifetimes, type SessionPerson } from './sessions.js';

/** The routes an admin's session may use, as mounted prefixes. */
export const ADMIN_SESSION_PATHS = ['/directory', '/admin/keys', '/webhooks', '/identity-provider'];

/** Whether the signed-in person is an admin of their company (the rule lives in the directory). */
export function isAdminSession(pool: pg.Pool, person: Pick<SessionPerson, 'companyId' | 'personId'>): Promise<boolean> {
  return asTenant(pool, { companyId: person.companyId, personId: person.personId }, (db) => isCompanyAdmin(db, person.companyId, person.personId), { readOnly: true });
}

/**
 * The caller an admin's session stands for: an admin of its company with what an admin key may
 * do there (`read` and `admin`), never the platform. Its rate-limit budget is the session's own.
 */
function sessionCaller(person: SessionPerson): Caller {
  return { keyId: `session:${person.sessionId.slice(0, 16)}`, keyName: `${person.email} (signed in)`, companyId: person.companyId, scopes: ['read', 'admin'] };
}

/** Lets a company admin's session through to the routes under {@link ADMIN_SESSION_PATHS}; mount it before the key check. */
export function adminSessions(pool: pg.Pool, lifetimes: SessionLifetimes): RequestHandler {
  const signedIn = requirePerson(pool, lifetimes);
  return (request: Request, response: Response, next: NextFunction) => {
    // A key decides for itself; without cookie or key the key check answers 401.
    if (request.headers.authorization !== undefined || !cookiesOf(request).has(SESSION_COOKIE)) return next();
    signedIn(request, response, (error?: unknown) => {
      if (error) return next(error);
      const person = personOf(response);
      isAdminSession(pool, person).then((admin) => {
        if (!admin) return next(new ApiError(403, 'not_company_admin', `Only your company's admins (its "admins" group) manage its people, keys, webhooks and identity provider; ask one of them.`));
        response.locals.caller = sessionCaller(person);
        next();
      }, next);
    });
  };
}
