import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldsSchema } from '../../definitions/fields.js';
import { checkForm } from '../../definitions/form-check.js';
import type { Field, Fields } from '../../definitions/template.js';

const HASH = 'ab'.repeat(32);

// ── generated fields and forms ──────────────────────────────────────────────

/**
 * Field names as templates write them. `constructor` is left out: it is the one identifier
 * Object.prototype also has, where checkForm reads only the form's own keys (see its doc).
 */
const fieldName = fc.oneof(fc.constantFrom('amount', 'summary', 'budget', 'proof', 'start', 'tier'), fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/)).filter((name) => name !== 'constructor');
const required = fc.boolean();
const smallInt = fc.integer({ min: -5, max: 40 });
const currencyCode = fc.oneof(fc.constantFrom('USD', 'EUR', 'JPY'), fc.stringMatching(/^[A-Z]{3}$/));

const fieldArbitrary: fc.Arbitrary<Field> = fc.oneof(
  fc.record({ type: fc.constant('string'), required, minLength: fc.option(fc.nat(6), { nil: undefined }), maxLength: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }) }, { requiredKeys: ['type', 'required'] }),
  fc.record({ type: fc.constant('text'), required, maxLength: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }) }, { requiredKeys: ['type', 'required'] }),
  fc.record({ type: fc.constant('integer'), required, min: fc.option(smallInt, { nil: undefined }), max: fc.option(smallInt, { nil: undefined }) }, { requiredKeys: ['type', 'required'] }),
  fc.record({ type: fc.constant('boolean'), required }),
  fc.record({ type: fc.constant('date'), required }),
  fc.record({ type: fc.constant('url'), required }),
  fc.record({ type: fc.constant('email'), required }),
  fc.record({ type: fc.constant('enum'), required, values: fc.uniqueArray(fc.oneof(fc.constantFrom('silver', 'gold', 'platinum'), fc.string({ minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 4 }) }),
  fc.record(
    { type: fc.constant('money'), required, currency: fc.option(currencyCode, { nil: undefined }), min: fc.option(fc.nat(500), { nil: undefined }), max: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }) },
    { requiredKeys: ['type', 'required'] },
  ),
  fc.record({ type: fc.constant('duration'), required }),
  fc.record({ type: fc.constant('documents'), required, maxItems: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }, { requiredKeys: ['type', 'required'] }),
);

const fieldsArbitrary: fc.Arbitrary<Fields> = fc.dictionary(fieldName, fieldArbitrary, { maxKeys: 5 });

/** Anything a JSON body could carry, plus the odd non-JSON number. */
const stray: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(NaN, Infinity, -0, 2 ** 53, 1.5, null, '', ' '));

const text = fc.oneof(fc.string({ maxLength: 14 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom('', 'A', 'Acme', '😀😀', '\uD83D'));
const dates = fc.oneof(
  fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom('2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2024-1-05', '2024-01-05T00:00:00Z', ' 2024-01-05', '20240105'),
);
const urls = fc.oneof(
  fc.webUrl(),
  fc.webUrl().map((url) => ` ${url.toUpperCase()} `),
  fc.constantFrom('javascript:alert(1)', 'http:example.com', 'https:/example.com', 'https://', 'ftp://files.example', 'HTTP://ACME.EXAMPLE', 'https://exa mple.com', 'http://[::1]/x', 'https://a\nb.example', 'file:///etc/passwd', 'https://acme.example:99999'),
);
const emails = fc.oneof(
  fc.emailAddress(),
  fc.constantFrom('ops@acme.example', 'not-an-email', 'a@b.c', 'a@b.co', '.a@b.co', 'a.@b.co', 'a..b@c.co', "o'neil+x@acme.example", 'a@-b.co', 'ops@acme.example '),
);
const durations = fc.oneof(
  fc.constantFrom('45d', '36h', '1h30m', '90s', '500ms', '2w', 'P45D', 'PT2S', 'PT0.5S', 'P1M', 'P1Y', 'soon', '', ' ', '30m1h', 'P', 'PT', '1d1d', 'p45d', ' 45d '),
  fc.tuple(fc.nat(99), fc.constantFrom('w', 'd', 'h', 'm', 's', 'ms', 'x', '')).map(([amount, unit]) => `${amount}${unit}`),
);
const amounts = fc.oneof(fc.integer({ min: -10, max: 1100 }), fc.constantFrom(0, -0, 1.5, 99, 100, 1000, 1001, 2 ** 53, NaN), fc.constant('100'));

function moneyValue(field: Extract<Field, { type: 'money' }>): fc.Arbitrary<unknown> {
  const currency = fc.oneof(currencyCode, fc.constantFrom('usd', 'USDX', 'US', 3));
  return fc.oneof(
    { arbitrary: fc.record({ amount: amounts, currency: fc.constant(field.currency ?? 'USD') }), weight: 4 },
    { arbitrary: fc.record({ amount: amounts, currency }), weight: 1 },
    { arbitrary: fc.record({ amount: amounts, currency: fc.constant(field.currency ?? 'USD'), cents: fc.boolean() }, { requiredKeys: ['amount', 'currency'] }), weight: 1 },
    { arbitrary: stray, weight: 1 },
  );
}

const goodDocument = fc.oneof(
  fc.record({ name: fc.constantFrom('plan.pdf', 'x'), url: fc.webUrl(), size: fc.nat() }, { requiredKeys: ['name', 'url'] }),
  fc.record({ name: fc.constantFrom('plan.pdf', 'x'), sha256: fc.constantFrom(HASH, HASH.toUpperCase()), url: fc.webUrl() }, { requiredKeys: ['name', 'sha256'] }),
);
const anyDocument = fc.record(
  {
    name: fc.constantFrom('plan.pdf', '', 7),
    url: fc.oneof(urls, fc.constant(undefined)),
    sha256: fc.constantFrom(HASH, 'abc', 'g'.repeat(64), undefined),
    size: fc.constantFrom(0, 1200, -1, 1.5, '12'),
    extra: fc.boolean(),
  },
  { requiredKeys: [] },
);
const unfindableDocument = fc.record({ name: fc.constant('plan.pdf'), size: fc.nat() }, { requiredKeys: ['name'] });
const documentArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: goodDocument, weight: 8 },
  { arbitrary: unfindableDocument, weight: 1 },
  { arbitrary: anyDocument, weight: 1 },
  { arbitrary: stray, weight: 1 },
);

