/**
 * Fund requests (MDF): start one from an allocation (a thin wrapper over starting an
 * `mdf-fund-request` instance and submitting its proposal), list and read them with their
 * funds, upload proof of performance, claim, review a claim, and cancel. Reviews by the
 * channel manager, finance and compliance use the ordinary task decision route.
 *
 * Each company sees only the fund requests it takes part in: the partner its own, the
 * vendor those against its budgets. Anything else is a 404.
 */
import { createHash } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { Router, type Response } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import { InstanceClient } from '../instance-client.js';
import type { InstanceState, Speaker, Task } from '../../workflows/schemas.js';
import { activePerson, asBound, requireRelated } from '../../activities/directory/index.js';
import { actingFor } from '../auth/acting.js';
import { callerOf, requireScopeByMethod, tenantOf } from '../auth/middleware.js';
import type { Caller } from '../auth/keys.js';
import type { ChangeFeed } from '../changes.js';
import { readWhenChanged } from '../conditional.js';
import { reimbursementProblem } from '../../activities/ledger/index.js';
import { ApiError, notFound } from '../errors.js';
import { idempotent, retryIdentity } from '../idempotency.js';
import { findAllocation, findBudget, listMovements } from '../mdf/budgets.js';
import { findDocuments, fundRequestView, fundRequestViews, fundsOf, readDocument, readFundRequest, storeDocuments } from '../mdf/fund-requests.js';
import { checkProposal, proposalForm, startFundRequest } from '../mdf/proposal.js';
import {
  CancelFundRequestBody,
  ClaimBody,
  ClaimReviewBody,
  CreateFundRequestBody,
  DocumentParams,
  IdParams,
  ListFundRequestsQuery,
  ResubmitProposalBody,
  type DocumentRef,
} from '../mdf/schemas.js';
import { sendDocument } from '../mdf/document-download.js';
import { readDocuments } from '../mdf/upload.js';
import { currentTeam } from '../mdf/team.js';
import { MDF_STEPS } from '../mdf/steps.js';
import { documentRoute } from '../openapi.js';
import { StatusQuery } from '../schemas.js';
import { asTenant } from '../tenant.js';
import { body, params, query } from '../validation.js';
import { isPersonOf } from '../visibility.js';

/** What the fund request routes need. */
export interface FundRequestRouteDependencies {
  pool: pg.Pool;
  client: Client;
  taskQueue: string;
  changes: ChangeFeed;
}

const json = { 'application/json': { schema: z.object({}).passthrough() } };
const jsonBody = (schema: z.ZodType) => ({ body: { content: { 'application/json': { schema } } } });

documentRoute({ method: 'post', path: '/fund-requests', summary: 'Request funds from an allocation of your company (partner)', request: jsonBody(CreateFundRequestBody), responses: { 201: { description: 'Started; the proposal is submitted', content: json }, 422: { description: 'insufficient_funds, dates_out_of_order, currency_mismatch, allocation_expired' } } });
documentRoute({ method: 'get', path: '/fund-requests', summary: 'Fund requests of your company, by status, partner or period', request: { query: ListFundRequestsQuery }, responses: { 200: { description: 'Fund requests with their funds', content: json } } });
documentRoute({ method: 'get', path: '/fund-requests/{id}', summary: 'One fund request with its funds and movements', request: { params: IdParams }, responses: { 200: { description: 'The fund request', content: json } } });
documentRoute({ method: 'post', path: '/fund-requests/{id}/proposal', summary: 'Submit a revised proposal after changes were requested', request: { params: IdParams, ...jsonBody(ResubmitProposalBody) }, responses: { 200: { description: 'Submitted', content: json } } });
documentRoute({ method: 'post', path: '/fund-requests/{id}/documents', summary: 'Upload proof of performance (multipart/form-data, parts named "file")', request: { params: IdParams }, responses: { 201: { description: 'Stored documents with their sha256', content: json }, 413: { description: 'document_too_large, too_many_documents' }, 415: { description: 'document_type_refused, document_content_mismatch (the bytes are not the declared type)' } } });
documentRoute({ method: 'get', path: '/fund-requests/{id}/documents/{documentId}', summary: 'Download an uploaded document', request: { params: DocumentParams }, responses: { 200: { description: 'The file' } } });
documentRoute({ method: 'post', path: '/fund-requests/{id}/claim', summary: 'Claim the funds with proof of performance (partner)', request: { params: IdParams, ...jsonBody(ClaimBody) }, responses: { 200: { description: 'Claimed', content: json }, 409: { description: 'claim_not_due, claim_past_deadline' } } });
documentRoute({ method: 'post', path: '/fund-requests/{id}/claim-review', summary: 'Review a claim (vendor marketing approver)', request: { params: IdParams, ...jsonBody(ClaimReviewBody) }, responses: { 200: { description: 'Decided', content: json }, 422: { description: 'partial_above_reserved, exceeds_claimed, partial_needs_amount_and_reason, currency_mismatch' } } });
documentRoute({ method: 'post', path: '/fund-requests/{id}/cancel', summary: 'Cancel a fund request; reserved funds are released', request: { params: IdParams, ...jsonBody(CancelFundRequestBody) }, responses: { 200: { description: 'Cancelled', content: json }, 409: { description: 'cannot_cancel_now' } } });

