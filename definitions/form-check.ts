/**
 * Checks the values someone submits for a template's fields (a task's form) without zod.
 *
 * Why a second implementation beside `fieldsSchema` in fields.ts: the interpreter checks a
 * decision's form inside a Temporal update validator, and every module workflow code imports
 * is instantiated once per workflow the worker keeps cached. zod there cost each open instance
 * most of its memory (bench worker-memory). This module is plain code over plain data and
 * gives the same verdict as `fieldsSchema(fields, opts).safeParse(form)`, a property that
 * test/definitions/form-check.test.ts checks on generated fields and forms. Its messages use
 * fields.ts's wording, and say more where zod's would be generic (a missing field, an unknown key).
 *
 * Pure, synchronous and free of Node: it must decide at once and deterministically.
 */
import { parseDuration } from './duration.js';
import type { Field, Fields } from './template.js';

/** Options for {@link checkForm}, as for `fieldsSchema`. */
export interface FormCheckOptions {
  /** Every field optional, e.g. for a `reject` that needs no form. Unknown keys are still refused. */
  partial?: boolean;
}

/**
 * The fields of `fields` that belong to `outcome`: those without `outcomes`, and those that
 * list it. The page of an outcome shows these, and a decision with it may carry only these.
 */
export function fieldsForOutcome(fields: Fields, outcome: string): Fields {
  const chosen: Fields = {};
  for (const [name, field] of Object.entries(fields)) {
    if (field.outcomes === undefined || field.outcomes.includes(outcome)) chosen[name] = field;
  }
  return chosen;
}

/**
 * The problems of {@link checkForm} by field name (`budget.currency` under `budget`), each
 * without the field's name, so a page can put it beside the field's label.
 */
export function problemsByField(problems: readonly string[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const problem of problems) {
    const separator = problem.indexOf(': ');
    if (separator < 0) continue;
    const name = problem.slice(0, separator).split('.')[0] ?? '';
    const message = problem.slice(separator + 2);
    byField[name] = byField[name] ? `${byField[name]}; ${message}` : message;
  }
  return byField;
}

/**
 * The problems with `form` as values of `fields`, each as `"<field>: <message>"` (nested
 * values as `budget.currency`, `proof.0.url`); empty when the form is valid. Unknown keys are
 * refused, required fields must be present (unless `partial`), each value must fit its
 * field's type and bounds.
 *
 * Only the form's own keys count: a form that leaves out a field named `constructor` has no
 * value for it (zod's `in` would find Object.prototype's there).
 */
export function checkForm(fields: Fields, form: unknown, opts: FormCheckOptions = {}): string[] {
  if (!isPlainRecord(form)) return ['form: send the form as an object of field values'];
  const problems: string[] = [];
  for (const name of Object.keys(form)) {
    if (!Object.hasOwn(fields, name)) problems.push(`${name}: this form has no such field; leave it out`);
  }
  for (const [name, field] of Object.entries(fields)) {
    const value = Object.hasOwn(form, name) ? form[name] : undefined;
    if (value === undefined) {
      if (field.required && !opts.partial) problems.push(`${name}: ${missing(field)}`);
      continue;
    }
    checkValue(field, value, name, problems);
  }
  return problems;
}

function missing(field: Field): string {
  return field.type === 'documents' ? 'attach at least one document' : 'this field is required; enter a value';
}

/** Adds the problems of one field's value to `problems`, under `path`. */
function checkValue(field: Field, value: unknown, path: string, problems: string[]): void {
  const problem = (message: string): void => {
    problems.push(`${path}: ${message}`);
  };
  switch (field.type) {
    case 'string':
      return textProblem(value, field.minLength ?? (field.required ? 1 : 0), field.maxLength, problem);
    case 'text':
      return textProblem(value, field.required ? 1 : 0, field.maxLength, problem);
    case 'integer':
      if (!isWholeNumber(value)) return problem('enter a whole number');
      return boundsProblem(value, field.min, field.max, problem);
    case 'boolean':
      if (typeof value !== 'boolean') problem('enter true or false');
      return;
    case 'date':
      if (typeof value !== 'string' || !isCalendarDate(value)) problem('enter a real calendar date as YYYY-MM-DD');
      return;
    case 'url':
      if (!isWebUrl(value)) problem('enter an http or https URL');
      return;
    case 'email':
      if (typeof value !== 'string' || !EMAIL.test(value)) problem('enter an email address');
      return;
    case 'enum':
      if (typeof value !== 'string' || !field.values.includes(value)) problem(`choose one of ${field.values.join(', ')}`);
      return;
    case 'money':
      return checkMoney(field, value, path, problems);
    case 'duration':
      return durationProblem(value, problem);
    case 'documents':
      return checkDocuments(value, field.required ? 1 : 0, field.maxItems, path, problems);
  }
}

