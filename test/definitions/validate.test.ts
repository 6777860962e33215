import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFINITIONS_DIR } from '../../definitions/load.js';
import { validateTemplate } from '../../definitions/validate.js';
import { baseTemplate, changed, errorsOf, expectError } from './fixtures.js';

const notifyStep = (extra: Record<string, unknown>) => ({ id: 'tell', kind: 'action', action: 'notify', next: 'approved', ...extra });

describe('validateTemplate', () => {
  it('accepts the base template and fills in defaults', () => {
    const result = validateTemplate(baseTemplate());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const review = result.template.steps[1];
    expect(review?.kind === 'approval' && review.policy).toBe('all');
  });

  describe('structure', () => {
    it('names an unknown step kind and lists the kinds', () => {
      expectError(changed({ 'steps[0].kind': 'frobnicate' }), 'steps[0].kind', 'unknown_step_kind', 'unknown step kind "frobnicate"; use one of task, approval, action, wait, decision, parallel, end');
    });

    it('finds an unknown step kind inside a parallel branch', () => {
      expectError(changed({ 'steps[3].branches[0].steps[0].kind': 'nope' }), 'steps[3].branches[0].steps[0].kind', 'unknown_step_kind', '"nope"');
    });

    it('suggests the property an unknown one was meant to be', () => {
      expectError(changed({ 'steps[0].ownr': 'partner.admin' }), 'steps[0].ownr', 'unknown_property', 'did you mean "owner"?');
    });

    it('says which required property is missing', () => {
      expectError(changed({ 'steps[0].owner': undefined }), 'steps[0].owner', 'missing_property', 'owner is required');
    });

    it('explains how to write next when it has the wrong type', () => {
      expectError(changed({ 'steps[0].next': 5 }), 'steps[0].next', 'invalid_value', 'a step id, or as a map from outcome to step id');
    });

    it('points inside an approver object whose condition has the wrong type', () => {
      expectError(changed({ 'steps[1].approvers[1].when': 5 }), 'steps[1].approvers[1].when', 'invalid_value', 'expected a string');
    });

    it('refuses something that is not a template at all', () => {
      expectError('just text', '', 'invalid_value', 'a template must be a map');
    });
  });

  describe('step ids', () => {
    it('refuses a step id used twice, even across branches', () => {
      expectError(changed({ 'steps[3].branches[1].steps[0].id': 'submit' }), 'steps[3].branches[1].steps[0].id', 'duplicate_step_id', 'already used at steps[0]');
    });

    it('reserves the id join', () => {
      expectError(changed({ 'steps[3].branches[0].steps[0].id': 'join' }), 'steps[3].branches[0].steps[0].id', 'reserved_step_id', 'reserved');
    });

    it('refuses a start that names a missing step', () => {
      expectError(changed({ start: 'begin' }), 'start', 'unknown_step', 'start names step "begin"');
    });
  });

  describe('transitions', () => {
    it('refuses a transition to a missing step and suggests the closest id', () => {
      expectError(changed({ 'steps[0].next': 'reveiw' }), 'steps[0].next', 'unknown_step', 'did you mean "review"?');
    });

    it('names the outcome of a map transition to a missing step', () => {
      expectError(changed({ 'steps[1].next.reject': 'rejeced' }), 'steps[1].next.reject', 'unknown_step', 'did you mean "rejected"?');
    });

    it('gives the full path of a transition inside a branch', () => {
      expectError(
        changed({ 'steps[3].branches[0].steps[0].next': { submit: 'nowhere' } }),
        'steps[3].branches[0].steps[0].next.submit',
        'unknown_step',
        '"nowhere", which is not a step',
      );
    });

    it('refuses a next-map key that is not an outcome of the step', () => {
      expectError(changed({ 'steps[1].next.approved': 'route' }), 'steps[1].next.approved', 'unknown_outcome', 'use one of approve, reject, request_changes');
    });

    it('takes a timeout outcome the step does not list as the system’s, which a next map must route too', () => {
      expect(validateTemplate(changed({ 'steps[0].timeout': { after: '5d', outcome: 'expire' } })).ok).toBe(true);
      expectError(changed({ 'steps[0].timeout': { after: '5d', outcome: 'expire' }, 'steps[0].next': { submit: 'review' } }), 'steps[0].next', 'missing_transition', 'no transition for outcome "expire"');
    });

    it('requires a transition for every outcome of a human step', () => {
      expectError(changed({ 'steps[1].next.request_changes': undefined }), 'steps[1].next', 'missing_transition', 'no transition for outcome "request_changes"');
    });

    it('refuses join outside a parallel branch', () => {
      expectError(changed({ 'steps[0].next': 'join' }), 'steps[0].next', 'join_outside_branch', 'not in one');
    });

    it('refuses a branch step that jumps out of its branch', () => {
      expectError(changed({ 'steps[3].branches[0].steps[0].next': 'approved' }), 'steps[3].branches[0].steps[0].next', 'branch_leaves', 'outside its branch');
    });

    it('refuses a jump into the middle of a branch', () => {
      expectError(changed({ 'steps[0].next': 'legal_check' }), 'steps[0].next', 'enters_branch', 'go to the parallel step "checks" instead');
    });
  });

  describe('flow', () => {
    it('reports a step nothing leads to', () => {
      expectError(changed({ 'steps[6]': { id: 'orphan', kind: 'end', status: 'Lost' } }), 'steps[6]', 'unreachable_step', 'step "orphan" can never be reached');
    });

    it('reports steps from which no path reaches an end', () => {
      const raw = changed({ 'steps[1].next': { approve: 'submit', reject: 'submit', request_changes: 'submit' } });
      expectError(raw, 'steps[0]', 'no_path_to_end', 'no path from step "submit"');
    });

    it('reports a loop made only of system steps', () => {
      const raw = changed({
        'steps[2].otherwise': 'tick',
        'steps[6]': { id: 'tick', kind: 'wait', duration: '1d', next: 'tock' },
        'steps[7]': { id: 'tock', kind: 'decision', cases: [{ when: 'input.amount.amount > 0', next: 'tick' }], otherwise: 'approved' },
      });
      expectError(raw, 'steps[6]', 'cycle_without_human_step', '"tick" → "tock" → "tick"');
    });

    it('allows a loop through a human step', () => {
      expect(validateTemplate(baseTemplate()).ok).toBe(true); // review → request_changes → submit → review
    });

    it('requires an end step', () => {
      const raw = changed({ 'steps[5]': undefined, 'steps[4]': undefined });
      expectError(raw, 'steps', 'missing_end', 'no end step');
    });
  });

  describe('roles', () => {
    it('refuses an undeclared party', () => {
      expectError(changed({ 'steps[0].owner': 'reseller.admin' }), 'steps[0].owner', 'unknown_party', 'party "reseller" is not declared');
    });

    it('refuses an undeclared role and suggests one', () => {
      expectError(changed({ 'steps[1].approvers[1].role': 'vendor.finanse' }), 'steps[1].approvers[1].role', 'unknown_role', 'did you mean "finance"?');
    });

    it('refuses an escalation to an unknown role', () => {
      expectError(changed({ 'steps[0].escalation': { after: '2d', to: 'vendor.boss' } }), 'steps[0].escalation.to', 'unknown_role', 'role "boss"');
    });

    it('refuses a quorum larger than the approvers', () => {
      expectError(changed({ 'steps[1].policy': { quorum: 3 } }), 'steps[1].policy.quorum', 'quorum_too_large', 'quorum 3 is more than the 2 approver(s)');
    });
  });

  describe('conditions', () => {
    it('reports a condition that does not parse', () => {
      expectError(changed({ 'steps[2].cases[0].when': 'steps.review.outcome ==' }), 'steps[2].cases[0].when', 'condition_syntax', 'is not a valid expression');
    });

    it('reports an undeclared input and suggests one', () => {
      expectError(changed({ 'steps[1].approvers[1].when': 'input.amout.amount > 5' }), 'steps[1].approvers[1].when', 'unknown_field', 'there is no input "amout"; declare it under inputs; did you mean "amount"?');
    });

    it('reports a part of money that does not exist', () => {
      expectError(changed({ 'steps[1].approvers[1].when': 'input.amount.value > 5' }), 'steps[1].approvers[1].when', 'unknown_field', 'money has only amount, currency');
    });

    it('reports a step that does not exist', () => {
      expectError(changed({ 'steps[2].cases[0].when': 'steps.reviw.outcome == "approve"' }), 'steps[2].cases[0].when', 'unknown_field', 'there is no step "reviw"');
    });

    it('reports a form field a step does not have', () => {
      expectError(changed({ 'steps[2].cases[0].when': 'steps.submit.form.budget > 1' }), 'steps[2].cases[0].when', 'unknown_field', 'has no field "budget"');
    });

    it('reports an optional input read without has()', () => {
      const raw = changed({ 'inputs.region': { type: 'string' }, 'steps[2].cases[0].when': 'input.region == "emea"' });
      expectError(raw, 'steps[2].cases[0].when', 'unguarded_optional', 'reads input.region, which is optional and may be missing when an instance gets here; write has(input.region) && … or make the input required');
    });

    it('accepts an optional input guarded by has()', () => {
      const raw = changed({ 'inputs.region': { type: 'string' }, 'steps[2].cases[0].when': 'has(input.region) && input.region == "emea"' });
      expect(validateTemplate(raw).ok).toBe(true);
    });

    it('reports an onCancel action that is not in the registry, or that cannot run after a cancel', () => {
      expectError(changed({ onCancel: [{ action: 'ledger.relase' }] }), 'onCancel[0].action', 'unknown_action', 'unknown action "ledger.relase"');
      expectError(changed({ onCancel: [{ action: 'notify', with: { to: ['vendor.manager'], subject: 'x', message: 'y' } }] }), 'onCancel[0].action', 'unknown_action', 'everyone taking part is mailed the cancellation anyway');
    });

    it('reports an expression in an onCancel action that reads an unknown input', () => {
      expectError(changed({ onCancel: [{ action: 'ledger.clawback', with: { amount: 'input.refund' } }] }), 'onCancel[0].with.amount', 'unknown_field', 'there is no input "refund"');
    });

    it('reports a variable nothing records', () => {
      expectError(changed({ 'steps[2].cases[0].when': 'vars.total > 3' }), 'steps[2].cases[0].when', 'unknown_field', 'no action records a variable "total"');
    });

    it('reports a name outside input, steps and vars', () => {
      expectError(changed({ 'steps[2].cases[0].when': 'amount > 3' }), 'steps[2].cases[0].when', 'unknown_field', 'a condition can only read input.…, steps.…, vars.…');
    });

    it('accepts a variable recorded by a record action', () => {
      const raw = changed({
        'steps[0].next': 'remember',
        'steps[6]': { id: 'remember', kind: 'action', action: 'record', with: { name: 'doubled', value: 'input.amount.amount * 2' }, next: 'review' },
        'steps[2].cases[0].when': 'vars.doubled > 100 && [1, 2].all(x, x > 0)',
      });
      expect(validateTemplate(raw)).toMatchObject({ ok: true });
    });
  });

  describe('durations', () => {
    it('reports a duration it cannot read', () => {
      expectError(changed({ 'steps[0].due': '3 days' }), 'steps[0].due', 'bad_duration', '"3 days" is not a duration');
    });

    it('refuses months, whose length varies', () => {
      expectError(changed({ 'steps[0].reminders': ['2d', 'P1M'] }), 'steps[0].reminders[1]', 'bad_duration', 'years or months');
    });

    it('refuses a duration input that is not declared', () => {
      expectError(changed({ 'steps[0].due': { input: 'windw' } }), 'steps[0].due.input', 'unknown_input', 'did you mean "window"?');
    });

    it('refuses a duration input of another type', () => {
      expectError(changed({ 'steps[0].due': { input: 'amount' } }), 'steps[0].due.input', 'unknown_input', 'is a money, not a duration');
    });

    it('refuses an unreadable default of a duration input', () => {
      expectError(changed({ 'inputs.window.default': 'soon' }), 'inputs.window.default', 'bad_duration', '"soon"');
    });

    it('requires a wait to have exactly one of duration and until', () => {
      expectError(changed({ 'steps[3].branches[1].steps[0].until': 'input.end' }), 'steps[3].branches[1].steps[0]', 'wait_timing', 'has both duration and until');
    });
  });

  describe('fields', () => {
    it('refuses a min greater than max', () => {
      expectError(changed({ 'inputs.count': { type: 'integer', min: 5, max: 1 } }), 'inputs.count.min', 'bounds_inverted', 'min 5 is greater than max 1');
    });

    it('refuses inverted length bounds in a form', () => {
      expectError(changed({ 'steps[0].form.name': { type: 'string', minLength: 5, maxLength: 2 } }), 'steps[0].form.name.minLength', 'bounds_inverted', 'minLength 5');
    });
  });

  describe('actions', () => {
    it('refuses an unknown action and suggests one', () => {
      expectError(changed({ 'steps[6]': notifyStep({ action: 'notfy' }) }), 'steps[6].action', 'unknown_action', 'did you mean "notify"?');
    });

    it('checks the arguments of an action against its schema', () => {
      expectError(changed({ 'steps[6]': notifyStep({ with: { to: [], subject: 'Hi', message: 'Hello' } }) }), 'steps[6].with.to', 'action_arguments', 'name at least one role');
    });

    it('checks the roles an action names', () => {
      expectError(
        changed({ 'steps[6]': notifyStep({ with: { to: ['vendor.ceo'], subject: 'Hi', message: 'Hello' } }) }),
        'steps[6].with.to[0]',
        'unknown_role',
        'role "ceo"',
      );
    });

    it('checks the expression a record action stores', () => {
      expectError(
        changed({ 'steps[6]': { id: 'keep', kind: 'action', action: 'record', with: { name: 'x', value: '1 +' }, next: 'approved' } }),
        'steps[6].with.value',
        'condition_syntax',
        'line 1, column 3',
      );
    });
  });

  it('reports every problem at once, not just the first', () => {
    const errors = errorsOf(
      changed({
        'steps[0].next': 'reveiw',
        'steps[1].approvers[0]': 'vendor.boss',
        'steps[2].cases[0].when': 'input.nope > 1',
        'steps[0].due': 'later',
      }),
    );
    expect(errors.map((error) => error.code)).toEqual(expect.arrayContaining(['unknown_step', 'unknown_role', 'unknown_field', 'bad_duration']));
  });
});

