/**
 * Session cookies on requests and responses: who is signed in, and the CSRF check every
 * state-changing request made with a session must pass.
 *
 * The session cookie is HttpOnly (no script reads it), SameSite=Lax (other sites' forms and
 * scripts do not send it on a POST) and Secure unless the server runs on localhost over
 * plain http. SameSite alone is not relied on: a POST, PUT or DELETE must also carry the
 * session's CSRF token in the `X-CSRF-Token` header, which another site cannot read.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type pg from 'pg';
import { ApiError } from '../errors.js';
import { equal } from '../../activities/mail/index.js';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, verifySession, type SessionLifetimes, type SessionPerson } from './sessions.js';

declare module 'express-serve-static-core' {
  interface Locals {
    person?: SessionPerson;
  }
}

/** The cookies of a request, by name (the first of each name wins). */
export function cookiesOf(request: Request): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    if (!cookies.has(name)) {
      try {
        cookies.set(name, decodeURIComponent(part.slice(at + 1).trim()));
      } catch {
        // A value that is not URI-encoded is not one of ours.
      }
    }
  }
  return cookies;
}

/** Whether cookies may go without `Secure`: only for a server on localhost over http. */
export function insecureCookiesAllowed(publicBaseUrl: string): boolean {
  const url = new URL(publicBaseUrl);
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** Sets the session and CSRF cookies. */
export function setSessionCookies(response: Response, session: { token: string; csrfToken: string; expiresAt: Date }, secure: boolean): void {
  const common = { path: '/', sameSite: 'lax' as const, secure, expires: session.expiresAt };
  response.cookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true });
  response.cookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
}

/** Clears both cookies. */
export function clearSessionCookies(response: Response, secure: boolean): void {
  response.clearCookie(SESSION_COOKIE, { path: '/', sameSite: 'lax', secure, httpOnly: true });
  response.clearCookie(CSRF_COOKIE, { path: '/', sameSite: 'lax', secure });
}

/** The signed-in person of a request that passed {@link requirePerson}. */
export function personOf(response: Response): SessionPerson {
  const person = response.locals.person;
  if (!person) throw new ApiError(401, 'not_signed_in', 'Sign in first: ask for a sign-in link with POST /sign-in, or use your company’s identity provider.');
  return person;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Requires a valid session, and for state-changing methods its CSRF token in the
 * `X-CSRF-Token` header. Answers 401 `not_signed_in` / `session_expired` and 403
 * `csrf_token_missing` / `csrf_token_invalid`.
 */
export function requirePerson(pool: pg.Pool, lifetimes: SessionLifetimes): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const token = cookiesOf(request).get(SESSION_COOKIE);
    if (!token) return next(new ApiError(401, 'not_signed_in', 'Sign in first: ask for a sign-in link with POST /sign-in, or use your company’s identity provider.'));
    verifySession(pool, token, lifetimes).then((person) => {
      if (!person) return next(new ApiError(401, 'session_expired', 'Your session has ended (signed out, idle too long, or too old). Sign in again.'));
      if (!SAFE_METHODS.has(request.method)) {
        const given = request.headers[CSRF_HEADER];
        if (typeof given !== 'string' || given === '') {
          return next(new ApiError(403, 'csrf_token_missing', `Send the session's CSRF token (csrfToken of GET /me, or the ${CSRF_COOKIE} cookie) in the X-CSRF-Token header.`));
        }
        if (!equal(given, person.csrfToken)) return next(new ApiError(403, 'csrf_token_invalid', 'The X-CSRF-Token header does not match this session; read csrfToken from GET /me again.'));
      }
      response.locals.person = person;
      next();
    }, next);
  };
}
