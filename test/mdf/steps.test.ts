/**
 * The MDF routes and report name steps of the `mdf-fund-request` template; each name must
 * still be a step of the template as it is published.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFINITIONS_DIR, loadTemplateFile } from '../../definitions/load.js';
import type { Step } from '../../definitions/template.js';
import { MDF_STEPS } from '../../api/mdf/steps.js';

function stepIdsOf(steps: Step[]): string[] {
  return steps.flatMap((step) => [step.id, ...(step.kind === 'parallel' ? step.branches.flatMap((branch) => stepIdsOf(branch.steps)) : [])]);
}

describe('MDF step names', () => {
  const loaded = loadTemplateFile(path.join(DEFINITIONS_DIR, 'mdf-fund-request.yaml'));
  if (!loaded.ok) throw new Error(`mdf-fund-request.yaml does not load: ${JSON.stringify(loaded.errors)}`);
  const ids = new Set(stepIdsOf(loaded.template.steps));

  it.each(Object.entries(MDF_STEPS))('names %s, a step of mdf-fund-request.yaml (%s)', (_name, stepId) => {
    expect(ids).toContain(stepId);
  });
});
