/**
 * MDF reports, as JSON and as CSV: per vendor, period and partner, the funds and how they
 * were used. A vendor sees its partners' rows; a partner sees only its own.
 */
import { Router } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import { callerOf, requireScope } from '../auth/middleware.js';
import { mdfReport, reportCsv } from '../mdf/report.js';
import { ReportQuery } from '../mdf/schemas.js';
import { documentRoute } from '../openapi.js';
import { query } from '../validation.js';

documentRoute({ method: 'get', path: '/reports/mdf', summary: 'MDF report per vendor, period and partner', request: { query: ReportQuery }, responses: { 200: { description: 'Rows of the report', content: { 'application/json': { schema: z.object({}).passthrough() } } } } });
documentRoute({ method: 'get', path: '/reports/mdf.csv', summary: 'The MDF report as CSV', request: { query: ReportQuery }, responses: { 200: { description: 'CSV with a header row', content: { 'text/csv': { schema: z.string() } } } } });

/** The report routes. */
export function reportRoutes(pool: pg.Pool): Router {
  const router = Router();
  router.use('/reports', requireScope('read'));

  router.get('/reports/mdf', async (request, response) => {
    const { period } = query(request, ReportQuery);
    response.json({ period: period ?? null, rows: await mdfReport(pool, callerOf(response).companyId, period) });
  });

  router.get('/reports/mdf.csv', async (request, response) => {
    const { period } = query(request, ReportQuery);
    const csv = reportCsv(await mdfReport(pool, callerOf(response).companyId, period));
    response.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="mdf-report${period ? `-${period.replace(/[^\w.-]/g, '_')}` : ''}.csv"`);
    response.send(csv);
  });

  return router;
}
