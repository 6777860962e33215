/** Decision forms for generated templates: every required field filled with a value its type accepts. */
import type { Field, Fields } from '../../definitions/template.js';

/** A form that fills every required field of `fields`. */
export function filledForm(fields: Fields | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields ?? {}).filter(([, field]) => field.required).map(([name, field]) => [name, sample(field)]));
}

/** A value for a required form field. */
function sample(field: Field): unknown {
  switch (field.type) {
    case 'money':
      return { amount: 1000, currency: field.currency ?? 'USD' };
    case 'integer':
      return field.min ?? 0;
    case 'boolean':
      return true;
    case 'date':
      return '2026-01-31';
    case 'enum':
      return field.values[0];
    case 'documents':
      return [{ name: 'proof.pdf', url: 'https://example.com/proof.pdf' }];
    case 'url':
      return 'https://example.com';
    case 'email':
      return 'someone@example.com';
    case 'duration':
      return '1d';
    default:
      return 'text';
  }
}
