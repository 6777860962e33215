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
import express, { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type pg from 'pg';
import { z } from 'zod';
import { claimsOf, describeTask, type InstanceRecord, type LinkSigner, loadInstance } from '../../activities/mail/index.js';
import { InstanceClient } from '../instance-client.js';
import type { Decision, InstanceState, Person, Task } from '../../workflows/schemas.js';
import { checkDecision, decisionForm, Failure, type DecisionField, type FailureDetails } from '../../workflows/core/index.js';
import type { Template } from '../../definitions/template.js';
import { findPersonByEmail } from '../../activities/directory/index.js';
import { isForPeople } from '../../presentation/index.js';
import { languageFromHeader, languageOf, messagesIn, type Language } from '../../presentation/messages.js';
import { bindingMatches, consumeLink, findLink, releaseLink, siblingsOf, type ActionLink } from '../action-links.js';
import { deliveryProblems } from '../delivery-problems.js';
import { failurePage, pageRefusalOf } from '../errors.js';
import { decisionsCounter } from '../observability.js';
import { sendDocument } from '../mdf/document-download.js';
import { readDocumentByHash } from '../mdf/fund-requests.js';
import { answerRefusalText } from '../pages/answer-refusal.js';
import { decisionPage } from '../pages/decision-page.js';
import { readFields, type Submitted } from '../pages/form-fields.js';
import { sendPage } from '../pages/layout.js';
import { invalidLink, LinkRefusal, onward, refusal as refusalPage, refusalOf } from '../pages/link-refusal.js';
import { noticePage, recordedPage } from '../pages/notice-page.js';
import { taskPage } from '../pages/task-page.js';
import { asCompany } from '../projection.js';
import { forbiddenText } from '../text-edge.js';

/** What the link routes need. */
export interface ActRouteDependencies {
  pool: pg.Pool;
  client: Client;
  signer: LinkSigner;
  /** Requests per minute per link, per task and per client address; see {@link LINK_LIMITS}. */
  limits?: LinkLimits;
}

/** How many requests a minute the link routes serve, per link token, per task and per client address. */
export interface LinkLimits {
  perToken: number;
  perTask: number;
  perAddress: number;
}

/**
 * Mail security gateways fetch every link of a mail (often several times, from one shared
 * address), and a company's approvers sit behind one NAT address: a limit per address alone
 * would lock a real approver out after a gateway's prefetches. So each link token has its
 * own small allowance (a person needs a handful: the page, a corrected form, the answer),
 * each task a larger one (all its holders' links), and an address only a far higher ceiling
 * that stops a flood. Guessing gets nowhere either way: a token is signed.
 */
export const LINK_LIMITS: LinkLimits = { perToken: 30, perTask: 120, perAddress: 1200 };

/** One value per name: a form posted twice over itself (duplicate names) is not this page's form. */
const FormBody = z.record(z.string(), z.string());

/** A verified link, its task, and the recipient's other links from the same mail. */
interface Visit {
  link: ActionLink;
  record: InstanceRecord;
  task: Task;
  recipient: Person;
  siblings: ActionLink[];
  /** The recipient's language as the directory knows it; English otherwise. */
  language: Language;
}

/** The routes under /act. Mount them outside the API-key router: the token authenticates. */
export function actRoutes({ pool, client, signer, limits = LINK_LIMITS }: ActRouteDependencies): Router {
  const instances = new InstanceClient(client);
  const router = Router();
  const limited = (name: string, limit: number, key?: (request: Request) => string) =>
    rateLimit({
      windowMs: 60_000,
      limit,
      identifier: name,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      ...(key ? { keyGenerator: key } : {}),
      // Sent before the link is looked up, so the recipient is not known yet: the browser's language.
      handler: (request, response) => {
        const language = languageFromHeader(request.get('accept-language'));
        const words = messagesIn(language);
        sendPage(response, 429, noticePage(words.tooManyTitle, words.tooManyMessage, 'rate_limited', [], language));
      },
    });
  // The address (the socket's: proxies are not trusted) only at a high ceiling; then the token
  // and its task, from the path, whatever address the requests come from.
  router.use(limited('per-address', limits.perAddress));
  router.use('/:token', limited('per-token', limits.perToken, (request) => `token:${tokenOf(request)}`));
  router.use('/:token', limited('per-task', limits.perTask, (request) => {
    const claims = signer.verify(tokenOf(request));
    // An unsigned token names no task; it counts against the token and the address only.
    return claims ? `task:${claims.instanceId}:${claims.taskId}` : `token:${tokenOf(request)}`;
  }));
  // Hrefs are relative (`<token>` next to `/act/<token>`), so pages work behind a path prefix.
  const href = (link: ActionLink) => signer.sign(claimsOf(link));
  const usable = (link: ActionLink, now = Date.now()) => !link.used_at && !link.revoked_at && link.expires_at.getTime() > now;
  const taskHref = (visit: Visit) => {
    const view = visit.siblings.find((sibling) => sibling.purpose === 'view');
    return view && usable(view) ? href(view) : undefined;
  };
  // In the order the template lists the outcomes, as the mail does; never one only the system takes.
  const otherOutcomes = (visit: Visit) =>
    visit.task.outcomes.filter((outcome) => isForPeople(visit.task, outcome)).flatMap((outcome) => visit.siblings.filter((sibling) => sibling.purpose === 'decide' && sibling.outcome === outcome && usable(sibling)).map((sibling) => ({ outcome, href: href(sibling) })));

  async function visit(token: string, request: Request): Promise<Visit> {
    const claims = signer.verify(token);
    const link = claims ? await findLink(pool, claims.id) : undefined;
    // Before the link is known there is no recipient whose language to use: the browser's.
    if (!claims || !link || !bindingMatches(link, claims)) throw invalidLink(languageFromHeader(request.get('accept-language')));
    // Read as the API role with the task's company set, so row-level security confines a link to its own company's rows.
    const person = await asCompany(pool, link.company_id, (client) => findPersonByEmail(client, link.company_id, link.recipient));
    const language = languageOf(person?.language);
    const record = await asCompany(pool, link.company_id, (client) => loadInstance(client, link.instance_id));
    const task = record?.state.tasks.find((candidate) => candidate.id === link.task_id);
    if (!record || !task) throw refusalPage(410, 'task_gone', messagesIn(language).refusals.taskGone, language);
    return { link, record, task, recipient: personOf(record.state, task, link.recipient), siblings: await siblingsOf(pool, link), language };
  }

  /** The fields of the link's outcome, with the currency and limits the instance fixes now. */
  const formOf = (at: Visit): DecisionField[] => (at.record.template ? decisionForm(at.record.template, at.record.state, at.task.id, at.link.outcome ?? '', Date.now()) : []);

  function showDecision(response: Response, status: number, at: Visit, extra: { submitted?: Submitted; problem?: string; fieldProblems?: Record<string, string> } = {}): void {
    const context = { ...describeTask(at.record, at.task, at.recipient, at.language), documentsAt: taskHref(at) };
    const view = {
      context,
      task: at.task,
      outcome: at.link.outcome ?? '',
      fields: formOf(at),
      recipient: at.link.recipient,
      confirmation: signer.confirmation(at.link.id),
      expiresAt: at.link.expires_at.getTime(),
      otherOutcomes: otherOutcomes(at).filter(({ outcome }) => outcome !== at.link.outcome),
      language: at.language,
    };
    sendPage(response, status, decisionPage({ ...view, ...extra }));
  }

  router.get('/:token', async (request, response) => {
    const at = await visit(request.params.token, request);
    const words = messagesIn(at.language);
    if (at.link.purpose === 'view') {
      if (at.link.expires_at.getTime() <= Date.now()) throw refusalPage(410, 'link_expired', words.refusals.linkExpired, at.language);
      const assigned = at.task.assignees.some((person) => person.email === at.link.recipient);
      const decisions = otherOutcomes(at);
      const problems = await deliveryProblems(pool, at.link.company_id, at.link.instance_id, at.task);
      const context = { ...describeTask(at.record, at.task, at.recipient, at.language), documentsAt: request.params.token };
      sendPage(response, 200, taskPage({ context, task: at.task, recipient: at.link.recipient, assigned, decisions, deliveryProblems: problems, language: at.language }));
      return;
    }
    const refusal = refusalOf(at.link, at.task, taskHref(at), at.language);
    if (refusal) throw refusal;
    showDecision(response, 200, at);
  });

  // A document the task page lists, through the recipient's read-only task link: only `view`
  // links open documents, and only those the page shows this recipient.
  router.get('/:token/documents/:sha256', async (request, response) => {
    const at = await visit(request.params.token, request);
    const words = messagesIn(at.language);
    if (at.link.purpose !== 'view') throw refusalPage(403, 'link_cannot_read', words.refusals.linkCannotRead, at.language);
    if (at.link.revoked_at || at.link.expires_at.getTime() <= Date.now()) throw refusalPage(410, 'link_expired', words.refusals.linkExpired, at.language);
    const sha256 = request.params.sha256;
    const listed = describeTask(at.record, at.task, at.recipient).facts.some((fact) => fact.documents?.some((document) => document.sha256 === sha256));
    const document = listed ? await readDocumentByHash(pool, at.link.instance_id, at.link.company_id, sha256) : undefined;
    if (!document) throw refusalPage(404, 'document_not_found', words.refusals.documentNotFound, at.language, `../../${request.params.token}`);
    sendDocument(response, document, { inline: true });
  });

  router.post('/:token', express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 100 }), async (request, response) => {
    const at = await visit(request.params.token, request);
    const words = messagesIn(at.language);
    const { refusals } = words;
    if (at.link.purpose !== 'decide') throw refusalPage(403, 'link_cannot_decide', refusals.linkCannotDecide, at.language);
    // Browsers mark requests from other sites; a form elsewhere that posts here is refused.
    if (request.get('sec-fetch-site') === 'cross-site') throw refusalPage(403, 'cross_site', refusals.crossSite, at.language);
    const parsed = FormBody.safeParse(request.body ?? {});
    if (!parsed.success) throw refusalPage(400, 'malformed_form', refusals.malformedForm, at.language);
    const submitted = parsed.data;
    if (!signer.confirms(at.link.id, submitted['confirm'] ?? '')) throw refusalPage(403, 'confirmation_mismatch', refusals.confirmationMismatch, at.language);
    if (submitted['outcome'] !== at.link.outcome) throw refusalPage(403, 'outcome_mismatch', refusals.outcomeMismatch, at.language);
    const refusal = refusalOf(at.link, at.task, taskHref(at), at.language);
    if (refusal) throw refusal;

    // The same rule as every JSON body (text-edge.ts): nothing a page or mail cannot show is recorded.
    if (forbiddenText(submitted)) return showDecision(response, 422, at, { submitted, problem: messagesIn(at.language).unreadableCharacter });
    const { values, problems } = readFields(formOf(at), submitted);
    if (Object.keys(problems).length > 0) return showDecision(response, 422, at, { submitted, fieldProblems: problems, problem: words.fixFields });
    const comment = (submitted['comment'] ?? '').trim();
    const decision = {
      taskId: at.task.id,
      actor: at.link.recipient,
      outcome: at.link.outcome ?? '',
      ...(comment ? { comment } : {}),
      ...(Object.keys(values).length > 0 ? { form: values } : {}),
    };
    // The workflow's own check, asked before the link is used: an answer it would refuse is
    // shown again with what to fix, and the link stays as it was.
    const refused = at.record.template ? precheck(at.record.template, at.record.state, decision) : undefined;
    const worded = refused && answerRefusalText(words, refused.type, refused.details);
    if (refused?.fields) return showDecision(response, 422, at, { submitted, fieldProblems: worded ? reworded(refused.fields, worded) : refused.fields, problem: words.fixFields });
    if (refused) return showDecision(response, 422, at, { submitted, problem: words.notRecorded(worded ?? refused.message) });
    if (!(await consumeLink(pool, at.link))) {
      // Another request used (or expired) the link since the checks above.
      const now = await visit(request.params.token, request);
      throw refusalOf(now.link, now.task, taskHref(now), now.language) ?? refusalPage(409, 'link_busy', refusals.linkBusy, now.language, taskHref(now));
    }
    let state: InstanceState;
    try {
      state = await instances.decide(at.link.instance_id, decision);
    } catch (error) {
      // The workflow recorded nothing; the link stays usable for a corrected answer.
      await releaseLink(pool, at.link);
      const refusal = pageRefusalOf(error);
      if (!refusal) throw error;
      // E.g. the allocation had less available when the workflow asked the ledger than the projection showed.
      if (refusal.page === 'correct') return showDecision(response, 422, at, { submitted, problem: words.notRecorded(answerRefusalText(words, refusal.type, refusal.details) ?? refusal.error.message) });
      throw closingRefusal(refusal.page, refusal.error.message, at.language, taskHref(at));
    }
    decisionsCounter.inc({ channel: 'email' });
    const decided = state.tasks.find((task) => task.id === at.task.id) ?? at.task;
    sendPage(response, 200, recordedPage({ task: decided, outcome: at.link.outcome ?? '', instanceTitle: state.title, instanceStatus: state.status, backHref: taskHref(at), language: at.language }));
  });

  router.use(pageErrors);
  return router;
}

