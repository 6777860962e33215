import { describe, expect, it } from 'vitest';
import {
  ConditionError,
  evaluate,
  evaluateCondition,
  evaluateTimestamp,
  parseCondition,
  referencedFields,
  type ConditionScope,
} from '../../definitions/condition.js';

const scope: ConditionScope = {
  input: { amount: { amount: 750_000, currency: 'USD' }, tier: 'gold', activity_end: '2025-03-31', count: 3, note: undefined },
  steps: { review: { outcome: 'approve', form: { score: 4 }, decidedBy: 'ann@vendor.example' } },
  vars: { doubled: 1_500_000 },
};

describe('evaluateCondition', () => {
  it.each([
    ['input.amount.amount > 500000', true],
    ['input.amount.amount > 750000', false],
    ['input.amount.amount >= 750000 && input.amount.currency == "USD"', true],
    ['steps.review.outcome == "approve"', true],
    ['steps.review.form.score + 1 == 5', true],
    ['vars.doubled == input.amount.amount * 2', true],
    ['input.tier in ["silver", "gold"]', true],
    ['has(input.note)', false],
    ['has(steps.legal)', false],
    ['input.activity_end < "2025-04-01"', true],
  ])('%s is %s', (expression, expected) => {
    expect(evaluateCondition(expression, scope)).toBe(expected);
  });

  it('refuses a result that is not true or false', () => {
    expect(() => evaluateCondition('input.count', scope)).toThrow(ConditionError);
    expect(() => evaluateCondition('input.count', scope)).toThrow('must be true or false, but gave 3');
  });

  it('reports a missing field when evaluated', () => {
    expect(() => evaluateCondition('input.missing > 1', scope)).toThrow('could not be evaluated');
  });

  it('reports a syntax error', () => {
    expect(() => evaluateCondition('input.count >', scope)).toThrow('is not a valid expression');
  });
});

describe('evaluate', () => {
  it('returns plain JSON values: integers as numbers, lists, maps', () => {
    expect(evaluate('input.amount.amount * 2', scope)).toBe(1_500_000);
    expect(evaluate('[input.count, "x", 1.5]', scope)).toEqual([3, 'x', 1.5]);
    expect(evaluate('{"total": input.amount}', scope)).toEqual({ total: { amount: 750_000, currency: 'USD' } });
  });

  it('writes timestamps as ISO strings and durations as milliseconds', () => {
    expect(evaluate('timestamp("2025-03-31T00:00:00Z") + duration("24h")', scope)).toBe('2025-04-01T00:00:00.000Z');
    expect(evaluate('duration("1h")', scope)).toBe('3600000ms');
  });

  it('divides integers exactly, the way money needs', () => {
    expect(evaluate('input.amount.amount / 4', scope)).toBe(187_500);
  });
});

describe('evaluateTimestamp', () => {
  it('reads an ISO date as midnight UTC', () => {
    expect(evaluateTimestamp('input.activity_end', scope)).toBe(Date.UTC(2025, 2, 31));
  });

  it('reads an ISO date-time with a zone', () => {
    expect(evaluateTimestamp('"2025-03-31T17:00:00+02:00"', scope)).toBe(Date.UTC(2025, 2, 31, 15));
  });

  it('reads a CEL timestamp', () => {
    expect(evaluateTimestamp('timestamp(input.activity_end + "T00:00:00Z") + duration("48h")', scope)).toBe(Date.UTC(2025, 3, 2));
  });

  it.each(['input.count', '"2025-02-30"', '"2025-03-31T17:00:00"', '"tomorrow"'])('refuses %s', (expression) => {
    expect(() => evaluateTimestamp(expression, scope)).toThrow('must give a date');
  });
});

describe('parseCondition', () => {
  it('accepts valid CEL', () => {
    expect(parseCondition('input.a > 1 && steps.b.outcome == "approve"')).toMatchObject({ ok: true });
  });

  it('says where the syntax error is', () => {
    const result = parseCondition('input.amount >');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain('line 1, column');
    expect(parseCondition('(input.a')).toMatchObject({ ok: false });
  });
});

describe('referencedFields', () => {
  it('lists the data paths an expression reads, once each', () => {
    expect(referencedFields('input.amount.amount > 500000 && steps.review.outcome == "approve" && input.amount.amount < 9')).toEqual([
      ['input', 'amount', 'amount'],
      ['steps', 'review', 'outcome'],
    ]);
  });

  it('reads presence tests, index access and calls', () => {
    expect(referencedFields('has(input.note) && input["tier"] == "gold" && size(vars.list) > 0')).toEqual([
      ['input', 'note'],
      ['input', 'tier'],
      ['vars', 'list'],
    ]);
  });

  it('leaves out variables bound by macros', () => {
    expect(referencedFields('input.items.all(item, item.amount > vars.limit)')).toEqual([
      ['input', 'items'],
      ['vars', 'limit'],
    ]);
  });

  it('throws a ConditionError on a syntax error', () => {
    expect(() => referencedFields('1 +')).toThrow(ConditionError);
  });
});
