/**
 * A signed-in person's own routes (JSON): who they are, their tasks across every instance
 * and company they take part in, deciding, handing a task to a colleague, their
 * out-of-office, and signing out. Every route needs the session cookie; every POST, PUT and
 * DELETE also the session's CSRF token in `X-CSRF-Token`. The person and company come from
 * the session only.
 */
import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import { findPerson, setOutOfOffice, type DirectoryPerson } from '../../activities/directory/index.js';
import { InstanceClient } from '../instance-client.js';
import { checkFormCurrencies } from '../currencies.js';
import { ApiError, notFound, toApiError } from '../errors.js';
import { strictJson } from '../text-edge.js';
import { handOver } from '../hand-over.js';
import { documentRoute } from '../openapi.js';
import { listTasks, readInstance } from '../projection.js';
import { decodeCursor, encodeCursor, InstanceParams, TaskParams } from '../schemas.js';
import { isAdminSession } from '../session/admin.js';
import { clearSessionCookies, personOf, requirePerson } from '../session/middleware.js';
import { endAllSessions, endSession, type SessionLifetimes } from '../session/sessions.js';
import { asTenant } from '../tenant.js';
import { body, params, query } from '../validation.js';
import { instanceView, isPersonOf, taskView, type TaskView } from '../visibility.js';
import type { ChangeFeed } from '../changes.js';
import { meInstanceRoutes } from './me-instances.js';
import { meJointRoutes } from './joint.js';
import { meTemplateRoutes } from './me-templates.js';
import { templateBodyParser } from './templates.js';
import { holdsPlatformRights } from '../session/platform.js';
import { meMdfRoutes } from './me-mdf.js';

/** What the person routes need. */
export interface MeRouteDependencies {
  pool: pg.Pool;
  client: Client;
  lifetimes: SessionLifetimes;
  secureCookies: () => boolean;
  /** Wakes the instance event streams (routes/me-instances.ts). */
  changes: ChangeFeed;
  /** Where trials of templates start (routes/me-templates.ts). */
  taskQueue: string;
}

