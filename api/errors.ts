/**
 * Every error the API returns is JSON `{ error: { code, message, details? } }` with a
 * stable code. Domain failures are mapped to HTTP status here, in one place; anything
 * unexpected becomes a 500 without a stack trace or a database message.
 */
import { ServiceError, WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { ErrorRequestHandler } from 'express';
import { DirectoryError } from '../activities/directory/index.js';
import { FailureType } from '../workflows/handlers.js';

/** body-parser's error type for a body that is not UTF-8 (text-edge.ts). */
export const INVALID_UTF8 = 'encoding.invalid';

/** An error meant for the client, with its status and stable code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** Seconds after which a retry may succeed, sent as `Retry-After`. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** 404 for what does not exist *or is not the caller's*: ids of others never leak. */
export const notFound = (what: string) => new ApiError(404, 'not_found', `There is no ${what} that you can see.`);

/**
 * What an emailed task page (`/act`) does with a refused decision: `correct` shows the form
 * again with the problem (nothing was recorded, the link stays usable); a closing entry ends
 * the link with 410 and says why.
 */
export type PageRefusal = 'correct' | { code: string; title: string; message?: string };

/** One refusal of the catalogue: its HTTP status and code, and what an emailed task page makes of it. */
interface Refusal {
  status: number;
  code: string;
  page?: PageRefusal;
}

const TASK_CLOSED: PageRefusal = { code: 'task_closed', title: 'This task is already closed' };

/**
 * The failure catalogue: every refusal the core names (a template defect is the server's
 * fault, so it stays a 500) → status and code for the API, and its page refusal for emailed
 * links. 403 where the person may not do it, 404 for what does not exist, 409 where the
 * instance's state is in the way, 422 where the request itself does not fit. Authorization
 * refusals share the stable code `not_allowed`; the message says which rule refused.
 */
const REFUSALS: Record<Exclude<FailureType, 'TemplateDefect'>, Refusal> = {
  [FailureType.NotYourTask]: { status: 403, code: 'not_your_task', page: { code: 'link_revoked', title: 'This task is no longer yours', message: 'It has been handed to someone else.' } },
  [FailureType.NotInitiatorOrAdmin]: { status: 403, code: 'not_allowed' },
  [FailureType.NotAdmin]: { status: 403, code: 'not_allowed' },
  [FailureType.NotInParty]: { status: 403, code: 'not_allowed' },
  [FailureType.UnknownTask]: { status: 404, code: 'not_found' },
  [FailureType.UnknownParty]: { status: 404, code: 'not_found' },
  [FailureType.TaskNotOpen]: { status: 409, code: 'task_not_open', page: TASK_CLOSED },
  [FailureType.InstanceNotRunning]: { status: 409, code: 'instance_not_running', page: TASK_CLOSED },
  [FailureType.PartyAlreadyWithdrawn]: { status: 409, code: 'already_withdrawn' },
  [FailureType.AlreadyHoldsTask]: { status: 409, code: 'already_holds_task' },
  [FailureType.HoldsNothing]: { status: 409, code: 'holds_nothing' },
  [FailureType.NoIncident]: { status: 409, code: 'no_incident' },
  [FailureType.InvalidVariable]: { status: 422, code: 'invalid_variable' },
  [FailureType.OutcomeNotAllowed]: { status: 422, code: 'outcome_not_allowed', page: 'correct' },
  [FailureType.InvalidForm]: { status: 422, code: 'invalid_form', page: 'correct' },
  [FailureType.InvalidStartInput]: { status: 422, code: 'invalid_start_input' },
  [FailureType.CurrencyMismatch]: { status: 422, code: 'currency_mismatch', page: 'correct' },
  [FailureType.AmountAboveLimit]: { status: 422, code: 'amount_above_limit', page: 'correct' },
  [FailureType.InsufficientFunds]: { status: 422, code: 'insufficient_funds', page: 'correct' },
  [FailureType.RecipientAtOtherCompany]: { status: 422, code: 'recipient_at_other_company' },
  [FailureType.MigrationTargetInvalid]: { status: 422, code: 'migration_target_invalid' },
  [FailureType.MigrationMappingInvalid]: { status: 422, code: 'migration_mapping_invalid' },
  [FailureType.MigrationStepUnmapped]: { status: 409, code: 'migration_step_unmapped' },
  [FailureType.MigrationStepIncompatible]: { status: 409, code: 'migration_step_incompatible' },
  [FailureType.MigrationBindingsMissing]: { status: 409, code: 'migration_bindings_missing' },
};

function refusalOf(type: string | undefined | null): Refusal | undefined {
  return Object.entries(REFUSALS).find(([name]) => name === type)?.[1];
}

/** The status and code of a workflow failure type, if it is a refusal the API maps. */
export function failureStatus(type: string | undefined | null): [number, string] | undefined {
  const refusal = refusalOf(type);
  return refusal && [refusal.status, refusal.code];
}

/** What an emailed task page does with a failure of the core of this type, if the catalogue says. */
export function failurePage(type: string): PageRefusal | undefined {
  return refusalOf(type)?.page;
}

/** A refused workflow update as an emailed task page shows it: the API error and the page's refusal, if the catalogue gives one. */
export function pageRefusalOf(error: unknown): { error: ApiError; page: PageRefusal; type: string; details: unknown } | undefined {
  if (!(error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure)) return undefined;
  const refusal = refusalOf(error.cause.type);
  if (!refusal?.page) return undefined;
  return { error: new ApiError(refusal.status, refusal.code, error.cause.message), page: refusal.page, type: error.cause.type ?? '', details: error.cause.details?.[0] };
}

/** Converts a known failure into an {@link ApiError}; returns undefined for anything else. */
export function toApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof DirectoryError) return new ApiError(error.status, error.code, error.message, error.details);
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const mapped = failureStatus(error.cause.type);
    if (mapped) return new ApiError(mapped[0], mapped[1], error.cause.message);
  }
  if (error instanceof WorkflowNotFoundError) return notFound('instance');
  if (typeof error === 'object' && error !== null && 'type' in error && 'status' in error && typeof error.status === 'number') {
    // body-parser's errors
    if (error.type === 'entity.too.large') return new ApiError(413, 'payload_too_large', 'The request body is too large.');
    if (error.type === 'entity.parse.failed') return new ApiError(400, 'malformed_json', 'The request body is not valid JSON.');
    if (error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') return new ApiError(415, 'unsupported_media_type', 'Send the body as UTF-8 JSON.');
    if (error.type === INVALID_UTF8) return new ApiError(400, 'invalid_utf8', 'The request body is not valid UTF-8; send the text encoded as UTF-8.');
  }
  return infrastructureError(error);
}

