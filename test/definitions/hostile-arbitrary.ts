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

/** The declared input types conditions are built from. */
export type InputType = 'integer' | 'string' | 'boolean' | 'money';

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
    return [`input.${field}.amount >= 100`, `input.${field}.currency == "USD"`];
  });
  if (typed.length === 0) return expression;
  const comparison = fc.constantFrom(...typed);
  const combined = fc.oneof(comparison, fc.tuple(comparison, fc.constantFrom('&&', '||'), comparison).map(([left, operator, right]) => `${left} ${operator} ${right}`), fc.tuple(comparison, expression).map(([left, right]) => `${left} && ${right}`));
  return fc.oneof({ weight: 1, arbitrary: expression }, { weight: 2, arbitrary: combined });
}

/** Declared inputs: names (some of them JavaScript's) with a type each. */
export const declaredInputs = fc.uniqueArray(fc.tuple(name, fc.constantFrom<InputType>('integer', 'string', 'boolean', 'money')), { selector: ([key]) => key, maxLength: 4 });

function stepArbitrary(ids: readonly string[], party: string, condition: fc.Arbitrary<string>, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const target = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.constantFrom('join', 'sl', 'reveiw') });
  const base = { id: fc.constantFrom(...ids), title: fc.option(hostileText, { nil: undefined }) };
  const role = fc.constantFrom(`${party}.manager`, 'vendor.manager', 'constructor.admin');
  const kinds: Array<fc.Arbitrary<Record<string, unknown>>> = [
    fc.record({ ...base, kind: fc.constant('task'), owner: role, next: fc.oneof(target, fc.record({ submit: target, withdrawn: target }, { requiredKeys: ['submit'] })) }),
    fc.record({ ...base, kind: fc.constant('approval'), approvers: fc.array(fc.oneof(role, fc.record({ role, when: condition })), { minLength: 1, maxLength: 2 }), next: fc.record({ approve: target, reject: target, request_changes: target }) }),
    fc.record({ ...base, kind: fc.constant('action'), action: fc.constant('record'), with: fc.record({ name, value: condition }), next: target }),
    fc.record({ ...base, kind: fc.constant('wait'), duration: fc.constantFrom('1d', '0s', 'soon'), next: target }),
    fc.record({ ...base, kind: fc.constant('decision'), cases: fc.array(fc.record({ when: condition, next: target }), { minLength: 1, maxLength: 2 }), otherwise: target }),
    fc.record({ ...base, kind: fc.constant('end'), status: hostileText }),
  ];
  if (depth > 0) {
    const branch = fc.record({ id: name, steps: fc.array(stepArbitrary(ids, party, condition, depth - 1), { minLength: 1, maxLength: 2 }) });
    kinds.push(fc.record({ ...base, kind: fc.constant('parallel'), join: fc.constantFrom('all', 'any'), branches: fc.array(branch, { minLength: 2, maxLength: 2 }), next: target }));
  }
  return fc.oneof(...kinds);
}

/** A hostile template, as raw input, with the inputs its conditions were built from. */
export function hostileTemplate(): fc.Arbitrary<{ template: Record<string, unknown>; inputs: Array<[string, InputType]> }> {
  return fc
    .record({ inputs: declaredInputs, party: name, optional: fc.boolean(), ids: fc.uniqueArray(name, { minLength: 2, maxLength: 6 }), title: hostileText })
    .chain(({ inputs: declared, party, optional, ids, title }) => {
      const condition = conditionOver(declared);
      return fc.record({ steps: fc.array(stepArbitrary(ids, party, condition, 1), { minLength: 1, maxLength: 7 }) }).map(({ steps }) => ({
        inputs: declared,
        template: {
          id: 'hostile',
          version: 1,
          title,
          parties: { vendor: { roles: { manager: {} } }, [party]: { roles: { manager: {} }, optional } },
          inputs: Object.fromEntries(declared.map(([field, type]) => [field, type === 'money' ? { type, currency: 'USD', required: true } : { type, required: true }])),
          steps,
        },
      }));
    });
}
