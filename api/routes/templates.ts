/**
 * Templates: anyone with a key may list and read them (with a Mermaid diagram); ops keys
 * validate, publish new versions and deprecate old ones.
 *
 * A template body is read from its bytes by the CLI's reader (definitions/load.ts), not by
 * `express.json`: the same bytes get the same verdict from both, so duplicate keys, text
 * that is not UTF-8 and oversized bodies are refused alike, with a location. Reading and
 * validating run on validation threads with a time budget (template-validator.ts), never on
 * the event loop: `/health` and every other request go on meanwhile.
 */
import express, { Router, type RequestHandler } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import { toMermaid } from '../../definitions/diagram.js';
import { MAX_TEMPLATE_BYTES } from '../../definitions/limits.js';
import { readTemplateBytes, type TemplateSource } from '../../definitions/load.js';
import { validateTemplate, type ValidationResult } from '../../definitions/validate.js';
import { requireScope } from '../auth/middleware.js';
import { ApiError, notFound } from '../errors.js';
import { documentRoute } from '../openapi.js';
import { TemplateParams } from '../schemas.js';
import { deprecateTemplate, findTemplate, InvalidTemplateError, listTemplates, publishValidated, TemplateVersionConflictError } from '../template-catalog.js';
import { sharedTemplateValidator, ValidationBudgetExceededError, ValidationBusyError, type TemplateValidator } from '../template-validator.js';
import { params } from '../validation.js';

const json = { 'application/json': { schema: z.object({}).passthrough() } };
const templateBody = { content: { 'application/json': { schema: z.object({}).passthrough().openapi({ description: 'A template (see definitions/template.schema.json)' }) } } };

documentRoute({ method: 'get', path: '/templates', summary: 'Every published template version', responses: { 200: { description: 'Versions, newest first per id', content: json } } });
documentRoute({ method: 'get', path: '/templates/{id}/versions/{version}', summary: 'One template version with its Mermaid diagram', request: { params: TemplateParams }, responses: { 200: { description: 'The template', content: json } } });
documentRoute({ method: 'post', path: '/templates/validate', summary: 'Validate a template (ops): every error with its path', request: { body: templateBody }, responses: { 200: { description: '{ valid, errors }', content: json }, 422: { description: 'Validation took longer than its budget (validation_budget_exceeded)' }, 503: { description: 'Too many validations at once (validation_busy)' } } });
documentRoute({ method: 'post', path: '/templates', summary: 'Publish a new template version (ops); versions are immutable', request: { body: templateBody }, responses: { 201: { description: 'Published', content: json }, 200: { description: 'Already published with the same content', content: json }, 409: { description: 'This version exists with other content' }, 422: { description: 'The template is not valid, or its validation took longer than its budget' }, 503: { description: 'Too many validations at once (validation_busy)' } } });
documentRoute({ method: 'post', path: '/templates/{id}/versions/{version}/deprecate', summary: 'Deprecate a version (ops): no new starts, running instances go on', request: { params: TemplateParams }, responses: { 200: { description: 'Deprecated', content: json } } });

/**
 * Keeps JSON bodies of the template routes as bytes. One byte over the limit is let
 * through, so a body just too large is refused with the template's own `too_large` error.
 */
export const templateBodyParser = express.raw({ type: 'application/json', limit: MAX_TEMPLATE_BYTES + 1 });

/** Reads a template request body: bytes as the CLI reads a file; an already parsed value as it is. */
export function readTemplateBody(body: unknown): TemplateSource {
  return Buffer.isBuffer(body) ? readTemplateBytes(body, 'body') : { ok: true, value: body };
}

/** The verdict of `POST /templates/validate` on a request body, in this process (the routes ask the validation threads, which give the same). */
export function validateTemplateBody(body: unknown): ValidationResult {
  const read = readTemplateBody(body);
  return read.ok ? validateTemplate(read.value) : read;
}

/** What the validation threads say; a template over the budget, or no thread free, as the API's refusal. */
async function verdict<T>(asked: Promise<T>): Promise<T> {
  try {
    return await asked;
  } catch (error) {
    if (error instanceof ValidationBudgetExceededError) throw new ApiError(422, 'validation_budget_exceeded', error.message);
    if (error instanceof ValidationBusyError) throw new ApiError(503, 'validation_busy', error.message, undefined, 1);
    throw error;
  }
}

/** Who may use the template routes, and under which path. */
export interface TemplateAccess {
  /** Put before every path: '' for keys, '/me' for signed-in operators (routes/me-templates.ts). */
  prefix: string;
  /** What validating, publishing and deprecating require. */
  write: RequestHandler;
  /** What reading requires (beyond what mounted the router). */
  read?: RequestHandler;
}

/** Keys: any key reads, a `platform` key writes. */
const KEY_ACCESS: TemplateAccess = { prefix: '', write: requireScope('platform') };

/** The template routes; templates are validated by `validator` (the process's validation threads by default). */
export function templateRoutes(pool: pg.Pool, validator: TemplateValidator = sharedTemplateValidator(), access: TemplateAccess = KEY_ACCESS): Router {
  const router = Router();
  const { prefix, write } = access;
  const read: RequestHandler = access.read ?? ((_request, _response, next) => next());

  router.get(`${prefix}/templates`, read, async (_request, response) => {
    response.json({ templates: await listTemplates(pool) });
  });

  router.get(`${prefix}/templates/:id/versions/:version`, read, async (request, response) => {
    const { id, version } = params(request, TemplateParams);
    const found = await findTemplate(pool, id, version);
    if (!found) throw notFound(`template ${id} version ${version}`);
    response.json({ ...found, diagram: toMermaid(found.template) });
  });

  router.post(`${prefix}/templates/validate`, write, async (request, response) => {
    // Written as JSON on the thread: thousands of errors are not copied and serialised on the event loop.
    const { json } = await verdict(validator.answer(request.body));
    response.type('application/json').send(json);
  });

  router.post(`${prefix}/templates`, write, async (request, response) => {
    const result = await verdict(validator.validate(request.body));
    try {
      if (!result.ok) throw new InvalidTemplateError(result.errors);
      const { template, created } = await publishValidated(pool, result.template);
      response.status(created ? 201 : 200).json({ id: template.id, version: template.version, created });
    } catch (error) {
      if (error instanceof InvalidTemplateError) throw new ApiError(422, 'invalid_template', error.message, error.errors);
      if (error instanceof TemplateVersionConflictError) throw new ApiError(409, 'version_exists', error.message);
      throw error;
    }
  });

  router.post(`${prefix}/templates/:id/versions/:version/deprecate`, write, async (request, response) => {
    const { id, version } = params(request, TemplateParams);
    if (!(await deprecateTemplate(pool, id, version))) throw notFound(`template ${id} version ${version}`);
    response.json({ id, version, deprecated: true });
  });

  return router;
}
