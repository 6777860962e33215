/**
 * Money in template fields must be in an ISO 4217 currency. The template language only
 * checks the shape (three capital letters) because the currency list must stay out of
 * workflow code; every way in (start inputs, decision forms, emailed links) checks the
 * list here, at the edge, before anything reaches a workflow.
 */
import type pg from 'pg';
import { isCurrency } from '../definitions/currency.js';
import type { Fields } from '../definitions/template.js';
import type { InstanceState, Task } from '../workflows/schemas.js';
import { ApiError } from './errors.js';
import { findTemplate } from './template-catalog.js';

/** Where a value of `fields` names a currency that is not ISO 4217 money, with a message saying what to send. */
export function foreignCurrencies(fields: Fields | undefined, values: unknown): Array<{ path: string; message: string }> {
  if (!fields || typeof values !== 'object' || values === null) return [];
  const problems: Array<{ path: string; message: string }> = [];
  for (const [name, field] of Object.entries(fields)) {
    if (field.type !== 'money') continue;
    const value: unknown = Reflect.get(values, name);
    if (typeof value !== 'object' || value === null || !('currency' in value) || typeof value.currency !== 'string') continue;
    if (!isCurrency(value.currency)) {
      problems.push({ path: `${name}.currency`, message: `${value.currency} is not an ISO 4217 currency money can be paid in; use a code such as USD, EUR or JPY` });
    }
  }
  return problems;
}

/**
 * Refuses a decision on `task` whose form names a currency that is not ISO 4217 money
 * (`invalid_form`, 422), by the form of the task's step in the instance's template version.
 */
export async function checkFormCurrencies(pool: pg.Pool, state: Pick<InstanceState, 'templateId' | 'templateVersion'>, task: Pick<Task, 'stepId'>, form: unknown): Promise<void> {
  if (form === undefined) return;
  const published = await findTemplate(pool, state.templateId, state.templateVersion);
  const step = published?.template.steps.find((candidate) => candidate.id === task.stepId);
  const fields = step && (step.kind === 'task' || step.kind === 'approval') ? step.form : undefined;
  const problems = foreignCurrencies(fields, form);
  if (problems.length > 0) throw new ApiError(422, 'invalid_form', `form.${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; form.')}`, { problems: problems.map((problem) => ({ ...problem, path: `form.${problem.path}` })) });
}
