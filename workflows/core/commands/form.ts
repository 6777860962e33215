/**
 * Whether a decision's form fits its step's fields: the one place the decide command asks,
 * so the form checker behind it can change without touching the command.
 */
import { fieldsSchema } from '../../../definitions/fields.js';
import type { Fields } from '../../../definitions/template.js';

/** What is wrong with `form` under `fields`, one line per problem; empty when it fits. */
export function formProblems(fields: Fields, form: Record<string, unknown>, options: { partial: boolean }): string[] {
  const parsed = fieldsSchema(fields, options).safeParse(form);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => `${issue.path.join('.') || 'form'}: ${issue.message}`);
}
