/**
 * The hard limits of the template language. They are checked first, on the raw template,
 * before any other check reads it, so that no template, however large or deeply nested,
 * can make validation slow, overflow the stack, or reach the engine in a shape it cannot
 * run. The README ("Template limits") lists them for authors.
 */

/** Template text (a file, an API body) in bytes. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** Steps in a template, counting the steps inside every branch. */
export const MAX_STEPS = 5_000;

/** Parallel steps inside parallel steps, counting the outermost as 1. */
export const MAX_PARALLEL_DEPTH = 8;

/** Maps and lists inside one another anywhere in a template (`steps[0].branches[1].steps[2]…`). */
export const MAX_NESTING = 48;

/**
 * Characters in a template id, and in every other name (step, party, role, field, outcome,
 * variable). The API's routes hold template ids to the same constant.
 */
export const MAX_ID_LENGTH = 100;

/** Characters in a business key (a company's own identity of a case, given at start). */
export const MAX_BUSINESS_KEY_LENGTH = 200;

/**
 * Characters in an instance id: the longest id `instanceId` (api/instances.ts) makes, a
 * template id, a colon and a business key. Every route that takes an instance id accepts
 * this many, so every instance that starts can be read, decided and cancelled.
 */
export const MAX_INSTANCE_ID_LENGTH = MAX_ID_LENGTH + 1 + MAX_BUSINESS_KEY_LENGTH;

/** Characters in a task id: a step id, its visit number and the `party.role` it is for. */
export const MAX_TASK_ID_LENGTH = 3 * MAX_ID_LENGTH + 20;

/** The one message for a text over its limit, in templates and at the routes alike. */
export function tooLongMessage(maximum: number): string {
  return `must be at most ${maximum} characters`;
}

/** Characters in any other text of a template (titles, descriptions, mail messages). */
export const MAX_TEXT_LENGTH = 10_000;

/** Characters in one condition or expression. */
export const MAX_EXPRESSION_LENGTH = 2_000;

/** How deeply an expression's operations nest (`a + (b * (c - d))` is 3 deep). */
export const MAX_EXPRESSION_DEPTH = 32;

/**
 * Macros such as `all`, `exists`, `map` and `filter` inside one another. Each one visits a
 * list given in the expression or read from the instance's data; nesting them multiplies
 * the work, so two levels is the most a condition may ask for.
 */
export const MAX_COMPREHENSION_NESTING = 2;

/**
 * How many times, at most, the macros of one condition may repeat, estimated from the
 * lists they go over: a list written in the expression counts its items, a list read from
 * the instance's data counts {@link DATA_LIST_ESTIMATE}.
 */
export const MAX_CONDITION_ITERATIONS = 10_000;

/** What a list read from data (e.g. a form's documents) counts as, for {@link MAX_CONDITION_ITERATIONS}. */
export const DATA_LIST_ESTIMATE = 100;

/**
 * Names JavaScript gives a meaning on every object. A step, input or party called
 * `constructor` would read the language's own value wherever a template's names key a
 * plain object, so no name of a template may be one of these.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The one message for a reserved name, wherever it appears. */
export function reservedNameMessage(name: string): string {
  return `"${name}" is a reserved word (${[...RESERVED_NAMES].join(', ')}); choose another name`;
}
