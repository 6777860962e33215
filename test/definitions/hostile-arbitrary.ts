/**
 * fast-check arbitraries for hostile templates: random graphs of steps (loops, parallel
 * steps, misspelt targets, optional parties, conditional approvers), names taken from the
 * words JavaScript gives a meaning, conditions built at random from the declared inputs
 * (with unknown functions and mixed types among them), and text with control characters.
 */
import fc from 'fast-check';

/** Words that mean something to JavaScript or to the template language, and a few ordinary ones. */
export const SIGNIFICANT_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'tostring',
  'valueof',
  'hasownproperty',
  'then',
  'length',
  'join',
  'input',
  'steps',
  'vars',
  'null',
  'true',
  'review',
  'done',
] as const;

const name = fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...SIGNIFICANT_NAMES) }, { weight: 8, arbitrary: fc.constantFrom('s1', 's2', 's3', 's4', 's5', 'a', 'b') });

/** Text with, now and then, a control character, a lone surrogate or a line break. */
export const hostileText = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('Fund request', 'Café → review', 'Line one\n\tline two\r\n') },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('Fund', ' ', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\ud800', '\t', '\n'), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')) },
);

/** The declared input types conditions are built from (`duration` only feeds waits). */
export type InputType = 'integer' | 'string' | 'boolean' | 'money' | 'duration';

/** A value of each input type, as an instance would be started with. */
export function inputValue(type: InputType, seed: number): unknown {
  switch (type) {
    case 'integer':
      return seed;
    case 'string':
      return `text${seed}`;
    case 'boolean':
      return seed % 2 === 0;
    case 'money':
      return { amount: seed * 100, currency: 'USD' };
    case 'duration':
      // Now and then one the start must refuse.
      return ['0s', '1ms', '30d', '2s', '0s', '1ms', '30d', 'soon'][seed % 8];
  }
}

/**
 * Conditions over the given inputs: paths, literals, comparisons, arithmetic, logic,
 * functions that exist and one that does not. Nothing that can fail on well-typed values
 * (no division, no conversion from text, no index), so a condition the validator accepts
 * must evaluate on any instance whose inputs have their declared types.
 */
export function conditionOver(inputs: ReadonlyArray<[string, InputType]>): fc.Arbitrary<string> {
  const paths = inputs.flatMap(([field, type]) => (type === 'money' ? [`input.${field}.amount`, `input.${field}.currency`] : [`input.${field}`]));
  const atoms = fc.oneof(fc.constantFrom('1', '7', '"USD"', '"x"', 'true', 'false', '1.5', '[1, 2]', '["a"]', 'null'), ...(paths.length ? [fc.constantFrom(...paths)] : []));
  const { expression } = fc.letrec<{ expression: string }>((tie) => ({
    expression: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      atoms,
      fc.tuple(tie('expression'), fc.constantFrom('==', '!=', '<', '>=', '+', '-', '*', '&&', '||', 'in'), tie('expression')).map(([left, operator, right]) => `(${left} ${operator} ${right})`),
      tie('expression').map((inner) => `!${inner}`),
      fc.tuple(fc.constantFrom('size', 'frobnicate', 'string'), tie('expression')).map(([func, inner]) => `${func}(${inner})`),
      fc.tuple(tie('expression'), fc.constantFrom('contains', 'startsWith'), tie('expression')).map(([target, method, arg]) => `${target}.${method}(${arg})`),
      fc.tuple(tie('expression'), tie('expression'), tie('expression')).map(([test, yes, no]) => `(${test} ? ${yes} : ${no})`),
    ),
  }));
  // Well-typed comparisons too, so that a good share of conditions are accepted and then run.
  const typed = inputs.flatMap(([field, type]): string[] => {
    if (type === 'integer') return [`input.${field} > 7`, `input.${field} + 1 == 2`, `input.${field} in [1, 2]`];
    if (type === 'string') return [`input.${field} == "x"`, `input.${field}.startsWith("te")`, `size(input.${field}) > 3`];
    if (type === 'boolean') return [`input.${field}`, `!input.${field}`];
    if (type === 'duration') return [];
    return [`input.${field}.amount >= 100`, `input.${field}.currency == "USD"`];
  });
  if (typed.length === 0) return expression;
  const comparison = fc.constantFrom(...typed);
  const combined = fc.oneof(comparison, fc.tuple(comparison, fc.constantFrom('&&', '||'), comparison).map(([left, operator, right]) => `${left} ${operator} ${right}`), fc.tuple(comparison, expression).map(([left, right]) => `${left} && ${right}`));
  return fc.oneof({ weight: 1, arbitrary: expression }, { weight: 2, arbitrary: combined });
}