/** A value for the field: often one that fits, often one just past a bound, sometimes anything. */
function valueFor(field: Field): fc.Arbitrary<unknown> {
  const specific = ((): fc.Arbitrary<unknown> => {
    switch (field.type) {
      case 'string':
      case 'text':
        return text;
      case 'integer':
        return fc.oneof(smallInt, fc.constantFrom(2.5, 2 ** 53, '3'));
      case 'boolean':
        return fc.oneof(fc.boolean(), fc.constantFrom('yes', 0, 1));
      case 'date':
        return dates;
      case 'url':
        return urls;
      case 'email':
        return emails;
      case 'enum':
        return fc.oneof(fc.constantFrom(...field.values), fc.constantFrom('bronze', 'gold', 'GOLD', ''));
      case 'money':
        return moneyValue(field);
      case 'duration':
        return durations;
      case 'documents':
        return fc.array(documentArbitrary, { maxLength: 4 });
    }
  })();
  return fc.oneof({ arbitrary: specific, weight: 6 }, { arbitrary: stray, weight: 1 }, { arbitrary: fc.constant(undefined), weight: 1 });
}

/** A form for the fields: a value (or none) per field, sometimes a key no field declares. */
function formFor(fields: Fields): fc.Arbitrary<unknown> {
  const values = Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, valueFor(field)]));
  const form = fc.record(values, { requiredKeys: [] });
  const withExtra = fc.tuple(form, fieldName, stray).map(([values, key, value]) => ({ ...values, [key]: value }));
  return fc.oneof({ arbitrary: form, weight: 8 }, { arbitrary: withExtra, weight: 1 }, { arbitrary: stray, weight: 1 });
}

const zodAccepts = (fields: Fields, form: unknown, partial: boolean) => fieldsSchema(fields, { partial }).safeParse(form).success;

// ── the property ────────────────────────────────────────────────────────────

describe('checkForm agrees with fieldsSchema', () => {
  it('accepts exactly the forms the zod schema accepts, partial or not', () => {
    const cases = fieldsArbitrary.chain((fields) => fc.tuple(fc.constant(fields), formFor(fields), fc.boolean()));
    fc.assert(
      fc.property(cases, ([fields, form, partial]) => {
        const problems = checkForm(fields, form, { partial });
        expect(problems.length === 0).toBe(zodAccepts(fields, form, partial));
      }),
      { numRuns: 1500 },
    );
  });

  it('accepts exactly the values the zod schema accepts, field type by field type', () => {
    const cases = fieldArbitrary.chain((field) => fc.tuple(fc.constant(field), valueFor(field), fc.boolean()));
    fc.assert(
      fc.property(cases, ([field, value, partial]) => {
        const fields: Fields = { value: field };
        const form = { value };
        expect(checkForm(fields, form, { partial }).length === 0).toBe(zodAccepts(fields, form, partial));
      }),
      { numRuns: 4000 },
    );
  });

  it('accepts a form whose every field holds a value that fits', () => {
    const fields: Fields = {
      name: { type: 'string', required: true, minLength: 2, maxLength: 10 },
      count: { type: 'integer', required: true, min: 1, max: 5 },
      start: { type: 'date', required: true },
      site: { type: 'url', required: true },
      contact: { type: 'email', required: true },
      tier: { type: 'enum', required: true, values: ['silver', 'gold'] },
      budget: { type: 'money', required: true, currency: 'USD', min: 100 },
      window: { type: 'duration', required: true },
      proof: { type: 'documents', required: true, maxItems: 2 },
      agreed: { type: 'boolean', required: true },
      notes: { type: 'text', required: true },
    };
    const form = {
      name: 'Acme',
      count: 3,
      start: '2024-02-29',
      site: 'https://acme.example/partners',
      contact: 'ops@acme.example',
      tier: 'gold',
      budget: { amount: 50_000, currency: 'USD' },
      window: '45d',
      proof: [{ name: 'plan.pdf', url: 'https://files.example/plan.pdf', size: 1200 }, { name: 'hash.pdf', sha256: HASH }],
      agreed: false,
      notes: 'ok',
    };
    expect(checkForm(fields, form)).toEqual([]);
    expect(zodAccepts(fields, form, false)).toBe(true);
  });
});

