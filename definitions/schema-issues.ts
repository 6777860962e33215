/**
 * Turns zod's structural issues with a template into {@link TemplateError}s that name the
 * place in template terms and say how to fix it, e.g. `unknown step kind "frobnicate"; use
 * one of task, approval, ...` instead of "Invalid discriminator value".
 */
import type { z } from 'zod';
import { tooLongMessage } from './limits.js';
import { Branch, Field, Party, RESERVED_NAME_MESSAGE, STEP_KINDS, Step, Template } from './template.js';
import { ErrorCode, didYouMean, formatPath, listNames, type TemplateError, type TemplatePath } from './template-error.js';

type Issue = z.core.$ZodIssue;

/** Where parsed values sit in the template, and the code to report them under. */
export interface SchemaErrorOptions {
  /** The path of `raw` inside the template, e.g. an action step's `with`. */
  prefix?: TemplatePath;
  /** Reports every issue under this code instead of the structural ones. */
  code?: ErrorCode;
}

/** Converts zod issues found while parsing `raw` into template errors, one per problem. */
export function schemaErrors(issues: readonly Issue[], raw: unknown, options: SchemaErrorOptions = {}): TemplateError[] {
  const prefix = options.prefix ?? [];
  return issues
    .flatMap((issue) => issueErrors(issue, issue.path, raw))
    .map((error) => ({
      path: formatPath([...prefix, ...error.path]),
      code: options.code ?? error.code,
      message: error.message,
    }));
}

/** An error before its path is written out. */
interface LocatedError {
  path: TemplatePath;
  code: ErrorCode;
  message: string;
}

function issueErrors(issue: Issue, path: TemplatePath, raw: unknown): LocatedError[] {
  const value = valueAt(raw, path);
  switch (issue.code) {
    case 'invalid_union':
      return unionErrors(issue, path, raw, value);
    case 'unrecognized_keys':
      return issue.keys.map((key) => located([...path, key], ErrorCode.UnknownProperty, unknownPropertyMessage(key, path, raw)));
    case 'invalid_type':
      if (path.length === 0) {
        return [located(path, ErrorCode.InvalidValue, `a template must be a map with id, version, title, parties and steps; got ${describeType(value)}`)];
      }
      if (value === undefined) {
        return [located(path, ErrorCode.MissingProperty, `${lastKey(path)} is required here; add it`)];
      }
      return [located(path, ErrorCode.InvalidValue, `expected ${article(issue.expected)}, got ${describeType(value)}`)];
    case 'invalid_key':
      if (issue.issues.some((inner) => inner.message === RESERVED_NAME_MESSAGE)) return [reservedName(path, lastKey(path))];
      return [located(path, ErrorCode.InvalidValue, `the name "${lastKey(path)}" is not allowed: ${issue.issues[0]?.message ?? 'check its spelling'}`)];
    case 'invalid_format':
      if (issue.message === RESERVED_NAME_MESSAGE) return [reservedName(path, typeof value === 'string' ? value : lastKey(path))];
      return [located(path, ErrorCode.InvalidValue, issue.message)];
    case 'too_small':
      return [located(path, ErrorCode.InvalidValue, isDefaultMessage(issue.message) ? tooSmallMessage(issue) : issue.message)];
    case 'too_big':
      return [located(path, ErrorCode.InvalidValue, isDefaultMessage(issue.message) ? tooBigMessage(issue) : issue.message)];
    case 'invalid_value':
      return [located(path, ErrorCode.InvalidValue, `use one of ${listNames(issue.values.map(String))}`)];
    default:
      return [located(path, ErrorCode.InvalidValue, issue.message)];
  }
}

function unionErrors(issue: Extract<Issue, { code: 'invalid_union' }>, path: TemplatePath, raw: unknown, value: unknown): LocatedError[] {
  if (issue.discriminator === 'kind' || (issue.errors.length === 0 && lastKey(path) === 'kind')) {
    if (value === undefined) return [located(path, ErrorCode.MissingProperty, `a step needs a kind; use one of ${listNames(STEP_KINDS)}`)];
    const kind = typeof value === 'string' ? value : JSON.stringify(value);
    return [located(path, ErrorCode.UnknownStepKind, `unknown step kind "${kind}"; use one of ${listNames(STEP_KINDS)}${didYouMean(kind, STEP_KINDS)}`)];
  }
  if (value === undefined) return [located(path, ErrorCode.MissingProperty, `${lastKey(path)} is required here; add it`)];
  // The alternative that got furthest into the value is the one the author meant.
  const deepest = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0];
  if (deepest && depth(deepest) > 0) {
    return deepest.flatMap((inner) => issueErrors(inner, [...path, ...inner.path], raw));
  }
  return [located(path, ErrorCode.InvalidValue, unionHint(path) ?? issue.message)];
}

