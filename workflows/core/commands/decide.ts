/**
 * A person decides an open task they hold: an outcome it offers, with a form that fits the
 * step's fields (reject, request changes, cancel and withdraw need not fill required ones)
 * and amounts in the currency of the instance's funds.
 */
import type { AvailableFunds } from '../../../activities/contracts.js';
import { evaluate } from '../../../definitions/condition.js';
import type { Fields } from '../../../definitions/template.js';
import type { Decision, Task } from '../../schemas.js';
import { fail, FailureType } from '../failures.js';
import { evaluateIn, isRecord, record, scopeOf, stepOf, touchTask, type Machine } from '../machine.js';
import { atStep } from '../incidents.js';
import { kindOf } from '../steps/index.js';
import { isForPeople } from '../../../definitions/flow.js';
import { checkForm, fieldsForOutcome, problemsByField } from '../../../definitions/form-check.js';
import { openTaskFor } from './guards.js';

/** Outcomes that do not need the step's required form fields. */
const OUTCOMES_WITHOUT_FORM = new Set(['reject', 'request_changes', 'cancel', 'withdraw']);

/** Refuses a decision that does not fit; changes nothing. */
export function check(m: Machine, decision: Decision): void {
  const task = openTaskFor(m, decision.taskId, decision.actor);
  if (!task.outcomes.includes(decision.outcome)) {
    fail(FailureType.OutcomeNotAllowed, `outcome "${decision.outcome}" is not allowed on task ${task.id}; use one of ${task.outcomes.join(', ')}`);
  }
  const step = stepOf(m, task.stepId);
  if (!isForPeople(step, decision.outcome)) {
    fail(FailureType.OutcomeNotAllowed, `"${decision.outcome}" happens by itself when the task's time runs out; nobody can choose it`);
  }
  const form = step.kind === 'task' || step.kind === 'approval' ? step.form : undefined;
  if (!form && decision.form && Object.keys(decision.form).length > 0) fail(FailureType.InvalidForm, `task ${task.id} has no form; leave out the form fields`);
  if (!form) return;
  // Only the chosen outcome's fields: an approved amount sent with a plain approve is refused, not kept.
  const fields = fieldsForOutcome(form, decision.outcome);
  const problems = checkForm(fields, decision.form ?? {}, { partial: OUTCOMES_WITHOUT_FORM.has(decision.outcome) });
  if (problems.length > 0) fail(FailureType.InvalidForm, `the form of task ${task.id} is not valid: ${problems.join('; ')}`, problemsByField(problems));
  checkCurrencies(m, task, fields, decision.form ?? {});
  checkLimits(m, task, fields, decision.form ?? {});
}

/** Records the decision on the task; the step decides whether the token moves on. */
export function apply(m: Machine, decision: Decision): void {
  const task = openTaskFor(m, decision.taskId, decision.actor);
  const actor = task.assignees.find((person) => person.email === decision.actor);
  const step = stepOf(m, task.stepId);
  const form = decision.form ?? {};
  task.status = 'decided';
  task.outcome = decision.outcome;
  task.decidedBy = actor ?? 'system';
  if (decision.via) task.decidedVia = decision.via;
  task.decidedAt = m.now;
  if (decision.comment !== undefined) task.comment = decision.comment;
  task.form = form;
  touchTask(m, task);
  record(m, {
    type: 'decided',
    stepId: step.id,
    taskId: task.id,
    ...(actor ? { actor } : {}),
    outcome: decision.outcome,
    ...(decision.comment ? { comment: decision.comment } : {}),
    details: { form, ...(decision.via ? { via: decision.via } : {}) },
  });
  const token = m.state.tokens.find((candidate) => candidate.stepId === task.stepId && candidate.visit === task.visit && candidate.phase === 'waiting');
  if (!token) return;
  atStep(m, token, () => kindOf(step).decided?.(m, token, step, task, decision));
}

/**
 * Refuses, before anything is recorded, an amount in another currency than its field's
 * `currencyFrom` gives (e.g. the allocation's): every path that decides (API, emailed link,
 * CLI) runs this check, so no amount in a foreign currency reaches the ledger as its own.
 */
function checkCurrencies(m: Machine, task: Task, fields: Fields, form: Record<string, unknown>): void {
  for (const [name, field] of Object.entries(fields)) {
    if (field.type !== 'money' || field.currencyFrom === undefined) continue;
    const value = form[name];
    if (!isRecord(value) || typeof value['currency'] !== 'string') continue;
    const expected = currencyOf(m, field.currencyFrom);
    if (expected !== undefined && value['currency'] !== expected) {
      fail(FailureType.CurrencyMismatch, `${name} of task ${task.id} is in ${value['currency']}, but the funds of this instance are in ${expected}; give the amount in ${expected}`, {
        [name]: `give the amount in ${expected}, the currency of this request`,
      });
    }
  }
}

