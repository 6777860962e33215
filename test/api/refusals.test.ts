/** The one error mapper: every refusal the interpreter names reaches a client as a stable status and code. */
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { pageRefusalOf, toApiError } from '../../api/errors.js';
import { FailureType } from '../../workflows/handlers.js';
import { answerRefusalText } from '../../api/pages/answer-refusal.js';
import { messagesIn } from '../../presentation/messages.js';

const failure = (type: string) => new WorkflowUpdateFailedError('update failed', ApplicationFailure.nonRetryable(`refused: ${type}`, type));
const refused = (type: string) => toApiError(new WorkflowUpdateFailedError('update failed', ApplicationFailure.nonRetryable(`refused: ${type}`, type)));

describe('workflow refusals', () => {
  it('map every named refusal to a status and code, with the refusal’s message', () => {
    for (const type of Object.values(FailureType).filter((name) => name !== FailureType.TemplateDefect)) {
      const error = refused(type);
      expect(error, type).toBeDefined();
      expect([403, 404, 409, 422], type).toContain(error?.status);
      expect(error?.message).toBe(`refused: ${type}`);
    }
  });

  it('keep the codes clients branch on, and give state conflicts their own', () => {
    expect(refused(FailureType.NotInitiatorOrAdmin)).toMatchObject({ status: 403, code: 'not_allowed' });
    expect(refused(FailureType.NotAdmin)).toMatchObject({ status: 403, code: 'not_allowed' });
    expect(refused(FailureType.NotInParty)).toMatchObject({ status: 403, code: 'not_allowed' });
    expect(refused(FailureType.PartyAlreadyWithdrawn)).toMatchObject({ status: 409, code: 'already_withdrawn' });
    expect(refused(FailureType.AlreadyHoldsTask)).toMatchObject({ status: 409, code: 'already_holds_task' });
    expect(refused(FailureType.InvalidForm)).toMatchObject({ status: 422, code: 'invalid_form' });
  });

  it('leave a template defect to the 500 handler', () => {
    expect(refused(FailureType.TemplateDefect)).toBeUndefined();
  });
});

describe('refusals on an emailed task page', () => {
  it('let the approver correct an answer the form or the currency refused', () => {
    for (const type of [FailureType.InvalidForm, FailureType.OutcomeNotAllowed, FailureType.CurrencyMismatch]) {
      expect(pageRefusalOf(failure(type))?.page, type).toBe('correct');
    }
  });

  it('close the link for a task that is closed or no longer the approver’s', () => {
    expect(pageRefusalOf(failure(FailureType.TaskNotOpen))?.page).toMatchObject({ code: 'task_closed' });
    expect(pageRefusalOf(failure(FailureType.InstanceNotRunning))?.page).toMatchObject({ code: 'task_closed' });
    expect(pageRefusalOf(failure(FailureType.NotYourTask))?.page).toMatchObject({ code: 'link_revoked', title: 'This task is no longer yours' });
  });

  it('leave other refusals and other errors to the page error handler', () => {
    expect(pageRefusalOf(failure(FailureType.NotAdmin))).toBeUndefined();
    expect(pageRefusalOf(failure(FailureType.TemplateDefect))).toBeUndefined();
    expect(pageRefusalOf(new Error('connection reset'))).toBeUndefined();
  });
});

describe('a refused answer worded for its reader', () => {
  const german = messagesIn('de');
  const english = messagesIn('en');

  it('says an amount above its limit or the available funds in the reader’s language, with money formatted', () => {
    const above = new WorkflowUpdateFailedError('update failed', ApplicationFailure.nonRetryable('approved_amount is 600000, more than the 500000 allowed', FailureType.AmountAboveLimit, { amount: 600_000, limit: 500_000, currency: 'EUR' }));
    const refusal = pageRefusalOf(above);
    expect(answerRefusalText(english, refusal?.type ?? '', refusal?.details)).toBe('€6,000.00 is above the limit of €5,000.00.');
    expect(answerRefusalText(german, FailureType.InsufficientFunds, { amount: 600_000, available: 400_000, currency: 'USD' })).toBe('$6,000.00 ist mehr als die $4,000.00, die jetzt verfügbar sind.');
  });

  it('leaves a refusal without its amounts, or of another kind, to the workflow’s message', () => {
    expect(answerRefusalText(english, FailureType.InsufficientFunds, undefined)).toBeUndefined();
    expect(answerRefusalText(english, FailureType.AmountAboveLimit, { amount: 1, limit: 'x', currency: 'EUR' })).toBeUndefined();
    expect(answerRefusalText(english, FailureType.InvalidForm, { amount: 1, limit: 0, currency: 'EUR' })).toBeUndefined();
  });
});
