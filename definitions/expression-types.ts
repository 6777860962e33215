/**
 * Types of condition-language expressions, checked when a template is validated so that
 * a condition which could only fail at run time (an unknown function, an int compared with
 * a string, a decision that gives a number) is refused before any instance reaches it.
 *
 * The functions and their overloads come from the same CEL environment that evaluates
 * conditions, so a function the checker accepts is one the evaluator has. Types of data
 * come from the template: its inputs, its steps' forms, the variables its actions record.
 * Where a type cannot be known (a recorded variable, a value computed by a macro) it is
 * `dyn`, which matches anything: the checker refuses only what is certainly wrong.
 *
 * Cost: an expression is bounded in length and depth (limits.ts), and macros (`all`,
 * `exists`, `map`, `filter`) may only go over lists written in the expression or read from
 * data, nested at most two deep, with a bounded product of list sizes.
 */
import { celEnv, type CelType } from '@bufbuild/cel';
import type { ParsedCondition } from './condition.js';
import { MAX_COMPREHENSION_NESTING, MAX_CONDITION_ITERATIONS, DATA_LIST_ESTIMATE, MAX_EXPRESSION_DEPTH } from './limits.js';
import { closestMatch } from './template-error.js';

/** The type of an expression, as far as the template tells. */
export type ExpressionType =
  | { kind: 'dyn' }
  | { kind: 'scalar'; name: string }
  | { kind: 'list'; element: ExpressionType }
  | { kind: 'map'; key: ExpressionType; value: ExpressionType }
  | { kind: 'object'; name: string }
  | { kind: 'record'; fields: ReadonlyMap<string, ExpressionType> };

export const DYN: ExpressionType = { kind: 'dyn' };
const scalar = (name: string): ExpressionType => ({ kind: 'scalar', name });
export const BOOL = scalar('bool');
export const INT = scalar('int');
export const STRING = scalar('string');
const TIMESTAMP_NAME = 'google.protobuf.Timestamp';

/** A record of known fields, e.g. a form. */
export function record(fields: Iterable<[string, ExpressionType]>): ExpressionType {
  return { kind: 'record', fields: new Map(fields) };
}

/** A list of values of one type. */
export function listOf(element: ExpressionType): ExpressionType {
  return { kind: 'list', element };
}

/** What a check found; `at` is the character offset in the expression, when known. */
export interface ExpressionProblem {
  kind: 'type' | 'cost';
  message: string;
  at: number | undefined;
}

/** What an expression must give. */
export type ExpectedResult = 'bool' | 'moment' | 'string' | 'any';

const env = celEnv();
const FUNCTION_NAMES = [...new Set([...env.funcs].map((func) => func.name))].filter((name) => /^[a-zA-Z]/.test(name));
const OPERATORS: Record<string, string> = {
  '_+_': '+',
  '_-_': '-',
  '_*_': '*',
  '_/_': '/',
  '_%_': '%',
  '_<_': '<',
  '_<=_': '<=',
  '_>_': '>',
  '_>=_': '>=',
  '-_': 'unary -',
  '!_': '!',
  '@in': 'in',
};
/** CEL's type names read as identifiers (`type(x) == int`). */
const TYPE_NAMES = new Set(['int', 'uint', 'double', 'bool', 'string', 'bytes', 'list', 'map', 'null_type', 'type']);
const NUMERIC = new Set(['int', 'uint', 'double']);

type Expr = NonNullable<ParsedCondition['expr']>;

/**
 * Checks a parsed expression against the types of the names it may read. Returns every
 * problem found; an empty list means the expression is fine.
 */