function textProblem(value: unknown, min: number, max: number | undefined, problem: (message: string) => void): void {
  if (typeof value !== 'string') return problem('enter text');
  // Lengths count characters (code points), not UTF-16 units, as zod's do: an emoji is one.
  const length = codePoints(value);
  if (length < min) problem(min === 1 ? 'enter a value' : `enter at least ${min} characters`);
  if (max !== undefined && length > max) problem(`enter at most ${max} characters`);
}

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

function boundsProblem(value: number, min: number | undefined, max: number | undefined, problem: (message: string) => void): void {
  if (min !== undefined && value < min) problem(`enter at least ${min}`);
  if (max !== undefined && value > max) problem(`enter at most ${max}`);
}

/** A JSON number that is a whole number a double holds exactly (what zod's `z.int()` takes). */
function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Money is integer minor units (cents for USD), never a float that rounds. */
function checkMoney(field: Extract<Field, { type: 'money' }>, value: unknown, path: string, problems: string[]): void {
  if (!isPlainRecord(value)) {
    problems.push(`${path}: enter an amount in minor units and a currency, e.g. { "amount": 125000, "currency": "USD" }`);
    return;
  }
  for (const key of Object.keys(value)) {
    if (key !== 'amount' && key !== 'currency') problems.push(`${path}.${key}: money has only an amount and a currency; leave it out`);
  }
  const { amount, currency } = value;
  const amountProblem = (message: string): void => {
    problems.push(`${path}.amount: ${message}`);
  };
  if (!isWholeNumber(amount)) amountProblem('enter the amount in minor units (e.g. cents) as a whole number');
  else if (amount < 0) amountProblem('enter an amount of 0 or more');
  else boundsProblem(amount, field.min, field.max, amountProblem);
  if (field.currency !== undefined) {
    if (currency !== field.currency) problems.push(`${path}.currency: use currency ${field.currency}`);
  } else if (typeof currency !== 'string' || !CURRENCY_CODE.test(currency)) {
    problems.push(`${path}.currency: use a three-letter currency code such as USD`);
  }
}

function durationProblem(value: unknown, problem: (message: string) => void): void {
  if (typeof value !== 'string') return problem('enter a duration such as 45d');
  try {
    parseDuration(value);
  } catch (error) {
    problem(error instanceof Error ? error.message : 'enter a duration such as 45d');
  }
}

const DOCUMENT_KEYS = new Set(['name', 'url', 'sha256', 'size']);

function checkDocuments(value: unknown, min: number, maxItems: number | undefined, path: string, problems: string[]): void {
  if (!Array.isArray(value)) {
    problems.push(`${path}: attach a list of documents`);
    return;
  }
  if (value.length < min) problems.push(`${path}: attach at least one document`);
  if (maxItems !== undefined && value.length > maxItems) problems.push(`${path}: attach at most ${maxItems} documents`);
  value.forEach((document: unknown, index) => checkDocument(document, `${path}.${index}`, problems));
}

function checkDocument(document: unknown, path: string, problems: string[]): void {
  if (!isPlainRecord(document)) {
    problems.push(`${path}: describe the document with a name and a url or a sha256`);
    return;
  }
  for (const key of Object.keys(document)) {
    if (!DOCUMENT_KEYS.has(key)) problems.push(`${path}.${key}: a document has only a name, url, sha256 and size; leave it out`);
  }
  const { name, url, sha256, size } = document;
  if (typeof name !== 'string' || name.length === 0) problems.push(`${path}.name: give the document a name`);
  if (url !== undefined && !isWebUrl(url)) problems.push(`${path}.url: enter an http or https URL`);
  if (sha256 !== undefined && (typeof sha256 !== 'string' || !SHA256.test(sha256))) problems.push(`${path}.sha256: a sha256 is 64 hexadecimal characters`);
  if (size !== undefined && (!isWholeNumber(size) || size < 0)) problems.push(`${path}.size: give the size in bytes as a whole number of 0 or more`);
  if (url === undefined && sha256 === undefined) problems.push(`${path}: give each document a url or a sha256 so it can be found or checked`);
}

const CURRENCY_CODE = /^[A-Z]{3}$/;
const SHA256 = /^[0-9a-f]{64}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** zod's email rule (`z.email()`), so the API's start inputs and the workflow's forms agree. */
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** `YYYY-MM-DD` naming a day of the proleptic Gregorian calendar (no 2023-02-29). */
function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year === undefined || month === undefined || day === undefined || month < 1 || month > 12 || day < 1) return false;
  return day <= daysIn(year, month);
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Only web links: a `javascript:` or `file:` URL shown in a portal would be a hazard. Written
 * out with `//` (`http:example.com` is refused), surrounding spaces ignored, as zod's
 * `z.url({ protocol: /^https?$/ })` does.
 */
function isWebUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return false;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** An object of named values: not null, not an array (what zod's object schemas take). */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
