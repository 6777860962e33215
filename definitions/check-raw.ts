/**
 * The first check of every template, on the raw value before the schema reads it: the
 * hard limits (limits.ts), names JavaScript reserves, and text the database or a mail
 * could not carry. It walks the value with an explicit stack, never recursion, so a
 * template nested thousands deep is refused instead of overflowing the stack.
 */
import { MAX_NESTING, MAX_PARALLEL_DEPTH, MAX_STEPS, MAX_TEXT_LENGTH, RESERVED_NAMES, reservedNameMessage } from './limits.js';
import { ErrorCode, templateError, type TemplateError, type TemplatePath } from './template-error.js';

/**
 * The first character text may not hold: control characters (C0, DEL, C1) other than tab,
 * line feed and carriage return, and lone UTF-16 surrogates. PostgreSQL refuses NUL in
 * text, and the rest are invisible in every page and mail that shows the text.
 */
export function forbiddenCharacter(text: string): { index: number; code: number; surrogate: boolean } | undefined {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 ? code !== 0x09 && code !== 0x0a && code !== 0x0d : code >= 0x7f && code <= 0x9f) return { index, code, surrogate: false };
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
      else return { index, code, surrogate: true };
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return { index, code, surrogate: true };
    }
  }
  return undefined;
}

/** Stops the walk after this many errors: one template rarely needs more to be fixed. */
const MAX_ERRORS = 100;

type Report = (path: TemplatePath, code: ErrorCode, message: string) => void;

interface Visit {
  value: unknown;
  path: TemplatePath;
  depth: number;
  parallelDepth: number;
}

/** Every limit, reserved name and forbidden character in a raw template, in template order. */
export function rawTemplateErrors(raw: unknown): TemplateError[] {
  const errors: TemplateError[] = [];
  const report: Report = (path, code, message) => {
    if (errors.length < MAX_ERRORS) errors.push(templateError(path, code, message));
  };
  let steps = 0;
  let tooManySteps = false;
  const stack: Visit[] = [{ value: raw, path: [], depth: 0, parallelDepth: 0 }];
  for (let visit = stack.pop(); visit && errors.length < MAX_ERRORS; visit = stack.pop()) {
    const { value, path, depth, parallelDepth } = visit;
    if (typeof value === 'string') {
      checkText(value, path, report);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_NESTING) {
      report(path, ErrorCode.TooLarge, `the template nests more than ${MAX_NESTING} levels deep here; flatten it`);
      continue;
    }
    const children: Visit[] = [];
    if (Array.isArray(value)) {
      if (path[path.length - 1] === 'steps') {
        steps += value.length;
        if (steps > MAX_STEPS && !tooManySteps) {
          tooManySteps = true;
          report(path, ErrorCode.TooLarge, `a template may have at most ${MAX_STEPS} steps, branches included; split it into several templates`);
        }
      }
      value.forEach((item, index) => children.push({ value: item, path: [...path, index], depth: depth + 1, parallelDepth }));
    } else {
      const entries = Object.entries(value);
      const isParallel = entries.some(([key, item]) => key === 'kind' && item === 'parallel') && Object.hasOwn(value, 'branches');
      const innerParallelDepth = isParallel ? parallelDepth + 1 : parallelDepth;
      if (isParallel && innerParallelDepth === MAX_PARALLEL_DEPTH + 1) {
        report(path, ErrorCode.TooLarge, `parallel steps may sit inside one another at most ${MAX_PARALLEL_DEPTH} deep; move some branches into their own step`);
        continue;
      }
      for (const [key, item] of entries) {
        const keyPath = [...path, key];
        if (RESERVED_NAMES.has(key)) {
          report(keyPath, ErrorCode.ReservedName, reservedNameMessage(key));
          continue;
        }
        checkText(key, keyPath, report);
        children.push({ value: item, path: keyPath, depth: depth + 1, parallelDepth: innerParallelDepth });
      }
    }
    // Reversed, so the stack visits children (and reports their errors) in template order.
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Visit);
  }
  return errors;
}

function checkText(text: string, path: TemplatePath, report: Report): void {
  if (text.length > MAX_TEXT_LENGTH) {
    report(path, ErrorCode.TooLarge, `text may be at most ${MAX_TEXT_LENGTH} characters; this is ${text.length}`);
    return;
  }
  const found = forbiddenCharacter(text);
  if (!found) return;
  const code = found.code.toString(16).toUpperCase().padStart(4, '0');
  const what = found.surrogate ? 'half of a surrogate pair (not valid Unicode)' : 'a control character';
  report(path, ErrorCode.ControlCharacter, `character ${found.index + 1} is U+${code}, ${what}; remove it (only tab, line feed and carriage return are allowed in text)`);
}