describe('templates that hold funds', () => {
  const mdf = () => {
    const raw: unknown = parse(readFileSync(path.join(DEFINITIONS_DIR, 'mdf-fund-request.yaml'), 'utf8'));
    if (typeof raw !== 'object' || raw === null) throw new Error('the MDF template did not parse');
    return raw as Record<string, unknown>;
  };

  it('accepts the MDF template, which releases what it holds on every ending', () => {
    expect(validateTemplate(mdf()).ok).toBe(true);
  });

  it('refuses a template that reserves funds but can end without releasing them', () => {
    const { onEnd: _onEnd, ...withoutOnEnd } = mdf();
    expectError(withoutOnEnd, 'onEnd', 'funds_held_at_end', 'add onEnd: [{ action: ledger.release');
    // Releasing on cancel alone leaves withdrawals and end steps holding funds.
    expectError({ ...withoutOnEnd, onEnd: [{ action: 'ledger.clawback' }] }, 'onEnd', 'funds_held_at_end', 'holds funds');
  });

  it('reports an onEnd action that cannot run after the end, or an unknown money currency expression', () => {
    expectError({ ...mdf(), onEnd: [{ action: 'notify', with: { to: ['vendor.finance'], subject: 'x', message: 'y' } }] }, 'onEnd[0].action', 'unknown_action', 'mailed the result anyway');
    const template = mdf();
    const steps = template['steps'] as Array<Record<string, unknown>>;
    const claim = steps.find((step) => step['id'] === 'claim') as { form: Record<string, Record<string, unknown>> };
    claim.form['actual_cost'] = { type: 'money', currencyFrom: 'vars.fundz.currency' };
    const index = steps.findIndex((step) => step['id'] === 'claim');
    expectError(template, `steps[${index}].form.actual_cost.currencyFrom`, 'unknown_field', 'fundz');
  });
});
