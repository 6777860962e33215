/**
 * MDF reports, as JSON and as CSV: per vendor, period and partner, the funds and how they
 * were used, and per activity type what they returned. A vendor sees its partners' rows; a
 * partner sees only its own.
 */
import { Router } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import { callerOf, requireScope } from '../auth/middleware.js';
import { activityCsv, mdfReport, reportCsv } from '../mdf/report.js';
import { ReportCsvQuery, ReportQuery } from '../mdf/schemas.js';
import { documentRoute } from '../openapi.js';
import { query } from '../validation.js';

documentRoute({ method: 'get', path: '/reports/mdf', summary: 'MDF report per vendor, period and partner, and per activity type', description: "A request counts in the period of its allocation's budget. Win rate, average deal size and return on MDF are over the reimbursed requests whose partner reported the results; each is null when its divisor is 0.", request: { query: ReportQuery }, responses: { 200: { description: 'Rows of the report', content: { 'application/json': { schema: z.object({}).passthrough() } } } } });
documentRoute({ method: 'get', path: '/reports/mdf.csv', summary: 'The MDF report as CSV', request: { query: ReportCsvQuery }, responses: { 200: { description: 'CSV with a header row', content: { 'text/csv': { schema: z.string() } } } } });

/** The report routes. */
export function reportRoutes(pool: pg.Pool): Router {
  const router = Router();
  router.use('/reports', requireScope('read'));

  router.get('/reports/mdf', async (request, response) => {
    const { period } = query(request, ReportQuery);
    const report = await mdfReport(pool, callerOf(response).companyId, period);
    response.json({ period: period ?? null, rows: report.rows, activities: report.activities });
  });

  router.get('/reports/mdf.csv', async (request, response) => {
    const { period, by } = query(request, ReportCsvQuery);
    const report = await mdfReport(pool, callerOf(response).companyId, period);
    const csv = by === 'activity' ? activityCsv(report.activities) : reportCsv(report.rows);
    response.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="mdf-report${by === 'activity' ? '-activities' : ''}${period ? `-${period.replace(/[^\w.-]/g, '_')}` : ''}.csv"`);
    response.send(csv);
  });

  return router;
}