/**
 * Refuses, before anything is recorded, an amount above its field's `atMost` (the ledger's
 * limit, e.g. the requested or the reserved amount), so the ledger never has to refuse it
 * after the decision and reopen the task.
 */
function checkLimits(m: Machine, task: Task, fields: Fields, form: Record<string, unknown>): void {
  for (const [name, field] of Object.entries(fields)) {
    if (field.type !== 'money' || field.atMost === undefined) continue;
    const value = form[name];
    if (!isRecord(value) || typeof value['amount'] !== 'number') continue;
    const limit = limitOf(m, field.atMost);
    if (limit !== undefined && value['amount'] > limit) {
      fail(FailureType.AmountAboveLimit, `${name} of task ${task.id} is ${value['amount']}, more than the ${limit} allowed here; give at most ${limit}`, {
        [name]: 'this is more than can be approved here; enter at most the amount shown',
      }, typeof value['currency'] === 'string' ? { amount: value['amount'], limit, currency: value['currency'] } : undefined);
    }
  }
}

/**
 * The funds `decision` would hold of the instance's allocation, when its step says so for its
 * outcome (`needsFunds`): the expression is read with the decision in place, so it can name
 * the amount just typed. Undefined when the outcome holds nothing or the amount is not known.
 */
export function fundsNeeded(m: Machine, decision: Decision): { amount: number; currency?: string } | undefined {
  const task = m.state.tasks.find((candidate) => candidate.id === decision.taskId);
  if (!task) return undefined;
  const step = stepOf(m, task.stepId);
  const expression = step.kind === 'task' || step.kind === 'approval' ? step.needsFunds?.[decision.outcome] : undefined;
  if (expression === undefined) return undefined;
  const scope = scopeOf(m);
  const decided = { ...scope.steps[step.id], outcome: decision.outcome, form: decision.form ?? {} };
  let value: unknown;
  try {
    value = evaluate(expression, { ...scope, steps: { ...scope.steps, [step.id]: decided } });
  } catch {
    return undefined;
  }
  const amount = isRecord(value) ? value['amount'] : value;
  const currency = isRecord(value) && typeof value['currency'] === 'string' ? value['currency'] : undefined;
  const minor = typeof amount === 'bigint' ? Number(amount) : amount;
  if (typeof minor !== 'number' || !Number.isFinite(minor)) return undefined;
  return { amount: minor, ...(currency ? { currency } : {}) };
}

/**
 * Refuses, before anything is recorded, a decision whose outcome would hold more than the
 * allocation has available now (what the request holds already counts as its own), read from
 * the ledger by the workflow just before the decision is applied. The ledger's reservation
 * stays the last word for a race between two requests; this keeps the common case from being
 * recorded, refused by the ledger afterwards and the task reopened.
 */
export function checkFunds(m: Machine, decision: Decision, funds: AvailableFunds | null): void {
  const needed = fundsNeeded(m, decision);
  if (!needed || !funds) return;
  if (needed.currency !== undefined && needed.currency !== funds.currency) return;
  const free = funds.available + funds.reserved;
  if (needed.amount <= free) return;
  const task = m.state.tasks.find((candidate) => candidate.id === decision.taskId);
  const step = task ? stepOf(m, task.stepId) : undefined;
  const form = step && (step.kind === 'task' || step.kind === 'approval') ? fieldsForOutcome(step.form ?? {}, decision.outcome) : {};
  const typed = Object.entries(form).find(([name, field]) => field.type === 'money' && decision.form?.[name] !== undefined)?.[0];
  fail(FailureType.InsufficientFunds, `${needed.amount} is more than the ${free} ${funds.currency} (minor units) the allocation has available now; ${typed ? 'give at most that' : 'approve a lower amount, or ask for changes'}`, typed ? { [typed]: 'the allocation does not have this much available now; enter a lower amount' } : undefined, { amount: needed.amount, available: free, currency: funds.currency });
}

/** The limit an expression gives in minor units (a number, or the amount of a money value); undefined while it has none. */
export function limitOf(m: Machine, expression: string): number | undefined {
  try {
    const value = evaluateIn(m, expression);
    const amount = isRecord(value) ? value['amount'] : value;
    if (typeof amount === 'bigint') return Number(amount);
    return typeof amount === 'number' && Number.isFinite(amount) ? amount : undefined;
  } catch {
    return undefined;
  }
}

/** The currency an expression gives, or undefined while it has none (e.g. before the funds are checked). */
export function currencyOf(m: Machine, expression: string): string | undefined {
  try {
    const value = evaluateIn(m, expression);
    return typeof value === 'string' && value !== '' ? value : undefined;
  } catch {
    return undefined;
  }
}
