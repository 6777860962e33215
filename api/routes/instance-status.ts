/**
 * `GET /instances/{id}`: an instance as the caller's company sees it, the read partner portals
 * poll. It is mounted ahead of everything else in the app (api/app.ts) and does only what a
 * status read needs: the request id, log line and metrics every route has; the key from memory
 * (api/auth/verified-keys.ts) and the `read` scope; the per-key budget the other routes share;
 * one statement to the database that answers with just the revision while the view held for it
 * is current (api/projection.ts); and the view's JSON and ETag made once per revision and
 * company (api/status-views.ts). No body parsing, no routing. Its errors leave through the one
 * error mapper.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import { bearerToken, callerOfHeader, scopeRefusal, type KeyRateLimit } from '../auth/middleware.js';
import type { Caller } from '../auth/keys.js';
import type { VerifiedKeys } from '../auth/verified-keys.js';
import type { ChangeFeed } from '../changes.js';
import { noneMatch, readWhenChanged } from '../conditional.js';
import { ApiError, notFound } from '../errors.js';
import { recordRequest, requestIdOf, trackRequest } from '../observability.js';
import { documentRoute } from '../openapi.js';
import { readInstanceStatus } from '../projection.js';
import { InstanceId, InstanceParams, StatusQuery } from '../schemas.js';
import { StatusViews, type StatusView } from '../status-views.js';
import { parseInput, query } from '../validation.js';
import { instanceView } from '../visibility.js';

documentRoute({
  method: 'get',
  path: '/instances/{id}',
  summary: 'Status of an instance (ETag; long-poll with waitForChange)',
  request: { params: InstanceParams, query: StatusQuery },
  responses: { 200: { description: 'The instance as your company sees it', content: { 'application/json': { schema: z.object({}).passthrough() } } }, 304: { description: 'Unchanged since If-None-Match' } },
});

/** What the status route needs. */
export interface InstanceStatusDependencies {
  pool: pg.Pool;
  changes: ChangeFeed;
  /** The API's verified keys, shared with every other keyed route so a revocation reaches all of them. */
  verified: VerifiedKeys;
  /** The per-key budget the other keyed routes spend too. */
  rateLimit: KeyRateLimit;
  /** Whether to leave out the per-request log line (metrics are kept either way). */
  quiet: boolean;
  /** The views held (a fresh set by default). */
  views?: StatusViews;
}

/** The route's pattern, as the metrics name it. */
const ROUTE = '/instances/:id';
const PREFIX = '/instances/';
const MIN_ID = InstanceId.minLength ?? 1;
const MAX_ID = InstanceId.maxLength ?? Number.POSITIVE_INFINITY;

/** The status route, twice: as express middleware, and in front of express for the polls portals send most. */
export interface InstanceStatusRoute {
  /**
   * The app's first middleware: a GET or HEAD of `/instances/<id>` (one path segment, as
   * express's `/instances/:id` matches it) is answered here, long-polls and errors included;
   * every other request goes on to the rest of the app untouched.
   */
  middleware: RequestHandler;
  /**
   * Ahead of express, for a plain poll (GET or HEAD of `/instances/<id>`, no query) by a key
   * held in the verified keys: answers 200 or 304 itself. Everything else, and every poll whose
   * answer would be an error, it hands to `otherwise` (the express app) having written nothing,
   * so the middleware answers it with the one error format.
   */
  beforeExpress(request: IncomingMessage, response: ServerResponse, otherwise: () => void): void;
}

