/**
 * Emailed task links, for approvers who have no account: the link is their credential.
 *
 * GET never acts: mail scanners and link previewers fetch every link in a mail, so a GET
 * only shows a page. A decision link's page holds a form; the POST of that form, with the
 * confirmation field only that page carries, uses the link once and records the decision
 * through the workflow as the link's recipient. Every request first checks the token's
 * signature and that the stored link says the same; see the README ("Emailed tasks").
 */
import type { Client } from '@temporalio/client';
import express, { Router, type ErrorRequestHandler, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type pg from 'pg';
import { z } from 'zod';
import { claimsOf, describeTask, type InstanceRecord, type LinkSigner, loadInstance } from '../../activities/mail/index.js';
import { InstanceClient } from '../instance-client.js';
import type { InstanceState, Person, Task } from '../../workflows/schemas.js';
import { bindingMatches, consumeLink, findLink, releaseLink, siblingsOf, type ActionLink } from '../action-links.js';
import { deliveryProblems } from '../delivery-problems.js';
import { pageRefusalOf } from '../errors.js';
import { decisionsCounter } from '../observability.js';
import { sendDocument } from '../mdf/document-download.js';
import { readDocumentByHash } from '../mdf/fund-requests.js';
import { decisionPage } from '../pages/decision-page.js';
import { readFields, type Submitted } from '../pages/form-fields.js';
import { sendPage } from '../pages/layout.js';
import { invalidLink, LinkRefusal, refusalOf } from '../pages/link-refusal.js';
import { noticePage, recordedPage } from '../pages/notice-page.js';
import { taskPage } from '../pages/task-page.js';
import { asCompany } from '../projection.js';

/** What the link routes need. */
export interface ActRouteDependencies {
  pool: pg.Pool;
  client: Client;
  signer: LinkSigner;
  /** Requests per client address per minute; a person clicking needs a handful. */
  perMinute?: number;
}

/** Enough for a team behind one office address; few enough that guessing tokens gets nowhere. */
export const LINK_REQUESTS_PER_MINUTE = 120;

/** One value per name: a form posted twice over itself (duplicate names) is not this page's form. */
const FormBody = z.record(z.string(), z.string());

/** A verified link, its task, and the recipient's other links from the same mail. */
interface Visit {
  link: ActionLink;
  record: InstanceRecord;
  task: Task;
  recipient: Person;
  siblings: ActionLink[];
}

/** The routes under /act. Mount them outside the API-key router: the token authenticates. */
export function actRoutes({ pool, client, signer, perMinute = LINK_REQUESTS_PER_MINUTE }: ActRouteDependencies): Router {
  const instances = new InstanceClient(client);
  const router = Router();
  // Links carry no API key, so the limit is per client address (the socket's: proxies are not trusted).
  router.use(
    rateLimit({
      windowMs: 60_000,
      limit: perMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_request, response) =>
        sendPage(response, 429, noticePage('Too many requests', 'This address has opened too many task links in the last minute. Wait a minute, then open the link again.', 'rate_limited')),
    }),
  );
  // Hrefs are relative (`<token>` next to `/act/<token>`), so pages work behind a path prefix.
  const href = (link: ActionLink) => signer.sign(claimsOf(link));
  const usable = (link: ActionLink, now = Date.now()) => !link.used_at && !link.revoked_at && link.expires_at.getTime() > now;
  const taskHref = (visit: Visit) => {
    const view = visit.siblings.find((sibling) => sibling.purpose === 'view');
    return view && usable(view) ? href(view) : undefined;
  };
  // In the order the template lists the outcomes, as the mail does.
  const otherOutcomes = (visit: Visit) =>
    visit.task.outcomes.flatMap((outcome) => visit.siblings.filter((sibling) => sibling.purpose === 'decide' && sibling.outcome === outcome && usable(sibling)).map((sibling) => ({ outcome, href: href(sibling) })));

  async function visit(token: string): Promise<Visit> {
    const claims = signer.verify(token);
    const link = claims ? await findLink(pool, claims.id) : undefined;
    if (!claims || !link || !bindingMatches(link, claims)) throw invalidLink();
    // Read as the API role with the task's company set, so row-level security confines a link to its own company's rows.
    const record = await asCompany(pool, link.company_id, (client) => loadInstance(client, link.instance_id));
    const task = record?.state.tasks.find((candidate) => candidate.id === link.task_id);
    if (!record || !task) throw new LinkRefusal(410, 'task_gone', 'This task no longer exists', 'The process this link belonged to has been removed.');
    return { link, record, task, recipient: personOf(record.state, task, link.recipient), siblings: await siblingsOf(pool, link) };
  }

  function showDecision(response: Response, status: number, at: Visit, extra: { submitted?: Submitted; problem?: string; fieldProblems?: Record<string, string> } = {}): void {
    const context = { ...describeTask(at.record, at.task, at.recipient), documentsAt: taskHref(at) };
    const view = { context, task: at.task, outcome: at.link.outcome ?? '', recipient: at.link.recipient, confirmation: signer.confirmation(at.link.id), expiresAt: at.link.expires_at.getTime(), otherOutcomes: otherOutcomes(at) };
    sendPage(response, status, decisionPage({ ...view, ...extra }));
  }

  router.get('/:token', async (request, response) => {
    const at = await visit(request.params.token);
    if (at.link.purpose === 'view') {
      if (at.link.expires_at.getTime() <= Date.now()) throw new LinkRefusal(410, 'link_expired', 'This link has expired', 'Links to a task stop working some weeks after it was due.');
      const assigned = at.task.assignees.some((person) => person.email === at.link.recipient);
      const decisions = otherOutcomes(at);
      const problems = await deliveryProblems(pool, at.link.company_id, at.link.instance_id, at.task);
      const context = { ...describeTask(at.record, at.task, at.recipient), documentsAt: request.params.token };
      sendPage(response, 200, taskPage({ context, task: at.task, recipient: at.link.recipient, assigned, decisions, deliveryProblems: problems }));
      return;
    }
    const refusal = refusalOf(at.link, at.task, taskHref(at));
    if (refusal) throw refusal;
    showDecision(response, 200, at);
  });

  // A document the task page lists, through the recipient's read-only task link: only `view`
  // links open documents, and only those the page shows this recipient.
  router.get('/:token/documents/:sha256', async (request, response) => {
    const at = await visit(request.params.token);
    if (at.link.purpose !== 'view') throw new LinkRefusal(403, 'link_cannot_read', 'This link does not open documents', 'Open the documents from the task page: use “See the task” in your mail.');
    if (at.link.revoked_at || at.link.expires_at.getTime() <= Date.now()) throw new LinkRefusal(410, 'link_expired', 'This link has expired', 'Links to a task stop working some weeks after it was due.');
    const sha256 = request.params.sha256;
    const listed = describeTask(at.record, at.task, at.recipient).facts.some((fact) => fact.documents?.some((document) => document.sha256 === sha256));
    const document = listed ? await readDocumentByHash(pool, at.link.instance_id, at.link.company_id, sha256) : undefined;
    if (!document) throw new LinkRefusal(404, 'document_not_found', 'This document is not here', 'The task page lists the documents you can open; open them from there.', linksTo(`../../${request.params.token}`));
    sendDocument(response, document, { inline: true });
  });

  router.post('/:token', express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 100 }), async (request, response) => {
    const at = await visit(request.params.token);
    if (at.link.purpose !== 'decide') throw new LinkRefusal(403, 'link_cannot_decide', 'This link cannot record an answer', 'It only shows the task. Use one of the answer buttons on the task page.');
    // Browsers mark requests from other sites; a form elsewhere that posts here is refused.
    if (request.get('sec-fetch-site') === 'cross-site') throw new LinkRefusal(403, 'cross_site', 'Answer from the Tandem page', 'Answers can only be sent from the page the link opens.');
    const parsed = FormBody.safeParse(request.body ?? {});
    if (!parsed.success) throw new LinkRefusal(400, 'malformed_form', 'The answer could not be read', 'Open the link from your mail again and send the form from that page.');
    const submitted = parsed.data;
    if (!signer.confirms(at.link.id, submitted['confirm'] ?? '')) {
      throw new LinkRefusal(403, 'confirmation_mismatch', 'Answer from the Tandem page', 'This answer did not come from the page of this link. Open the link from your mail and send the form there.');
    }
    if (submitted['outcome'] !== at.link.outcome) throw new LinkRefusal(403, 'outcome_mismatch', 'This link records another answer', 'Open the link of the answer you want from your mail.');
    const refusal = refusalOf(at.link, at.task, taskHref(at));
    if (refusal) throw refusal;

    const { values, problems } = readFields(describeTask(at.record, at.task, at.recipient).fields, submitted);
    if (Object.keys(problems).length > 0) return showDecision(response, 422, at, { submitted, fieldProblems: problems, problem: 'Some fields need another look; nothing has been recorded yet.' });
    if (!(await consumeLink(pool, at.link))) {
      // Another request used (or expired) the link since the checks above.
      const now = await visit(request.params.token);
      throw refusalOf(now.link, now.task, taskHref(now)) ?? new LinkRefusal(409, 'link_busy', 'Your answer is being recorded', 'Another answer with this link is being sent right now. Open the task in a minute to see the result.', linksTo(taskHref(now)));
    }
    const comment = (submitted['comment'] ?? '').trim();
    let state: InstanceState;
    try {
      state = await instances.decide(at.link.instance_id, {
        taskId: at.task.id,
        actor: at.link.recipient,
        outcome: at.link.outcome ?? '',
        ...(comment ? { comment } : {}),
        ...(Object.keys(values).length > 0 ? { form: values } : {}),
      });
    } catch (error) {
      // The workflow recorded nothing; the link stays usable for a corrected answer.
      await releaseLink(pool, at.link);
      const refused = pageRefusalOf(error);
      if (!refused) throw error;
      if (refused.page === 'correct') return showDecision(response, 422, at, { submitted, problem: `Nothing has been recorded yet: ${refused.error.message}` });
      throw new LinkRefusal(410, refused.page.code, refused.page.title, refused.page.message ?? refused.error.message, linksTo(taskHref(at)));
    }
    decisionsCounter.inc({ channel: 'email' });
    const decided = state.tasks.find((task) => task.id === at.task.id) ?? at.task;
    sendPage(response, 200, recordedPage({ task: decided, outcome: at.link.outcome ?? '', instanceTitle: state.title, instanceStatus: state.status, backHref: taskHref(at) }));
  });

  router.use(pageErrors);
  return router;
}