/**
 * Expressions the validator cannot refuse but that may fail when they run: a division or a
 * remainder by zero, text that is not a number or a date, an index past the end of a list, a
 * pattern that does not compile, an overflow, a variable no step has recorded yet.
 */
export function failingExpressionOver(inputs: ReadonlyArray<[string, InputType]>): fc.Arbitrary<string> {
  const shapes = inputs.flatMap(([field, type]): string[] => {
    if (type === 'integer') return [`input.${field} / (input.${field} - input.${field}) > 1`, `[1, 2][input.${field}] == 1`, `input.${field} % (input.${field} - 7) == 0`, `input.${field} * 9223372036854775807 > 1`];
    if (type === 'string') return [`int(input.${field}) > 1`, `timestamp(input.${field}) < timestamp("2030-01-01T00:00:00Z")`, `input.${field}.matches("(")`, `duration(input.${field}) > duration("1s")`];
    if (type === 'money') return [`input.${field}.amount / (input.${field}.amount - input.${field}.amount) > 1`];
    return [];
  });
  return fc.constantFrom('1 / (size("") - 0) > 0', 'vars.s1 > 1', 'vars.review == "x"', ...shapes);
}

/** Declared inputs: names (some of them JavaScript's) with a type each. */
export const declaredInputs = fc.uniqueArray(fc.tuple(name, fc.constantFrom<InputType>('integer', 'string', 'boolean', 'money')), { selector: ([key]) => key, maxLength: 4 });

/** How {@link hostileTemplate} builds its templates. */
export interface HostileOptions {
  /**
   * Also reach run-time errors: conditions, record values, mail details and wait dates that
   * may fail when they run ({@link failingExpressionOver}), and waits on a duration given at start.
   */
  runtimeFailures?: boolean;
  /** The directory groups the vendor's and the other party's roles resolve from (default: none). */
  groups?: { vendor: string; other: string };
}

/** A wait of run-time-failure templates: a literal duration, a duration given at start, or a date that may not be one. */
function waitShape(until: fc.Arbitrary<string>): fc.Arbitrary<Record<string, unknown>> {
  return fc.oneof(fc.record({ duration: fc.constantFrom('1d', '0s', 'soon') }), fc.constant({ duration: { input: 'wait_for' } }), fc.record({ until }), fc.record({ until, plus: fc.constantFrom('1s', '30d') }));
}