/** The status route over the views held in `views`. */
export function instanceStatusRoute({ pool, changes, verified, rateLimit, quiet, views = new StatusViews() }: InstanceStatusDependencies): InstanceStatusRoute {
  /** The company's view at the instance's current revision: the one held if still current, else made from the state read. */
  const current = async (instanceId: string, companyId: string): Promise<StatusView> => {
    const held = views.get(companyId, instanceId);
    // Revisions start at 0; -1 asks for the state whatever it is.
    const found = await readInstanceStatus(pool, instanceId, companyId, held?.revision ?? -1);
    if (!found) {
      views.forget(companyId, instanceId);
      throw notFound('instance');
    }
    if (found.state === undefined && held?.revision === found.revision) return held;
    if (found.state === undefined) throw new Error(`the status read of ${instanceId} sent no state for revision ${found.revision}`);
    return views.put(companyId, instanceId, found.revision, JSON.stringify(instanceView(found.state, companyId)));
  };

  const serve = async (request: Request, response: Response, caller: Caller, id: string, hasQuery: boolean): Promise<void> => {
    const over = await rateLimit.spend(caller.keyId);
    if (over) {
      response.setHeader('Retry-After', String(over.retryAfterSeconds));
      throw over.refusal;
    }
    // A bare poll has no query; anything else is parsed strictly, as every route's query is.
    const waitMs = hasQuery ? query(request, StatusQuery).waitForChange : undefined;
    const view = waitMs
      ? await readWhenChanged(request, response, { changes, topics: [{ instance: id }], waitMs, read: () => current(id, caller.companyId), tagOf: (held) => held.etag })
      : await current(id, caller.companyId);
    send(request.headers['if-none-match'], response, view);
  };

  const middleware = (request: Request, response: Response, next: NextFunction) => {
    const url = request.url;
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !url.startsWith(PREFIX)) return next();
    const queryAt = url.indexOf('?');
    const path = queryAt < 0 ? url : url.slice(0, queryAt);
    // `/instances/<id>` or `/instances/<id>/`; deeper paths (timeline, tasks) belong to the routers.
    const segment = path.endsWith('/') ? path.slice(PREFIX.length, -1) : path.slice(PREFIX.length);
    if (!segment || segment.includes('/')) return next();
    trackRequest(request, response, quiet, ROUTE);
    let found: Caller | Promise<Caller>;
    try {
      found = callerOfHeader(pool, verified, request.headers.authorization);
    } catch (error) {
      return next(error);
    }
    const authorized = (caller: Caller) => {
      response.locals.caller = caller;
      const refused = scopeRefusal(caller, ['read']);
      if (refused) return next(refused);
      let id: string;
      try {
        id = idOf(segment);
      } catch (error) {
        return next(error);
      }
      serve(request, response, caller, id, queryAt >= 0).catch(next);
    };
    if (found instanceof Promise) found.then(authorized, next);
    else authorized(found);
  };

  const beforeExpress = (request: IncomingMessage, response: ServerResponse, otherwise: () => void): void => {
    const url = request.url ?? '';
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !url.startsWith(PREFIX) || url.includes('?')) return otherwise();
    const segment = url.endsWith('/') ? url.slice(PREFIX.length, -1) : url.slice(PREFIX.length);
    if (!segment || segment.includes('/')) return otherwise();
    const caller = verified.get(bearerToken(request.headers.authorization));
    if (!caller || scopeRefusal(caller, ['read'])) return otherwise();
    let id: string;
    try {
      id = idOf(segment);
    } catch {
      return otherwise();
    }
    const startedNs = process.hrtime.bigint();
    const answer = async (view: StatusView) => {
      // Over budget: the middleware spends again and answers the 429.
      if (await rateLimit.spend(caller.keyId)) return otherwise();
      const requestId = requestIdOf(request);
      const status = send(request.headers['if-none-match'], response, view, requestId);
      recordRequest({ requestId, method: request.method, route: ROUTE, status, startedNs, company: caller.companyId }, quiet);
    };
    // A failed read (not found, the database) is read again by the middleware, which answers it in the one error format.
    current(id, caller.companyId)
      .then(answer, () => otherwise())
      // Only a failure while sending is left, with part of the answer possibly written: end the connection.
      .catch(() => response.destroy());
  };

  return { middleware, beforeExpress };
}

/** The instance id of a path segment, within the schema's bounds (the schema names the problem otherwise). */
function idOf(segment: string): string {
  let id: string;
  try {
    id = segment.includes('%') ? decodeURIComponent(segment) : segment;
  } catch {
    throw new ApiError(400, 'invalid_request', 'The instance id in the path is not valid percent-encoding.');
  }
  return id.length >= MIN_ID && id.length <= MAX_ID ? id : parseInput(InstanceParams, { id }, 'params').id;
}

/** Sends `view`, or 304 when `ifNoneMatch` names it (api/conditional.ts has the rule); returns the status sent. */
function send(ifNoneMatch: string | undefined, response: ServerResponse, view: StatusView, requestId?: string): number {
  // The request id is set already on answers that went through trackRequest.
  const id = requestId === undefined ? {} : { 'X-Request-Id': requestId };
  if (noneMatch(ifNoneMatch, view.etag)) {
    response.writeHead(304, { ...id, ETag: view.etag, 'Cache-Control': 'private, no-cache' });
    response.end();
    return 304;
  }
  response.writeHead(200, { ...id, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': view.body.length, ETag: view.etag, 'Cache-Control': 'private, no-cache' });
  response.end(view.body);
  return 200;
}
