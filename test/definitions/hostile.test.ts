/** Templates written to wedge the engine: each is refused with a located error, or runs. */
import { describe, expect, it } from 'vitest';
import { validateTemplateBody } from '../../api/routes/templates.js';
import { largeTemplate } from '../../bench/benchmarks/validation.js';
import { MAX_EXPRESSION_LENGTH, MAX_STEPS } from '../../definitions/limits.js';
import { parseTemplateBytes } from '../../definitions/load.js';
import { validateTemplate } from '../../definitions/validate.js';
import { baseTemplate, changed, errorsOf, expectError } from './fixtures.js';

const when = 'steps[2].cases[0].when';

/** The first error of a refused result: its path (exact or matching), code and a fragment of its message. */
function expectFirst(result: ReturnType<typeof parseTemplateBytes>, path: string | RegExp, code: string, fragment: string): void {
  expect(result.ok).toBe(false);
  const first = result.ok ? undefined : result.errors[0];
  if (typeof path === 'string') expect(first?.path).toBe(path);
  else expect(first?.path).toMatch(path);
  expect(first?.code).toBe(code);
  expect(first?.message).toContain(fragment);
}
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('conditions that could only fail at run time', () => {
  it('refuses a call to an unknown function, with its position', () => {
    expectError(changed({ [when]: 'frobnicate(input.amount.amount)' }), when, 'condition_type', 'calls frobnicate(), which is not a function of the condition language');
    expectError(changed({ [when]: 'frobnicate(input.amount.amount)' }), when, 'condition_type', '(at character 1)');
  });

  it('suggests the function a misspelt call most likely means', () => {
    expectError(changed({ [when]: 'input.amount.currency.startWith("U")' }), when, 'condition_type', 'did you mean startsWith()?');
  });

  it('refuses comparing an int with a string', () => {
    expectError(changed({ [when]: 'input.amount.amount > "500"' }), when, 'condition_type', 'cannot apply > to an int and text');
    expectError(changed({ [when]: 'input.amount.currency == 3' }), when, 'condition_type', 'compares text with an int');
  });

  it('refuses mixing ints and doubles, which CEL does not convert', () => {
    expectError(changed({ [when]: 'input.amount.amount * 1.5 > 100' }), when, 'condition_type', 'cannot apply * to an int and a double');
  });

  it('refuses a condition that gives something other than true or false', () => {
    expectError(changed({ [when]: 'input.amount.amount + 1' }), when, 'condition_type', 'gives an int, but a condition must give true or false');
    expectError(changed({ 'steps[1].approvers[1].when': 'input.amount.currency' }), 'steps[1].approvers[1].when', 'condition_type', 'gives text');
  });

  it('refuses a ?: whose two sides give different types, which could then be used as a condition', () => {
    expectError(changed({ [when]: '!((input.amount.amount > 1 ? 1 : false) ? true : false)' }), when, 'condition_type', 'the two sides of ?: give an int and true or false');
  });

  it('refuses a ?: that may give null where null cannot be used, and accepts comparing it', () => {
    expectError(changed({ [when]: '!(input.amount.amount > 1 ? null : true)' }), when, 'condition_type', 'needs true or false, but got null');
    expect(validateTemplate(changed({ [when]: '(input.amount.amount > 1 ? null : 1) == null' })).ok).toBe(true);
  });

  it('refuses a wait until something that is not a date', () => {
    const raw = changed({ 'steps[3].branches[1].steps[0].duration': undefined, 'steps[3].branches[1].steps[0].until': 'input.amount.amount > 3' });
    expectError(raw, 'steps[3].branches[1].steps[0].until', 'condition_type', 'must give a date');
  });

  it('refuses macros that would repeat a hundred million times', () => {
    const list = `[${Array.from({ length: 100 }, (_, index) => index).join(',')}]`;
    const deep = `${list}.all(a, ${list}.all(b, ${list}.all(c, ${list}.all(d, a + b + c + d >= 0))))`;
    expectError(changed({ [when]: deep }), when, 'condition_cost', 'nests macros such as all, exists, map or filter more than 2 deep');
    const wide = `${list}.all(a, ${list}.all(b, ${list}.exists(c, a + b + c == 0)))`.replace(`${list}.exists`, 'input.amount.currency.exists');
    expect(validateTemplate(changed({ [when]: wide })).ok).toBe(false);
    const square = `[${Array.from({ length: 200 }, (_, index) => index).join(',')}]`;
    expectError(changed({ [when]: `${square}.all(a, ${square}.all(b, a + b >= 0))` }), when, 'condition_cost', 'may repeat its macros about 40000 times');
  });

  it('refuses a macro over a list the expression computes itself', () => {
    expectError(changed({ [when]: '[1, 2].map(x, x * 2).all(y, y > 0)' }), when, 'condition_cost', 'goes over a list the expression computes itself');
  });

  it('accepts a macro over data and over a short written list', () => {
    expect(validateTemplate(changed({ [when]: 'input.amount.currency in ["USD", "EUR"] && ["a", "b"].all(x, size(x) == 1)' })).ok).toBe(true);
  });

  it('refuses an expression over the size limit, and a 20,000-term one without overflowing the stack', () => {
    expectError(changed({ [when]: `input.amount.amount > ${'1'.repeat(MAX_EXPRESSION_LENGTH)}` }), when, 'too_large', `more than ${MAX_EXPRESSION_LENGTH}`);
    const terms = `${Array.from({ length: 20_000 }, () => '1').join(' + ')} > 0`;
    expectError(changed({ [when]: terms }), when, 'too_large', 'text may be at most');
  });

  it('refuses an expression nested deeper than the limit', () => {
    const nested = `${'string('.repeat(40)}input.amount.amount${')'.repeat(40)} == "5"`;
    expectError(changed({ [when]: nested }), when, 'condition_cost', 'operations deep, more than 32');
  });
});

