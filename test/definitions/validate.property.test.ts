import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMermaid } from '../../definitions/diagram.js';
import { placeSteps } from '../../definitions/step-graph.js';
import { Template } from '../../definitions/template.js';
import { formatPath } from '../../definitions/template-error.js';
import { validateTemplate } from '../../definitions/validate.js';
import { validTemplateInput, type TemplateInput } from './template-arbitrary.js';

/** A way to break a valid template, and the error it must then report. */
interface Mutation {
  name: string;
  /** Breaks the n-th applicable place (modulo their number); undefined if none applies. */
  apply(template: TemplateInput, pick: number): { path: string; code: string } | undefined;
}

type MutableStep = Record<string, unknown>;

function stepsOf(template: TemplateInput): Array<{ step: MutableStep; path: string; inBranch: boolean }> {
  return placeSteps(Template.parse(template)).map(({ path, scope }) => ({ step: rawAt(template, path), path: formatPath(path), inBranch: scope !== undefined }));
}

/** The raw object at a path of the (cloned) input, which the test may change. */
function rawAt(template: TemplateInput, path: ReadonlyArray<PropertyKey>): MutableStep {
  let current: unknown = template;
  for (const key of path) current = isRecordLike(current) ? Reflect.get(current, key) : undefined;
  if (!isRecordLike(current) || Array.isArray(current)) throw new Error(`no step at ${formatPath(path)}`);
  return current;
}

function isRecordLike(value: unknown): value is MutableStep {
  return typeof value === 'object' && value !== null;
}

function choose<T>(items: readonly T[], pick: number): T | undefined {
  return items.length === 0 ? undefined : items[pick % items.length];
}

const MUTATIONS: Mutation[] = [
  {
    name: 'a transition to a missing step',
    apply(template, pick) {
      const target = choose(stepsOf(template).filter(({ step }) => typeof step['next'] === 'string'), pick);
      if (!target) return undefined;
      target.step['next'] = 'missing_step';
      return { path: `${target.path}.next`, code: 'unknown_step' };
    },
  },
  {
    name: 'a duplicate step id',
    apply(template, pick) {
      const steps = stepsOf(template);
      const first = steps[0];
      const target = choose(steps.slice(1), pick);
      if (!first || !target) return undefined;
      target.step['id'] = first.step['id'];
      return { path: `${target.path}.id`, code: 'duplicate_step_id' };
    },
  },
  {
    name: 'an owner role nobody declared',
    apply(template, pick) {
      const target = choose(stepsOf(template).filter(({ step }) => step['kind'] === 'task'), pick);
      if (!target) return undefined;
      target.step['owner'] = 'vendor.nobody';
      return { path: `${target.path}.owner`, code: 'unknown_role' };
    },
  },
  {
    name: 'a step nothing leads to',
    apply(template) {
      template.steps.push({ id: 'orphan', kind: 'end', status: 'Orphaned' });
      return { path: `steps[${template.steps.length - 1}]`, code: 'unreachable_step' };
    },
  },
  {
    name: 'join at the top level',
    apply(template, pick) {
      const target = choose(stepsOf(template).filter(({ step, inBranch }) => !inBranch && typeof step['next'] === 'string'), pick);
      if (!target) return undefined;
      target.step['next'] = 'join';
      return { path: `${target.path}.next`, code: 'join_outside_branch' };
    },
  },
  {
    name: 'a decision condition that does not parse',
    apply(template, pick) {
      const target = choose(stepsOf(template).filter(({ step }) => step['kind'] === 'decision'), pick);
      if (!target) return undefined;
      target.step['cases'] = [{ when: 'input.amount.amount >', next: target.step['otherwise'] }];
      return { path: `${target.path}.cases[0].when`, code: 'condition_syntax' };
    },
  },
  {
    name: 'a bad duration literal',
    apply(template, pick) {
      const target = choose(stepsOf(template).filter(({ step }) => step['kind'] === 'wait' && step['until'] === undefined), pick);
      if (!target) return undefined;
      target.step['duration'] = 'two days';
      return { path: `${target.path}.duration`, code: 'bad_duration' };
    },
  },
];

describe('validateTemplate on generated templates', () => {
  it('accepts every generated valid template', () => {
    fc.assert(
      fc.property(validTemplateInput(), (template) => {
        const result = validateTemplate(template);
        expect(result.ok ? [] : result.errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('draws every generated template with balanced subgraphs', () => {
    fc.assert(
      fc.property(validTemplateInput(), (template) => {
        const lines = toMermaid(Template.parse(template)).split('\n').map((line) => line.trim());
        expect(lines.filter((line) => line === 'end').length).toBe(lines.filter((line) => line.startsWith('subgraph ')).length);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects a broken template with the error of what was broken', () => {
    fc.assert(
      fc.property(validTemplateInput(), fc.constantFrom(...MUTATIONS), fc.nat(), (template, mutation, pick) => {
        const broken = structuredClone(template);
        const expected = mutation.apply(broken, pick);
        fc.pre(expected !== undefined);
        const result = validateTemplate(broken);
        expect(result.ok, mutation.name).toBe(false);
        if (!result.ok) expect(result.errors.map(({ path, code }) => ({ path, code }))).toContainEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
