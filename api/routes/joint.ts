/**
 * The joint solutions board and the cycle-times report, for a company's key and for a
 * signed-in person (the console): the same answers, the company the key's or the session's.
 * A company sees only the solutions and instances it takes part in, and of those only what
 * its views show (api/visibility.ts).
 */
import { Router, type Response } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import { callerOf, requireScope } from '../auth/middleware.js';
import { cycleTimesReport } from '../cycle-times/report.js';
import { cycleTimesCsv } from '../cycle-times/waits.js';
import { jointBoard } from '../joint/solutions.js';
import { documentRoute } from '../openapi.js';
import { personOf } from '../session/middleware.js';
import { query } from '../validation.js';

/** Which template's cycle times to report. */
export const CycleTimesQuery = z.strictObject({ template: z.string().min(1).max(100).openapi({ description: 'The template id, e.g. joint-solution.', example: 'joint-solution' }) });

const json = { 'application/json': { schema: z.object({}).passthrough() } };
const csv = { 'text/csv': { schema: z.string() } };
const board = 'The joint solutions your company takes part in, by stage, with each company’s workstream, the findings to rework and when the certification ends';
const times = 'For one template, how long each step waits on each company across your company’s instances (median, 90th percentile) and how often it passed its SLA (the step’s `due`). Only tasks your company may see count: its own and those of shared steps.';
documentRoute({ method: 'get', path: '/joint/solutions', summary: board, responses: { 200: { description: 'The board', content: json } } });
documentRoute({ method: 'get', path: '/reports/cycle-times', summary: times, request: { query: CycleTimesQuery }, responses: { 200: { description: 'One row per step and company', content: json } } });
documentRoute({ method: 'get', path: '/reports/cycle-times.csv', summary: 'The cycle times as CSV', request: { query: CycleTimesQuery }, responses: { 200: { description: 'CSV with a header row, times in seconds', content: csv } } });
documentRoute({ method: 'get', path: '/me/joint/solutions', summary: `${board} (GET /joint/solutions for a signed-in person)`, responses: { 200: { description: 'The board', content: json } } });
documentRoute({ method: 'get', path: '/me/reports/cycle-times', summary: 'GET /reports/cycle-times for a signed-in person', request: { query: CycleTimesQuery }, responses: { 200: { description: 'One row per step and company', content: json } } });
documentRoute({ method: 'get', path: '/me/reports/cycle-times.csv', summary: 'GET /reports/cycle-times.csv for a signed-in person', request: { query: CycleTimesQuery }, responses: { 200: { description: 'CSV with a header row, times in seconds', content: csv } } });

/** The routes under `prefix` ('' for keys, '/me' for sessions), the company found by `companyOf`. */
function routes(pool: pg.Pool, prefix: string, companyOf: (response: Response) => string): Router {
  const router = Router();
  router.get(`${prefix}/joint/solutions`, async (_request, response) => {
    response.json(await jointBoard(pool, companyOf(response)));
  });
  router.get(`${prefix}/reports/cycle-times`, async (request, response) => {
    const { template } = query(request, CycleTimesQuery);
    response.json(await cycleTimesReport(pool, companyOf(response), template));
  });
  router.get(`${prefix}/reports/cycle-times.csv`, async (request, response) => {
    const { template } = query(request, CycleTimesQuery);
    const report = await cycleTimesReport(pool, companyOf(response), template);
    response
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="cycle-times-${template.replace(/[^\w.-]/g, '_')}.csv"`)
      .send(cycleTimesCsv(template, report.rows));
  });
  return router;
}

/** For a company's key (read scope). */
export function jointRoutes(pool: pg.Pool): Router {
  const router = Router();
  router.use(['/joint', '/reports/cycle-times', '/reports/cycle-times.csv'], requireScope('read'));
  router.use(routes(pool, '', (response) => callerOf(response).companyId));
  return router;
}

/** For a signed-in person; mount behind the session check of the /me routes. */
export function meJointRoutes(pool: pg.Pool): Router {
  return routes(pool, '/me', (response) => personOf(response).companyId);
}