export const MyTasksQuery = z.strictObject({
  filter: z.enum(['open', 'due_soon', 'overdue', 'all']).default('open'),
  dueWithinHours: z.coerce.number().int().min(1).max(24 * 90).default(48),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export const MyDecisionBody = z
  .strictObject({ outcome: z.string().min(1).max(100), comment: z.string().max(5000).optional(), form: z.record(z.string(), z.unknown()).optional() })
  .openapi('MyDecision');
export const MyHandOverBody = z
  .strictObject({ to: z.email().max(320).openapi({ description: 'A colleague in your company’s directory.' }), comment: z.string().max(5000).optional() })
  .openapi('MyHandOver');
export const MyCancelBody = z.strictObject({ reason: z.string().trim().min(1).max(5000).openapi({ description: 'Why, for the timeline and the mail to the others.' }) }).openapi('MyCancel');
export const MyWithdrawBody = z
  .strictObject({
    party: z.string().min(1).max(100).openapi({ description: 'The party of the template your company plays and leaves (an `actions` entry of GET /me/instances/{id} names it).' }),
    reason: z.string().trim().min(1).max(5000),
  })
  .openapi('MyWithdraw');
export const OutOfOfficeBody = z
  .strictObject({
    colleague: z.email().max(320).openapi({ description: 'Who gets your tasks that open while you are away: a colleague of your company.' }),
    from: z.iso.datetime({ offset: true }),
    until: z.iso.datetime({ offset: true }),
  })
  .openapi('OutOfOfficeSetting');

/** What GET /me answers. */
export interface MeAnswer {
  person: { id: string; email: string; name: string; companyId: string };
  csrfToken: string;
  sessionExpiresAt: string;
  /** Whether the person is a platform operator: the console's Templates page (routes/me-templates.ts). */
  platform: boolean;
  /** Whether the person is an admin of their company, who may manage its settings (api/session/admin.ts). */
  admin: boolean;
}
/** What GET /me/tasks answers: the inbox shape of GET /tasks. */
export interface MyTasksAnswer {
  tasks: Array<TaskView & { instance: { id: string; title: string; status: string }; overdue: boolean }>;
  nextCursor: string | null;
}
/** What the out-of-office routes answer. */
export interface MyOutOfOfficeAnswer {
  outOfOffice: DirectoryPerson['outOfOffice'];
}
/** What POST /me/sign-out answers. */
export interface SignedOutAnswer {
  signedOut: true;
}
/** What POST /me/sign-out-everywhere answers. */
export interface SignedOutEverywhereAnswer extends SignedOutAnswer {
  sessionsEnded: number;
}

const json = { 'application/json': { schema: z.object({}).passthrough() } };
const csrf = 'Needs the session cookie and the X-CSRF-Token header.';
documentRoute({ method: 'get', path: '/me', summary: 'Who is signed in, with the CSRF token for state-changing requests', responses: { 200: { description: 'The person and the session', content: json } } });
documentRoute({ method: 'get', path: '/me/tasks', summary: 'My tasks across every instance and company (open, due soon, overdue)', request: { query: MyTasksQuery }, responses: { 200: { description: 'Tasks, oldest first', content: json } } });
documentRoute({ method: 'post', path: '/me/instances/{id}/tasks/{taskId}/decision', summary: `Decide one of my tasks. ${csrf}`, request: { params: TaskParams, body: { content: { 'application/json': { schema: MyDecisionBody } } } }, responses: { 200: { description: 'The instance after it moved on', content: json } } });
documentRoute({ method: 'post', path: '/me/instances/{id}/tasks/{taskId}/delegate', summary: `Hand one of my tasks to a colleague. ${csrf}`, request: { params: TaskParams, body: { content: { 'application/json': { schema: MyHandOverBody } } } }, responses: { 200: { description: 'The instance', content: json } } });
documentRoute({ method: 'post', path: '/me/instances/{id}/tasks/{taskId}/reassign', summary: `As an admin of my company, give a task of my company to a colleague. ${csrf}`, request: { params: TaskParams, body: { content: { 'application/json': { schema: MyHandOverBody } } } }, responses: { 200: { description: 'The instance', content: json } } });
documentRoute({ method: 'post', path: '/me/instances/{id}/cancel', summary: `Cancel an instance I started (or may cancel as its admin). ${csrf}`, request: { params: InstanceParams, body: { content: { 'application/json': { schema: MyCancelBody } } } }, responses: { 200: { description: 'The instance, cancelled', content: json } } });
documentRoute({ method: 'post', path: '/me/instances/{id}/withdraw', summary: `Withdraw my company's party from an instance; the others go on. ${csrf}`, request: { params: InstanceParams, body: { content: { 'application/json': { schema: MyWithdrawBody } } } }, responses: { 200: { description: 'The instance after the withdrawal', content: json } } });
documentRoute({ method: 'get', path: '/me/out-of-office', summary: 'My out-of-office setting', responses: { 200: { description: 'The setting, or null', content: json } } });
documentRoute({ method: 'put', path: '/me/out-of-office', summary: `Set my out-of-office: tasks that open for me in the range go to the colleague. ${csrf}`, request: { body: { content: { 'application/json': { schema: OutOfOfficeBody } } } }, responses: { 200: { description: 'The setting', content: json } } });
documentRoute({ method: 'delete', path: '/me/out-of-office', summary: `Clear my out-of-office. ${csrf}`, responses: { 200: { description: 'Cleared', content: json } } });
documentRoute({ method: 'post', path: '/me/sign-out', summary: `End this session. ${csrf}`, responses: { 200: { description: 'Signed out', content: json } } });
documentRoute({ method: 'post', path: '/me/sign-out-everywhere', summary: `End every session of mine. ${csrf}`, responses: { 200: { description: 'How many sessions ended', content: json } } });

/** The routes under /me. Mount them outside the API-key router: the session authenticates. */
export function meRoutes({ pool, client, lifetimes, secureCookies, changes, taskQueue }: MeRouteDependencies): Router {
  const instances = new InstanceClient(client);
  const router = Router();
  // A person's browser opening /me (after signing in) is shown the console; programs ask for JSON.
  router.get('/me', (request, response, next) => (request.accepts(['json', 'html']) === 'html' ? response.redirect(303, '/console') : next()));
  // Template bodies are kept as bytes and read the way the CLI reads a file (see routes/templates.ts).
  router.use('/me/templates', templateBodyParser);
  router.use('/me', ...strictJson('256kb'), requirePerson(pool, lifetimes));
  router.use(meInstanceRoutes({ pool, changes }));
  router.use(meJointRoutes(pool));
  router.use(meTemplateRoutes({ pool, client, taskQueue }));
  router.use(meMdfRoutes(pool));

  router.get('/me', async (_request, response) => {
    const person = personOf(response);
    const platform = await holdsPlatformRights(pool, person);
    response.json({
      person: { id: person.personId, email: person.email, name: person.name, companyId: person.companyId },
      csrfToken: person.csrfToken,
      sessionExpiresAt: person.expiresAt.toISOString(),
      platform,
      admin: await isAdminSession(pool, person),
    } satisfies MeAnswer);
  });

  router.get('/me/tasks', async (request, response) => {
    const person = personOf(response);
    const filter = query(request, MyTasksQuery);
    const after = filter.cursor ? decodeCursor(filter.cursor, ['openedAt', 'key'] as const) : undefined;
    if (filter.cursor && !after) throw new ApiError(400, 'invalid_cursor', 'The cursor is not one this API returned.');
    const rows = await listTasks(pool, { companyId: person.companyId, assignee: person.email, filter: filter.filter, dueWithinMs: filter.dueWithinHours * 3_600_000, limit: filter.limit, after });
    const now = Date.now();
    const last = rows[rows.length - 1];
    response.json({
      tasks: rows.map((row) => ({
        ...taskView({ instanceId: row.instanceId }, row.task),
        instance: { id: row.instanceId, title: row.instanceTitle, status: row.instanceStatus },
        overdue: row.task.status === 'open' && row.task.dueAt !== undefined && row.task.dueAt < now,
      })),
      nextCursor: rows.length === filter.limit && last ? encodeCursor({ openedAt: new Date(last.task.openedAt).toISOString(), key: `${last.instanceId} ${last.task.id}` }) : null,
    } satisfies MyTasksAnswer);
  });

  router.post('/me/instances/:id/tasks/:taskId/decision', async (request, response) => {
    const person = personOf(response);
    const { id, taskId } = params(request, TaskParams);
    const decision = body(request, MyDecisionBody);
    const found = await readInstance(pool, id, person.companyId);
    const task = found?.state.tasks.find((candidate) => candidate.id === taskId && candidate.companyId === person.companyId);
    if (!found || !task) throw notFound('task');
    if (!task.assignees.some((holder) => holder.email === person.email)) throw new ApiError(403, 'not_task_holder', 'You do not hold this task; it may have been handed to a colleague. See GET /me/tasks.');
    await checkFormCurrencies(pool, found.state, task, decision.form);
    try {
      const state = await instances.decide(id, { taskId, actor: person.email, ...decision });
      response.json(instanceView(state, person.companyId));
    } catch (error) {
      throw toApiError(error) ?? error;
    }
  });

  // Cancel and withdraw as the person: the same checks as the key routes (api/routes/instances.ts), the workflow's own last.
  router.post('/me/instances/:id/cancel', async (request, response) => {
    const person = personOf(response);
    const { id } = params(request, InstanceParams);
    const { reason } = body(request, MyCancelBody);
    const found = await readInstance(pool, id, person.companyId);
    if (!found) throw notFound('instance');
    if (!isPersonOf(found.state, person.email, person.companyId)) throw new ApiError(403, 'not_allowed', 'You take no part in this instance; only its initiator or an admin of the process may cancel it.');
    try {
      response.json(instanceView(await instances.cancel(id, { actor: person.email, reason }), person.companyId));
    } catch (error) {
      throw toApiError(error) ?? error;
    }
  });

  router.post('/me/instances/:id/withdraw', async (request, response) => {
    const person = personOf(response);
    const { id } = params(request, InstanceParams);
    const { party, reason } = body(request, MyWithdrawBody);
    const found = await readInstance(pool, id, person.companyId);
    if (!found) throw notFound('instance');
    if (found.state.bindings.companies[party] !== person.companyId) throw new ApiError(403, 'not_your_party', `Party "${party}" is not played by your company (${person.companyId}) in this instance.`);
    try {
      response.json(instanceView(await instances.withdraw(id, { actor: person.email, party, reason }), person.companyId));
    } catch (error) {
      throw toApiError(error) ?? error;
    }
  });

  for (const kind of ['delegate', 'reassign'] as const) {
    router.post(`/me/instances/:id/tasks/:taskId/${kind}`, async (request, response) => {
      const person = personOf(response);
      const { id, taskId } = params(request, TaskParams);
      const input = body(request, MyHandOverBody);
      const state = await handOver(pool, client, { kind, companyId: person.companyId, instanceId: id, taskId, actorEmail: person.email, toEmail: input.to, comment: input.comment });
      response.json(instanceView(state, person.companyId));
    });
  }

  router.get('/me/out-of-office', async (_request, response) => {
    const person = personOf(response);
    const found = await asTenant(pool, { companyId: person.companyId, personId: person.personId }, (db) => findPerson(db, person.companyId, person.personId));
    response.json({ outOfOffice: found?.outOfOffice ?? null } satisfies MyOutOfOfficeAnswer);
  });

  router.put('/me/out-of-office', async (request, response) => {
    const person = personOf(response);
    const input = body(request, OutOfOfficeBody);
    const updated = await asTenant(pool, { companyId: person.companyId, personId: person.personId }, (db) =>
      setOutOfOffice(db, person.companyId, person.personId, { delegateEmail: input.colleague, from: new Date(input.from), until: new Date(input.until) }),
    );
    response.json({ outOfOffice: updated.outOfOffice } satisfies MyOutOfOfficeAnswer);
  });

  router.delete('/me/out-of-office', async (_request, response) => {
    const person = personOf(response);
    await asTenant(pool, { companyId: person.companyId, personId: person.personId }, (db) => setOutOfOffice(db, person.companyId, person.personId, null));
    response.json({ outOfOffice: null } satisfies MyOutOfOfficeAnswer);
  });

  router.post('/me/sign-out', async (_request, response) => {
    await endSession(pool, personOf(response));
    clearSessionCookies(response, secureCookies());
    response.json({ signedOut: true } satisfies SignedOutAnswer);
  });

  router.post('/me/sign-out-everywhere', async (_request, response) => {
    const person = personOf(response);
    const ended = await endAllSessions(pool, person.companyId, person.personId);
    clearSessionCookies(response, secureCookies());
    response.json({ signedOut: true, sessionsEnded: ended } satisfies SignedOutEverywhereAnswer);
  });

  return router;
}
