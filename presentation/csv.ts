/**
 * CSV as Tandem writes it, for the API's reports and the console's downloads alike: RFC 4180
 * with CRLF line ends, a header row, and no cell a spreadsheet would run as a formula.
 */

/** What a spreadsheet may read as the start of a formula (OWASP's list: = + - @ tab CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV field that no spreadsheet runs as a formula, following OWASP's rule for CSV
 * injection: text that starts with = + - @ tab or CR gets a leading `'`, and so does every
 * part after a `,` or `;` inside it (spreadsheets set to split on either would start a new
 * cell there); then the field is quoted, with quotes doubled, if it holds a separator, quote
 * or line break. Numbers are written as they are; null is an empty field.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const inert = value
    .split(/([,;])/)
    .map((part, index) => (index % 2 === 0 && (FORMULA_START.test(part) || FORMULA_START.test(part.trimStart())) ? `'${part}` : part))
    .join('');
  return /[",;\r\n\t]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/** A whole CSV document: the header row, then one line per row, each line ended by CRLF. */
export function csvDocument(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const lines = [header.map(csvField).join(','), ...rows.map((row) => row.map(csvField).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