/** The token of a link request, from the `/:token` the limiters are mounted on. */
const tokenOf = (request: Request): string => String(request.params['token'] ?? '');

/**
 * The page for a decision the workflow refused in a way that closes the link (the task was
 * closed or handed on meanwhile): the catalog's words for that code, the catalogue's otherwise.
 */
function closingRefusal(page: { code: string; title: string; message?: string }, message: string, language: Language, taskHref: string | undefined): LinkRefusal {
  const { refusals } = messagesIn(language);
  if (page.code === 'task_closed') return refusalPage(410, page.code, { title: refusals.taskClosed, message: refusals.noMoreAnswers }, language, taskHref);
  if (page.code === 'link_revoked') return refusalPage(410, page.code, refusals.linkRevoked, language, taskHref);
  return new LinkRefusal(410, page.code, page.title, page.message ?? message, onward(language, taskHref), language);
}

/**
 * Why the workflow would refuse `decision` now, if it would and the page can say so (a
 * refusal the catalogue corrects on the page); checked on the projected state, so the
 * workflow's own check when the decision arrives stays the last word.
 */
function precheck(template: Template, state: InstanceState, decision: Decision): { type: string; message: string; fields?: Record<string, string>; details?: FailureDetails } | undefined {
  try {
    checkDecision(template, state, decision, Date.now());
    return undefined;
  } catch (error) {
    if (!(error instanceof Failure) || failurePage(error.type) !== 'correct') return undefined;
    return { type: error.type, message: error.message, ...(error.fields ? { fields: error.fields } : {}), ...(error.details ? { details: error.details } : {}) };
  }
}

