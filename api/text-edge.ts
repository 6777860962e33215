/**
 * Text at the edge: every JSON body the API reads must be valid UTF-8, and none of its texts or
 * keys may hold a control character (other than tab, line feed and carriage return) or half of
 * a surrogate pair. PostgreSQL refuses NUL in text and the others are invisible in every page and
 * mail that shows them, so they are refused here, with the place named, before anything is
 * stored or started — the same rule the template validator applies to templates.
 */
import { isUtf8 } from 'node:buffer';
import express, { type RequestHandler } from 'express';
import { forbiddenCharacter } from '../definitions/check-raw.js';
import { ApiError, INVALID_UTF8 } from './errors.js';

/** Refuses bytes that are not UTF-8 before body-parser would turn them into U+FFFD. */
function verifyUtf8(_request: unknown, _response: unknown, body: Buffer): void {
  if (!isUtf8(body)) throw Object.assign(new Error('The request body is not valid UTF-8.'), { type: INVALID_UTF8, status: 400 });
}

/** Where in a body a forbidden character sits, as `a.b[2]`, and what it is; undefined when the body is clean. */
export function forbiddenText(body: unknown): { path: string; message: string } | undefined {
  // An explicit stack: a body nested thousands deep must not overflow ours.
  const stack: { value: unknown; path: string }[] = [{ value: body, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (typeof value === 'string') {
      const problem = describe(value);
      if (problem) return { path: path || '(body)', message: problem };
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: `${path}[${index}]` }));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        const keyProblem = describe(key);
        const at = path ? `${path}.${key}` : key;
        if (keyProblem) return { path: at, message: `its name: ${keyProblem}` };
        stack.push({ value: item, path: at });
      }
    }
  }
  return undefined;
}

function describe(text: string): string | undefined {
  const found = forbiddenCharacter(text);
  if (!found) return undefined;
  const code = found.code.toString(16).toUpperCase().padStart(4, '0');
  const what = found.surrogate ? 'half of a surrogate pair (not valid Unicode)' : 'a control character';
  return `character ${found.index + 1} is U+${code}, ${what}; only tab, line feed and carriage return are allowed in text`;
}

/** Refuses a parsed body (JSON or form) that holds a forbidden character, naming where. */
export const refuseForbiddenText: RequestHandler = (request, _response, next) => {
  const found = forbiddenText(request.body);
  if (!found) return next();
  next(new ApiError(422, 'control_character', `${found.path}: ${found.message}.`, { path: found.path }));
};

/** `express.json` that refuses bodies that are not UTF-8 or hold a forbidden character. */
export function strictJson(limit: string): RequestHandler[] {
  return [express.json({ limit, verify: verifyUtf8 }), refuseForbiddenText];
}