export function expressionProblems(parsed: ParsedCondition, roots: ReadonlyMap<string, ExpressionType>, expected: ExpectedResult): ExpressionProblem[] {
  const positions = parsed.sourceInfo?.positions ?? {};
  const problems: ExpressionProblem[] = [];
  const at = (expr: Expr): number | undefined => positions[Number(expr.id)];
  if (!parsed.expr) return problems;
  const deepest = depthOf(parsed.expr);
  if (deepest > MAX_EXPRESSION_DEPTH) {
    return [{ kind: 'cost', message: `nests ${deepest} operations deep, more than ${MAX_EXPRESSION_DEPTH}; split it with record steps`, at: undefined }];
  }
  const checker = new TypeChecker(roots, (expr, kind, message) => problems.push({ kind, message, at: at(expr) }));
  const result = checker.typeOf(parsed.expr, new Map(), 1);
  if (problems.length === 0) {
    const problem = resultProblem(result, expected);
    if (problem) problems.push({ kind: 'type', message: problem, at: undefined });
  }
  return problems;
}

function resultProblem(result: ExpressionType, expected: ExpectedResult): string | undefined {
  if (result.kind === 'dyn' || expected === 'any') return undefined;
  if (expected === 'bool' && !isScalar(result, 'bool')) return `gives ${describeType(result)}, but a condition must give true or false; compare it, e.g. with ==`;
  if (expected === 'string' && !isScalar(result, 'string')) return `gives ${describeType(result)}, but must give text`;
  if (expected === 'moment' && !isScalar(result, 'string') && !(result.kind === 'object' && result.name === TIMESTAMP_NAME)) {
    return `gives ${describeType(result)}, but must give a date such as "2025-03-31" or a timestamp`;
  }
  return undefined;
}

/** The depth of an expression tree, without recursion (a long expression must not overflow the stack here either). */
function depthOf(root: Expr): number {
  let deepest = 0;
  const stack: Array<{ expr: Expr; depth: number }> = [{ expr: root, depth: 1 }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    deepest = Math.max(deepest, entry.depth);
    for (const child of childrenOf(entry.expr)) stack.push({ expr: child, depth: entry.depth + 1 });
  }
  return deepest;
}

function childrenOf(expr: Expr): Expr[] {
  const kind = expr.exprKind;
  const present = (items: Array<Expr | undefined>): Expr[] => items.filter((item): item is Expr => item !== undefined);
  switch (kind.case) {
    case 'selectExpr':
      return present([kind.value.operand]);
    case 'callExpr':
      return present([kind.value.target, ...kind.value.args]);
    case 'listExpr':
      return kind.value.elements;
    case 'structExpr':
      return kind.value.entries.flatMap((entry) => present([entry.keyKind.case === 'mapKey' ? entry.keyKind.value : undefined, entry.value]));
    case 'comprehensionExpr':
      return present([kind.value.iterRange, kind.value.accuInit, kind.value.loopCondition, kind.value.loopStep, kind.value.result]);
    default:
      return [];
  }
}

type Scope = ReadonlyMap<string, ExpressionType>;

/** Infers types bottom-up; the depth limit above bounds its recursion. */
class TypeChecker {
  constructor(
    private readonly roots: ReadonlyMap<string, ExpressionType>,
    private readonly report: (expr: Expr, kind: ExpressionProblem['kind'], message: string) => void,
  ) {}

  /** `iterations` is how many times this part may run, given the macros around it. */
  typeOf(expr: Expr, scope: Scope, iterations: number): ExpressionType {
    const kind = expr.exprKind;
    switch (kind.case) {
      case 'constExpr':
        return constantType(kind.value.constantKind.case);
      case 'identExpr':
        return scope.get(kind.value.name) ?? this.roots.get(kind.value.name) ?? (TYPE_NAMES.has(kind.value.name) ? scalar('type') : DYN);
      case 'selectExpr': {
        const operand = kind.value.operand ? this.typeOf(kind.value.operand, scope, iterations) : DYN;
        if (kind.value.testOnly) return BOOL;
        return this.field(expr, operand, kind.value.field);
      }
      case 'callExpr':
        return this.call(expr, kind.value.function, kind.value.target, kind.value.args, scope, iterations);
      case 'listExpr':
        return listOf(join(kind.value.elements.map((element) => this.typeOf(element, scope, iterations))));
      case 'structExpr': {
        const keys: ExpressionType[] = [];
        const values: ExpressionType[] = [];
        for (const entry of kind.value.entries) {
          if (entry.keyKind.case === 'mapKey') keys.push(this.typeOf(entry.keyKind.value, scope, iterations));
          if (entry.value) values.push(this.typeOf(entry.value, scope, iterations));
        }
        return kind.value.messageName ? DYN : { kind: 'map', key: join(keys), value: join(values) };
      }
      case 'comprehensionExpr':
        return this.comprehension(expr, kind.value, scope, iterations);
      default:
        return DYN;
    }
  }

