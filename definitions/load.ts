/**
 * Reads template files (YAML or JSON) from disk and validates them. Used by the CLI, the
 * API and the worker at start-up; workflow code never imports this module (it reads files).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import type { Template } from './template.js';
import { ErrorCode, type TemplateError } from './template-error.js';
import { validateTemplate, type ValidationResult } from './validate.js';

/** The folder holding the built-in templates (this module's own folder). */
export const DEFINITIONS_DIR = path.dirname(fileURLToPath(import.meta.url));

/** The generated JSON Schema lives beside the templates but is not one. */
export const SCHEMA_FILE_NAME = 'template.schema.json';

const TEMPLATE_FILE = /\.(ya?ml|json)$/i;

/**
 * Parses template text and validates it. YAML and JSON are both read as YAML (JSON is a
 * subset of it); a syntax error comes back as a `syntax` error at `file:line:column`.
 */
export function parseTemplateText(text: string, fileName: string): ValidationResult {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    return { ok: false, errors: document.errors.map((error) => syntaxError(fileName, error.message, error.linePos?.[0])) };
  }
  return validateTemplate(document.toJS());
}

function syntaxError(fileName: string, message: string, position: { line: number; col: number } | undefined): TemplateError {
  const reason = message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '');
  if (!position) return { path: fileName, code: ErrorCode.Syntax, message: reason };
  return {
    path: `${fileName}:${position.line}:${position.col}`,
    code: ErrorCode.Syntax,
    message: `line ${position.line}, column ${position.col}: ${reason}`,
  };
}

/** Reads and validates one template file. Throws only if the file cannot be read. */
export function loadTemplateFile(filePath: string): ValidationResult {
  return parseTemplateText(readFileSync(filePath, 'utf8'), path.basename(filePath));
}

/** A built-in template that does not validate: a bug in this repository, so start-up stops. */
export class InvalidBuiltInTemplateError extends Error {
  override readonly name = 'InvalidBuiltInTemplateError';
  constructor(
    readonly file: string,
    readonly errors: TemplateError[],
  ) {
    super(`built-in template ${file} is invalid:\n${errors.map((error) => `  ${error.path || '(template)'}: ${error.message} [${error.code}]`).join('\n')}`);
  }
}

/**
 * Loads and validates every `*.yaml`, `*.yml` and `*.json` template in a folder (by default
 * the built-in ones), sorted by file name. Throws an {@link InvalidBuiltInTemplateError}
 * listing every problem of the first invalid file, and an error if two files share an
 * id and version.
 */
export function loadBuiltInTemplates(dir: string = DEFINITIONS_DIR): Template[] {
  const files = readdirSync(dir)
    .filter((name) => TEMPLATE_FILE.test(name) && name !== SCHEMA_FILE_NAME)
    .sort();
  const templates: Template[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const result = loadTemplateFile(path.join(dir, file));
    if (!result.ok) throw new InvalidBuiltInTemplateError(file, result.errors);
    const key = `${result.template.id}@${result.template.version}`;
    const other = seen.get(key);
    if (other) throw new Error(`built-in templates ${other} and ${file} are both ${key}; give one a new id or version`);
    seen.set(key, file);
    templates.push(result.template);
  }
  return templates;
}
