/**
 * Turns a template's field specs (start inputs, task forms) into a zod schema for the
 * values people submit.
 *
 * The API checks start inputs with it. Workflow code checks task forms with
 * `form-check.ts` instead, which gives the same verdict without loading zod into every
 * workflow the worker holds; change a rule here and there together (the property test in
 * test/definitions/form-check.test.ts compares the two).
 */
import { z } from 'zod';
import { parseDuration, DurationError } from './duration.js';
import type { Field, Fields } from './template.js';

/** Options for {@link fieldsSchema}. */
export interface FieldsSchemaOptions {
  /** Every field optional, e.g. for a `reject` that needs no form. Unknown keys are still refused. */
  partial?: boolean;
}

/**
 * A strict object schema for values of these fields: unknown keys are refused, required
 * fields must be present (unless `partial`), and each value must fit its field's type and bounds.
 */
export function fieldsSchema(fields: Fields, opts: FieldsSchemaOptions = {}): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(fields)) {
    const value = valueSchema(field);
    shape[name] = field.required && !opts.partial ? value : value.optional();
  }
  return z.strictObject(shape);
}

/** The schema of one field's value. */
export function valueSchema(field: Field): z.ZodType {
  switch (field.type) {
    case 'string':
      return boundedText(field.minLength ?? (field.required ? 1 : 0), field.maxLength);
    case 'text':
      return boundedText(field.required ? 1 : 0, field.maxLength);
    case 'integer':
      return bounded(z.int({ error: 'enter a whole number' }), field.min, field.max);
    case 'boolean':
      return z.boolean({ error: 'enter true or false' });
    case 'date':
      return z.iso.date({ error: 'enter a real calendar date as YYYY-MM-DD' });
    case 'url':
      return webUrl();
    case 'email':
      return z.email({ error: 'enter an email address' });
    case 'enum':
      return z.enum(field.values, { error: `choose one of ${field.values.join(', ')}` });
    case 'money':
      return money(field);
    case 'duration':
      return duration();
    case 'documents':
      return documents(field.required ? 1 : 0, field.maxItems);
  }
}

function boundedText(min: number, max: number | undefined): z.ZodString {
  let schema = z.string({ error: 'enter text' });
  if (min > 0) schema = schema.min(min, min === 1 ? 'enter a value' : `enter at least ${min} characters`);
  if (max !== undefined) schema = schema.max(max, `enter at most ${max} characters`);
  return schema;
}

function bounded(schema: z.ZodNumber, min: number | undefined, max: number | undefined): z.ZodNumber {
  let result = schema;
  if (min !== undefined) result = result.min(min, `enter at least ${min}`);
  if (max !== undefined) result = result.max(max, `enter at most ${max}`);
  return result;
}

/** Only web links: a `javascript:` or `file:` URL shown in a portal would be a hazard. */
function webUrl(): z.ZodURL {
  return z.url({ protocol: /^https?$/, error: 'enter an http or https URL' });
}

/** Money is integer minor units (cents for USD), never a float that rounds. */
function money(field: Extract<Field, { type: 'money' }>): z.ZodType {
  const amount = bounded(
    z.int({ error: 'enter the amount in minor units (e.g. cents) as a whole number' }).nonnegative('enter an amount of 0 or more'),
    field.min,
    field.max,
  );
  const currency = field.currency
    ? z.literal(field.currency, { error: `use currency ${field.currency}` })
    : z.string().regex(/^[A-Z]{3}$/, 'use a three-letter currency code such as USD');
  return z.strictObject({ amount, currency });
}

function duration(): z.ZodType<string> {
  return z.string({ error: 'enter a duration such as 45d' }).superRefine((text, ctx) => {
    try {
      parseDuration(text);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof DurationError ? error.message : 'enter a duration such as 45d' });
    }
  });
}

const Document = z
  .strictObject({
    name: z.string().min(1, 'give the document a name'),
    url: webUrl().optional(),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/i, 'a sha256 is 64 hexadecimal characters')
      .optional(),
    size: z.int().nonnegative().optional(),
  })
  .refine((document) => document.url !== undefined || document.sha256 !== undefined, {
    message: 'give each document a url or a sha256 so it can be found or checked',
  });

function documents(min: number, maxItems: number | undefined): z.ZodType {
  let schema = z.array(Document, { error: 'attach a list of documents' });
  if (min > 0) schema = schema.min(min, 'attach at least one document');
  if (maxItems !== undefined) schema = schema.max(maxItems, `attach at most ${maxItems} documents`);
  return schema;
}
