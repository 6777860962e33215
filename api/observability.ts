/** Request ids, one structured log line per request, and Prometheus metrics. */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Metrics of this API process. */
export const metrics = new Registry();
collectDefaultMetrics({ register: metrics });

const requestDuration = new Histogram({
  name: 'tandem_http_request_duration_seconds',
  help: 'HTTP request duration by route and status',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10, 60],
  registers: [metrics],
});

/** Decisions recorded through the API or emailed links. */
export const decisionsCounter = new Counter({ name: 'tandem_decisions_total', help: 'Decisions accepted', labelNames: ['channel'], registers: [metrics] });

/** Running instances with an open incident, set from the projection when /metrics is read. */
export const openIncidentsGauge = new Gauge({ name: 'tandem_open_incidents', help: 'Running instances stopped in an incident, waiting for ops', registers: [metrics] });

/** The matched route pattern (e.g. `/instances/:id`), so metrics do not explode per id. */
function routeOf(request: Request): string {
  const matched: unknown = request.route;
  if (typeof matched === 'object' && matched !== null && 'path' in matched && typeof matched.path === 'string') return `${request.baseUrl}${matched.path}`;
  return 'unmatched';
}

/** The request's id: its X-Request-Id when sane, a new one otherwise. */
export function requestIdOf(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
}

/** Times an answered request under its route and status, and logs it as one JSON line unless `quiet`. */
export function recordRequest(answered: { requestId: string; method: string | undefined; route: string; status: number; startedNs: bigint; company: string | undefined }, quiet: boolean): void {
  const seconds = Number(process.hrtime.bigint() - answered.startedNs) / 1e9;
  requestDuration.observe({ method: answered.method ?? '', route: answered.route, status: String(answered.status) }, seconds);
  if (!quiet) {
    console.log(JSON.stringify({ level: 'info', msg: 'request', requestId: answered.requestId, method: answered.method, route: answered.route, status: answered.status, ms: Math.round(seconds * 1000), company: answered.company }));
  }
}

/**
 * Gives the request an id (kept from X-Request-Id when sane), and once it is answered logs it as
 * one JSON line and times it under `route` (by default the route express matched).
 */
export function trackRequest(request: Request, response: Response, quiet: boolean, route?: string): void {
  const requestId = requestIdOf(request);
  response.setHeader('X-Request-Id', requestId);
  const startedNs = process.hrtime.bigint();
  response.on('finish', () => {
    recordRequest({ requestId, method: request.method, route: route ?? routeOf(request), status: response.statusCode, startedNs, company: response.locals.caller?.companyId }, quiet);
  });
}

/** {@link trackRequest} for every request that reaches the routers. */
export function requestLog(quiet: boolean): RequestHandler {
  return (request, response, next) => {
    trackRequest(request, response, quiet);
    next();
  };
}
