/** Bearer-key authentication, scope checks and per-key rate limits. */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { MemoryStore, rateLimit } from 'express-rate-limit';
import type pg from 'pg';
import { ApiError } from '../errors.js';
import { verifyToken, type Caller, type Scope } from './keys.js';
import type { Tenant } from '../tenant.js';
import type { VerifiedKeys } from './verified-keys.js';

declare module 'express-serve-static-core' {
  interface Locals {
    caller?: Caller;
  }
}

const UNAUTHENTICATED = 'Send an API key as "Authorization: Bearer <key>".';

/** The authenticated caller of a request that passed {@link authenticate}. */
export function callerOf(response: Response): Caller {
  const caller = response.locals.caller;
  if (!caller) throw new ApiError(401, 'unauthenticated', UNAUTHENTICATED);
  return caller;
}

/** The token of an `Authorization: Bearer <token>` header; empty when there is none. */
export function bearerToken(header: string | undefined): string {
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
}

/**
 * The caller of an `Authorization` header: at once (no promise, no database) for a key verified
 * in the last few seconds and held in `verified`, otherwise after looking the key up. Throws or
 * rejects with the 401 to send for a missing, unknown or revoked key.
 */
export function callerOfHeader(pool: pg.Pool, verified: VerifiedKeys, header: string | undefined): Caller | Promise<Caller> {
  const token = bearerToken(header);
  if (!token) throw new ApiError(401, 'unauthenticated', UNAUTHENTICATED);
  const known = verified.get(token);
  if (known) return known;
  return verifyToken(pool, token).then((caller) => {
    if (!caller) throw new ApiError(401, 'invalid_key', 'The API key is not valid or has been revoked.');
    verified.remember(token, caller);
    return caller;
  });
}

/**
 * Requires a valid, unrevoked key; a key verified in the last few seconds is taken from `verified` without a database lookup.
 * A caller already established for the request (an admin's session, api/session/admin.ts) stands.
 */
export function authenticate(pool: pg.Pool, verified: VerifiedKeys): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    if (response.locals.caller) return next();
    let found: Caller | Promise<Caller>;
    try {
      found = callerOfHeader(pool, verified, request.headers.authorization);
    } catch (error) {
      return next(error);
    }
    if (!(found instanceof Promise)) {
      response.locals.caller = found;
      return next();
    }
    found.then(
      (caller) => {
        response.locals.caller = caller;
        next();
      },
      (error: unknown) => next(error),
    );
  };
}

/** The 403 for a caller whose key carries none of `scopes`, or undefined when it carries one. */
export function scopeRefusal(caller: Caller, scopes: readonly Scope[]): ApiError | undefined {
  if (scopes.some((scope) => caller.scopes.includes(scope))) return undefined;
  return new ApiError(403, 'wrong_scope', `This route needs a key with the ${scopes.map((scope) => `"${scope}"`).join(' or ')} scope; ask your company's admin for one.`);
}

/** Requires the caller's key to carry one of `scopes`. */
export function requireScope(...scopes: Scope[]): RequestHandler {
  return (_request, response, next) => {
    next(scopeRefusal(callerOf(response), scopes));
  };
}

/** Reads (GET, HEAD) need `read`; everything else needs `write` (default `act`). */
export function requireScopeByMethod(read: Scope = 'read', write: Scope = 'act'): RequestHandler {
  const reading = requireScope(read);
  const writing = requireScope(write);
  return (request, response, next) => (request.method === 'GET' || request.method === 'HEAD' ? reading : writing)(request, response, next);
}

/** The transaction identity of a key's caller (api/tenant.ts). */
export function tenantOf(caller: Caller): Tenant {
  return { companyId: caller.companyId, keyId: caller.keyId, platform: caller.scopes.includes('platform') };
}

const WINDOW_MS = 60_000;

/**
 * At most `perMinute` requests per key per minute, one budget per key whichever route spends
 * it: the routers through {@link KeyRateLimit.middleware} (429 with Retry-After and RateLimit
 * headers beyond it), the status read through {@link KeyRateLimit.spend}.
 */
export class KeyRateLimit {
  private readonly store = new MemoryStore();
  /** The routers' middleware; it needs the caller set by {@link authenticate}. */
  readonly middleware: RequestHandler;

  constructor(readonly perMinute: number) {
    this.middleware = rateLimit({
      windowMs: WINDOW_MS,
      limit: perMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      store: this.store,
      keyGenerator: (_request, response) => response.locals.caller?.keyId ?? 'anonymous',
      handler: (_request, _response, next) => next(this.refusal()),
    });
  }

  /** Spends one request of `keyId`'s budget; when it is spent, the seconds until it refills and the 429 to send. */
  async spend(keyId: string): Promise<{ retryAfterSeconds: number; refusal: ApiError } | undefined> {
    const { totalHits, resetTime } = await this.store.increment(keyId);
    if (totalHits <= this.perMinute) return undefined;
    return { retryAfterSeconds: Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + WINDOW_MS) - Date.now()) / 1000)), refusal: this.refusal() };
  }

  private refusal(): ApiError {
    return new ApiError(429, 'rate_limited', `Too many requests for this key: at most ${this.perMinute} a minute. Retry after the time in the Retry-After header.`);
  }
}
