/**
 * An outcome's form fields as HTML inputs, and the submitted text turned back into typed
 * values (money in integer minor units, whole numbers, yes/no, document links). The
 * workflow checks the values again against the template; this side only converts, and
 * names what cannot be converted so the page can say which field to fix.
 */
// Modules, not the presentation index: the console bundles this file for the browser (console/decide.ts).
import { formatMoney, humanize, minorDigits, type Money } from '../../presentation/format.js';
import { Html, html } from '../../presentation/html.js';
import type { Messages } from '../../presentation/messages.js';
import { isCurrency } from '../../definitions/currency.js';
import type { Field } from '../../definitions/template.js';
import type { DecisionField } from '../../workflows/core/index.js';

/** Classes of an outcome's button: green for yes, red for no. */
export function buttonClass(outcome: string): string {
  if (outcome === 'approve' || outcome === 'submit') return 'button yes';
  if (outcome === 'reject') return 'button no';
  return 'button';
}

/** The submitted text of the form, by input name. */
export type Submitted = Record<string, string>;

/** The input name of field `name`; prefixed so fields cannot collide with the page's own inputs. */
export const inputName = (name: string) => `form.${name}`;

/** The label people read for a field: its title, else its name in words (never its description). */
export const labelOf = (name: string, field: Field): string => field.title ?? humanize(name);

/**
 * The inputs of an outcome's fields, filled with what was submitted before (after an error),
 * with the browser's own checks (`required`, `min`, `max`, `maxlength`, `pattern`) taken from
 * the same field schema the workflow checks the answer against.
 */
export function fieldInputs(fields: readonly DecisionField[], submitted: Submitted, problems: Record<string, string>, words: Messages): Html[] {
  return fields.map((entry) => {
    const { name, field } = entry;
    const id = `f-${name}`;
    const hintId = field.description || (entry.atMost !== undefined && entry.currency) ? `h-${name}` : undefined;
    const problemId = problems[name] ? `e-${name}` : undefined;
    const describedBy = [hintId, problemId].filter(Boolean).join(' ');
    const aria = new Html(`${describedBy ? ` aria-describedby="${describedBy}"` : ''}${problemId ? ' aria-invalid="true"' : ''}`);
    const limit = entry.atMost !== undefined && entry.currency ? words.atMost(formatMoney({ amount: entry.atMost, currency: entry.currency })) : '';
    const hint = hintId ? html`<span class="hint" id="${hintId}">${field.description ?? ''}${field.description && limit ? ' ' : ''}${limit}</span>` : '';
    const problem = problemId ? html`<span class="problem" id="${problemId}">${problems[name]}</span>` : '';
    const marker = field.required ? html`<span aria-hidden="true"> *</span>` : '';
    if (field.type === 'boolean') {
      return html`<label for="${id}"><input type="checkbox" id="${id}" name="${inputName(name)}" value="true"${submitted[inputName(name)] === 'true' ? ' checked' : ''}${aria}>${labelOf(name, field)}${marker}</label>${hint}${problem}`;
    }
    return html`<label for="${id}">${labelOf(name, field)}${marker}</label>${hint}${problem}${input(id, entry, submitted, aria, words)}`;
  });
}

function input(id: string, { name, field, currency, atMost }: DecisionField, submitted: Submitted, aria: Html, words: Messages): Html {
  const value = submitted[inputName(name)] ?? '';
  const required = new Html(field.required ? ' required' : '');
  const attributes = html`id="${id}" name="${inputName(name)}"${required}${aria}`;
  switch (field.type) {
    case 'text':
      return html`<textarea ${attributes}${field.maxLength ? html` maxlength="${field.maxLength}"` : ''}>${value}</textarea>`;
    case 'documents':
      return html`<textarea ${attributes} placeholder="${words.oneLinkPerLine}">${value}</textarea>`;
    case 'enum':
      return html`<select ${attributes}><option value="">${words.choose}</option>${field.values.map((option) => html`<option${option === value ? ' selected' : ''}>${option}</option>`)}</select>`;
    case 'money': {
      const fixed = field.currency ?? currency;
      const digits = fixed ? minorDigits(fixed) : 2;
      const scale = 10 ** digits;
      const step = digits === 0 ? '1' : `0.${'0'.repeat(digits - 1)}1`;
      const min = field.min === undefined ? 0 : field.min / scale;
      const maxMinor = [field.max, atMost].filter((bound): bound is number => bound !== undefined);
      const max = fixed && maxMinor.length > 0 ? html` max="${Math.min(...maxMinor) / scale}"` : '';
      const currencyBox = fixed
        ? html`<span>${fixed}</span>`
        : html`<input name="${inputName(name)}.currency" value="${submitted[`${inputName(name)}.currency`] ?? ''}" placeholder="USD" maxlength="3" pattern="[A-Za-z]{3}" class="currency" aria-label="${words.currency}"${required}>`;
      return html`<div class="money">${currencyBox}<input ${attributes} type="number" value="${value}" inputmode="decimal" min="${min}" step="${step}"${max}></div>`;
    }
    case 'integer':
      return html`<input ${attributes} type="number" value="${value}" inputmode="numeric" step="1"${field.min === undefined ? '' : html` min="${field.min}"`}${field.max === undefined ? '' : html` max="${field.max}"`}>`;
    case 'date':
      return html`<input ${attributes} type="date" value="${value}">`;
    case 'email':
      return html`<input ${attributes} type="email" value="${value}">`;
    case 'url':
      return html`<input ${attributes} type="url" value="${value}" pattern="https?://.+">`;
    case 'duration':
      return html`<input ${attributes} value="${value}" placeholder="e.g. 30d" pattern="[0-9]+(ms|s|m|h|d|w)|P.+">`;
    case 'string':
      return html`<input ${attributes} value="${value}"${field.minLength ? html` minlength="${field.minLength}"` : ''}${field.maxLength ? html` maxlength="${field.maxLength}"` : ''}>`;
    case 'boolean':
      return html`<input ${attributes} value="${value}">`;
  }
}

/** Typed values of the submitted fields (blank ones left out) and what could not be read. */
export function readFields(fields: readonly DecisionField[], submitted: Submitted): { values: Record<string, unknown>; problems: Record<string, string> } {
  const values: Record<string, unknown> = {};
  const problems: Record<string, string> = {};
  for (const { name, field, currency } of fields) {
    const text = (submitted[inputName(name)] ?? '').trim();
    if (field.type === 'boolean') {
      values[name] = text === 'true';
      continue;
    }
    if (text === '') continue;
    const read = readValue(field, text, currency ?? submitted[`${inputName(name)}.currency`]);
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
