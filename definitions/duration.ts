/**
 * Durations in templates: deadlines, reminders, waits. They are data so an instance (or a
 * test) can run a 45-day claim window as 2 seconds by passing a shorter `duration` input.
 *
 * Pure and deterministic: the workflow interpreter imports this module.
 */
import type { DurationRef, Template } from './template.js';

/** A duration that cannot be read, or a reference to an input that cannot supply one. */
export class DurationError extends Error {
  override readonly name = 'DurationError';
}

const MS_PER_UNIT = {
  w: 7 * 24 * 60 * 60 * 1000,
  d: 24 * 60 * 60 * 1000,
  h: 60 * 60 * 1000,
  m: 60 * 1000,
  s: 1000,
  ms: 1,
} as const;
type CompactUnit = keyof typeof MS_PER_UNIT;
const UNIT_ORDER: readonly CompactUnit[] = ['w', 'd', 'h', 'm', 's', 'ms'];

const EXAMPLES = 'write e.g. 45d, 36h, 1h30m, 90s, 500ms or ISO 8601 P45D, PT2S';
const COMPACT = /^(?:\d+(?:ms|w|d|h|m|s))+$/;
const COMPACT_PART = /(\d+)(ms|w|d|h|m|s)/g;
const ISO = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:[.,](\d{1,3}))?S)?)?$/;

/**
 * Reads a duration literal and returns milliseconds. Accepts the compact form
 * (`45d`, `36h`, `1h30m`, `90s`, `500ms`, `2w`; units largest first, each once) and ISO 8601
 * durations in weeks, days, hours, minutes and seconds (`P45D`, `PT36H`, `PT0.5S`).
 * Years and months are refused: their length depends on the calendar.
 * Throws a {@link DurationError} saying how to write it instead.
 */
export function parseDuration(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') throw new DurationError(`a duration is empty; ${EXAMPLES}`);
  const ms = /^P/i.test(trimmed) ? parseIso(trimmed.toUpperCase(), text) : parseCompact(trimmed, text);
  if (!Number.isSafeInteger(ms)) throw new DurationError(`duration "${text}" is too long`);
  return ms;
}

function parseCompact(trimmed: string, original: string): number {
  if (!COMPACT.test(trimmed)) throw new DurationError(`"${original}" is not a duration; ${EXAMPLES}`);
  let total = 0;
  let previous = -1;
  for (const [, amount, unit] of trimmed.matchAll(COMPACT_PART)) {
    const rank = UNIT_ORDER.indexOf(unitOf(unit));
    if (rank <= previous) {
      throw new DurationError(`"${original}" repeats or reorders units; write each unit once, largest first, e.g. 1h30m`);
    }
    previous = rank;
    total += Number(amount) * MS_PER_UNIT[unitOf(unit)];
  }
  return total;
}

function unitOf(text: string | undefined): CompactUnit {
  const unit = UNIT_ORDER.find((candidate) => candidate === text);
  if (!unit) throw new DurationError(`unknown duration unit "${text ?? ''}"`);
  return unit;
}

function parseIso(upper: string, original: string): number {
  if (/^P(?:\d+Y)|^P[^T]*\d+M/.test(upper)) {
    throw new DurationError(`"${original}" uses years or months, whose length varies; use days instead, e.g. P45D`);
  }
  const match = ISO.exec(upper);
  if (!match || upper === 'P' || upper.endsWith('T')) throw new DurationError(`"${original}" is not a duration; ${EXAMPLES}`);
  const [, weeks, days, hours, minutes, seconds, fraction] = match;
  const fractionMs = fraction ? Number(fraction.padEnd(3, '0')) : 0;
  return (
    number(weeks) * MS_PER_UNIT.w +
    number(days) * MS_PER_UNIT.d +
    number(hours) * MS_PER_UNIT.h +
    number(minutes) * MS_PER_UNIT.m +
    number(seconds) * MS_PER_UNIT.s +
    fractionMs
  );
}

function number(digits: string | undefined): number {
  return digits === undefined ? 0 : Number(digits);
}

/**
 * Resolves a template duration for one instance, in milliseconds. A literal is parsed;
 * `{ input: name }` uses the instance's value of that `duration` input when it is a string,
 * else the input's `default`. Throws a {@link DurationError} if neither gives a duration.
 */
export function resolveDuration(ref: DurationRef, inputs: Record<string, unknown>, template: Template): number {
  if (typeof ref === 'string') return parseDuration(ref);
  const field = Object.hasOwn(template.inputs, ref.input) ? template.inputs[ref.input] : undefined;
  if (!field || field.type !== 'duration') {
    throw new DurationError(`input "${ref.input}" is not a declared duration input of template ${template.id}`);
  }
  const value = Object.hasOwn(inputs, ref.input) ? inputs[ref.input] : undefined;
  if (typeof value === 'string') return parseDuration(value);
  if (field.default !== undefined) return parseDuration(field.default);
  throw new DurationError(`input "${ref.input}" has no value and no default; give it a value or add a default such as "45d"`);
}