/** The same words for every field a refusal names. */
function reworded(fields: Record<string, string>, text: string): Record<string, string> {
  return Object.fromEntries(Object.keys(fields).map((name) => [name, text]));
}

/** The recipient as the instance knows them; their address alone if it does not. */
function personOf(state: InstanceState, task: Task, email: string): Person {
  const known = [...task.assignees, ...Object.values(state.bindings.participants).flat()].find((person) => person.email === email);
  return known ?? { name: email, email, company: task.companyId };
}

/** Errors under /act are pages, not JSON: the reader is a person in a browser. */
const pageErrors: ErrorRequestHandler = (error: unknown, request, response, _next) => {
  if (error instanceof LinkRefusal) return sendPage(response, error.status, noticePage(error.title, error.message, error.code, error.links, error.language));
  // Before the link is read, or when reading it failed: the browser's language.
  const language = languageFromHeader(request.get('accept-language'));
  const { refusals } = messagesIn(language);
  if (typeof error === 'object' && error !== null && 'type' in error && error.type === 'entity.too.large') {
    return sendPage(response, 413, noticePage(refusals.tooLong.title, refusals.tooLong.message, 'payload_too_large', [], language));
  }
  const requestId = String(response.getHeader('x-request-id'));
  console.error(JSON.stringify({ level: 'error', msg: 'unhandled error', requestId, method: request.method, path: '/act/:token', error: error instanceof Error ? error.stack : String(error) }));
  const internal = refusals.internal(requestId);
  sendPage(response, 500, noticePage(internal.title, internal.message, 'internal', [], language));
};