// ── behaviour, by example ───────────────────────────────────────────────────

describe('checkForm', () => {
  const budget: Fields = { budget: { type: 'money', required: true, currency: 'USD', min: 100, max: 1_000_000 } };

  it("refuses an amount below the field's minimum", () => {
    expect(checkForm(budget, { budget: { amount: 99, currency: 'USD' } })).toEqual(['budget.amount: enter at least 100']);
  });

  it("refuses an amount above the field's maximum", () => {
    expect(checkForm(budget, { budget: { amount: 1_000_001, currency: 'USD' } })).toEqual(['budget.amount: enter at most 1000000']);
  });

  it('refuses a fractional amount and says to use minor units', () => {
    expect(checkForm(budget, { budget: { amount: 10.5, currency: 'USD' } })).toEqual(['budget.amount: enter the amount in minor units (e.g. cents) as a whole number']);
  });

  it("refuses an amount in another currency than the field's", () => {
    expect(checkForm(budget, { budget: { amount: 500, currency: 'EUR' } })).toEqual(['budget.currency: use currency USD']);
  });

  it('refuses a lower-case currency code when the field takes any currency', () => {
    expect(checkForm({ spend: { type: 'money', required: true } }, { spend: { amount: 1, currency: 'usd' } })).toEqual(['spend.currency: use a three-letter currency code such as USD']);
  });

  it('names a required field that is missing', () => {
    expect(checkForm({ summary: { type: 'string', required: true } }, {})).toEqual(['summary: this field is required; enter a value']);
  });

  it('lets every field be left out of a partial form, but still refuses unknown keys', () => {
    const fields: Fields = { summary: { type: 'string', required: true } };
    expect(checkForm(fields, {}, { partial: true })).toEqual([]);
    expect(checkForm(fields, { summary: 'ok', extra: true }, { partial: true })).toEqual(['extra: this form has no such field; leave it out']);
  });

  it('refuses a key sent as __proto__ like any other unknown key', () => {
    const form: unknown = JSON.parse('{"__proto__": {"summary": "x"}}');
    expect(checkForm({ summary: { type: 'string', required: false } }, form)).toEqual(['__proto__: this form has no such field; leave it out']);
  });

  it('names each wrong field of a form, so the person can fix them at once', () => {
    const fields: Fields = { summary: { type: 'string', required: true }, count: { type: 'integer', required: false, max: 5 } };
    expect(checkForm(fields, { summary: 3, count: 6 })).toEqual(['summary: enter text', 'count: enter at most 5']);
  });

  it('refuses a form that is not an object of values', () => {
    expect(checkForm({}, [])).toEqual(['form: send the form as an object of field values']);
  });

  it('counts an emoji as one character toward a length bound', () => {
    const fields: Fields = { code: { type: 'string', required: true, minLength: 2, maxLength: 2 } };
    expect(checkForm(fields, { code: '😀😀' })).toEqual([]);
    expect(checkForm(fields, { code: '😀' })).toEqual(['code: enter at least 2 characters']);
  });

  it('refuses a date that is not on the calendar', () => {
    expect(checkForm({ start: { type: 'date', required: true } }, { start: '2023-02-29' })).toEqual(['start: enter a real calendar date as YYYY-MM-DD']);
  });

  it('refuses a link that is not http or https', () => {
    expect(checkForm({ site: { type: 'url', required: true } }, { site: 'javascript:alert(1)' })).toEqual(['site: enter an http or https URL']);
  });

  it('says how to write a duration it cannot read', () => {
    const [problem] = checkForm({ window: { type: 'duration', required: true } }, { window: 'soon' });
    expect(problem).toMatch(/^window: "soon" is not a duration; write e\.g\. 45d/);
  });

  it('refuses a document that can be neither found nor checked', () => {
    expect(checkForm({ proof: { type: 'documents', required: true } }, { proof: [{ name: 'plan.pdf' }] })).toEqual([
      'proof.0: give each document a url or a sha256 so it can be found or checked',
    ]);
  });

  it('refuses more documents than the field allows', () => {
    const proof = [HASH, HASH, HASH].map((sha256, index) => ({ name: `d${index}.pdf`, sha256 }));
    expect(checkForm({ proof: { type: 'documents', required: false, maxItems: 2 } }, { proof })).toEqual(['proof: attach at most 2 documents']);
  });
});