const linksTo = (href: string | undefined) => (href ? [{ label: 'See the task', href }] : []);

/** The recipient as the instance knows them; their address alone if it does not. */
function personOf(state: InstanceState, task: Task, email: string): Person {
  const known = [...task.assignees, ...Object.values(state.bindings.participants).flat()].find((person) => person.email === email);
  return known ?? { name: email, email, company: task.companyId };
}

/** Errors under /act are pages, not JSON: the reader is a person in a browser. */
const pageErrors: ErrorRequestHandler = (error: unknown, request, response, _next) => {
  if (error instanceof LinkRefusal) return sendPage(response, error.status, noticePage(error.title, error.message, error.code, error.links));
  if (typeof error === 'object' && error !== null && 'type' in error && error.type === 'entity.too.large') {
    return sendPage(response, 413, noticePage('The answer is too long', 'Shorten the comment and send it again.', 'payload_too_large'));
  }
  const requestId = String(response.getHeader('x-request-id'));
  console.error(JSON.stringify({ level: 'error', msg: 'unhandled error', requestId, method: request.method, path: '/act/:token', error: error instanceof Error ? error.stack : String(error) }));
  sendPage(response, 500, noticePage('Something went wrong on our side', `Nothing was recorded. Try again in a minute; if it keeps happening, quote request id ${requestId}.`, 'internal'));
};