  private field(expr: Expr, operand: ExpressionType, name: string): ExpressionType {
    if (operand.kind === 'record') return operand.fields.get(name) ?? DYN;
    if (operand.kind === 'map') return operand.value;
    if (operand.kind === 'dyn') return DYN;
    this.report(expr, 'type', `reads .${name} of ${describeType(operand)}, which has no fields`);
    return DYN;
  }

  private call(expr: Expr, name: string, target: Expr | undefined, argExprs: readonly Expr[], scope: Scope, iterations: number): ExpressionType {
    const self = target ? this.typeOf(target, scope, iterations) : undefined;
    const args = argExprs.map((arg) => this.typeOf(arg, scope, iterations));
    switch (name) {
      case '_&&_':
      case '_||_':
      case '!_':
      case '@not_strictly_false':
        for (const arg of args) if (!matches(arg, BOOL)) this.report(expr, 'type', `${OPERATORS[name] ?? name.replace(/_/g, ' ').trim()} needs true or false, but got ${describeType(arg)}`);
        return BOOL;
      case '_?_:_': {
        const [condition = DYN, yes = DYN, no = DYN] = args;
        if (!matches(condition, BOOL)) this.report(expr, 'type', `the condition before ? must give true or false, but gives ${describeType(condition)}`);
        const known = (type: ExpressionType): boolean => type.kind !== 'dyn' && !isScalar(type, 'null_type');
        if (known(yes) && known(no) && !sameType(yes, no)) this.report(expr, 'type', `the two sides of ?: give ${describeType(yes)} and ${describeType(no)}; give values of one type`);
        // A side that is null may be what the whole gives: only what takes null may use it (==, !=, ?:).
        if (isScalar(yes, 'null_type') || isScalar(no, 'null_type')) return scalar('null_type');
        return join([yes, no]);
      }
      case '_==_':
      case '_!=_': {
        const [left = DYN, right = DYN] = args;
        if (!comparable(left, right)) this.report(expr, 'type', `compares ${describeType(left)} with ${describeType(right)}, which are never equal; compare values of one type`);
        return BOOL;
      }
      case '_[_]':
        return this.index(expr, args[0] ?? DYN, args[1] ?? DYN, argExprs[1]);
      default:
        return this.overload(expr, name, self, args);
    }
  }

  private index(expr: Expr, operand: ExpressionType, key: ExpressionType, keyExpr: Expr | undefined): ExpressionType {
    if (operand.kind === 'list') {
      if (!matches(key, INT) && !matches(key, scalar('uint'))) this.report(expr, 'type', `indexes a list with ${describeType(key)}; use a whole number`);
      return operand.element;
    }
    if (operand.kind === 'map') return operand.value;
    if (operand.kind === 'record') {
      const constant = keyExpr?.exprKind.case === 'constExpr' ? keyExpr.exprKind.value.constantKind : undefined;
      return constant?.case === 'stringValue' ? (operand.fields.get(constant.value) ?? DYN) : DYN;
    }
    if (operand.kind !== 'dyn') this.report(expr, 'type', `indexes ${describeType(operand)}, which is neither a list nor a map`);
    return DYN;
  }

