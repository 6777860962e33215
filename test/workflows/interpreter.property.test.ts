/**
 * Any template the validator accepts runs to an end on the real interpreter: random
 * valid templates (every step kind, nested parallels, loops, conditions) are started and
 * driven by deciding open tasks with their first outcome until the instance completes.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Step, TemplateInput } from '../../definitions/template.js';
import { stateQuery } from '../../workflows/handlers.js';
import { validTemplateInput } from '../definitions/template-arbitrary.js';
import { eventually } from '../support/eventually.js';
import { filledForm } from '../support/forms.js';
import { checked, decide, start } from '../support/instances.js';
import { startTestStack, type TestStack } from '../support/stack.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const people = {
  companies: { vendor: 'acme', partner: 'globex' },
  participants: {
    'vendor.manager': [{ name: 'Manager', email: 'manager@acme.example', company: 'acme' }],
    'vendor.finance': [{ name: 'Finance', email: 'finance@acme.example', company: 'acme' }],
    'vendor.legal': [{ name: 'Legal', email: 'legal@acme.example', company: 'acme' }],
    'partner.admin': [{ name: 'Admin', email: 'admin@globex.example', company: 'globex' }],
    'partner.sales': [{ name: 'Sales', email: 'sales@globex.example', company: 'globex' }],
  },
};

type StepInput = TemplateInput['steps'][number];

/** The same template with every wait and timer shortened to test time; timeouts dropped so decisions are ours. */
function shortened(template: TemplateInput): TemplateInput {
  const shorten = (step: StepInput): StepInput => {
    if (step.kind === 'wait') return { ...step, ...(step.duration ? { duration: '100ms' } : {}), ...(step.plus ? { plus: '100ms' } : {}) };
    if (step.kind === 'parallel') return { ...step, branches: step.branches.map((branch) => ({ ...branch, steps: branch.steps.map(shorten) })) };
    if (step.kind === 'task' || step.kind === 'approval') {
      const { timeout: _timeout, ...rest } = step;
      return { ...rest, ...(step.reminders ? { reminders: ['300ms'] } : {}), ...(step.escalation ? { escalation: { ...step.escalation, after: '400ms' } } : {}) };
    }
    return step;
  };
  return { ...template, steps: template.steps.map(shorten) };
}


describe('generated templates', () => {
  it('reach an end step when every task is decided with its first outcome', async () => {
    const today = new Date().toISOString().slice(0, 10);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(validTemplateInput({ maxSteps: 4, maxDepth: 1 }), async (generated) => {
        const template = checked({ ...shortened(generated), id: `generated-${++run}` });
        const handle = await start(stack, template, { bindings: people, input: { amount: { amount: 500_00, currency: 'USD' }, end_date: today, window: '100ms' } });
        const deadline = Date.now() + 30_000;
        for (let decisions = 0; ; decisions++) {
          const state = await handle.query(stateQuery);
          if (state.lifecycle !== 'running') {
            expect(state.lifecycle).toBe('completed');
            expect(template.steps.some((step) => step.kind === 'end' && step.status === state.status)).toBe(true);
            return;
          }
          expect(decisions, 'too many decisions: the instance does not move forward').toBeLessThan(60);
          expect(Date.now(), `instance stuck at ${state.tokens.map((token) => token.stepId).join(', ')}`).toBeLessThan(deadline);
          const task = state.tasks.find((candidate) => candidate.status === 'open');
          if (!task) {
            // Waiting on a timer: wait until the instance moves.
            await eventually(async () => expect((await handle.query(stateQuery)).revision).not.toBe(state.revision), 10_000);
            continue;
          }
          const step = findStep(template.steps, task.stepId);
          const fields = step && (step.kind === 'task' || step.kind === 'approval') ? (step.form ?? {}) : {};
          const form = filledForm(fields);
          const actor = task.assignees[0];
          if (!actor) throw new Error(`task ${task.id} has nobody assigned`);
          const outcome = task.outcomes[0] ?? 'submit';
          await decide(handle, task.id, actor, outcome, Object.keys(form).length > 0 ? { form } : {});
        }
      }),
      { numRuns: 12 },
    );
  }, 300_000);
});

function findStep(steps: readonly Step[], id: string): Step | undefined {
  for (const step of steps) {
    if (step.id === id) return step;
    if (step.kind === 'parallel') {
      for (const branch of step.branches) {
        const found = findStep(branch.steps, id);
        if (found) return found;
      }
    }
  }
  return undefined;
}
