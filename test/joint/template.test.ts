/**
 * The joint-solution template and the language it needs: optional parties, the step the
 * remaining parties decide in after a withdrawal (`onWithdraw`), and the template's own
 * rework rules, checked without a server.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateCondition, type ConditionScope } from '../../definitions/condition.js';
import { toMermaid } from '../../definitions/diagram.js';
import type { TemplateInput } from '../../definitions/template.js';
import { validateTemplate, type TemplateError } from '../../definitions/validate.js';
import { indexSteps } from '../../definitions/flow.js';
import { jointTemplate } from './company-view.js';

/** Two parties, the second optional, and a vote after a withdrawal. */
function voteTemplate(change: (template: TemplateInput) => void = () => {}): TemplateInput {
  const template: TemplateInput = {
    id: 'vote',
    version: 1,
    title: 'Vote',
    parties: { a: { roles: { lead: {} } }, b: { optional: true, roles: { lead: {} } } },
    onWithdraw: 'go_on',
    steps: [
      { id: 'work', kind: 'task', owner: 'a.lead', next: 'done' },
      { id: 'done', kind: 'end', status: 'Done' },
      { id: 'go_on', kind: 'approval', approvers: ['a.lead', 'b.lead'], outcomes: ['approve', 'stop'], next: { approve: 'join', stop: 'stopped' } },
      { id: 'stopped', kind: 'end', status: 'Stopped' },
    ],
  };
  change(template);
  return template;
}

function errorsOf(template: unknown): TemplateError[] {
  const result = validateTemplate(template);
  return result.ok ? [] : result.errors;
}

type StepInput = TemplateInput['steps'][number];

/** The step `id` of `kind`, to change in a test. */
function stepOf<K extends StepInput['kind']>(template: TemplateInput, id: string, kind: K): Extract<StepInput, { kind: K }> {
  const step = template.steps.find((candidate): candidate is Extract<StepInput, { kind: K }> => candidate.id === id && candidate.kind === kind);
  if (!step) throw new Error(`no ${kind} step ${id}`);
  return step;
}

describe('the joint-solution template', () => {
  it('is valid, and its diagram shows where the companies decide after a withdrawal', () => {
    const template = jointTemplate();
    expect(template.onWithdraw).toBe('continue_without');
    expect(Object.entries(template.parties).filter(([, party]) => party.optional).map(([name]) => name)).toEqual(['company_c', 'company_d']);
    const diagram = toMermaid(template);
    expect(diagram).toContain('withdraw__(("a party withdraws")) --> s_continue_without');
    expect(diagram).toContain('s_continue_without -->|"approve"| carry_on__');
  });

  it('sends back only the workstreams a failed review flags, and mails them its findings', () => {
    const steps = indexSteps(jointTemplate());
    const argument = (id: string, name: string): string => {
      const step = steps.get(id)?.step;
      const value = step?.kind === 'action' ? step.with?.[name] : undefined;
      if (typeof value !== 'string') throw new Error(`no ${name} on ${id}`);
      return value;
    };
    const reviewed: ConditionScope = {
      input: {},
      vars: {},
      steps: {
        // A passing review's flags do not count; only the failing one's.
        technical_review: { outcome: 'pass', form: { rework_company_a: true } },
        security_review: { outcome: 'fail', form: { findings: 'Tokens stored unencrypted', rework_company_b: true } },
        company_a_workstream: { outcome: 'submit', form: {} },
        company_b_workstream: { outcome: 'submit', form: {} },
      },
    };
    const rework = evaluate(argument('rework_plan', 'value'), reviewed);
    expect(rework).toEqual({ company_a: false, company_b: true, company_c: false, company_d: false });
    expect(evaluate(argument('rework_findings', 'value'), reviewed)).toBe('Security review: Tokens stored unencrypted');

    const where = (company: string, scope: ConditionScope) => {
      const step = steps.get(`${company}_start`)?.step;
      if (step?.kind !== 'decision') throw new Error(`no decision at the start of ${company}`);
      return step.cases.find((entry) => evaluateCondition(entry.when, scope))?.next ?? step.otherwise;
    };
    const afterReview = { ...reviewed, vars: { rework } };
    expect(where('company_a', afterReview)).toBe('join');
    expect(where('company_b', afterReview)).toBe('company_b_findings');
    expect(where('company_c', afterReview)).toBe('company_c_workstream');
    expect(where('company_a', { input: {}, steps: {}, vars: {} })).toBe('company_a_workstream');
  });
});

