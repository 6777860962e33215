import { describe, expect, it } from 'vitest';
import { fieldsSchema } from '../../definitions/fields.js';
import type { Fields } from '../../definitions/template.js';

const HASH = 'a'.repeat(64);

const fields: Fields = {
  name: { type: 'string', required: true, minLength: 2, maxLength: 10 },
  notes: { type: 'text', required: false, maxLength: 20 },
  count: { type: 'integer', required: false, min: 1, max: 5 },
  agreed: { type: 'boolean', required: false },
  start: { type: 'date', required: false },
  site: { type: 'url', required: false },
  contact: { type: 'email', required: false },
  tier: { type: 'enum', required: false, values: ['silver', 'gold'] },
  budget: { type: 'money', required: true, currency: 'USD', min: 100, max: 1_000_000 },
  anyMoney: { type: 'money', required: false },
  window: { type: 'duration', required: false },
  proof: { type: 'documents', required: false, maxItems: 2 },
};
const schema = fieldsSchema(fields);
const valid = { name: 'Acme', budget: { amount: 50_000, currency: 'USD' } };

function issuePaths(value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('fieldsSchema', () => {
  it('accepts values that fit every field', () => {
    const full = {
      ...valid,
      notes: 'ok',
      count: 3,
      agreed: true,
      start: '2024-02-29',
      site: 'https://acme.example/partners',
      contact: 'ops@acme.example',
      tier: 'gold',
      anyMoney: { amount: 0, currency: 'EUR' },
      window: '45d',
      proof: [{ name: 'plan.pdf', url: 'https://files.example/plan.pdf', size: 1200 }, { name: 'hash.pdf', sha256: HASH }],
    };
    expect(schema.safeParse(full)).toMatchObject({ success: true, data: full });
  });

  it('requires required fields and leaves the others optional', () => {
    expect(issuePaths({ budget: valid.budget })).toEqual(['name']);
  });

  it('refuses keys the fields do not declare', () => {
    const result = schema.safeParse({ ...valid, extra: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('makes every field optional when partial, but still refuses unknown keys', () => {
    const partial = fieldsSchema(fields, { partial: true });
    expect(partial.safeParse({}).success).toBe(true);
    expect(partial.safeParse({ extra: 1 }).success).toBe(false);
  });

  it.each([
    ['a fractional amount', { amount: 10.5, currency: 'USD' }],
    ['a negative amount', { amount: -100, currency: 'USD' }],
    ['an amount as text', { amount: '100', currency: 'USD' }],
    ['an amount below min', { amount: 99, currency: 'USD' }],
    ['an amount above max', { amount: 1_000_001, currency: 'USD' }],
    ['another currency than the field', { amount: 100, currency: 'EUR' }],
    ['an extra key', { amount: 100, currency: 'USD', cents: true }],
  ])('refuses money with %s', (_label, budget) => {
    expect(issuePaths({ ...valid, budget })[0]).toMatch(/^budget/);
  });

  it('refuses a lower-case or long currency when the field allows any', () => {
    expect(issuePaths({ ...valid, anyMoney: { amount: 1, currency: 'usd' } })).toEqual(['anyMoney.currency']);
    expect(issuePaths({ ...valid, anyMoney: { amount: 1, currency: 'USDX' } })).toEqual(['anyMoney.currency']);
  });

  it.each([
    ['name', 'A'],
    ['name', 'A much too long name'],
    ['notes', 'x'.repeat(21)],
    ['count', 2.5],
    ['count', 6],
    ['agreed', 'yes'],
    ['start', '2023-02-29'],
    ['start', '2024-1-05'],
    ['site', 'javascript:alert(1)'],
    ['contact', 'not-an-email'],
    ['tier', 'bronze'],
    ['window', 'soon'],
    ['proof', [{ name: 'no-link.pdf' }]],
    ['proof', [{ name: 'bad-hash.pdf', sha256: 'abc' }]],
    ['proof', [{ name: 'a', sha256: HASH }, { name: 'b', sha256: HASH }, { name: 'c', sha256: HASH }]],
  ])('refuses %s = %j', (field, value) => {
    expect(issuePaths({ ...valid, [field]: value })[0]).toMatch(new RegExp(`^${field}`));
  });

  it('says how to fix a fractional amount', () => {
    const result = schema.safeParse({ ...valid, budget: { amount: 1.5, currency: 'USD' } });
    expect(result.error?.issues[0]?.message).toContain('minor units');
  });

  it('requires at least one document when documents are required', () => {
    const required = fieldsSchema({ proof: { type: 'documents', required: true } });
    expect(required.safeParse({ proof: [] }).success).toBe(false);
  });

  it('requires a required text to be non-empty', () => {
    const required = fieldsSchema({ reason: { type: 'text', required: true } });
    expect(required.safeParse({ reason: '' }).success).toBe(false);
  });
});