function openTask(state: InstanceState, stepIds: readonly string[], actor?: string): Task | undefined {
  return state.tasks.find((task) => task.status === 'open' && stepIds.includes(task.stepId) && (actor === undefined || task.assignees.some((person) => person.email === actor.toLowerCase())));
}

/**
 * The task a decision of one of these steps goes to: the open one, or, for a retry with an
 * Idempotency-Key whose stored answer was lost, the latest one, so the retry joins the update
 * it started (the workflow answers with that decision, or refuses if it was someone else's).
 */
function taskToDecide(state: InstanceState, stepIds: readonly string[], retry: string | undefined): Task | undefined {
  return openTask(state, stepIds) ?? (retry === undefined ? undefined : state.tasks.findLast((task) => stepIds.includes(task.stepId)));
}

/** The fund request routes. */
export function fundRequestRoutes({ pool, client, taskQueue, changes }: FundRequestRouteDependencies): Router {
  const instances = new InstanceClient(client);
  const router = Router();
  router.use('/fund-requests', requireScopeByMethod());

  const view = async (state: InstanceState, caller: Caller) => fundRequestView(state, await fundsOf(pool, state.instanceId, caller.companyId), caller.companyId);

  /** The fund request and the acting person, both checked against the caller's company. */
  const load = async (response: Response, id: string, actor?: string) => {
    const caller = callerOf(response);
    const state = await readFundRequest(pool, id, caller.companyId);
    if (!state) throw notFound('fund request');
    if (actor !== undefined && !isPersonOf(state, actor, caller.companyId)) throw new ApiError(403, 'not_your_person', `${actor} is not a person of your company in this fund request.`);
    // An active person of the key's own directory; the key is recorded beside them.
    const via = actor === undefined ? undefined : (await actingFor(pool, caller, actor)).via;
    return { caller, state, via };
  };

  /**
   * Records a decision on the request's task. `retry` (from the request's Idempotency-Key) names
   * the update, so a retry after a lost answer joins the first decision instead of hearing 409.
   */
  const decide = async (retry: string | undefined, id: string, task: Task, actor: string, outcome: string, form: Record<string, unknown>, via: Speaker | undefined, comment?: string) =>
    instances.decide(id, { taskId: task.id, actor, outcome, form, ...(via ? { via } : {}), ...(comment === undefined ? {} : { comment }) }, retry === undefined ? undefined : `${id}/${task.id}/${retry}`);

  /**
   * The business key a new fund request is filed under: the caller's own, or one derived from
   * its Idempotency-Key, so a retry finds the request it started even after the stored reply
   * has expired. With neither, a retry could not be told from a second request: refused.
   */
  const retryKeyOf = (caller: Caller, businessKey: string | undefined, idempotencyKey: string | undefined): string => {
    if (businessKey !== undefined) return businessKey;
    if (idempotencyKey !== undefined) return `idem-${createHash('sha256').update(`${caller.keyId}\n${idempotencyKey}`).digest('base64url').slice(0, 32)}`;
    throw new ApiError(400, 'business_key_required', 'Send a businessKey (your identity of this request) or an Idempotency-Key header, so that a retry finds the request it started instead of filing a second one.');
  };

  router.post('/fund-requests', async (request, response) => {
    const caller = callerOf(response);
    const start = body(request, CreateFundRequestBody);
    const businessKey = retryKeyOf(caller, start.businessKey, request.header('idempotency-key'));
    const reply = await idempotent(pool, caller, request, async () => {
      const allocation = await findAllocation(pool, start.allocationId, caller.companyId);
      if (!allocation || allocation.partnerCompanyId !== caller.companyId) throw notFound(`allocation ${start.allocationId}`);
      checkProposal(start.proposal, allocation);
      const budget = await findBudget(pool, allocation.budgetId, allocation.vendorCompanyId);
      if (!budget) throw notFound(`budget of allocation ${allocation.id}`);
      // The partner's people from its own directory; the vendor's from the budget's team, as the vendor's directory has them now.
      const people = await asTenant(
        pool,
        tenantOf(caller),
        async (db) => {
          await requireRelated(db, allocation.vendorCompanyId, caller.companyId);
          const requester = asBound(await activePerson(db, caller.companyId, start.requester));
          const marketingLead = asBound(await activePerson(db, caller.companyId, start.marketingLead ?? start.requester));
          return { requester, marketingLead, team: await currentTeam(db, allocation.vendorCompanyId, budget.team) };
        },
        { readOnly: true },
      );
      const started = await startFundRequest({ client, pool, tenant: tenantOf(caller), taskQueue, allocation, budget, businessKey, proposal: start.proposal, ...people });
      return { status: started.existing ? 200 : 201, body: await view(started.state, caller) };
    });
    response.status(reply.status).json(reply.body);
  });

  router.get('/fund-requests', async (request, response) => {
    const caller = callerOf(response);
    response.json({ fundRequests: await fundRequestViews(pool, caller.companyId, query(request, ListFundRequestsQuery)) });
  });

  router.get('/fund-requests/:id', async (request, response) => {
    const { id } = params(request, IdParams);
    const { waitForChange } = query(request, StatusQuery);
    const read = async () => {
      const { caller, state } = await load(response, id);
      return { ...(await view(state, caller)), movements: await listMovements(pool, caller.companyId, { fundRequestId: id }) };
    };
    // Its funds move with its allocation's ledger, its status with the instance.
    const allocation = waitForChange === undefined ? undefined : (await read()).allocationId;
    const topics = [{ instance: id }, ...(allocation ? [{ allocation }] : [])];
    response.json(await readWhenChanged(request, response, { changes, topics, waitMs: waitForChange, read }));
  });

  router.post('/fund-requests/:id/proposal', async (request, response) => {
    const { id } = params(request, IdParams);
    const resubmit = body(request, ResubmitProposalBody);
    const { caller, state, via } = await load(response, id, resubmit.actor);
    const reply = await idempotent(pool, caller, request, async () => {
      const task = taskToDecide(state, [MDF_STEPS.proposal], retryIdentity(caller, request));
      if (!task) throw new ApiError(409, 'proposal_not_open', `Fund request ${id} is ${state.status}; a proposal can be submitted only as a draft or after changes were requested.`);
      const allocation = await findAllocation(pool, String(state.input['allocation_id']), caller.companyId);
      if (!allocation) throw notFound('allocation of this fund request');
      checkProposal(resubmit.proposal, allocation);
      return { status: 200, body: await view(await decide(retryIdentity(caller, request), id, task, resubmit.actor, 'submit', proposalForm(resubmit.proposal), via), caller) };
    });
    response.status(reply.status).json(reply.body);
  });

  router.post('/fund-requests/:id/documents', async (request, response) => {
    const { id } = params(request, IdParams);
    const { caller, state } = await load(response, id);
    const partner = state.bindings.companies['partner'];
    const vendor = state.bindings.companies['vendor'];
    if (caller.companyId !== partner || !vendor) throw new ApiError(403, 'not_allowed', 'Only the partner of a fund request uploads its documents.');
    if (state.lifecycle !== 'running') throw new ApiError(409, 'instance_not_running', `Fund request ${id} is ${state.status}; documents can no longer be added.`);
    const documents = await readDocuments(request);
    const stored = await asTenant(pool, tenantOf(caller), (db) => storeDocuments(db, { fundRequestId: id, vendorCompanyId: vendor, partnerCompanyId: partner, uploadedBy: caller.keyId }, documents));
    response.status(201).json({ documents: stored });
  });

  router.get('/fund-requests/:id/documents/:documentId', async (request, response) => {
    const { id, documentId } = params(request, DocumentParams);
    const caller = callerOf(response);
    const document = await readDocument(pool, id, caller.companyId, documentId);
    if (!document) throw notFound('document');
    sendDocument(response, document);
  });

  router.post('/fund-requests/:id/claim', async (request, response) => {
    const { id } = params(request, IdParams);
    const { actor, claim } = body(request, ClaimBody);
    const { caller, state, via } = await load(response, id, actor);
    const reply = await idempotent(pool, caller, request, async () => {
      const task = taskToDecide(state, [MDF_STEPS.claim], retryIdentity(caller, request));
      if (!task) {
        const missed = state.tasks.some((candidate) => candidate.stepId === MDF_STEPS.claim && candidate.status === 'timed_out');
        if (missed) throw new ApiError(409, 'claim_past_deadline', `The claim deadline of fund request ${id} has passed; the reserved funds were released.`);
        throw new ApiError(409, 'claim_not_due', `Fund request ${id} is ${state.status}; claim once the activity has ended.`);
      }
      const funds = await fundsOf(pool, id, caller.companyId);
      if (funds && claim.actualCost.currency !== funds.currency) throw new ApiError(422, 'currency_mismatch', `The funds are in ${funds.currency}; give the actual cost in ${funds.currency}.`);
      const resolve = documentResolver(pool, id, caller.companyId);
      const form = {
        proof: await resolve(claim.proof),
        invoices: await resolve(claim.invoices),
        actual_cost: claim.actualCost,
        ...(claim.attendees === undefined ? {} : { attendees: claim.attendees }),
        ...(claim.leads === undefined ? {} : { leads: claim.leads }),
        ...(claim.pipeline === undefined ? {} : { pipeline: claim.pipeline }),
        ...(claim.notes === undefined ? {} : { notes: claim.notes }),
      };
      return { status: 200, body: await view(await decide(retryIdentity(caller, request), id, task, actor, 'submit', form, via), caller) };
    });
    response.status(reply.status).json(reply.body);
  });

  router.post('/fund-requests/:id/claim-review', async (request, response) => {
    const { id } = params(request, IdParams);
    const review = body(request, ClaimReviewBody);
    const { caller, state, via } = await load(response, id, review.actor);
    const reply = await idempotent(pool, caller, request, async () => {
      const task = taskToDecide(state, [MDF_STEPS.claimReview], retryIdentity(caller, request));
      if (!task || task.companyId !== caller.companyId) throw new ApiError(409, 'claim_not_in_review', `Fund request ${id} is ${state.status}; there is no claim waiting for review.`);
      const form: Record<string, unknown> = {};
      if (review.outcome === 'approve_partial') {
        if (!review.approvedAmount || !review.reason) throw new ApiError(422, 'partial_needs_amount_and_reason', 'A partial approval needs approvedAmount and a reason the partner can read.');
        const funds = await fundsOf(pool, id, caller.companyId);
        const reserved = funds?.reserved ?? 0;
        if (funds && review.approvedAmount.currency !== funds.currency) throw new ApiError(422, 'currency_mismatch', `The funds are in ${funds.currency}; give the approved amount in ${funds.currency}.`);
        if (review.approvedAmount.amount === 0) throw new ApiError(422, 'invalid_amount', 'Approve more than 0, or deny the claim.');
        // The ledger's own rule for a reimbursement, asked first so the reviewer hears why at once.
        const problem = reimbursementProblem(review.approvedAmount.amount, { reserved, committed: funds?.committed ?? 0, claimed: claimedCost(state) });
        if (problem?.code === 'exceeds_reserved') {
          throw new ApiError(422, 'partial_above_reserved', `${review.approvedAmount.amount} is more than the ${reserved} reserved for this request; approve at most ${reserved}.`, { approved: review.approvedAmount.amount, reserved });
        }
        if (problem) throw new ApiError(422, problem.code, `Approve at most what was reserved and claimed: ${problem.message}.`);
        form['approved_amount'] = review.approvedAmount;
      }
      if (review.reason !== undefined) form['reason'] = review.reason;
      return { status: 200, body: await view(await decide(retryIdentity(caller, request), id, task, review.actor, review.outcome, form, via, review.comment), caller) };
    });
    response.status(reply.status).json(reply.body);
  });

  router.post('/fund-requests/:id/cancel', async (request, response) => {
    const { id } = params(request, IdParams);
    const cancel = body(request, CancelFundRequestBody);
    const { caller, state, via } = await load(response, id, cancel.actor);
    const reply = await idempotent(pool, caller, request, async () => {
      // Where the template offers a cancel, take it: the template releases what is held.
      const task = openTask(state, [MDF_STEPS.cancelActivity, MDF_STEPS.claim, MDF_STEPS.proposal], cancel.actor);
      if (task) return { status: 200, body: await view(await decide(retryIdentity(caller, request), id, task, cancel.actor, 'cancel', {}, via, cancel.reason), caller) };
      const funds = await fundsOf(pool, id, caller.companyId);
      if ((funds?.reserved ?? 0) > 0 || state.lifecycle !== 'running') {
        throw new ApiError(409, 'cannot_cancel_now', `Fund request ${id} is ${state.status}; it can be cancelled as a draft, once pre-approved, or while the claim is due.`);
      }
      const cancelled = await instances.cancel(id, { actor: cancel.actor, reason: cancel.reason, ...(via ? { via } : {}) });
      return { status: 200, body: await view(cancelled, caller) };
    });
    response.status(reply.status).json(reply.body);
  });

  return router;
}

