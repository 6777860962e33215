/**
 * Checks every expression in a template: it must be within the size limits, parse, read
 * only fields that exist — a declared input, a step of the template, or a variable some
 * action records — and type-check (expression-types.ts): no unknown function, no operands
 * of the wrong type, a condition that gives true or false, macros of bounded cost. A
 * mistake would otherwise only fail when an instance reaches it, weeks later, and stop it there.
 */
import { findAction } from './actions.js';
import type { CheckContext } from './check-context.js';
import { SCOPE_ROOTS, parseCondition, referencedFields } from './condition.js';
import { DYN, INT, STRING, BOOL, expressionProblems, listOf, record, type ExpectedResult, type ExpressionType } from './expression-types.js';
import { MAX_EXPRESSION_LENGTH } from './limits.js';
import type { Field, Fields, Step } from './template.js';
import { ErrorCode, didYouMean, listNames, type TemplatePath } from './template-error.js';

/** What a condition may read about an earlier step (see `ConditionScope`). */
const STEP_PROPERTIES = ['outcome', 'form', 'decidedBy'];
const MONEY_PROPERTIES = ['amount', 'currency'];
/** CEL's type names are identifiers too (`type(x) == int`); they are not data. */
const CEL_TYPE_NAMES = new Set(['int', 'uint', 'double', 'bool', 'string', 'bytes', 'list', 'map', 'null_type', 'type']);

/** Checks every expression of every step. */
export function checkConditions(context: CheckContext): void {
  for (const { step, path } of context.placed) {
    for (const [expression, expressionPath, expected] of expressionsOf(step, path)) checkExpression(context, expressionPath, expression, expected);
  }
  for (const hook of ['onCancel', 'onEnd'] as const) {
    for (const [index, call] of (context.template[hook] ?? []).entries()) {
      for (const [expression, argPath] of actionExpressions(call.action, call.with)) checkExpression(context, [hook, index, 'with', ...argPath], expression);
    }
  }
  for (const { fields, path } of formsOf(context)) {
    for (const [name, field] of Object.entries(fields)) {
      if (field.type === 'money' && field.currencyFrom !== undefined) checkExpression(context, [...path, name, 'currencyFrom'], field.currencyFrom, 'string');
      if (field.type === 'money' && field.atMost !== undefined) checkExpression(context, [...path, name, 'atMost'], field.atMost);
    }
  }
}

/** Every form of the template (start inputs and the forms of tasks and approvals), with its path. */
function formsOf(context: CheckContext): Array<{ fields: Fields; path: TemplatePath }> {
  const forms: Array<{ fields: Fields; path: TemplatePath }> = [{ fields: context.template.inputs, path: ['inputs'] }];
  for (const { step, path } of context.placed) {
    if ((step.kind === 'task' || step.kind === 'approval') && step.form) forms.push({ fields: step.form, path: [...path, 'form'] });
  }
  return forms;
}

/** The expressions among an action's arguments, with their paths under `with`. */
function actionExpressions(name: string, raw: Record<string, unknown> = {}): Array<[string, TemplatePath]> {
  const action = findAction(name);
  const args = action?.arguments.safeParse(raw);
  if (!action?.references || !args?.success) return [];
  return (action.references(args.data).expressions ?? []).map(({ path, expression }): [string, TemplatePath] => [expression, path]);
}

type PlacedExpression = [string, TemplatePath, ExpectedResult];

function expressionsOf(step: Step, path: TemplatePath): PlacedExpression[] {
  switch (step.kind) {
    case 'approval':
      return [
        ...step.approvers.flatMap((approver, index): PlacedExpression[] =>
          typeof approver === 'object' && approver.when !== undefined ? [[approver.when, [...path, 'approvers', index, 'when'], 'bool']] : [],
        ),
        ...fundsExpressions(step, path),
      ];
    case 'task':
      return fundsExpressions(step, path);
    case 'decision':
      return step.cases.map((entry, index): PlacedExpression => [entry.when, [...path, 'cases', index, 'when'], 'bool']);
    case 'wait':
      return step.until === undefined ? [] : [[step.until, [...path, 'until'], 'moment']];
    case 'action':
      return actionExpressions(step.action, step.with).map(([expression, argPath]): PlacedExpression => [expression, [...path, 'with', ...argPath], 'any']);
    default:
      return [];
  }
}

/** The amounts a human step's outcomes hold of the allocation (`needsFunds`). */
function fundsExpressions(step: Extract<Step, { kind: 'task' | 'approval' }>, path: TemplatePath): PlacedExpression[] {
  return Object.entries(step.needsFunds ?? {}).map(([outcome, expression]): PlacedExpression => [expression, [...path, 'needsFunds', outcome], 'any']);
}