describe('optional parties and onWithdraw in the template language', () => {
  it('accepts a vote after a withdrawal that carries on with join or stops at an end', () => {
    expect(errorsOf(voteTemplate())).toEqual([]);
  });

  it('reports an onWithdraw that names no step, a step in a branch, or a step nobody decides in', () => {
    const misspelt = errorsOf(voteTemplate((template) => (template.onWithdraw = 'go_onn')));
    expect(misspelt.find((error) => error.path === 'onWithdraw')).toMatchObject({ code: 'unknown_step', message: 'onWithdraw names step "go_onn", which does not exist; did you mean "go_on"?' });
    const inBranch = voteTemplate((template) => {
      template.onWithdraw = 'inner';
      template.steps[0] = {
        id: 'work',
        kind: 'parallel',
        branches: [
          { id: 'one', steps: [{ id: 'inner', kind: 'task', owner: 'a.lead', next: 'join' }] },
          { id: 'two', steps: [{ id: 'other', kind: 'task', owner: 'a.lead', next: 'join' }] },
        ],
        next: 'done',
      };
    });
    expect(errorsOf(inBranch).map(({ path, code }) => ({ path, code }))).toContainEqual({ path: 'onWithdraw', code: 'enters_branch' });
    expect(errorsOf(voteTemplate((template) => (template.onWithdraw = 'stopped')))).toContainEqual(expect.objectContaining({ path: 'onWithdraw', code: 'withdrawal_step' }));
  });

  it('reports steps that lead into the onWithdraw step, and an onWithdraw step that leads anywhere but join or an end', () => {
    const ledTo = errorsOf(voteTemplate((template) => (stepOf(template, 'work', 'task').next = 'go_on')));
    expect(ledTo).toContainEqual(expect.objectContaining({ path: 'steps[0].next', code: 'withdrawal_step' }));
    const leadsOn = errorsOf(voteTemplate((template) => (stepOf(template, 'go_on', 'approval').next = { approve: 'work', stop: 'stopped' })));
    expect(leadsOn.map(({ path, code }) => ({ path, code }))).toEqual([{ path: 'steps[2].next.approve', code: 'withdrawal_step' }]);
    expect(leadsOn[0]?.message).toContain('"work" is a task step');
  });

  it('still refuses join at the top level anywhere else', () => {
    const withoutVote = errorsOf(voteTemplate((template) => delete template.onWithdraw));
    expect(withoutVote.map(({ path, code }) => ({ path, code }))).toEqual(
      expect.arrayContaining([
        { path: 'steps[2].next.approve', code: 'join_outside_branch' },
        { path: 'steps[2]', code: 'unreachable_step' },
      ]),
    );
  });

  it('reports a top-level task of an optional party that says nowhere to go without it', () => {
    const optionalOwner = voteTemplate((template) => (stepOf(template, 'work', 'task').owner = 'b.lead'));
    expect(errorsOf(optionalOwner)).toEqual([expect.objectContaining({ path: 'steps[0].owner', code: 'optional_owner' })]);
    const routed = voteTemplate((template) => {
      const work = stepOf(template, 'work', 'task');
      work.owner = 'b.lead';
      work.next = { submit: 'done', withdrawn: 'done' };
    });
    expect(errorsOf(routed)).toEqual([]);
  });

  it('reports an optional flag that is not true or false, at its path', () => {
    const template = { ...voteTemplate(), parties: { a: { roles: { lead: {} } }, b: { optional: 'yes', roles: { lead: {} } } } };
    expect(errorsOf(template)).toEqual([{ path: 'parties.b.optional', code: 'invalid_value', message: 'expected a boolean, got string "yes"' }]);
  });
});
