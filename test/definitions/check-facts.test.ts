import { describe, expect, it } from 'vitest';
import { validateTemplate } from '../../definitions/validate.js';
import { baseTemplate, changed, expectError } from './fixtures.js';

/** The base template with a vendor-only threshold input, whose review step shows `facts`. */
function withFacts(facts: unknown[], extra: Record<string, unknown> = {}): unknown {
  return changed({ 'inputs.threshold': { type: 'money', currency: 'USD', visibleTo: ['vendor'] }, 'steps[1].facts': facts, ...extra });
}

describe('facts a step shows', () => {
  it('accepts facts of inputs, forms, decisions and parties', () => {
    const result = validateTemplate(
      withFacts(
        [
          { label: 'Requested', value: 'input.amount' },
          { label: 'Plan', value: 'steps.submit.form.plan' },
          { label: 'Partner', value: 'parties.partner' },
          { label: 'Threshold', value: 'input.threshold' },
        ],
        { 'steps[0].shared': true, facts: [{ label: 'Review', value: 'steps.review.decision', visibleTo: ['vendor'] }] },
      ),
    );
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('refuses a fact of an input that does not exist, with a suggestion', () => {
    expectError(withFacts([{ label: 'Amount', value: 'input.amout' }]), 'steps[1].facts[0].value', 'unknown_input', 'did you mean "amount"?');
  });

  it('refuses a fact of a form field the step does not have', () => {
    expectError(withFacts([{ label: 'Plan', value: 'steps.submit.form.plans' }]), 'steps[1].facts[0].value', 'unknown_field', 'the form of step "submit" has no field "plans"');
  });

  it('refuses a fact of a step that does not exist, or has no form', () => {
    expectError(withFacts([{ label: 'X', value: 'steps.sumbit.decision' }]), 'steps[1].facts[0].value', 'unknown_step', 'did you mean "submit"?');
    expectError(withFacts([{ label: 'X', value: 'steps.route.decision' }]), 'steps[1].facts[0].value', 'unknown_field', 'is a decision step');
  });

  it('refuses a variable no action writes', () => {
    expectError(withFacts([{ label: 'Reserved', value: 'vars.funds.reserved', as: 'money', currencyFrom: 'vars.funds.currency' }]), 'steps[1].facts[0].value', 'unknown_field', 'no action writes the variable "funds"');
  });

  it('refuses a vendor-only input shown to the partner, and says how to fix it', () => {
    expectError(withFacts([], { 'steps[0].facts': [{ label: 'Threshold', value: 'input.threshold' }] }), 'steps[0].facts[0].value', 'fact_hidden', 'input.threshold is hidden from partner, who holds step "submit"; show the fact only to the parties who may see it (visibleTo: [vendor])');
  });

  it('checks template-level facts against every step’s holders, unless visibleTo narrows them', () => {
    expectError(withFacts([], { facts: [{ label: 'Threshold', value: 'input.threshold' }] }), 'facts[0].value', 'fact_hidden', 'who holds step "submit"');
    expect(validateTemplate(withFacts([], { facts: [{ label: 'Threshold', value: 'input.threshold', visibleTo: ['vendor'] }] })).ok).toBe(true);
  });

  it('refuses a form of another party’s step that is not shared, until the step is shared', () => {
    const hidden = withFacts([], { 'steps[0].facts': [{ label: 'Review', value: 'steps.review.decision' }] });
    expectError(hidden, 'steps[0].facts[0].value', 'fact_hidden', 'or mark step "review" shared');
    expect(validateTemplate(changed({ 'steps[1].shared': true }, hidden)).ok).toBe(true);
  });

  it('refuses a format on a typed field, and money without its currency', () => {
    expectError(withFacts([{ label: 'Plan', value: 'steps.submit.form.plan', as: 'date' }]), 'steps[1].facts[0].as', 'fact_format', 'remove "as"');
  });

  it('refuses a malformed reference and a party that is not declared', () => {
    expectError(withFacts([{ label: 'X', value: 'steps.submit' }]), 'steps[1].facts[0].value', 'invalid_value', 'refer to input.<name>');
    expectError(withFacts([{ label: 'Plan', value: 'steps.submit.form.plan', visibleTo: ['reseller'] }]), 'steps[1].facts[0].visibleTo[0]', 'unknown_party', 'party "reseller" is not declared');
  });

  it('keeps the base template valid without facts', () => {
    expect(validateTemplate(baseTemplate()).ok).toBe(true);
  });
});
