/**
 * Conditions in templates are CEL (Common Expression Language) expressions, e.g.
 * `input.amount.amount > 500000 && steps.review.outcome == "approve"`.
 *
 * CEL is deterministic, side-effect free and cannot loop forever, which is what workflow
 * code needs: this module runs inside the Temporal workflow sandbox, so it imports no
 * Node built-ins and reads no clock or randomness. Evaluation sees only the scope it is
 * given: the instance's input, what earlier steps decided, and recorded variables.
 *
 * Numbers: whole numbers in the scope become CEL `int`s, so money in minor units compares
 * with integer literals (`input.amount.amount > 500000`) and adds up exactly.
 *
 * Time: CEL's timestamp accessors (`getHours()` and friends) go through the JavaScript
 * `Date` of the process; run workers with TZ=UTC so every worker replays them alike.
 */
import { celEnv, isCelError, isCelList, isCelMap, isCelType, isCelUint, parse, plan } from '@bufbuild/cel';
import type { CelInput, CelValue } from '@bufbuild/cel';
import { isReflectMessage } from '@bufbuild/protobuf/reflect';
import { timestampMs } from '@bufbuild/protobuf/wkt';
import type { Duration, Timestamp } from '@bufbuild/protobuf/wkt';

/** What a condition can read. */
export interface ConditionScope {
  input: Record<string, unknown>;
  steps: Record<string, { outcome?: string; form?: Record<string, unknown>; decidedBy?: string }>;
  vars: Record<string, unknown>;
}

/** The names a condition may start with. */
export const SCOPE_ROOTS = ['input', 'steps', 'vars'] as const;

/** A condition that does not parse, fails at run time, or yields the wrong type. */
export class ConditionError extends Error {
  override readonly name = 'ConditionError';
}

/** An expression's syntax tree, as the CEL parser gives it. */
export type ParsedCondition = ReturnType<typeof parse>;
type Expr = ParsedCondition['expr'];
type Evaluator = ReturnType<typeof plan>;

const env = celEnv();

/**
 * Parsed and planned expressions, by text. Templates reuse the same few expressions on
 * every visit, and planning is pure, so sharing across workflow runs is safe. The worker
 * preloads this module (scripts/stack/bundle.ts), so the environment and this cache exist
 * once per worker rather than once per cached workflow.
 */
const planned = new Map<string, Evaluator>();
const PLAN_CACHE_LIMIT = 1000;

function parseOrThrow(expr: string): ParsedCondition {
  try {
    return parse(expr);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConditionError(`"${expr}" is not a valid expression: ${readablePosition(reason)}`);
  }
}

/** The parser reports `<input>:1:3: ...`; people read "line 1, column 3: ...". */
function readablePosition(reason: string): string {
  return reason.replace(/^<input>:(\d+):(\d+):\s*/, (_match, line: string, column: string) => `line ${line}, column ${column}: `);
}

function evaluatorFor(expr: string): Evaluator {
  const cached = planned.get(expr);
  if (cached) return cached;
  const evaluator = plan(env, parseOrThrow(expr));
  if (planned.size >= PLAN_CACHE_LIMIT) planned.clear();
  planned.set(expr, evaluator);
  return evaluator;
}

