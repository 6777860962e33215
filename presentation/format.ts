/**
 * How values read in mails, on the emailed-task pages and in the API: money from integer
 * minor units with its currency, dates in UTC, outcomes as words. The same wording in the
 * mail and on the page the mail links to, so a recipient recognises what they are confirming.
 */
import { minorUnitsOf } from '../definitions/currency.js';
import type { Field } from '../definitions/template.js';

/** A money value as templates store it: integer minor units and an ISO 4217 currency. */
export interface Money {
  amount: number;
  currency: string;
}

/** Whether `value` has the shape of a money value. */
export function isMoney(value: unknown): value is Money {
  return (
    typeof value === 'object' &&
    value !== null &&
    'amount' in value &&
    'currency' in value &&
    Number.isSafeInteger(value.amount) &&
    typeof value.currency === 'string' &&
    /^[A-Z]{3}$/.test(value.currency)
  );
}

/** How many minor-unit digits a currency has (2 for USD, 0 for JPY, 3 for KWD), from the ISO 4217 list. */
export function minorDigits(currency: string): number {
  return minorUnitsOf(currency) ?? 2;
}

/**
 * `{ amount: 123450, currency: 'USD' }` → `$1,234.50`. The decimal is built from the
 * integers as text, so no float ever rounds an amount; an amount may also come as a string of
 * digits (the MDF report's sums, exact past 2^53).
 */
export function formatMoney({ amount, currency }: { amount: number | string; currency: string }): string {
  const digits = minorDigits(currency);
  const value = BigInt(amount);
  const units = value < 0n ? -value : value;
  const scale = 10n ** BigInt(digits);
  const decimal = digits === 0 ? `${units}` : `${units / scale}.${(units % scale).toString().padStart(digits, '0')}`;
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  // Intl formats a decimal string exactly (no conversion to a float in between).
  const text = format.format(decimal as Intl.StringNumericLiteral);
  return value < 0n ? `-${text}` : text;
}

/** An optional timestamp as the API and the projection hold it: ISO 8601 in UTC, or null when there is none. */
export function isoOrNull(epochMs: number | undefined): string | null {
  return epochMs === undefined ? null : new Date(epochMs).toISOString();
}

/** A timestamp as people read it in a mail: `14 Mar 2025, 17:00 UTC`. */
export function formatWhen(epochMs: number): string {
  return `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(epochMs)} UTC`;
}

/** `request_changes` → `Request changes`. */
export function humanize(name: string): string {
  const words = name.replace(/[_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A submitted or input value as text, formatted by its field type where the template says it. */
export function formatValue(value: unknown, field?: Field): string {
  if (value === undefined || value === null || value === '') return '—';
  if (isMoney(value)) return formatMoney(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (field?.type === 'date' && typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((item) => (documentName(item) ?? formatValue(item))).join(', ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '—';
}

function documentName(item: unknown): string | undefined {
  return typeof item === 'object' && item !== null && 'name' in item && typeof item.name === 'string' ? item.name : undefined;
}