  private overload(expr: Expr, name: string, self: ExpressionType | undefined, args: readonly ExpressionType[]): ExpressionType {
    const group = env.funcs.find(name);
    if (!group) {
      const hint = closestMatch(name, FUNCTION_NAMES);
      this.report(expr, 'type', `calls ${name}(), which is not a function of the condition language${hint ? `; did you mean ${hint}()?` : `; use one of ${FUNCTION_NAMES.join(', ')}`}`);
      return DYN;
    }
    const candidates = [...group].filter(
      (func) => (func.target === undefined) === (self === undefined) && func.arguments.length === args.length && (self === undefined || func.target === undefined || fits(self, func.target)) && func.arguments.every((param, index) => fits(args[index] ?? DYN, param)),
    );
    if (candidates.length === 0) {
      const operator = OPERATORS[name];
      const given = [...(self ? [self] : []), ...args].map(describeType).join(' and ');
      this.report(expr, 'type', operator ? `cannot apply ${operator} to ${given}` : `${name}() does not take ${given === '' ? 'no arguments' : given}`);
      return DYN;
    }
    const results = candidates.map((func) => fromCelType(func.result));
    return results.every((result) => sameType(result, results[0] ?? DYN)) ? (results[0] ?? DYN) : DYN;
  }

  private comprehension(expr: Expr, loop: Extract<Expr['exprKind'], { case: 'comprehensionExpr' }>['value'], scope: Scope, iterations: number): ExpressionType {
    const range = loop.iterRange;
    const rangeType = range ? this.typeOf(range, scope, iterations) : DYN;
    const size = range ? this.rangeSize(range, scope) : undefined;
    const nesting = [...scope.keys()].filter((key) => key.startsWith(NESTING_KEY)).length;
    if (size === undefined) {
      this.report(expr, 'cost', 'goes over a list the expression computes itself; go over a list written out or read from the instance (input, steps, vars)');
    } else if (nesting >= MAX_COMPREHENSION_NESTING) {
      this.report(expr, 'cost', `nests macros such as all, exists, map or filter more than ${MAX_COMPREHENSION_NESTING} deep`);
    } else if (iterations * size > MAX_CONDITION_ITERATIONS) {
      this.report(expr, 'cost', `may repeat its macros about ${iterations * size} times, more than ${MAX_CONDITION_ITERATIONS} (a list read from data counts as ${DATA_LIST_ESTIMATE} items)`);
    }
    const element = elementType(rangeType);
    if (element === undefined) this.report(expr, 'type', `goes over ${describeType(rangeType)}, which is neither a list nor a map`);
    const accumulator = loop.accuInit ? widen(this.typeOf(loop.accuInit, scope, iterations)) : DYN;
    const inner = new Map(scope);
    inner.set(`${NESTING_KEY}${nesting}`, DYN);
    if (loop.iterVar) inner.set(loop.iterVar, element ?? DYN);
    if (loop.iterVar2) inner.set(loop.iterVar2, DYN);
    inner.set(loop.accuVar, accumulator);
    const repeated = iterations * (size ?? 1);
    if (loop.loopCondition) this.typeOf(loop.loopCondition, inner, repeated);
    if (loop.loopStep) this.typeOf(loop.loopStep, inner, repeated);
    return loop.result ? this.typeOf(loop.result, inner, iterations) : DYN;
  }

  /** How many items a macro may go over: the length of a list written out, an estimate for data, undefined for a computed list. */
  private rangeSize(range: Expr, scope: Scope): number | undefined {
    const kind = range.exprKind;
    if (kind.case === 'listExpr') return kind.value.elements.length;
    if (kind.case === 'structExpr') return kind.value.entries.length;
    let current: Expr | undefined = range;
    while (current?.exprKind.case === 'selectExpr') current = current.exprKind.value.operand;
    if (current?.exprKind.case !== 'identExpr') return undefined;
    const root = current.exprKind.value.name;
    return this.roots.has(root) || scope.has(root) ? DATA_LIST_ESTIMATE : undefined;
  }
}

/** A scope entry no expression can name (not an identifier); counts enclosing macros. */
const NESTING_KEY = '#macro';

function constantType(kind: string | undefined): ExpressionType {
  switch (kind) {
    case 'boolValue':
      return BOOL;
    case 'int64Value':
      return INT;
    case 'uint64Value':
      return scalar('uint');
    case 'doubleValue':
      return scalar('double');
    case 'stringValue':
      return STRING;
    case 'bytesValue':
      return scalar('bytes');
    case 'nullValue':
      return scalar('null_type');
    default:
      return DYN;
  }
}

