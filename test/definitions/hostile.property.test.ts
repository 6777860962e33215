import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateTemplateBody } from '../../api/routes/templates.js';
import { evaluateCondition } from '../../definitions/condition.js';
import { RESERVED_NAMES } from '../../definitions/limits.js';
import { loadTemplateFile } from '../../definitions/load.js';
import type { Step } from '../../definitions/template.js';
import { ErrorCode, validateTemplate, type ValidationResult } from '../../definitions/validate.js';
import { baseTemplate } from './fixtures.js';
import { conditionOver, declaredInputs, hostileTemplate, inputValue } from './hostile-arbitrary.js';

const CODES = new Set<string>(Object.values(ErrorCode));

function conditionsOf(steps: readonly Step[]): string[] {
  return steps.flatMap((step): string[] => {
    if (step.kind === 'decision') return step.cases.map((entry) => entry.when);
    if (step.kind === 'approval') return step.approvers.flatMap((approver) => (typeof approver === 'object' && approver.when !== undefined ? [approver.when] : []));
    if (step.kind === 'parallel') return step.branches.flatMap((branch) => conditionsOf(branch.steps));
    return [];
  });
}

function namesOf(steps: readonly Step[]): string[] {
  return steps.flatMap((step) => [step.id, ...(step.kind === 'parallel' ? step.branches.flatMap((branch) => [branch.id, ...namesOf(branch.steps)]) : [])]);
}

/** A verdict without the name the bytes came under (a file name for the CLI, `body` for the API). */
function verdict(result: ValidationResult, source: string): unknown {
  if (result.ok) return { ok: true, template: result.template };
  return { ok: false, errors: result.errors.map((error) => ({ ...error, path: error.path.startsWith(`${source}:`) ? error.path.slice(source.length) : error.path })) };
}

/** Ways the bytes of a template may be spoiled on the way: none, a repeated key, a byte that is not UTF-8, a raw NUL. */
const spoil = fc.constantFrom('none', 'duplicate', 'latin1', 'nul');

function bytesOf(template: unknown, how: string): Buffer {
  const text = JSON.stringify(template);
  if (how === 'duplicate') return Buffer.from(text.replace('"version":1', '"version":1,"version":2'));
  if (how === 'latin1') return Buffer.concat([Buffer.from(text.slice(0, -1)), Buffer.from([0xe9]), Buffer.from('}')]);
  if (how === 'nul') return Buffer.from(text.replace('"hostile"', '"host\\u0000ile"'));
  return Buffer.from(text);
}

describe('validateTemplate on hostile templates', () => {
  it('refuses each with errors that have a path, a known code and a message, or accepts one the engine can run', () => {
    fc.assert(
      fc.property(hostileTemplate(), fc.nat({ max: 1_000 }), ({ template, inputs }, seed) => {
        const result = validateTemplate(template);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            expect(error.path, JSON.stringify(error)).not.toBe('');
            expect(CODES.has(error.code), JSON.stringify(error)).toBe(true);
            expect(error.message.length).toBeGreaterThan(0);
          }
          return;
        }
        // Accepted: no reserved name, no control character, and every condition runs on well-typed inputs.
        for (const id of namesOf(result.template.steps)) expect(RESERVED_NAMES.has(id)).toBe(false);
        expect(JSON.stringify(result.template)).not.toMatch(/\\u00[01][0-8bcef]|\\ud[89ab]/);
        const input = Object.fromEntries(inputs.map(([field, type]) => [field, inputValue(type, seed)]));
        for (const condition of conditionsOf(result.template.steps)) {
          expect(() => evaluateCondition(condition, { input, steps: {}, vars: {} }), condition).not.toThrow();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('accepts only conditions that run on every instance whose inputs have their declared types', () => {
    const withCondition = declaredInputs.chain((inputs) => fc.record({ inputs: fc.constant(inputs), condition: conditionOver(inputs), seed: fc.nat({ max: 1_000 }) }));
    let accepted = 0;
    fc.assert(
      fc.property(withCondition, ({ inputs, condition, seed }) => {
        const template = baseTemplate();
        template.inputs = { ...template.inputs, ...Object.fromEntries(inputs.map(([field, type]) => [field, type === 'money' ? { type, currency: 'USD', required: true } : { type, required: true }])) };
        const decision = template.steps[2];
        if (decision?.kind === 'decision') decision.cases = [{ when: condition, next: 'checks' }];
        const result = validateTemplate(template);
        if (!result.ok) {
          for (const error of result.errors) expect(CODES.has(error.code) && error.path !== '').toBe(true);
          return;
        }
        accepted++;
        const input = Object.fromEntries(inputs.map(([field, type]) => [field, inputValue(type, seed)]));
        expect(() => evaluateCondition(condition, { input, steps: {}, vars: {} }), condition).not.toThrow();
      }),
      { numRuns: 500 },
    );
    // The generator must reach both verdicts for the property to say anything.
    expect(accepted).toBeGreaterThan(20);
  });

  it('gives the same verdict from the CLI and the API for the same bytes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tandem-verdict-'));
    fc.assert(
      fc.property(hostileTemplate(), spoil, ({ template }, how) => {
        const bytes = bytesOf(template, how);
        const file = path.join(dir, 'template.json');
        writeFileSync(file, bytes);
        expect(verdict(validateTemplateBody(bytes), 'body')).toEqual(verdict(loadTemplateFile(file), 'template.json'));
      }),
      { numRuns: 100 },
    );
  });
});