describe('loops in which nobody need act', () => {
  const loopBack = { id: 'again', kind: 'decision', cases: [{ when: 'input.amount.amount > 0', next: 'checks' }], otherwise: 'approved' };

  it('refuses a loop hidden behind a parallel step whose branches need nobody', () => {
    const raw = changed({
      'steps[3].branches[0].steps[0]': { id: 'legal_check', kind: 'wait', duration: '1d', next: 'join' },
      'steps[3].next': 'again',
      'steps[6]': loopBack,
    });
    expectError(raw, 'steps[3]', 'cycle_without_human_step', 'parallel step "checks" can finish without anyone acting in its branches');
  });

  it('allows the same loop when one branch of a join-all parallel step waits for a person', () => {
    expect(validateTemplate(changed({ 'steps[3].next': 'again', 'steps[6]': loopBack })).ok).toBe(true);
  });

  it('refuses the loop when the person is in only one branch of a join-any parallel step', () => {
    const raw = changed({ 'steps[3].join': 'any', 'steps[3].next': 'again', 'steps[6]': loopBack });
    expectError(raw, 'steps[3]', 'cycle_without_human_step', '"checks" → "again" → "checks"');
  });

  it('refuses a loop through an approval whose approvers are all conditional', () => {
    const raw = changed({
      'steps[1].approvers': [{ role: 'vendor.finance', when: 'input.amount.amount > 500000' }],
      'steps[1].next': { approve: 'bounce', reject: 'rejected', request_changes: 'submit' },
      'steps[6]': { id: 'bounce', kind: 'action', action: 'record', with: { name: 'count', value: '1' }, next: 'review' },
    });
    expectError(raw, 'steps[1]', 'cycle_without_human_step', 'every approver of "review" is conditional or of an optional party');
  });

  it('refuses a loop through the task of an optional party, which may be passed over', () => {
    const raw = changed({
      'parties.partner.optional': true,
      'steps[0].next': { submit: 'review', withdrawn: 'pause' },
      'steps[6]': { id: 'pause', kind: 'wait', duration: '1d', next: 'submit' },
    });
    expectError(raw, 'steps[0]', 'cycle_without_human_step', '"submit" belongs to optional party "partner"');
  });

  it('checks 4,400 chained waits without overflowing the stack', () => {
    const waits = Array.from({ length: 4_400 }, (_, index) => ({ id: `w${index}`, kind: 'wait', duration: '1s', next: index === 4_399 ? 'done' : `w${index + 1}` }));
    const raw = { ...baseTemplate(), steps: [...waits, { id: 'done', kind: 'end', status: 'Done' }] };
    expect(validateTemplate(raw).ok).toBe(true);
    const looped = { ...raw, steps: [...waits.slice(0, -1), { ...waits[4_399], next: 'w0' }, { id: 'done', kind: 'end', status: 'Done' }] };
    expect(errorsOf(looped).map((error) => error.code)).toContain('cycle_without_human_step');
  });
});

