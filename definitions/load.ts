/**
 * Reads template files (YAML or JSON) from disk and validates them. Used by the CLI, the
 * API and the worker at start-up; workflow code never imports this module (it reads files).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAlias, LineCounter, parseDocument, visit } from 'yaml';
import { MAX_NESTING, MAX_TEMPLATE_BYTES } from './limits.js';
import type { Template } from './template.js';
import { ErrorCode, type TemplateError } from './template-error.js';
import { validateTemplate, type ValidationResult } from './validate.js';

/** The folder holding the built-in templates (this module's own folder). */
export const DEFINITIONS_DIR = path.dirname(fileURLToPath(import.meta.url));

/** The generated JSON Schema lives beside the templates but is not one. */
export const SCHEMA_FILE_NAME = 'template.schema.json';

const TEMPLATE_FILE = /\.(ya?ml|json)$/i;

/** What template bytes hold, before validation: a value, or why there is none. */
export type TemplateSource = { ok: true; value: unknown } | { ok: false; errors: TemplateError[] };

/**
 * Reads template bytes (a file, an API request body) into a value, the one way both the
 * CLI and the API read them, so both give the same verdict for the same bytes: at most
 * {@link MAX_TEMPLATE_BYTES}, valid UTF-8, then YAML (JSON is a subset of it) with
 * duplicate keys refused and aliases that would expand into too much data refused.
 * Every problem comes back as an error at `source:line:column`.
 */
export function readTemplateBytes(bytes: Uint8Array, source: string): TemplateSource {
  if (bytes.length > MAX_TEMPLATE_BYTES) {
    return { ok: false, errors: [{ path: source, code: ErrorCode.TooLarge, message: `the template is ${bytes.length} bytes, more than ${MAX_TEMPLATE_BYTES}; split it into several templates` }] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, errors: [invalidUtf8(bytes, source)] };
  }
  return readTemplateText(text, source);
}

/** Reads template text into a value (see {@link readTemplateBytes}). */
export function readTemplateText(text: string, source: string): TemplateSource {
  const deep = deepBracket(text);
  if (deep !== undefined) return { ok: false, errors: [tooDeep(source, text, deep)] };
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter });
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) =>
        // The parser recurses per level of nesting and reports running out of stack as a syntax error.
        error.message.startsWith('Maximum call stack') ? tooDeep(source, text, error.pos[0]) : syntaxError(source, error.message, error.linePos?.[0]),
      ),
    };
  }
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    // The yaml library refuses aliases that expand into more than 100 times their size.
    if (!(error instanceof ReferenceError)) throw error;
    let offset: number | undefined;
    visit(document, (_key, node) => {
      if (!isAlias(node)) return undefined;
      offset = node.range?.[0];
      return visit.BREAK;
    });
    const position = offset === undefined ? undefined : lineCounter.linePos(offset);
    return { ok: false, errors: [syntaxError(source, 'aliases here expand into too much data; write the values out instead of repeating *aliases', position)] };
  }
}

/**
 * Parses template text and validates it. YAML and JSON are both read as YAML (JSON is a
 * subset of it); a syntax error comes back as a `syntax` error at `file:line:column`.
 */
export function parseTemplateText(text: string, fileName: string): ValidationResult {
  const read = readTemplateText(text, fileName);
  return read.ok ? validateTemplate(read.value) : read;
}

/** Reads template bytes (see {@link readTemplateBytes}) and validates the template. */
export function parseTemplateBytes(bytes: Uint8Array, source: string): ValidationResult {
  const read = readTemplateBytes(bytes, source);
  return read.ok ? validateTemplate(read.value) : read;
}

/**
 * Brackets this deep are refused before the YAML parser sees them: it recurses per level
 * and, thousands deep, fails in ways that take the process down. Brackets inside quoted
 * text count too, which no real template comes near.
 */
const MAX_BRACKET_DEPTH = 256;

/** The offset where brackets first nest deeper than {@link MAX_BRACKET_DEPTH}, if they do. */
function deepBracket(text: string): number | undefined {
  let depth = 0;
  for (let offset = 0; offset < text.length; offset++) {
    const character = text[offset];
    if (character === '[' || character === '{') {
      if (++depth > MAX_BRACKET_DEPTH) return offset;
    } else if ((character === ']' || character === '}') && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

function tooDeep(source: string, text: string, offset: number): TemplateError {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return {
    path: `${source}:${line}:${column}`,
    code: ErrorCode.TooLarge,
    message: `line ${line}, column ${column}: the template nests too deeply here; a template may nest at most ${MAX_NESTING} levels`,
  };
}

/** Where the first byte that is not UTF-8 sits, as `source:line:column`. */
function invalidUtf8(bytes: Uint8Array, source: string): TemplateError {
  const valid = Buffer.from(Buffer.from(bytes).toString('utf8'), 'utf8');
  let offset = 0;
  while (offset < bytes.length && bytes[offset] === valid[offset]) offset++;
  const before = Buffer.from(bytes.subarray(0, offset)).toString('utf8');
  const line = before.split('\n').length;
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return {
    path: `${source}:${line}:${column}`,
    code: ErrorCode.Encoding,
    message: `line ${line}, column ${column}: byte 0x${byte} is not valid UTF-8; save the file as UTF-8`,
  };
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
  return parseTemplateBytes(readFileSync(filePath), path.basename(filePath));
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