/** Whether an expression is well-formed CEL, with its syntax tree if it is. Never throws. */
export function parseCondition(expr: string): { ok: true; parsed: ParsedCondition } | { ok: false; message: string } {
  try {
    return { ok: true, parsed: parseOrThrow(expr) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The data paths an expression reads, e.g. `['input', 'amount', 'amount']` for
 * `input.amount.amount > 5`. Variables bound inside macros (`x` in `list.all(x, x > 0)`)
 * are not data and are left out. Throws a {@link ConditionError} if the expression does
 * not parse.
 */
export function referencedFields(expr: string | ParsedCondition): string[][] {
  const found = new Map<string, string[]>();
  collectPaths((typeof expr === 'string' ? parseOrThrow(expr) : expr).expr, new Set(), found);
  return [...found.values()];
}

function collectPaths(expr: Expr | undefined, bound: ReadonlySet<string>, found: Map<string, string[]>): void {
  if (!expr) return;
  const path = pathOf(expr, bound);
  if (path) {
    found.set(path.join('\u0000'), path);
    return;
  }
  const kind = expr.exprKind;
  switch (kind.case) {
    case 'selectExpr':
      collectPaths(kind.value.operand, bound, found);
      return;
    case 'callExpr':
      collectPaths(kind.value.target, bound, found);
      for (const arg of kind.value.args) collectPaths(arg, bound, found);
      return;
    case 'listExpr':
      for (const element of kind.value.elements) collectPaths(element, bound, found);
      return;
    case 'structExpr':
      for (const entry of kind.value.entries) {
        if (entry.keyKind.case === 'mapKey') collectPaths(entry.keyKind.value, bound, found);
        collectPaths(entry.value, bound, found);
      }
      return;
    case 'comprehensionExpr': {
      const loop = kind.value;
      collectPaths(loop.iterRange, bound, found);
      collectPaths(loop.accuInit, bound, found);
      const inner = new Set([...bound, loop.iterVar, loop.iterVar2, loop.accuVar].filter((name) => name !== ''));
      collectPaths(loop.loopCondition, inner, found);
      collectPaths(loop.loopStep, inner, found);
      collectPaths(loop.result, inner, found);
      return;
    }
    default:
      return;
  }
}

/** The path of `a.b.c` or `a["b"]`, or undefined if the expression is not a plain path. */
function pathOf(expr: Expr, bound: ReadonlySet<string>): string[] | undefined {
  const kind = expr.exprKind;
  if (kind.case === 'identExpr') return bound.has(kind.value.name) ? undefined : [kind.value.name];
  if (kind.case === 'selectExpr' && kind.value.operand) {
    const base = pathOf(kind.value.operand, bound);
    return base ? [...base, kind.value.field] : undefined;
  }
  if (kind.case === 'callExpr' && kind.value.function === '_[_]' && kind.value.args.length === 2) {
    const [operand, key] = kind.value.args;
    if (!operand || key?.exprKind.case !== 'constExpr') return undefined;
    const constant = key.exprKind.value.constantKind;
    if (constant.case !== 'stringValue') return undefined;
    const base = pathOf(operand, bound);
    return base ? [...base, constant.value] : undefined;
  }
  return undefined;
}

/**
 * Evaluates an expression against a scope and returns a plain, JSON-safe value:
 * integers as numbers, lists as arrays, maps as objects, timestamps as ISO strings.
 * Throws a {@link ConditionError} if the expression fails (a missing field, a type mismatch).
 */
export function evaluate(expr: string, scope: ConditionScope): unknown {
  return toPlain(evaluateRaw(expr, scope), expr);
}

/** Evaluates a condition that must yield `true` or `false`. */
export function evaluateCondition(expr: string, scope: ConditionScope): boolean {
  const result = evaluateRaw(expr, scope);
  if (typeof result !== 'boolean') {
    throw new ConditionError(`"${expr}" must be true or false, but gave ${describe(toPlain(result, expr))}`);
  }
  return result;
}

/**
 * Evaluates an expression that names a moment, for `wait.until`, and returns epoch
 * milliseconds. Accepts an ISO date (`2025-03-31`, read as midnight UTC), an ISO date-time
 * with a zone (`2025-03-31T17:00:00Z`), or a CEL timestamp (`timestamp(...)`).
 */
export function evaluateTimestamp(expr: string, scope: ConditionScope): number {
  const result = evaluateRaw(expr, scope);
  if (isTimestamp(result)) return timestampMs(result.message);
  if (typeof result === 'string') {
    const at = parseIsoMoment(result);
    if (at !== undefined) return at;
  }
  throw new ConditionError(
    `"${expr}" must give a date such as "2025-03-31" or a timestamp, but gave ${describe(toPlain(result, expr))}`,
  );
}

function evaluateRaw(expr: string, scope: ConditionScope): CelValue {
  const evaluator = evaluatorFor(expr);
  const result = evaluator({
    input: toCelInput(scope.input),
    steps: toCelInput(scope.steps),
    vars: toCelInput(scope.vars),
  });
  if (isCelError(result)) throw new ConditionError(`"${expr}" could not be evaluated: ${result.message}`);
  return result;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** ISO dates and zoned date-times only: a time without a zone would depend on the worker's clock settings. */
function parseIsoMoment(text: string): number | undefined {
  const date = ISO_DATE.exec(text);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const at = Date.UTC(year, month - 1, day);
    const check = new Date(at);
    const real = check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
    return real ? at : undefined;
  }
  if (!ISO_DATE_TIME.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : at;
}

/** Whole numbers become CEL ints so they compare and add exactly with integer literals. */
function toCelInput(value: unknown): CelInput {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'bigint') return value;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map(toCelInput);
  if (typeof value === 'object') {
    const entries: Record<string, CelInput> = {};
    for (const [key, item] of Object.entries(value)) {
      // An absent optional field reads as missing, so `has(input.x)` is false.
      if (item !== undefined) entries[key] = toCelInput(item);
    }
    return entries;
  }
  throw new ConditionError(`a ${typeof value} cannot be used in a condition`);
}

function isTimestamp(value: CelValue): value is CelValue & { message: Timestamp } {
  return isReflectMessage(value) && value.desc.typeName === 'google.protobuf.Timestamp';
}

function isDuration(value: CelValue): value is CelValue & { message: Duration } {
  return isReflectMessage(value) && value.desc.typeName === 'google.protobuf.Duration';
}

function toPlain(value: CelValue, expr: string): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return toSafeNumber(value, expr);
  if (isCelUint(value)) return toSafeNumber(value.value, expr);
  if (isCelList(value)) return [...value].map((item) => toPlain(item, expr));
  if (isCelMap(value)) {
    const result: Record<string, unknown> = {};
    for (const [key, item] of value) result[String(isCelUint(key) ? key.value : key)] = toPlain(item, expr);
    return result;
  }
  if (isTimestamp(value)) return new Date(timestampMs(value.message)).toISOString();
  // Written as `<n>ms`, which both CEL's duration() and template durations read back.
  if (isDuration(value)) return `${toSafeNumber(value.message.seconds * 1000n + BigInt(Math.trunc(value.message.nanos / 1e6)), expr)}ms`;
  if (isCelType(value)) return value.name;
  throw new ConditionError(`"${expr}" gave a value that cannot be stored; use numbers, strings, booleans, lists or maps`);
}

function toSafeNumber(value: bigint, expr: string): number {
  const result = Number(value);
  if (!Number.isSafeInteger(result)) throw new ConditionError(`"${expr}" gave ${value}, which is too large to store exactly`);
  return result;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `the text "${value}"`;
  return JSON.stringify(value) ?? String(value);
}
