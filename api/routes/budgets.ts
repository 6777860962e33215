/**
 * MDF budgets and allocations. A company creates budgets for itself only (it is the
 * vendor), grants allocations from them to partners, and reads their balances; a partner
 * reads the allocations granted to it. Anything else is a 404.
 */
import { Router } from 'express';
import type pg from 'pg';
import type { ChangeFeed } from '../changes.js';
import { readWhenChanged } from '../conditional.js';
import { z } from 'zod';
import { requireRelated } from '../../activities/directory/index.js';
import { callerOf, requireScopeByMethod } from '../auth/middleware.js';
import { ApiError, notFound } from '../errors.js';
import { idempotentWrite } from '../idempotency.js';
import { allocationDetail, allocationIn, budgetIn, BudgetExceededError, createAllocation, createBudget, findBudget, listAllocations, listBudgets } from '../mdf/budgets.js';
import { CreateAllocationBody, CreateBudgetBody, IdParams, ListAllocationsQuery, ListBudgetsQuery } from '../mdf/schemas.js';
import { resolveTeam } from '../mdf/team.js';
import { documentRoute } from '../openapi.js';
import { StatusQuery } from '../schemas.js';
import { body, params, query } from '../validation.js';

const json = { 'application/json': { schema: z.object({}).passthrough() } };

documentRoute({ method: 'post', path: '/budgets', summary: 'Create an MDF budget of your company (you are the vendor)', request: { body: { content: { 'application/json': { schema: CreateBudgetBody } } } }, responses: { 201: { description: 'Created', content: json } } });
documentRoute({ method: 'get', path: '/budgets', summary: 'Your company’s budgets with what is allocated', request: { query: ListBudgetsQuery }, responses: { 200: { description: 'Budgets', content: json } } });
documentRoute({ method: 'get', path: '/budgets/{id}', summary: 'One budget with its allocations and their balances', request: { params: IdParams }, responses: { 200: { description: 'The budget', content: json } } });
documentRoute({ method: 'post', path: '/budgets/{id}/allocations', summary: 'Grant part of a budget to a partner', request: { params: IdParams, body: { content: { 'application/json': { schema: CreateAllocationBody } } } }, responses: { 201: { description: 'Granted', content: json }, 409: { description: 'budget_exceeded' } } });
documentRoute({ method: 'get', path: '/allocations', summary: 'Allocations you granted or were granted, with reserved, committed and available funds', request: { query: ListAllocationsQuery }, responses: { 200: { description: 'Allocations', content: json } } });
documentRoute({ method: 'get', path: '/allocations/{id}', summary: 'One allocation with its balances and ledger movements', request: { params: IdParams }, responses: { 200: { description: 'The allocation', content: json } } });

/** The budget and allocation routes. */
export function budgetRoutes(pool: pg.Pool, changes: ChangeFeed): Router {
  const router = Router();
  router.use(['/budgets', '/allocations'], requireScopeByMethod());

  router.post('/budgets', async (request, response) => {
    const caller = callerOf(response);
    const budget = body(request, CreateBudgetBody);
    // The budget and the key's answer are written in one transaction: a retry never makes a second.
    const reply = await idempotentWrite(pool, caller, request, async (db) => {
      // The team are people of the vendor's own directory, looked up, never taken as given.
      const id = await createBudget(db, caller.companyId, { ...budget, team: await resolveTeam(db, caller.companyId, budget.team) });
      const created = await budgetIn(db, id, caller.companyId);
      if (!created) throw new Error(`budget ${id} was not written`);
      return { status: 201, body: created };
    });
    response.status(reply.status).json(reply.body);
  });

  router.get('/budgets', async (request, response) => {
    const caller = callerOf(response);
    const { period } = query(request, ListBudgetsQuery);
    response.json({ budgets: await listBudgets(pool, caller.companyId, period) });
  });

  router.get('/budgets/:id', async (request, response) => {
    const caller = callerOf(response);
    const { id } = params(request, IdParams);
    const budget = await findBudget(pool, id, caller.companyId);
    if (!budget) throw notFound('budget');
    response.json({ ...budget, allocations: await listAllocations(pool, caller.companyId, { budgetId: id }) });
  });

  router.post('/budgets/:id/allocations', async (request, response) => {
    const caller = callerOf(response);
    const { id } = params(request, IdParams);
    const allocation = body(request, CreateAllocationBody);
    // The allocation and the key's answer are written in one transaction: a retry never grants twice.
    const reply = await idempotentWrite(pool, caller, request, async (db) => {
      const budget = await budgetIn(db, id, caller.companyId);
      if (!budget) throw notFound('budget');
      if (allocation.partnerCompanyId === caller.companyId) throw new ApiError(422, 'self_allocation', 'Allocate funds to a partner company, not to your own.');
      try {
        await requireRelated(db, caller.companyId, allocation.partnerCompanyId);
        const granted = await createAllocation(db, budget, allocation);
        const created = await allocationIn(db, granted, caller.companyId);
        if (!created) throw new Error(`allocation ${granted} was not written`);
        return { status: 201, body: created };
      } catch (error) {
        if (error instanceof BudgetExceededError) throw new ApiError(409, 'budget_exceeded', error.message);
        throw error;
      }
    });
    response.status(reply.status).json(reply.body);
  });

  router.get('/allocations', async (request, response) => {
    const caller = callerOf(response);
    const filter = query(request, ListAllocationsQuery);
    response.json({ allocations: await listAllocations(pool, caller.companyId, filter) });
  });

  router.get('/allocations/:id', async (request, response) => {
    const caller = callerOf(response);
    const { id } = params(request, IdParams);
    const { waitForChange } = query(request, StatusQuery);
    const read = async () => {
      const allocation = await allocationDetail(pool, id, caller.companyId);
      if (!allocation) throw notFound('allocation');
      return allocation;
    };
    response.json(await readWhenChanged(request, response, { changes, topics: [{ allocation: id }], waitMs: waitForChange, read }));
  });

  return router;
}
