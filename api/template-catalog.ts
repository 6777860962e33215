/**
 * The catalog of published template versions in Postgres. Built-in templates (files in
 * definitions/) and templates ops publish through the API go through the same validator,
 * and a published id + version is immutable: publishing it again with other content is
 * refused, publishing the same content again is a no-op.
 *
 * A version is validated once, when it is published, and stored with the result
 * (`check_errors`, migration 0036): reads and starts use the stored template as it is. A
 * version stored before results were kept is validated at its first read, once.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { loadBuiltInTemplates } from '../definitions/load.js';
import type { Template } from '../definitions/template.js';
import { validateTemplate, type TemplateError } from '../definitions/validate.js';

/** The template did not pass validation. */
export class InvalidTemplateError extends Error {
  override name = 'InvalidTemplateError';
  constructor(readonly errors: TemplateError[]) {
    super(`the template is not valid: ${errors.map((error) => `${error.path}: ${error.message}`).join('; ')}`);
  }
}

/** The id + version is already published with different content. */
export class TemplateVersionConflictError extends Error {
  override name = 'TemplateVersionConflictError';
  constructor(
    readonly id: string,
    readonly version: number,
  ) {
    super(`${id} version ${version} is already published with different content; published versions never change, so publish it as version ${version + 1}`);
  }
}

/** A catalog entry. */
export interface PublishedTemplate {
  template: Template;
  builtIn: boolean;
  deprecated: boolean;
  publishedAt: string;
}

/** JSON with object keys sorted, so equal templates hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, entry]) => entry !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function hashOf(template: Template): string {
  return createHash('sha256').update(canonicalJson(template)).digest('hex');
}

/** Validates (in this process) and publishes; returns whether this call created the version. */
export async function publishTemplate(pool: pg.Pool, raw: unknown, options: { builtIn?: boolean } = {}): Promise<{ template: Template; created: boolean }> {
  const result = validateTemplate(raw);
  if (!result.ok) throw new InvalidTemplateError(result.errors);
  return publishValidated(pool, result.template, options);
}

/**
 * Publishes a template that has just passed {@link validateTemplate} (the API validates on
 * its validation threads, see template-validator.ts), stored as valid; returns whether this
 * call created the version.
 */
export async function publishValidated(pool: pg.Pool, template: Template, options: { builtIn?: boolean } = {}): Promise<{ template: Template; created: boolean }> {
  const hash = hashOf(template);
  const inserted = await pool.query(
    `INSERT INTO templates (id, version, title, content, content_hash, built_in, check_errors, checked_at) VALUES ($1, $2, $3, $4, $5, $6, '[]', now())
     ON CONFLICT (id, version) DO NOTHING`,
    [template.id, template.version, template.title, JSON.stringify(template), hash, options.builtIn ?? false],
  );
  if (inserted.rowCount === 1) return { template, created: true };
  const existing = await pool.query<{ content_hash: string }>('SELECT content_hash FROM templates WHERE id = $1 AND version = $2', [template.id, template.version]);
  if (existing.rows[0]?.content_hash !== hash) throw new TemplateVersionConflictError(template.id, template.version);
  return { template, created: false };
}

/** Publishes every built-in template file; an edited built-in must carry a new version. */
export async function publishBuiltIns(pool: pg.Pool): Promise<Template[]> {
  const templates = loadBuiltInTemplates();
  for (const template of templates) await publishTemplate(pool, template, { builtIn: true });
  return templates;
}

interface Row {
  id: string;
  version: number;
  /** The template as it was stored; trusted as a {@link Template} only with an empty `check_errors`. */
  content: unknown;
  /** The stored check result: the validator's errors, empty when valid; null when never checked. */
  check_errors: TemplateError[] | null;
  built_in: boolean;
  deprecated_at: Date | null;
  published_at: Date;
}

const COLUMNS = 'id, version, content, check_errors, built_in, deprecated_at, published_at';

/**
 * The entry of a stored version, from its stored check result: a valid version is used as
 * stored, without validating it again; an invalid one is refused with its stored errors.
 */
async function toEntry(pool: pg.Pool, row: Row): Promise<PublishedTemplate> {
  const errors = row.check_errors ?? (await checkOnce(pool, row));
  if (errors.length > 0) throw new InvalidTemplateError(errors);
  // Stored by publishValidated (or checked by checkOnce) from validateTemplate's own output.
  const template = row.content as Template;
  return { template, builtIn: row.built_in, deprecated: row.deprecated_at !== null, publishedAt: row.published_at.toISOString() };
}

/** Validates a version stored before check results were kept, and stores its result. */
async function checkOnce(pool: pg.Pool, row: Row): Promise<TemplateError[]> {
  const result = validateTemplate(row.content);
  const errors = result.ok ? [] : result.errors;
  await pool.query('UPDATE templates SET check_errors = $3, checked_at = now() WHERE id = $1 AND version = $2 AND check_errors IS NULL', [row.id, row.version, JSON.stringify(errors)]);
  return errors;
}

/** One version, or the newest version that is not deprecated. */
export async function findTemplate(pool: pg.Pool, id: string, version?: number): Promise<PublishedTemplate | undefined> {
  const result =
    version === undefined
      ? await pool.query<Row>(`SELECT ${COLUMNS} FROM templates WHERE id = $1 AND deprecated_at IS NULL ORDER BY version DESC LIMIT 1`, [id])
      : await pool.query<Row>(`SELECT ${COLUMNS} FROM templates WHERE id = $1 AND version = $2`, [id, version]);
  const row = result.rows[0];
  return row ? toEntry(pool, row) : undefined;
}

/** Every published version, newest first within each id. */
export async function listTemplates(pool: pg.Pool): Promise<Array<{ id: string; version: number; title: string; builtIn: boolean; deprecated: boolean; publishedAt: string }>> {
  const result = await pool.query<{ id: string; version: number; title: string; built_in: boolean; deprecated_at: Date | null; published_at: Date }>(
    'SELECT id, version, title, built_in, deprecated_at, published_at FROM templates ORDER BY id, version DESC',
  );
  return result.rows.map((row) => ({ id: row.id, version: row.version, title: row.title, builtIn: row.built_in, deprecated: row.deprecated_at !== null, publishedAt: row.published_at.toISOString() }));
}

/** Marks a version deprecated: it can no longer be started, running instances go on. Returns false if it does not exist. */
export async function deprecateTemplate(pool: pg.Pool, id: string, version: number): Promise<boolean> {
  const result = await pool.query('UPDATE templates SET deprecated_at = coalesce(deprecated_at, now()) WHERE id = $1 AND version = $2', [id, version]);
  return result.rowCount === 1;
}
