/**
 * What a signed-in person may read of their company's market development funds, with the
 * session as credential: budgets, allocations with their balances and movements, fund
 * requests, and the MDF report. The console's MDF pages are built on these. Each answers
 * exactly what the company's key routes answer (GET /budgets, /allocations, /fund-requests,
 * /reports/mdf) through the same reads: a vendor sees its budgets and every partner it
 * allocated to, a partner only its own allocations, requests and report rows; anything else is
 * a 404.
 */
import { Router } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import { notFound } from '../errors.js';
import { allocationDetail, listAllocations, listBudgets } from '../mdf/budgets.js';
import { fundRequestViews } from '../mdf/fund-requests.js';
import { mdfReport } from '../mdf/report.js';
import { IdParams, ListAllocationsQuery, ListBudgetsQuery, ListFundRequestsQuery, ReportQuery } from '../mdf/schemas.js';
import { documentRoute } from '../openapi.js';
import { personOf } from '../session/middleware.js';
import { params, query } from '../validation.js';

const json = { 'application/json': { schema: z.object({}).passthrough() } };
documentRoute({ method: 'get', path: '/me/budgets', summary: 'My company’s MDF budgets with what is allocated, as in GET /budgets', request: { query: ListBudgetsQuery }, responses: { 200: { description: 'Budgets', content: json } } });
documentRoute({ method: 'get', path: '/me/allocations', summary: 'Allocations my company granted or was granted, with their balances, as in GET /allocations', request: { query: ListAllocationsQuery }, responses: { 200: { description: 'Allocations', content: json } } });
documentRoute({ method: 'get', path: '/me/allocations/{id}', summary: 'One allocation of my company with its balances and ledger movements, as in GET /allocations/{id}', request: { params: IdParams }, responses: { 200: { description: 'The allocation', content: json } } });
documentRoute({ method: 'get', path: '/me/fund-requests', summary: 'Fund requests my company takes part in, by status, partner or period, as in GET /fund-requests', request: { query: ListFundRequestsQuery }, responses: { 200: { description: 'Fund requests with their funds', content: json } } });
documentRoute({ method: 'get', path: '/me/reports/mdf', summary: 'The MDF report my company may see, as in GET /reports/mdf', request: { query: ReportQuery }, responses: { 200: { description: 'Rows of the report', content: json } } });

/** The routes under /me for MDF; mount them behind the session check of the /me routes. */
export function meMdfRoutes(pool: pg.Pool): Router {
  const router = Router();

  router.get('/me/budgets', async (request, response) => {
    const { period } = query(request, ListBudgetsQuery);
    response.json({ budgets: await listBudgets(pool, personOf(response).companyId, period) });
  });

  router.get('/me/allocations', async (request, response) => {
    response.json({ allocations: await listAllocations(pool, personOf(response).companyId, query(request, ListAllocationsQuery)) });
  });

  router.get('/me/allocations/:id', async (request, response) => {
    const allocation = await allocationDetail(pool, params(request, IdParams).id, personOf(response).companyId);
    if (!allocation) throw notFound('allocation');
    response.json(allocation);
  });

  router.get('/me/fund-requests', async (request, response) => {
    response.json({ fundRequests: await fundRequestViews(pool, personOf(response).companyId, query(request, ListFundRequestsQuery)) });
  });

  router.get('/me/reports/mdf', async (request, response) => {
    const { period } = query(request, ReportQuery);
    const report = await mdfReport(pool, personOf(response).companyId, period);
    response.json({ period: period ?? null, rows: report.rows, activities: report.activities });
  });

  return router;
}
