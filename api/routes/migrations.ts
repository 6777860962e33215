/**
 * Migration (ops, platform scope): move one running instance, or every running instance of a
 * template version, onto a later version with a step mapping. The rules and what each refusal
 * means are in api/migration.ts and the core's migrate command.
 */
import type { Client } from '@temporalio/client';
import { Router, type Request } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import { readTemplateBytes } from '../../definitions/load.js';
import { Identifier } from '../../definitions/template.js';
import { callerOf, requireScope } from '../auth/middleware.js';
import { ApiError } from '../errors.js';
import { migrateInstance, migrateVersion, type MigrationRequest } from '../migration.js';
import { documentRoute } from '../openapi.js';
import { InstanceParams, TemplateParams } from '../schemas.js';
import { body, params, parseInput } from '../validation.js';

/** What the migration routes need. */
export interface MigrationRouteDependencies {
  pool: pg.Pool;
  client: Client;
}

export const MigrateBody = z
  .strictObject({
    toVersion: z.int().positive().openapi({ description: 'A later published version of the same template.' }),
    mapping: z
      .record(Identifier, Identifier)
      .default({})
      .openapi({ description: 'Old step id → step id of the new version. Steps not listed keep their id; every step an instance is at must exist in the new version.', example: { review: 'check' } }),
    reason: z.string().min(1).max(5000).optional().openapi({ description: 'Shown in each instance’s timeline.' }),
    dryRun: z.boolean().optional().openapi({ description: 'Only check: answer what would happen, change nothing.' }),
  })
  .openapi('Migration');
type MigrateBody = z.infer<typeof MigrateBody>;

const migrateBody = { content: { 'application/json': { schema: MigrateBody } } };
documentRoute({ method: 'post', path: '/instances/{id}/migrate', summary: 'Move a running instance onto a later version of its template (ops)', request: { params: InstanceParams, body: migrateBody }, responses: { 200: { description: 'Migrated (or, with dryRun, would be)' } } });
documentRoute({
  method: 'post',
  path: '/templates/{id}/versions/{version}/migrate',
  summary: 'Move every running instance of a version onto a later version (ops); answers per instance',
  request: { params: TemplateParams, body: migrateBody },
  responses: { 200: { description: 'Each instance: migrated, would_migrate (dry run) or refused with code and reason' } },
});

/**
 * The body of a migration request. Under /templates bodies arrive as bytes (routes/templates.ts
 * keeps them for the template reader); they are read the same way, duplicate keys refused.
 */
function migrateBodyOf(request: Request): MigrateBody {
  if (!Buffer.isBuffer(request.body)) return body(request, MigrateBody);
  const read = readTemplateBytes(request.body, 'body');
  if (!read.ok) throw new ApiError(400, 'malformed_json', `The request body is not valid JSON: ${read.errors.map((error) => error.message).join('; ')}`);
  return parseInput(MigrateBody, read.value, 'body');
}

/** The migration routes. Mount them before the instance routes, whose scope check is for company keys. */
export function migrationRoutes({ pool, client }: MigrationRouteDependencies): Router {
  const router = Router();
  const requestOf = (request: Request, keyName: string): MigrationRequest => {
    const { toVersion, mapping, reason, dryRun } = migrateBodyOf(request);
    return { toVersion, mapping, reason, dryRun, actor: keyName };
  };

  router.post('/instances/:id/migrate', requireScope('platform'), async (request, response) => {
    const { id } = params(request, InstanceParams);
    response.json(await migrateInstance(pool, client, id, requestOf(request, callerOf(response).keyName)));
  });

  router.post('/templates/:id/versions/:version/migrate', requireScope('platform'), async (request, response) => {
    const { id, version } = params(request, TemplateParams);
    const migration = requestOf(request, callerOf(response).keyName);
    const instances = await migrateVersion(pool, client, id, version, migration);
    response.json({ templateId: id, fromVersion: version, toVersion: migration.toVersion, dryRun: migration.dryRun ?? false, instances });
  });

  return router;
}