/** Checks one expression's size, syntax, the fields it reads and its types. */
export function checkExpression(context: CheckContext, path: TemplatePath, expression: string, expected: ExpectedResult = 'any'): void {
  if (expression.length > MAX_EXPRESSION_LENGTH) {
    context.report(path, ErrorCode.TooLarge, `the expression is ${expression.length} characters long, more than ${MAX_EXPRESSION_LENGTH}; split it with record steps`);
    return;
  }
  const parsed = parseCondition(expression);
  if (!parsed.ok) {
    context.report(path, ErrorCode.ConditionSyntax, parsed.message);
    return;
  }
  let fieldsKnown = true;
  for (const fieldPath of referencedFields(parsed.parsed)) {
    const problem = fieldProblem(context, fieldPath);
    if (problem) {
      fieldsKnown = false;
      context.report(path, ErrorCode.UnknownField, `"${expression}" reads ${fieldPath.join('.')}, but ${problem}`);
    } else if (unguardedOptionalInput(context, expression, fieldPath)) {
      const name = `input.${fieldPath[1]}`;
      context.report(
        path,
        ErrorCode.UnguardedOptional,
        `"${expression}" reads ${name}, which is optional and may be missing when an instance gets here; write has(${name}) && … or make the input required`,
      );
    }
  }  // An unknown field is reported above; its type errors would only repeat it.
  if (!fieldsKnown) return;
  for (const problem of expressionProblems(parsed.parsed, declarations(context), expected)) {
    const where = problem.at === undefined ? '' : ` (at character ${problem.at + 1})`;
    context.report(path, problem.kind === 'cost' ? ErrorCode.ConditionCost : ErrorCode.ConditionType, `"${expression}" ${problem.message}${where}`);
  }
}

const declared = new WeakMap<CheckContext, ReadonlyMap<string, ExpressionType>>();

/** The types of what a condition may read, from the template's inputs, forms and recorded variables. */
function declarations(context: CheckContext): ReadonlyMap<string, ExpressionType> {
  const known = declared.get(context);
  if (known) return known;
  const steps: Array<[string, ExpressionType]> = [];
  for (const [id, { step }] of context.byId) {
    const properties: Array<[string, ExpressionType]> = [
      ['outcome', STRING],
      ['decidedBy', STRING],
    ];
    if ((step.kind === 'task' || step.kind === 'approval') && step.form) properties.push(['form', fieldsType(step.form)]);
    steps.push([id, record(properties)]);
  }
  const roots = new Map<string, ExpressionType>([
    ['input', fieldsType(context.template.inputs)],
    ['steps', record(steps)],
    // What an action records is known only when it runs.
    ['vars', record([...context.vars].map((name): [string, ExpressionType] => [name, DYN]))],
  ]);
  declared.set(context, roots);
  return roots;
}

function fieldsType(fields: Fields): ExpressionType {
  return record(Object.entries(fields).map(([name, field]): [string, ExpressionType] => [name, fieldType(field)]));
}

/** The type a condition sees for a field's value (see `toCelInput` in condition.ts: whole numbers are ints). */
function fieldType(field: Field): ExpressionType {
  switch (field.type) {
    case 'integer':
      return INT;
    case 'boolean':
      return BOOL;
    case 'money':
      return record([['amount', INT], ['currency', STRING]]);
    case 'documents':
      return listOf(DYN);
    default:
      return STRING;
  }
}

/**
 * An optional input that an instance may start without: reading it without `has()` fails
 * at run time, stopping the instance at that step, so the template must say what a
 * missing value means.
 */
function unguardedOptionalInput(context: CheckContext, expression: string, [root, name]: string[]): boolean {
  if (root !== 'input' || name === undefined) return false;
  const field = context.template.inputs[name];
  if (!field || field.required) return false;
  const guard = new RegExp(`has\\(\\s*input\\.${name}\\b`);
  return !guard.test(expression);
}

function fieldProblem(context: CheckContext, [root = '', name, property, detail]: string[]): string | undefined {
  if (CEL_TYPE_NAMES.has(root) && name === undefined) return undefined;
  if (!(SCOPE_ROOTS as readonly string[]).includes(root)) {
    return `a condition can only read ${listNames(SCOPE_ROOTS.map((scope) => `${scope}.…`))}${didYouMean(root, SCOPE_ROOTS)}`;
  }
  if (name === undefined) return undefined;
  if (root === 'input') return inputProblem(context, name, property);
  if (root === 'steps') return stepProblem(context, name, property, detail);
  if (context.vars.has(name)) return undefined;
  return `no action records a variable "${name}"; add an action step with action: record and name: ${name}${didYouMean(name, context.vars)}`;
}

function inputProblem(context: CheckContext, name: string, property: string | undefined): string | undefined {
  const inputs = context.template.inputs;
  const field = Object.hasOwn(inputs, name) ? inputs[name] : undefined;
  if (!field) return `there is no input "${name}"; declare it under inputs${didYouMean(name, Object.keys(inputs))}`;
  if (field.type === 'money' && property !== undefined && !MONEY_PROPERTIES.includes(property)) {
    return `money has only ${listNames(MONEY_PROPERTIES)}${didYouMean(property, MONEY_PROPERTIES)}`;
  }
  return undefined;
}

function stepProblem(context: CheckContext, name: string, property: string | undefined, detail: string | undefined): string | undefined {
  const placed = context.byId.get(name);
  if (!placed) return `there is no step "${name}"${context.stepNames.didYouMean(name)}`;
  if (property === undefined) return undefined;
  if (!STEP_PROPERTIES.includes(property)) {
    return `a step offers only ${listNames(STEP_PROPERTIES)}${didYouMean(property, STEP_PROPERTIES)}`;
  }
  if (property !== 'form' || detail === undefined) return undefined;
  const step = placed.step;
  const form = step.kind === 'task' || step.kind === 'approval' ? step.form : undefined;
  if (!form) return `step "${name}" has no form`;
  if (!Object.hasOwn(form, detail)) return `the form of step "${name}" has no field "${detail}"${didYouMean(detail, Object.keys(form))}`;
  return undefined;
}