describe('names and text the engine cannot carry', () => {
  it('refuses a NUL character in a title, at its path', () => {
    expectError(changed({ title: 'Fund\u0000request' }), 'title', 'control_character', 'character 5 is U+0000');
  });

  it('refuses control characters in any text but allows tabs and line breaks', () => {
    expectError(changed({ 'steps[0].form.plan.description': 'a\u001bb' }), 'steps[0].form.plan.description', 'control_character', 'U+001B');
    expectError(changed({ 'steps[0].title': 'half \ud800' }), 'steps[0].title', 'control_character', 'surrogate');
    expect(validateTemplate(changed({ description: 'line one\n\tline two\r\n' })).ok).toBe(true);
  });

  it('refuses constructor as a step id, an input, a party and in a role', () => {
    const message = '"constructor" is a reserved word';
    expectError(changed({ 'steps[0].id': 'constructor' }), 'steps[0].id', 'reserved_name', message);
    expectError(changed({ 'inputs.constructor': { type: 'string' } }), 'inputs.constructor', 'reserved_name', message);
    expectError(changed({ 'parties.constructor': { roles: { admin: {} } } }), 'parties.constructor', 'reserved_name', message);
    expectError(changed({ 'steps[0].owner': 'constructor.admin' }), 'steps[0].owner', 'reserved_name', '"constructor.admin" is a reserved word');
    expectError(changed({ 'steps[0].owner': 'partner.prototype' }), 'steps[0].owner', 'reserved_name', 'reserved word');
  });

  it('refuses a recorded variable named prototype', () => {
    const raw = changed({ 'steps[6]': { id: 'note', kind: 'action', action: 'record', with: { name: 'prototype', value: '1' }, next: 'approved' } });
    expectError(raw, 'steps[6].with.name', 'action_arguments', 'reserved word');
  });

  it('refuses a nested __proto__ key instead of dropping it', () => {
    const raw = JSON.parse(JSON.stringify(baseTemplate()).replace('"plan":', '"__proto__": {"x": 1}, "plan":')) as unknown;
    expectError(raw, 'steps[0].form.__proto__', 'reserved_name', '"__proto__" is a reserved word');
  });
});

describe('limits', () => {
  it('refuses a template id longer than the routes accept', () => {
    expectError(changed({ id: 'a'.repeat(101) }), 'id', 'invalid_value', 'must be at most 100 characters');
    expect(validateTemplate(changed({ id: 'a'.repeat(100) })).ok).toBe(true);
  });

  it('says "1 or more" where a number must be positive', () => {
    expectError(changed({ version: 0 }), 'version', 'invalid_value', 'must be 1 or more');
    expectError(changed({ 'steps[1].policy': { quorum: 0 } }), 'steps[1].policy.quorum', 'invalid_value', 'must be 1 or more');
    expectError(changed({ 'inputs.amount.min': -1 }), 'inputs.amount.min', 'invalid_value', 'must be 0 or more');
  });

  it('refuses more steps than the limit, before any other check', () => {
    expectError(largeTemplate(MAX_STEPS + 1, false), 'steps', 'too_large', `at most ${MAX_STEPS} steps`);
    expect(validateTemplate(largeTemplate(MAX_STEPS, false)).ok).toBe(true);
  });

  it('refuses 200 nested parallel steps alike from the CLI reader and the API body', () => {
    let step: Record<string, unknown> = { id: 'leaf', kind: 'task', owner: 'vendor.manager', next: 'join' };
    for (let level = 0; level < 200; level++) {
      step = { id: `p${level}`, kind: 'parallel', branches: [{ id: 'a', steps: [step] }, { id: 'b', steps: [{ id: `t${level}`, kind: 'task', owner: 'vendor.manager', next: 'join' }] }], next: 'join' };
    }
    const text = JSON.stringify({ ...baseTemplate(), steps: [{ ...step, next: 'approved' }, { id: 'approved', kind: 'end', status: 'Approved' }] });
    const cli = parseTemplateBytes(bytes(text), 'nested.json');
    const api = validateTemplateBody(Buffer.from(text));
    expect(cli.ok).toBe(false);
    expect(api.ok).toBe(false);
    if (cli.ok || api.ok) return;
    expect(cli.errors.map((error) => error.code)).toEqual(api.errors.map((error) => error.code));
    expect(cli.errors[0]?.code).toBe('too_large');
  });
});

describe('reading template bytes', () => {
  it('refuses a YAML alias bomb with the line of the first alias', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e']]) rows.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    expectFirst(parseTemplateBytes(bytes(rows.join('\n')), 'bomb.yaml'), 'bomb.yaml:2:8', 'syntax', 'aliases here expand into too much data');
  });

  it('refuses text that is not UTF-8, with where', () => {
    expectFirst(parseTemplateBytes(new Uint8Array([...bytes('id: x\ntitle: "caf'), 0xff, ...bytes('"\n')]), 'latin.yaml'), 'latin.yaml:2:12', 'encoding', 'byte 0xFF is not valid UTF-8');
  });

  it('refuses duplicate JSON keys in an API body as the CLI does', () => {
    const text = JSON.stringify(baseTemplate()).replace('"title":"Fund request"', '"title":"Fund request","title":"Other"');
    expectFirst(validateTemplateBody(Buffer.from(text)), /^body:1:\d+$/, 'syntax', 'Map keys must be unique');
    expect(parseTemplateBytes(bytes(text), 'template.json').ok).toBe(false);
  });

  it('refuses brackets nested thousands deep before the parser sees them', () => {
    expectFirst(parseTemplateBytes(bytes(`${'['.repeat(10_000)}${']'.repeat(10_000)}`), 'deep.json'), 'deep.json:1:257', 'too_large', 'nests too deeply');
  });
});
