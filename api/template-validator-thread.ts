/**
 * The body of a template validation thread (see template-validator.ts): reads template
 * bytes the way the CLI reads a file and validates them, one request at a time, and answers
 * with the verdict. It says `ready` once its modules are loaded and warm, so a request's
 * time budget never pays for a thread's start.
 */
import { readlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { loadBuiltInTemplates, readTemplateBytes } from '../definitions/load.js';
import { validateTemplate, type ValidationResult } from '../definitions/validate.js';

/** What the thread validates: template bytes, or a value already parsed. */
export type ThreadInput = { bytes: Uint8Array } | { value: unknown };

/**
 * What the caller wants back: the verdict (`result`, with the parsed template when it is
 * valid), or only the answer `POST /templates/validate` sends (`answer`).
 */
export type ThreadWant = 'result' | 'answer';

/** A request to the thread. */
export type ThreadRequest = ThreadInput & { id: number; want: ThreadWant };

/**
 * The body of `POST /templates/validate`, as JSON text. It is written here, on the thread:
 * a large template's verdict can hold thousands of errors, and copying them to the event
 * loop and serialising them there would hold up every other request for tens of
 * milliseconds.
 */
export interface ValidationAnswer {
  valid: boolean;
  json: string;
}

/** What the thread answers. */
export type ThreadMessage = { ready: true; osThreadId: number | undefined } | { id: number; result: ValidationResult } | { id: number; answer: ValidationAnswer };

/** The verdict on one request, the same the CLI and `validateTemplateBody` (routes/templates.ts) give in process. */
export function verdictOf(request: ThreadInput): ValidationResult {
  const read = 'bytes' in request ? readTemplateBytes(request.bytes, 'body') : { ok: true as const, value: request.value };
  return read.ok ? validateTemplate(read.value) : read;
}

/** The answer of `POST /templates/validate` on a verdict. */
export function answerOf(result: ValidationResult): ValidationAnswer {
  return { valid: result.ok, json: JSON.stringify(result.ok ? { valid: true, errors: [] } : { valid: false, errors: result.errors }) };
}

/**
 * How much lower than the API's event loop a validation thread is scheduled (a nice value).
 * Validation is batch work that may take seconds of CPU; the event loop answers `/health`,
 * starts and decisions, and should win the core whenever both want it. Measured with
 * `npm run bench -- validation` on 2 loaded cores: `/health` p99 while validating went from
 * 1.7–2.1× its idle p99 to 1.4–1.5×, for about a tenth more validation time.
 */
const VALIDATION_NICE = 10;

/**
 * Lowers this thread's scheduling priority. Linux schedules threads one by one, and
 * `setpriority` with a thread id changes only that thread; elsewhere (or without /proc) the
 * thread keeps the process's priority.
 */
function yieldToEventLoop(osThreadId: number | undefined): void {
  if (osThreadId === undefined) return;
  try {
    os.setPriority(osThreadId, Math.min(19, os.getPriority(osThreadId) + VALIDATION_NICE));
  } catch {
    // Not allowed: validation runs at the process's priority.
  }
}

/** This thread's id in the operating system (Linux), by which its priority and CPU time are found. */
function ownOsThreadId(): number | undefined {
  try {
    const id = Number(path.basename(readlinkSync('/proc/thread-self')));
    return Number.isInteger(id) && id > 0 ? id : undefined;
  } catch {
    return undefined;
  }
}

if (parentPort) {
  const port = parentPort;
  const osThreadId = ownOsThreadId();
  yieldToEventLoop(osThreadId);
  port.on('message', (request: ThreadRequest) => {
    const result = verdictOf(request);
    const answer: ThreadMessage = request.want === 'answer' ? { id: request.id, answer: answerOf(result) } : { id: request.id, result };
    port.postMessage(answer);
  });
  // One pass over the built-in templates first: their first validation pays for loading and
  // compiling the checks, which must not count against a request's budget.
  loadBuiltInTemplates();
  const ready: ThreadMessage = { ready: true, osThreadId };
  port.postMessage(ready);
}
