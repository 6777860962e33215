/**
 * A task's form fields as HTML inputs, and the submitted text turned back into typed
 * values (money in integer minor units, whole numbers, yes/no, document links). The
 * workflow checks the values again against the template; this side only converts, and
 * names what cannot be converted so the page can say which field to fix.
 */
import { html, type Html, humanize, minorDigits, type Money } from '../../presentation/index.js';
import { isCurrency } from '../../definitions/currency.js';
import type { Field, Fields } from '../../definitions/template.js';

/** The submitted text of the form, by input name. */
export type Submitted = Record<string, string>;

/** The input name of field `name`; prefixed so fields cannot collide with the page's own inputs. */
export const inputName = (name: string) => `form.${name}`;

/** The inputs of every field, filled with what was submitted before (after an error). */
export function fieldInputs(fields: Fields, submitted: Submitted, problems: Record<string, string>): Html[] {
  return Object.entries(fields).map(([name, field]) => {
    const id = `f-${name}`;
    const label = html`${field.title ?? humanize(name)}${field.required ? ' *' : ''}${field.description ? html`<span class="hint">${field.description}</span>` : ''}`;
    const problem = problems[name] ? html`<span class="hint" role="alert">${problems[name]}</span>` : '';
    if (field.type === 'boolean') {
      return html`<label><input type="checkbox" id="${id}" name="${inputName(name)}" value="true"${submitted[inputName(name)] === 'true' ? ' checked' : ''}>${label}</label>${problem}`;
    }
    return html`<label for="${id}">${label}</label>${input(id, name, field, submitted)}${problem}`;
  });
}

function input(id: string, name: string, field: Field, submitted: Submitted): Html {
  const value = submitted[inputName(name)] ?? '';
  switch (field.type) {
    case 'text':
      return html`<textarea id="${id}" name="${inputName(name)}">${value}</textarea>`;
    case 'documents':
      return html`<textarea id="${id}" name="${inputName(name)}" placeholder="One link per line">${value}</textarea>`;
    case 'enum':
      return html`<select id="${id}" name="${inputName(name)}"><option value="">Choose…</option>${field.values.map((option) => html`<option${option === value ? ' selected' : ''}>${option}</option>`)}</select>`;
    case 'money': {
      const currency = field.currency
        ? html`<span>${field.currency}</span>`
        : html`<input name="${inputName(name)}.currency" value="${submitted[`${inputName(name)}.currency`] ?? ''}" placeholder="USD" maxlength="3" class="currency" aria-label="Currency">`;
      return html`<div class="money">${currency}<input id="${id}" name="${inputName(name)}" value="${value}" inputmode="decimal" placeholder="0.00"></div>`;
    }
    case 'integer':
      return html`<input id="${id}" name="${inputName(name)}" value="${value}" inputmode="numeric">`;
    case 'date':
      return html`<input id="${id}" type="date" name="${inputName(name)}" value="${value}">`;
    case 'email':
      return html`<input id="${id}" type="email" name="${inputName(name)}" value="${value}">`;
    case 'url':
      return html`<input id="${id}" type="url" name="${inputName(name)}" value="${value}">`;
    case 'duration':
      return html`<input id="${id}" name="${inputName(name)}" value="${value}" placeholder="e.g. 30d">`;
    case 'string':
    case 'boolean':
      return html`<input id="${id}" name="${inputName(name)}" value="${value}">`;
  }
}

/** Typed values of the submitted fields (blank ones left out) and what could not be read. */
export function readFields(fields: Fields, submitted: Submitted): { values: Record<string, unknown>; problems: Record<string, string> } {
  const values: Record<string, unknown> = {};
  const problems: Record<string, string> = {};
  for (const [name, field] of Object.entries(fields)) {
    const text = (submitted[inputName(name)] ?? '').trim();
    if (field.type === 'boolean') {
      values[name] = text === 'true';
      continue;
    }
    if (text === '') continue;
    const read = readValue(field, text, submitted[`${inputName(name)}.currency`]);
    if ('problem' in read) problems[name] = read.problem;
    else values[name] = read.value;
  }
  return { values, problems };
}

function readValue(field: Field, text: string, currencyText: string | undefined): { value: unknown } | { problem: string } {
  switch (field.type) {
    case 'integer':
      return /^-?\d{1,15}$/.test(text) ? { value: Number(text) } : { problem: 'enter a whole number' };
    case 'money':
      return readMoney(text, field.currency ?? (currencyText ?? '').trim().toUpperCase());
    case 'documents':
      return { value: text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).map((url) => ({ name: url.split('/').filter(Boolean).pop() ?? url, url })) };
    default:
      return { value: text };
  }
}

/** `1,234.50` USD → `{ amount: 123450, currency: 'USD' }`, by integer arithmetic on the digits. */
export function readMoney(text: string, currency: string): { value: Money } | { problem: string } {
  if (!/^[A-Z]{3}$/.test(currency)) return { problem: 'enter a three-letter currency code such as USD' };
  if (!isCurrency(currency)) return { problem: `${currency} is not an ISO 4217 currency; enter one such as USD` };
  const digits = minorDigits(currency);
  const match = /^(\d{1,20})(?:\.(\d{1,20}))?$/.exec(text.replace(/[\s,]/g, ''));
  if (!match) return { problem: `enter an amount such as ${digits === 0 ? '1250' : `1250.${'0'.repeat(digits)}`}` };
  const [, whole = '0', fraction = ''] = match;
  if (fraction.length > digits) return { problem: digits === 0 ? `${currency} has no decimals` : `${currency} has at most ${digits} decimals` };
  const amount = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (amount > BigInt(Number.MAX_SAFE_INTEGER)) return { problem: 'the amount is too large' };
  return { value: { amount: Number(amount), currency } };
}
