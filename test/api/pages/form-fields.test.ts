/** Money typed into the decision page becomes integer minor units, exactly, and back. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../presentation/index.js';
import { readFields, readMoney } from '../../../api/pages/form-fields.js';

describe('money on the decision page', () => {
  it('reads what formatMoney writes back to the same minor units', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom('USD', 'EUR', 'JPY', 'KWD'), (amount, currency) => {
        const shown = formatMoney({ amount, currency }).replace(/[^\d.,]/g, '');
        expect(readMoney(shown, currency)).toEqual({ value: { amount, currency } });
      }),
    );
  });

  it('names what cannot be read instead of rounding', () => {
    expect(readMoney('12.345', 'USD')).toEqual({ problem: 'USD has at most 2 decimals' });
    expect(readMoney('12.5', 'JPY')).toEqual({ problem: 'JPY has no decimals' });
    expect(readMoney('-3', 'USD')).toEqual({ problem: 'enter an amount such as 1250.00' });
    expect(readMoney('10', 'usd dollars')).toEqual({ problem: 'enter a three-letter currency code such as USD' });
    expect(readMoney('10', 'ZZZ')).toEqual({ problem: 'ZZZ is not an ISO 4217 currency; enter one such as USD' });
    expect(readMoney('10', 'XXX')).toEqual({ problem: 'XXX is not an ISO 4217 currency; enter one such as USD' });
    expect(readMoney('1.234', 'KWD')).toEqual({ value: { amount: 1234, currency: 'KWD' } });
    expect(readMoney('1.5', 'CLF')).toEqual({ value: { amount: 15000, currency: 'CLF' } });
    expect(formatMoney({ amount: 123_450, currency: 'USD' })).toBe('$1,234.50');
    expect(formatMoney({ amount: 5, currency: 'JPY' })).toBe('¥5');
  });

  it('types every kind of field and leaves blank ones out', () => {
    const fields = [
      { name: 'amount', field: { type: 'money' as const, currencyFrom: 'vars.funds.currency', required: true }, currency: 'EUR' },
      { name: 'count', field: { type: 'integer' as const, required: false } },
      { name: 'ok', field: { type: 'boolean' as const, required: false } },
      { name: 'proof', field: { type: 'documents' as const, required: false } },
      { name: 'note', field: { type: 'text' as const, required: false } },
    ];
    expect(readFields(fields, { 'form.amount': '1 000.5', 'form.count': '3', 'form.proof': 'https://x.example/a.pdf\n\nhttps://x.example/b.pdf', 'form.note': '  ' })).toEqual({
      values: { amount: { amount: 100_050, currency: 'EUR' }, count: 3, ok: false, proof: [{ name: 'a.pdf', url: 'https://x.example/a.pdf' }, { name: 'b.pdf', url: 'https://x.example/b.pdf' }] },
      problems: {},
    });
    expect(readFields(fields, { 'form.count': '3.5' }).problems).toEqual({ count: 'enter a whole number' });
  });
});