/** The actual cost the partner claimed, in minor units, if the claim holds one. */
function claimedCost(state: InstanceState): number | undefined {
  const cost = state.steps[MDF_STEPS.claim]?.form?.['actual_cost'];
  return typeof cost === 'object' && cost !== null && 'amount' in cost && typeof cost.amount === 'number' ? cost.amount : undefined;
}

/** Turns uploaded-document references into the template's document entries (name, sha256, size). */
function documentResolver(pool: pg.Pool, fundRequestId: string, companyId: string) {
  return async (refs: DocumentRef[]): Promise<Array<Record<string, unknown>>> => {
    const ids = refs.flatMap((ref) => ('documentId' in ref ? [ref.documentId] : []));
    const found = new Map((await findDocuments(pool, fundRequestId, companyId, ids)).map((document) => [document.id, document]));
    return refs.map((ref) => {
      if (!('documentId' in ref)) return { name: ref.name, url: ref.url, ...(ref.sha256 ? { sha256: ref.sha256.toLowerCase() } : {}) };
      const document = found.get(ref.documentId);
      if (!document) throw new ApiError(422, 'unknown_document', `There is no document ${ref.documentId} uploaded for this fund request; upload it first.`);
      return { name: document.name, sha256: document.sha256, size: document.size };
    });
  };
}
