/**
 * Reading an action's arguments: each is a condition-language expression over the
 * instance's scope, evaluated here in the activity. A failure is a value, not an exception,
 * so a template mistake or a missing form field becomes an outcome the template routes.
 */
import { z } from 'zod';
import { ConditionError, evaluate, type ConditionScope } from '../../definitions/condition.js';
import type { Money as MoneyShape } from '../../presentation/index.js';
import type { ActionRequest } from '../contracts.js';

/** Money as templates hold it ({@link MoneyShape}), checked with messages for a template's author. */
export const Money = z.strictObject({
  amount: z.int('the amount must be whole minor units').nonnegative('the amount must not be negative'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'the currency must be a three-letter code such as USD'),
}) satisfies z.ZodType<MoneyShape>;
export type Money = z.infer<typeof Money>;

const StepRecord = z.object({ outcome: z.string().optional(), form: z.record(z.string(), z.unknown()).optional(), decidedBy: z.string().optional() });
const Scope = z.object({ input: z.record(z.string(), z.unknown()), steps: z.record(z.string(), StepRecord), vars: z.record(z.string(), z.unknown()) });

/** An argument that could not be read, with a message for people. */
export class ArgumentProblem extends Error {
  override readonly name = 'ArgumentProblem';
}

/** The scope of the request, checked: it crossed the activity boundary. */
export function scopeOf(request: ActionRequest): ConditionScope {
  const parsed = Scope.safeParse(request.scope);
  if (!parsed.success) throw new ArgumentProblem(`the instance's scope is not readable: ${parsed.error.message}`);
  return parsed.data;
}

function valueOf(expression: string, scope: ConditionScope): unknown {
  try {
    return evaluate(expression, scope);
  } catch (error) {
    if (error instanceof ConditionError) throw new ArgumentProblem(error.message);
    throw error;
  }
}

/** The value of an argument, whatever its type. */
export function valueArgument(expression: string, scope: ConditionScope, what: string): unknown {
  try {
    return valueOf(expression, scope);
  } catch (error) {
    if (error instanceof ArgumentProblem) throw new ArgumentProblem(`${what} ("${expression}"): ${error.message}`);
    throw error;
  }
}

/** A text argument, e.g. an allocation id. */
export function textArgument(expression: string, scope: ConditionScope, what: string): string {
  const value = valueOf(expression, scope);
  if (typeof value !== 'string' || value === '') throw new ArgumentProblem(`${what} ("${expression}") must give text, not ${JSON.stringify(value)}`);
  return value;
}

/** A money argument. */
export function moneyArgument(expression: string, scope: ConditionScope, what: string): Money {
  const parsed = Money.safeParse(valueOf(expression, scope));
  if (!parsed.success) throw new ArgumentProblem(`${what} ("${expression}") must give money such as {amount: 1000, currency: "USD"}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  return parsed.data;
}

/** An amount in minor units: a whole number, or money in `currency`. */
export function minorUnitsArgument(expression: string, scope: ConditionScope, what: string, currency?: string): number {
  const value = valueOf(expression, scope);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) throw new ArgumentProblem(`${what} ("${expression}") must be whole minor units of 0 or more, not ${value}`);
    return value;
  }
  const money = moneyArgument(expression, scope, what);
  if (currency !== undefined && money.currency !== currency) throw new ArgumentProblem(`${what} is in ${money.currency}, but the funds are in ${currency}`);
  return money.amount;
}
