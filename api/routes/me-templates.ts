/**
 * Templates for platform operators signed in to the console: the key routes of
 * routes/templates.ts under `/me` (catalog, one version with its diagram, validate, publish,
 * deprecate), with the session as credential and the platform rights of the directory
 * (api/session/platform.ts) instead of a key's `platform` scope; and trials.
 *
 * A trial is a throw-away instance of a version that the operator starts to watch it move.
 * It can reach nobody outside the operator's own company: every party is played by the
 * operator's company, every role is held by people of its directory (the operator's picks,
 * else the operator themself), so every mail goes to them and every webhook is theirs. It is
 * recorded as such (`instance_bindings.source = 'trial'`; the ledger moves money only for
 * `mdf_budget` starts) and its business key starts with `trial-`.
 */
import { randomBytes } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import { startFromDirectory } from '../bound-start.js';
import { ApiError, notFound } from '../errors.js';
import { documentRoute } from '../openapi.js';
import { PersonRef, TemplateId, TemplateParams } from '../schemas.js';
import { personOf } from '../session/middleware.js';
import { requirePlatformPerson } from '../session/platform.js';
import { findTemplate } from '../template-catalog.js';
import { body } from '../validation.js';
import { templateRoutes } from './templates.js';
import { RoleRef } from '../../definitions/template.js';
import type { TemplateValidator } from '../template-validator.js';

export const TrialBody = z
  .strictObject({
    templateId: TemplateId,
    version: z.int().positive(),
    participants: z
      .record(RoleRef, z.array(PersonRef).min(1).max(50))
      .default({})
      .openapi({ description: 'People of your own directory per role (`party.role`); a role left out is yours.' }),
    input: z.record(z.string(), z.unknown()).default({}),
  })
  .openapi('TrialStart');

/** What POST /me/trials answers. */
export interface TrialAnswer {
  id: string;
  businessKey: string;
  trial: true;
  templateId: string;
  templateVersion: number;
  /** Role → the emails holding it (all of the operator's company). */
  participants: Record<string, string[]>;
}

const json = { 'application/json': { schema: z.object({}).passthrough() } };
const templateBody = { content: { 'application/json': { schema: z.object({}).passthrough().openapi({ description: 'A template (see definitions/template.schema.json)' }) } } };
const operator = 'Platform operators only (see `tandem operators grant`). Needs the session cookie; writes also the X-CSRF-Token header.';
documentRoute({ method: 'get', path: '/me/templates', summary: `Every published template version, as GET /templates. ${operator}`, responses: { 200: { description: 'Versions, newest first per id', content: json } } });
documentRoute({ method: 'get', path: '/me/templates/{id}/versions/{version}', summary: `One template version with its Mermaid diagram. ${operator}`, request: { params: TemplateParams }, responses: { 200: { description: 'The template', content: json } } });
documentRoute({ method: 'post', path: '/me/templates/validate', summary: `Validate a template: every error with its path, as POST /templates/validate. ${operator}`, request: { body: templateBody }, responses: { 200: { description: '{ valid, errors }', content: json }, 422: { description: 'Validation took longer than its budget' }, 503: { description: 'Too many validations at once' } } });
documentRoute({ method: 'post', path: '/me/templates', summary: `Publish a new template version, as POST /templates. ${operator}`, request: { body: templateBody }, responses: { 201: { description: 'Published', content: json }, 200: { description: 'Already published with the same content', content: json }, 409: { description: 'This version exists with other content' }, 422: { description: 'The template is not valid' } } });
documentRoute({ method: 'post', path: '/me/templates/{id}/versions/{version}/deprecate', summary: `Deprecate a version: no new starts, running instances go on. ${operator}`, request: { params: TemplateParams }, responses: { 200: { description: 'Deprecated', content: json } } });
documentRoute({
  method: 'post',
  path: '/me/trials',
  summary: `Start a trial of a template version: every party played by your company, every role held by your people (you, unless picked), marked as a trial. ${operator}`,
  request: { body: { content: { 'application/json': { schema: TrialBody } } } },
  responses: { 201: { description: 'Started', content: json }, 409: { description: 'The version is deprecated' }, 422: { description: 'The input does not fit the template' } },
});

/** What the routes need. */
export interface MeTemplateRouteDependencies {
  pool: pg.Pool;
  client: Client;
  taskQueue: string;
  validator?: TemplateValidator;
}

/** The routes under /me/templates and /me/trials; mount them behind the session check of the /me routes. */
export function meTemplateRoutes({ pool, client, taskQueue, validator }: MeTemplateRouteDependencies): Router {
  const router = Router();
  const platform = requirePlatformPerson(pool);
  router.use(templateRoutes(pool, validator, { prefix: '/me', read: platform, write: platform }));

  router.post('/me/trials', platform, async (request, response) => {
    const person = personOf(response);
    const trial = body(request, TrialBody);
    const found = await findTemplate(pool, trial.templateId, trial.version);
    if (!found) throw notFound(`template ${trial.templateId} version ${trial.version}`);
    if (found.deprecated) throw new ApiError(409, 'template_deprecated', `${trial.templateId} version ${trial.version} is deprecated; try a version that is not.`);
    // The instance is titled as a trial everywhere it shows: pages, lists, mails, webhooks.
    const template = { ...found.template, title: `Trial: ${found.template.title}` };
    const companies = Object.fromEntries(Object.keys(template.parties).map((party) => [party, person.companyId]));
    const picks: Record<string, string[]> = {};
    for (const [party, definition] of Object.entries(template.parties)) {
      for (const role of Object.keys(definition.roles)) picks[`${party}.${role}`] = [person.email];
    }
    // Unknown roles among the picks are refused by the binding (unknown_role), never ignored.
    Object.assign(picks, trial.participants);
    const businessKey = `trial-${new Date().toISOString().slice(0, 10)}-${randomBytes(6).toString('hex')}`;
    const started = await startFromDirectory(pool, client, { companyId: person.companyId, personId: person.personId }, {
      template,
      businessKey,
      companies,
      picks,
      input: trial.input,
      initiator: person.email,
      taskQueue,
      source: 'trial',
    });
    response.status(201).json({ id: started.id, businessKey, trial: true, templateId: template.id, templateVersion: template.version, participants: picks } satisfies TrialAnswer);
  });

  return router;
}
