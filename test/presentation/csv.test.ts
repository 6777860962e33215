/**
 * CSV as the reports and the console's downloads write it: a header row, CRLF line ends, and
 * no cell a spreadsheet would run as a formula.
 */
import { describe, expect, it } from 'vitest';
import { csvDocument, csvField } from '../../presentation/csv.js';

describe('CSV', () => {
  it('writes a header row and one line per row, each ended by CRLF, empty for null', () => {
    expect(csvDocument(['Company', 'Rate', 'Amount'], [['globex', 0.5, '400000'], ['initech', null, '0']])).toBe('Company,Rate,Amount\r\nglobex,0.5,400000\r\ninitech,,0\r\n');
  });

  it('quotes fields with separators, quotes or line breaks', () => {
    expect(csvField('a "b"')).toBe('"a ""b"""');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"\n')).toBe('"say ""hi""\n"');
  });

  it('keeps every part a spreadsheet could read as a formula inert', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('ok;=1')).toBe(`"ok;'=1"`);
    expect(csvField('ok, @x')).toBe(`"ok,' @x"`);
    expect(csvField(-5)).toBe('-5');
  });
});
