/**
 * What a signed-in person may read of the instances their company takes part in, with the
 * session as credential: the same views a company key reads (instance, timeline, one task with
 * its facts), the template's diagram marked with where the instance stands, the form of each
 * outcome of a task they hold, and a stream of the instance's changes (server-sent events).
 * The console is built on these; the company is the session's, and an instance it does not
 * take part in is a 404, as for keys.
 */
import { Router, type Response } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import { loadTemplate } from '../../activities/mail/index.js';
import { toMermaid } from '../../definitions/diagram.js';
import { isForPeople, shownFacts, stepProgress } from '../../presentation/index.js';
import { decisionForm, type DecisionField } from '../../workflows/core/index.js';
import type { ChangeFeed } from '../changes.js';
import { deliveryProblems } from '../delivery-problems.js';
import { notFound } from '../errors.js';
import { documentRoute } from '../openapi.js';
import { countInstancesByStatus, readInstance, readInstanceStatus } from '../projection.js';
import { instanceFilter, instancePage, type InstancePageAnswer } from './instances.js';
import { InstanceParams, ListInstancesQuery, TaskParams } from '../schemas.js';
import { personOf } from '../session/middleware.js';
import { params, query } from '../validation.js';
import { instanceView, timelineView, taskView, type InstanceView, type TaskView } from '../visibility.js';
import { instanceActions, type InstanceAction } from '../instance-actions.js';
import { isAdminSession } from '../session/admin.js';
import type { DeliveryProblem } from '../delivery-problems.js';
import type { ShownFact, StepProgress } from '../../presentation/index.js';

/** What the routes need. */
export interface MeInstanceRouteDependencies {
  pool: pg.Pool;
  changes: ChangeFeed;
  /** How long one event stream stays open before the browser reconnects (and the session is checked again). */
  streamMs?: number;
}

/** What GET /me/instances answers: a page of GET /instances, with how many instances have each status under the same filters but the status. */
export interface MyInstancePageAnswer extends InstancePageAnswer {
  counts: Record<string, number>;
}

/** What GET /me/instances/{id} answers: the instance as the company sees it, and what the person may do to it now. */
export interface MyInstanceAnswer extends InstanceView {
  actions: InstanceAction[];
}

/** What GET /me/instances/{id}/diagram answers. */
export interface InstanceDiagramAnswer {
  mermaid: string;
  steps: StepProgress;
}

/** What GET /me/instances/{id}/tasks/{taskId} answers. */
export interface MyTaskDetailAnswer extends TaskView {
  deliveryProblems: DeliveryProblem[];
  facts: ShownFact[];
  forms: Array<{ outcome: string; fields: DecisionField[] }>;
}

const json = { 'application/json': { schema: z.object({}).passthrough() } };
documentRoute({ method: 'get', path: '/me/instances', summary: 'The instances my company takes part in, as in GET /instances, with counts per status', request: { query: ListInstancesQuery }, responses: { 200: { description: 'A page of instances, the cursor of the next and the counts', content: json } } });
documentRoute({ method: 'get', path: '/me/instances/{id}', summary: 'An instance my company takes part in, as my company sees it, with the actions I may take on it now (cancel, withdraw a party, delegate or reassign a task)', request: { params: InstanceParams }, responses: { 200: { description: 'The instance', content: json } } });
documentRoute({ method: 'get', path: '/me/instances/{id}/timeline', summary: 'Every decision and action of an instance my company may see', request: { params: InstanceParams }, responses: { 200: { description: 'Events in order', content: json } } });
documentRoute({ method: 'get', path: '/me/instances/{id}/diagram', summary: 'The instance’s template as a Mermaid flowchart, with visited, current and waiting steps marked', request: { params: InstanceParams }, responses: { 200: { description: 'The diagram', content: json } } });
documentRoute({ method: 'get', path: '/me/instances/{id}/tasks/{taskId}', summary: 'A task of my company, with what its holder is shown and, while I hold it, the form of each outcome', request: { params: TaskParams }, responses: { 200: { description: 'The task', content: json } } });
documentRoute({
  method: 'get',
  path: '/me/instances/{id}/events',
  summary: 'Server-sent events: `changed` with the new revision whenever the instance changes (the first at once). The stream ends after some minutes; EventSource reconnects by itself.',
  request: { params: InstanceParams },
  responses: { 200: { description: 'An event stream' } },
});