function stepArbitrary(ids: readonly string[], party: string, condition: fc.Arbitrary<string>, depth: number, options: HostileOptions = {}): fc.Arbitrary<Record<string, unknown>> {
  const runtimeFailures = options.runtimeFailures ?? false;
  const target = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.constantFrom('join', 'sl', 'reveiw') });
  const base = { id: fc.constantFrom(...ids), title: fc.option(hostileText, { nil: undefined }) };
  const role = fc.constantFrom(`${party}.manager`, 'vendor.manager', 'constructor.admin');
  const kinds: Array<fc.Arbitrary<Record<string, unknown>>> = [
    fc.record({ ...base, kind: fc.constant('task'), owner: role, next: fc.oneof(target, fc.record({ submit: target, withdrawn: target }, { requiredKeys: ['submit'] })) }),
    fc.record({ ...base, kind: fc.constant('approval'), approvers: fc.array(fc.oneof(role, fc.record({ role, when: condition })), { minLength: 1, maxLength: 2 }), next: fc.record({ approve: target, reject: target, request_changes: target }) }),
    fc.record({ ...base, kind: fc.constant('action'), action: fc.constant('record'), with: fc.record({ name, value: condition }), next: target }),
    runtimeFailures
      ? fc.tuple(fc.record({ ...base, kind: fc.constant('wait'), next: target }), waitShape(fc.oneof(condition, fc.constant('timestamp("2020-01-01T00:00:00Z")')))).map(([step, wait]) => ({ ...step, ...wait }))
      : fc.record({ ...base, kind: fc.constant('wait'), duration: fc.constantFrom('1d', '0s', 'soon'), next: target }),
    fc.record({ ...base, kind: fc.constant('decision'), cases: fc.array(fc.record({ when: condition, next: target }), { minLength: 1, maxLength: 2 }), otherwise: target }),
    fc.record({ ...base, kind: fc.constant('end'), status: hostileText }),
  ];
  if (runtimeFailures) {
    kinds.push(fc.record({ ...base, kind: fc.constant('action'), action: fc.constant('notify'), with: fc.record({ to: fc.array(role, { minLength: 1, maxLength: 2 }), subject: hostileText, message: fc.constant('Please look'), details: condition }), next: target }));
  }
  if (depth > 0) {
    const branch = fc.record({ id: name, steps: fc.array(stepArbitrary(ids, party, condition, depth - 1, options), { minLength: 1, maxLength: 2 }) });
    kinds.push(fc.record({ ...base, kind: fc.constant('parallel'), join: fc.constantFrom('all', 'any'), branches: fc.array(branch, { minLength: 2, maxLength: 2 }), next: target }));
  }
  return fc.oneof(...kinds);
}

/** A hostile template, as raw input, with the inputs it declares (an instance is started with a value of each). */
export function hostileTemplate(options: HostileOptions = {}): fc.Arbitrary<{ template: Record<string, unknown>; inputs: Array<[string, InputType]> }> {
  const runtimeFailures = options.runtimeFailures ?? false;
  const role = (group: string | undefined) => ({ manager: group === undefined ? {} : { group } });
  return fc
    .record({ inputs: declaredInputs, party: name, optional: fc.boolean(), ids: fc.uniqueArray(name, { minLength: 2, maxLength: 6 }), title: hostileText })
    .chain(({ inputs: declared, party, optional, ids, title }) => {
      const condition = runtimeFailures ? fc.oneof({ weight: 2, arbitrary: conditionOver(declared) }, { weight: 1, arbitrary: failingExpressionOver(declared) }) : conditionOver(declared);
      const inputs: Array<[string, InputType]> = runtimeFailures ? [...declared, ['wait_for', 'duration']] : declared;
      return fc.record({ steps: fc.array(stepArbitrary(ids, party, condition, 1, options), { minLength: 1, maxLength: 7 }) }).map(({ steps }) => ({
        inputs,
        template: {
          id: 'hostile',
          version: 1,
          title,
          parties: { vendor: { roles: role(options.groups?.vendor) }, [party]: { roles: role(options.groups?.other), optional } },
          inputs: Object.fromEntries(inputs.map(([field, type]) => [field, type === 'money' ? { type, currency: 'USD', required: true } : { type, required: true }])),
          steps,
        },
      }));
    });
}

/**
 * Hostile templates shaped to pass validation more often than not, so that they run: the
 * steps of {@link hostileTemplate} (with its run-time failures) in a chain whose transitions
 * mostly lead forward, now and then back (a loop) or to a misspelt step, and end in an end
 * step. Names still come from {@link SIGNIFICANT_NAMES} and texts from {@link hostileText}.
 */