/** The one error mapper, mounted last. */
export const errorMapper: ErrorRequestHandler = (error: unknown, request, response, _next) => {
  const known = toApiError(error);
  if (known) {
    if (known.retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(known.retryAfterSeconds));
    response.status(known.status).json({ error: { code: known.code, message: known.message, ...(known.details === undefined ? {} : { details: known.details }) } });
    return;
  }
  const requestId = response.getHeader('x-request-id');
  console.error(JSON.stringify({ level: 'error', msg: 'unhandled error', requestId, method: request.method, path: request.path, error: error instanceof Error ? error.stack : String(error) }));
  response.status(500).json({ error: { code: 'internal', message: `Something went wrong on our side; the request was not completed. Quote request id ${String(requestId)} when reporting it.` } });
};

// ── Infrastructure outages ────────────────────────────────────────────────────────────────
// Postgres or Temporal not answering is not the request's fault and usually passes: the
// client hears 503 with Retry-After and a stable code, never 500 `internal`.

/** Seconds a client is asked to wait before retrying after an outage. */
export const OUTAGE_RETRY_AFTER_SECONDS = 2;

/** SQLSTATEs of a lost or refused database connection: class 08, shutdowns (57P01–57P03), too many connections. */
const DATABASE_OUTAGE_STATES = /^(08...|57P0[123]|53300)$/;
/** Node's socket errors: the database is the API's only raw-socket peer (Temporal errors come wrapped by its client). */
const SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** What node-postgres says when a connection breaks, or when no pooled connection frees up in time. */
const DATABASE_OUTAGE_MESSAGES = /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Cannot use a pool after calling end|Client was closed and is not queryable/i;
/** gRPC status codes of a Temporal that cannot answer now: DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, UNAVAILABLE. */
const TEMPORAL_OUTAGE_CODES = new Set([4, 8, 14]);

/** The error and its causes, outermost first. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== undefined && current !== null && chain.length < 8; current = current instanceof Error ? current.cause : undefined) chain.push(current);
  return chain;
}

function field(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? Reflect.get(error, name) : undefined;
}

/** True when `error` says Temporal could not be reached or did not answer in time. */
export function isTemporalOutage(error: unknown): boolean {
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return true;
  return causes(error).some((cause) => {
    const code = field(cause, 'code');
    // A gRPC status carries its code beside `details` and `metadata`; ServiceError wraps it.
    return (cause instanceof ServiceError || field(cause, 'metadata') !== undefined) && typeof code === 'number' && TEMPORAL_OUTAGE_CODES.has(code);
  });
}

/** True when `error` says Postgres could not be reached, dropped the connection, or had no connection free in time. */
export function isDatabaseOutage(error: unknown): boolean {
  return causes(error).some((cause) => {
    const code = field(cause, 'code');
    if (typeof code === 'string' && (DATABASE_OUTAGE_STATES.test(code) || SOCKET_ERRORS.has(code))) return true;
    return cause instanceof Error && DATABASE_OUTAGE_MESSAGES.test(cause.message);
  });
}

/** Maps an outage of Postgres or Temporal to 503 with Retry-After; undefined for anything else. */
export function infrastructureError(error: unknown): ApiError | undefined {
  if (isTemporalOutage(error)) {
    return new ApiError(503, 'temporal_unavailable', 'The workflow service is not reachable right now, so the request may not have been completed. Retry it (with the same Idempotency-Key) after the time in the Retry-After header.', undefined, OUTAGE_RETRY_AFTER_SECONDS);
  }
  if (isDatabaseOutage(error)) {
    return new ApiError(503, 'database_unavailable', 'The database is not reachable right now, so the request may not have been completed. Retry it (with the same Idempotency-Key) after the time in the Retry-After header.', undefined, OUTAGE_RETRY_AFTER_SECONDS);
  }
  return undefined;
}
