/**
 * The body of a template validation thread (see template-validator.ts): reads template
 * bytes the way the CLI reads a file and validates them, one request at a time, and answers
 * with the verdict. It says `ready` once its modules are loaded and warm, so a request's
 * time budget never pays for a thread's start.
 */
import { parentPort } from 'node:worker_threads';
import { loadBuiltInTemplates, readTemplateBytes } from '../definitions/load.js';
import { validateTemplate, type ValidationResult } from '../definitions/validate.js';

/** What the thread validates: template bytes, or a value already parsed. */
export type ThreadInput = { bytes: Uint8Array } | { value: unknown };

/** A request to the thread. */
export type ThreadRequest = ThreadInput & { id: number };

/** What the thread answers. */
export type ThreadMessage = { ready: true } | { id: number; result: ValidationResult };

/** The verdict on one request, the same the CLI and `validateTemplateBody` (routes/templates.ts) give in process. */
export function verdictOf(request: ThreadRequest): ValidationResult {
  const read = 'bytes' in request ? readTemplateBytes(request.bytes, 'body') : { ok: true as const, value: request.value };
  return read.ok ? validateTemplate(read.value) : read;
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (request: ThreadRequest) => {
    const answer: ThreadMessage = { id: request.id, result: verdictOf(request) };
    port.postMessage(answer);
  });
  // One pass over the built-in templates first: their first validation pays for loading and
  // compiling the checks, which must not count against a request's budget.
  loadBuiltInTemplates();
  const ready: ThreadMessage = { ready: true };
  port.postMessage(ready);
}
