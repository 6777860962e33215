/**
 * The workflow bundle the worker runs: what every cached workflow instantiates for itself.
 * zod or the template validator in it would cost each open instance memory (bench worker-memory).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';

/** The modules webpack put in the bundle, by path (`./definitions/condition.ts`, `./node_modules/…`). */
function bundledModules(code: string): string[] {
  return [...code.matchAll(/^\/\*\*\*\/ "([^"]+)"$/gm)].map((match) => match[1] ?? '');
}

describe('the workflow bundle', () => {
  const code = readFileSync(inject('workflowBundlePath'), 'utf8');
  const modules = bundledModules(code);

  it('holds the interpreter and the definitions it runs on', () => {
    expect(modules).toEqual(expect.arrayContaining(['./workflows/interpreter.ts', './definitions/condition.ts', './definitions/form-check.ts']));
  });

  it('carries no zod and no template schema or validator', () => {
    expect(modules.filter((path) => path.includes('/node_modules/zod/'))).toEqual([]);
    expect(modules.filter((path) => /^\.\/definitions\/(template|fields|validate|check-[a-z-]+|actions|step-graph|load)\.ts$/.test(path))).toEqual([]);
    expect(code).not.toContain('ZodError');
  });
});