/** Between keep-alive comments on a quiet stream (proxies close idle connections). */
const KEEP_ALIVE_MS = 25_000;

/** The routes under /me/instances; mount them behind the session check of the /me routes. */
export function meInstanceRoutes({ pool, changes, streamMs = 5 * 60_000 }: MeInstanceRouteDependencies): Router {
  const router = Router();

  const instanceOf = async (response: Response, id: string) => {
    const person = personOf(response);
    const found = await readInstance(pool, id, person.companyId);
    if (!found) throw notFound('instance');
    return { person, state: found.state };
  };

  router.get('/me/instances', async (request, response) => {
    const person = personOf(response);
    const filter = query(request, ListInstancesQuery);
    const [page, counts] = await Promise.all([instancePage(pool, person.companyId, filter), countInstancesByStatus(pool, instanceFilter(person.companyId, filter))]);
    response.json({ ...page, counts } satisfies MyInstancePageAnswer);
  });

  router.get('/me/instances/:id', async (request, response) => {
    const { person, state } = await instanceOf(response, params(request, InstanceParams).id);
    const [template, admin] = await Promise.all([state.lifecycle === 'running' ? loadTemplate(pool, state.templateId, state.templateVersion) : undefined, isAdminSession(pool, person)]);
    response.json({ ...instanceView(state, person.companyId), actions: instanceActions(template, state, { email: person.email, companyId: person.companyId, admin }) } satisfies MyInstanceAnswer);
  });

  router.get('/me/instances/:id/timeline', async (request, response) => {
    const { person, state } = await instanceOf(response, params(request, InstanceParams).id);
    response.json({ events: timelineView(state, person.companyId) });
  });

  router.get('/me/instances/:id/diagram', async (request, response) => {
    const { person, state } = await instanceOf(response, params(request, InstanceParams).id);
    const template = await loadTemplate(pool, state.templateId, state.templateVersion);
    if (!template) throw notFound('template');
    const steps = stepProgress(state, person.companyId);
    response.json({ mermaid: toMermaid(template, steps), steps } satisfies InstanceDiagramAnswer);
  });

  router.get('/me/instances/:id/tasks/:taskId', async (request, response) => {
    const { id, taskId } = params(request, TaskParams);
    const { person, state } = await instanceOf(response, id);
    const task = state.tasks.find((candidate) => candidate.id === taskId && candidate.companyId === person.companyId);
    if (!task) throw notFound('task');
    const template = await loadTemplate(pool, state.templateId, state.templateVersion);
    const holds = task.status === 'open' && task.assignees.some((holder) => holder.email === person.email);
    const now = Date.now();
    const forms = holds && template ? task.outcomes.filter((outcome) => isForPeople(task, outcome)).map((outcome) => ({ outcome, fields: decisionForm(template, state, task.id, outcome, now) })) : [];
    response.json({
      ...taskView(state, task),
      deliveryProblems: await deliveryProblems(pool, person.companyId, id, task),
      facts: shownFacts(template, state, task.stepId, person.companyId),
      forms,
    } satisfies MyTaskDetailAnswer);
  });

  router.get('/me/instances/:id/events', async (request, response) => {
    const person = personOf(response);
    const { id } = params(request, InstanceParams);
    const first = await readInstanceStatus(pool, id, person.companyId, -1);
    if (!first) throw notFound('instance');
    const closed = new AbortController();
    request.on('close', () => closed.abort());
    response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
    const changed = (revision: number) => response.write(`event: changed\ndata: ${JSON.stringify({ revision })}\n\n`);
    response.write('retry: 2000\n\n');
    let revision = first.revision;
    changed(revision);
    const until = Date.now() + streamMs;
    try {
      while (!closed.signal.aborted && Date.now() < until) {
        // Watch first, then read: a change between the read and the wait still wakes the wait.
        const watch = changes.watch([{ instance: id }]);
        try {
          const now = await readInstanceStatus(pool, id, person.companyId, revision);
          if (!now) break;
          if (now.revision !== revision) {
            revision = now.revision;
            changed(revision);
          } else if (!(await watch.wait(Math.min(KEEP_ALIVE_MS, until - Date.now()), closed.signal)) && !closed.signal.aborted) {
            response.write(': still here\n\n');
          }
        } finally {
          watch.close();
        }
      }
    } catch {
      // A failed read after the stream began cannot become an error answer: the stream ends and the browser reconnects.
    } finally {
      response.end();
    }
  });

  return router;
}