function fromCelType(type: CelType): ExpressionType {
  switch (type.kind) {
    case 'scalar':
      return type.scalar === 'dyn' ? DYN : scalar(type.scalar);
    case 'list':
      return listOf(fromCelType(type.element));
    case 'map':
      return { kind: 'map', key: fromCelType(type.key), value: fromCelType(type.value) };
    case 'object':
      return { kind: 'object', name: type.name };
  }
}

/** Whether a value of type `given` may be passed where `param` is expected. */
function fits(given: ExpressionType, param: CelType): boolean {
  if (given.kind === 'dyn' || (param.kind === 'scalar' && param.scalar === 'dyn')) return true;
  switch (param.kind) {
    case 'scalar':
      return given.kind === 'scalar' && given.name === param.scalar;
    case 'list':
      return given.kind === 'list';
    case 'map':
      return given.kind === 'map' || given.kind === 'record';
    case 'object':
      return given.kind === 'object' && given.name === param.name;
  }
}

function matches(given: ExpressionType, wanted: ExpressionType): boolean {
  return given.kind === 'dyn' || sameType(given, wanted);
}

function isScalar(type: ExpressionType, name: string): boolean {
  return type.kind === 'scalar' && type.name === name;
}

/** Whether `==` may ever hold: numbers compare across int, uint and double; null compares with anything. */
function comparable(left: ExpressionType, right: ExpressionType): boolean {
  if (left.kind === 'dyn' || right.kind === 'dyn' || isScalar(left, 'null_type') || isScalar(right, 'null_type')) return true;
  if (left.kind === 'scalar' && right.kind === 'scalar') return left.name === right.name || (NUMERIC.has(left.name) && NUMERIC.has(right.name));
  const mapLike = (type: ExpressionType): boolean => type.kind === 'map' || type.kind === 'record';
  if (mapLike(left) && mapLike(right)) return true;
  if (left.kind === 'list' && right.kind === 'list') return true;
  return left.kind === 'object' && right.kind === 'object' && left.name === right.name;
}

function sameType(a: ExpressionType, b: ExpressionType): boolean {
  if (a.kind === 'scalar' && b.kind === 'scalar') return a.name === b.name;
  if (a.kind === 'object' && b.kind === 'object') return a.name === b.name;
  // A record is a map whose keys the template names.
  const shape = (type: ExpressionType): string => (type.kind === 'record' ? 'map' : type.kind);
  return shape(a) === shape(b) && a.kind !== 'scalar' && a.kind !== 'object';
}

/** One type for several values: theirs if they agree, else `dyn`. */
function join(types: readonly ExpressionType[]): ExpressionType {
  const [first] = types;
  if (!first) return DYN;
  return types.every((type) => sameType(type, first)) ? first : DYN;
}

/** A macro's accumulator changes as it runs; only its outer kind is known. */
function widen(type: ExpressionType): ExpressionType {
  if (type.kind === 'list') return listOf(DYN);
  if (type.kind === 'map') return { kind: 'map', key: DYN, value: DYN };
  return type;
}

function elementType(range: ExpressionType): ExpressionType | undefined {
  if (range.kind === 'list') return range.element;
  if (range.kind === 'map') return range.key;
  if (range.kind === 'record') return STRING;
  if (range.kind === 'dyn') return DYN;
  return undefined;
}

const SCALAR_NAMES = new Map([
  ['bool', 'true or false'],
  ['int', 'an int'],
  ['uint', 'a uint'],
  ['double', 'a double'],
  ['string', 'text'],
  ['bytes', 'bytes'],
  ['null_type', 'null'],
  ['type', 'a type'],
]);

/** A type as people read it: "an int", "a list", "text". */
export function describeType(type: ExpressionType): string {
  switch (type.kind) {
    case 'dyn':
      return 'a value';
    case 'scalar':
      return SCALAR_NAMES.get(type.name) ?? type.name;
    case 'list':
      return 'a list';
    case 'map':
    case 'record':
      return 'a map';
    case 'object':
      return type.name === TIMESTAMP_NAME ? 'a timestamp' : 'a duration';
  }
}
