/** Parsing requests at the edge: zod strict schemas in, typed values out, 400 with paths otherwise. */
import type { Request } from 'express';
import type { z } from 'zod';
import { ApiError } from './errors.js';

/** Parses `value` or throws a 400 naming every problem (unknown fields included) by path. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, where: 'body' | 'query' | 'params'): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => {
    const keys = 'keys' in issue && Array.isArray(issue.keys) ? issue.keys.map(String) : [];
    return { path: [where, ...issue.path.map(String)].join('.'), message: keys.length > 0 ? `unknown field(s): ${keys.join(', ')}` : issue.message };
  });
  const unknown = parsed.error.issues.some((issue) => issue.code === 'unrecognized_keys');
  throw new ApiError(400, unknown ? 'unknown_fields' : 'invalid_request', `The request ${where} is not valid: ${details.map((detail) => `${detail.path}: ${detail.message}`).join('; ')}`, details);
}

/** The request body, which must be JSON when there is one. */
export function body<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  if (request.headers['content-length'] !== '0' && request.headers['content-type'] !== undefined && !request.is('application/json')) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json.');
  }
  return parseInput(schema, request.body ?? {}, 'body');
}

export const query = <T extends z.ZodType>(request: Request, schema: T): z.infer<T> => parseInput(schema, request.query, 'query');
export const params = <T extends z.ZodType>(request: Request, schema: T): z.infer<T> => parseInput(schema, request.params, 'params');