function reservedName(path: TemplatePath, name: string): LocatedError {
  return located(path, ErrorCode.ReservedName, `"${name}" ${RESERVED_NAME_MESSAGE}`);
}

function located(path: TemplatePath, code: ErrorCode, message: string): LocatedError {
  return { path, code, message };
}

function depth(issues: readonly Issue[]): number {
  return Math.max(0, ...issues.map((issue) => issue.path.length));
}

const DURATION_KEYS = new Set(['due', 'reminders', 'after', 'duration', 'plus']);

/** What each union in the template language looks like, for values that match none of its shapes. */
function unionHint(path: TemplatePath): string | undefined {
  const keys = path.filter((key): key is string => typeof key === 'string');
  const key = keys[keys.length - 1];
  if (key === 'next') return 'write next as a step id, or as a map from outcome to step id';
  if (key === 'approvers') return 'write an approver as party.role, or as { role: party.role, when: condition }';
  if (key === 'policy') return 'write policy as all, any, or { quorum: n }';
  if (key !== undefined && DURATION_KEYS.has(key)) return 'write a duration such as 45d or P45D, or { input: name } to take it from an input';
  return undefined;
}

function unknownPropertyMessage(key: string, path: TemplatePath, raw: unknown): string {
  const allowed = allowedKeysAt(path, raw);
  if (!allowed) return `unknown property "${key}"; remove it or check its spelling`;
  const hint = didYouMean(key, allowed);
  return hint ? `unknown property "${key}"${hint}` : `unknown property "${key}"; allowed here: ${listNames(allowed)}`;
}

/** The property names allowed at a path, where the schema makes that knowable. */
function allowedKeysAt(path: TemplatePath, raw: unknown): string[] | undefined {
  if (path.length === 0) return Object.keys(Template.shape);
  const parent = path[path.length - 2];
  const value = valueAt(raw, path);
  if (parent === 'steps' && isRecord(value)) {
    const option = Step.options.find((candidate) => candidate.shape.kind.value === value['kind']);
    return option ? Object.keys(option.shape) : undefined;
  }
  if (parent === 'branches') return Object.keys(Branch.shape);
  if (parent === 'parties') return Object.keys(Party.shape);
  if ((parent === 'inputs' || parent === 'form') && isRecord(value)) {
    const option = Field.options.find((candidate) => candidate.shape.type.value === value['type']);
    return option ? Object.keys(option.shape) : undefined;
  }
  return undefined;
}

function tooSmallMessage(issue: Extract<Issue, { code: 'too_small' }>): string {
  if (issue.origin === 'array') return `add at least ${issue.minimum} ${issue.minimum === 1 ? 'item' : 'items'}`;
  if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
  if (issue.inclusive) return `must be ${issue.minimum} or more`;
  // `positive()` is "more than 0"; for whole numbers that reads better as "1 or more".
  return issue.origin === 'int' || issue.origin === 'number' ? `must be ${Number(issue.minimum) + 1} or more` : `must be more than ${issue.minimum}`;
}

function tooBigMessage(issue: Extract<Issue, { code: 'too_big' }>): string {
  if (issue.origin === 'array') return `must have at most ${issue.maximum} items`;
  if (issue.origin === 'string') return tooLongMessage(Number(issue.maximum));
  return `must be at most ${issue.maximum}`;
}

/** zod's own wording ("Too small: ...") as opposed to a message written in the schema. */
function isDefaultMessage(message: string): boolean {
  return /^(Invalid|Too small|Too big)\b/.test(message);
}

function article(expected: string): string {
  const names: Record<string, string> = {
    record: 'a map of names to values',
    object: 'an object',
    array: 'a list',
    int: 'a whole number',
    integer: 'a whole number',
  };
  return names[expected] ?? `a ${expected}`;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isInteger(value)) return `the number ${value}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

function lastKey(path: TemplatePath): string {
  const key = path[path.length - 1];
  return key === undefined ? 'the template' : formatPath([key]).replace(/^\[(\d+)\]$/, 'item $1');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The raw value at a path, or undefined where the path leads nowhere. */
function valueAt(raw: unknown, path: TemplatePath): unknown {
  let current = raw;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isRecord(current) && typeof key === 'string') current = Object.hasOwn(current, key) ? current[key] : undefined;
    else return undefined;
  }
  return current;
}