export function runnableHostileTemplate(groups: { vendor: string; other: string }): fc.Arbitrary<{ template: Record<string, unknown>; inputs: Array<[string, InputType]> }> {
  return fc
    .record({ inputs: declaredInputs, party: name, optional: fc.boolean(), ids: fc.uniqueArray(name, { minLength: 2, maxLength: 6 }) })
    .chain(({ inputs: declared, party, optional, ids }) => {
      const condition = fc.oneof({ weight: 2, arbitrary: conditionOver(declared) }, { weight: 1, arbitrary: failingExpressionOver(declared) });
      const inputs: Array<[string, InputType]> = [...declared, ['wait_for', 'duration']];
      const role = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(`${party}.manager`, 'vendor.manager') }, { weight: 1, arbitrary: fc.constant('constructor.admin') });
      const text = fc.oneof({ weight: 6, arbitrary: fc.constant('Hostile') }, { weight: 1, arbitrary: hostileText });
      const last = ids.length - 1;
      const stepAt = (index: number): fc.Arbitrary<Record<string, unknown>> => {
        const id = ids[index] ?? 'done';
        if (index === last) return fc.record({ id: fc.constant(id), kind: fc.constant('end'), status: text });
        const target = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...ids.slice(index + 1)) }, { weight: 1, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.constantFrom('join', 'reveiw') });
        const inBranch = (branch: number) =>
          fc.oneof(
            fc.record({ id: fc.constant(`b${index}${branch}`), kind: fc.constant('task'), owner: role, next: fc.constant('join') }),
            fc.record({ id: fc.constant(`b${index}${branch}`), kind: fc.constant('action'), action: fc.constant('record'), with: fc.record({ name, value: condition }), next: fc.constant('join') }),
            fc.tuple(fc.record({ id: fc.constant(`b${index}${branch}`), kind: fc.constant('wait'), next: fc.constant('join') }), waitShape(condition)).map(([step, wait]) => ({ ...step, ...wait })),
          );
        return fc.oneof(
          fc.record({ id: fc.constant(id), kind: fc.constant('task'), owner: role, next: target }),
          fc.record({ id: fc.constant(id), kind: fc.constant('approval'), approvers: fc.array(fc.oneof(role, fc.record({ role, when: condition })), { minLength: 1, maxLength: 2 }), next: fc.record({ approve: target, reject: target, request_changes: target }) }),
          fc.record({ id: fc.constant(id), kind: fc.constant('action'), action: fc.constant('record'), with: fc.record({ name, value: condition }), next: target }),
          fc.record({ id: fc.constant(id), kind: fc.constant('action'), action: fc.constant('notify'), with: fc.record({ to: fc.array(role, { minLength: 1, maxLength: 2 }), subject: text, message: fc.constant('Please look'), details: condition }), next: target }),
          fc.tuple(fc.record({ id: fc.constant(id), kind: fc.constant('wait'), next: target }), waitShape(condition)).map(([step, wait]) => ({ ...step, ...wait })),
          fc.record({ id: fc.constant(id), kind: fc.constant('decision'), cases: fc.array(fc.record({ when: condition, next: target }), { minLength: 1, maxLength: 2 }), otherwise: target }),
          fc.record({ id: fc.constant(id), kind: fc.constant('parallel'), join: fc.constantFrom('all', 'any'), branches: fc.tuple(inBranch(0), inBranch(1)).map(([left, right]) => [{ id: 'left', steps: [left] }, { id: 'right', steps: [right] }]), next: target }),
        );
      };
      return fc.tuple(...ids.map((_, index) => stepAt(index)), text).map((parts) => ({
        inputs,
        template: {
          id: 'hostile',
          version: 1,
          title: parts[parts.length - 1],
          parties: { vendor: { roles: { manager: { group: groups.vendor } } }, [party]: { roles: { manager: { group: groups.other } }, optional } },
          inputs: Object.fromEntries(inputs.map(([field, type]) => [field, type === 'money' ? { type, currency: 'USD', required: true } : { type, required: true }])),
          steps: parts.slice(0, -1),
        },
      }));
    });
}
