import { describe, expect, it } from 'vitest';
import { DurationError, parseDuration, resolveDuration } from '../../definitions/duration.js';
import { Template } from '../../definitions/template.js';
import { baseTemplate } from './fixtures.js';

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const DAY = 24 * HOUR;

describe('parseDuration', () => {
  it.each([
    ['45d', 45 * DAY],
    ['36h', 36 * HOUR],
    ['90s', 90 * SECOND],
    ['500ms', 500],
    ['1h30m', HOUR + 30 * 60 * SECOND],
    ['2w', 14 * DAY],
    ['1d2h3m4s5ms', DAY + 2 * HOUR + 3 * 60 * SECOND + 4 * SECOND + 5],
    ['P45D', 45 * DAY],
    ['PT2S', 2 * SECOND],
    ['PT0.5S', 500],
    ['P1DT12H', DAY + 12 * HOUR],
    ['P2W', 14 * DAY],
    ['pt36h', 36 * HOUR],
    [' 2d ', 2 * DAY],
    ['0s', 0],
  ])('reads %s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each([
    ['', 'empty'],
    ['45', 'is not a duration'],
    ['1.5h', 'is not a duration'],
    ['3 days', 'is not a duration'],
    ['30m1h', 'largest first'],
    ['1h1h', 'largest first'],
    ['P1M', 'years or months'],
    ['P1Y', 'years or months'],
    ['P', 'is not a duration'],
    ['PT', 'is not a duration'],
    ['-5d', 'is not a duration'],
    ['99999999999999999999d', 'too long'],
  ])('refuses %j with a message that says how to write it', (text, fragment) => {
    expect(() => parseDuration(text)).toThrow(DurationError);
    expect(() => parseDuration(text)).toThrow(fragment);
  });
});

describe('resolveDuration', () => {
  const template = Template.parse(baseTemplate());

  it('reads a literal', () => {
    expect(resolveDuration('2d', {}, template)).toBe(2 * DAY);
  });

  it("uses the instance's value of a duration input, so a test can run 5 days as 2 seconds", () => {
    expect(resolveDuration({ input: 'window' }, { window: '2s' }, template)).toBe(2 * SECOND);
  });

  it("falls back to the input's default when the instance gives none", () => {
    expect(resolveDuration({ input: 'window' }, {}, template)).toBe(5 * DAY);
  });

  it('refuses an input that is not a declared duration', () => {
    expect(() => resolveDuration({ input: 'amount' }, {}, template)).toThrow('is not a declared duration input');
    expect(() => resolveDuration({ input: 'toString' }, {}, template)).toThrow(DurationError);
  });

  it('refuses an input with neither a value nor a default', () => {
    const noDefault = Template.parse({ ...baseTemplate(), inputs: { window: { type: 'duration' } } });
    expect(() => resolveDuration({ input: 'window' }, {}, noDefault)).toThrow('has no value and no default');
  });
});
