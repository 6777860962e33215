/**
 * Conditional reads for portals that poll.
 *
 * Every successful GET carries an `ETag` computed from the exact body sent and the company
 * that reads it, so a vendor's and a partner's views of one instance never share a tag, and a
 * tag changes exactly when what this company sees changes. `If-None-Match` with the current
 * tag answers 304 without a body, whatever `Cache-Control` the request carries (Node's `fetch`
 * sends `no-cache` on every conditional request; a revalidation is what that asks for).
 *
 * Status routes also long-poll: with `waitForChange=30s` and an `If-None-Match` that is still
 * current, the answer waits until the view changes or the time is up (then 304).
 */
import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ChangeFeed, ChangeTopic } from './changes.js';

/** The weak ETag of `body` as `companyId` sees it. */
export function etagOf(companyId: string, body: string | Buffer): string {
  const hash = createHash('sha256').update(companyId).update('\0').update(body).digest('base64url').slice(0, 27);
  return `W/"${hash}"`;
}

/** Whether an `If-None-Match` header names `etag` (weak comparison, lists and `*` included). */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}

function companyOf(response: Response): string {
  const caller: unknown = response.locals['caller'];
  return typeof caller === 'object' && caller !== null && 'companyId' in caller && typeof caller.companyId === 'string' ? caller.companyId : '';
}

/**
 * Adds the ETag to every 200 answer of a GET or HEAD and answers 304 when `If-None-Match`
 * names it. Answers marked `no-store` (emailed-link pages) are left alone.
 */
export function conditionalGets(): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const send = response.send.bind(response);
    response.send = (body?: unknown) => {
      const cacheControl = String(response.getHeader('Cache-Control') ?? '');
      if (response.statusCode !== 200 || cacheControl.includes('no-store') || !(typeof body === 'string' || Buffer.isBuffer(body))) return send(body);
      const existing = response.getHeader('ETag');
      const etag = typeof existing === 'string' ? existing : etagOf(companyOf(response), body);
      response.setHeader('ETag', etag);
      if (!cacheControl) response.setHeader('Cache-Control', 'private, no-cache');
      if (noneMatch(request.header('if-none-match'), etag)) {
        response.status(304);
        return send();
      }
      return send(body);
    };
    next();
  };
}

/** The longest `waitForChange` a status route accepts, in seconds. */
export const MAX_WAIT_SECONDS = 60;

/**
 * Reads a status view, long-polling when asked: with `waitMs` and an `If-None-Match` that
 * names the current view's tag, waits on `topics` until the view changes or the time is up.
 * The watch opens before each read, so a change between the read and the wait is not missed.
 * The caller sends the returned view with `response.json`; {@link conditionalGets} then
 * answers 304 if it is still unchanged.
 */
export async function readWhenChanged<T>(
  request: Request,
  response: Response,
  options: {
    changes: ChangeFeed;
    topics: readonly ChangeTopic[];
    waitMs: number | undefined;
    read: () => Promise<T>;
    /** The ETag the view will be sent with, when the caller already has it; by default computed from the view as `response.json` sends it. */
    tagOf?: (view: T) => string;
  },
): Promise<T> {
  const ifNoneMatch = request.header('if-none-match');
  if (!options.waitMs || !ifNoneMatch) return options.read();
  const deadline = Date.now() + options.waitMs;
  const aborted = new AbortController();
  response.once('close', () => aborted.abort());
  const companyId = companyOf(response);
  for (;;) {
    const watch = options.changes.watch(options.topics);
    try {
      const view = await options.read();
      const remaining = deadline - Date.now();
      if (remaining <= 0 || aborted.signal.aborted || !noneMatch(ifNoneMatch, options.tagOf ? options.tagOf(view) : etagOf(companyId, JSON.stringify(view)))) return view;
      const changed = await watch.wait(remaining, aborted.signal);
      if (!changed) return view;
    } finally {
      watch.close();
    }
  }
}
