/**
 * Currencies money may be in: the ISO 4217 list as the `currency-codes` package maintains
 * it, with each currency's minor units (2 for USD, 0 for JPY, 3 for KWD), which drive how
 * amounts are shown and how typed amounts are read. Codes that are not money one can pay a
 * partner in are left out: precious metals, bond units, the test code XTS, "no currency"
 * XXX, and units of account (XDR, XSU, XUA).
 *
 * Not for workflow code: the list is data every cached workflow would carry.
 */
import currencyCodes from 'currency-codes';

const UNITS_OF_ACCOUNT = new Set(['XDR', 'XSU', 'XUA']);

const PAYABLE = new Map(
  currencyCodes.data
    .filter((entry) => !UNITS_OF_ACCOUNT.has(entry.code) && entry.countries.length > 0 && !entry.countries.some((country) => country.startsWith('Zz')))
    .map((entry) => [entry.code, entry.digits]),
);

/** Whether `code` is an ISO 4217 currency money can be paid in. */
export function isCurrency(code: string): boolean {
  return PAYABLE.has(code);
}

/** How many minor-unit digits a currency has; undefined for a code that is not a currency. */
export function minorUnitsOf(code: string): number | undefined {
  return PAYABLE.get(code);
}

/** The edition of the ISO 4217 list in use, for messages and the README. */
export const currencyListDate: string = currencyCodes.publishDate;
