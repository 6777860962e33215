/**
 * Checks what steps show their holders (`facts`): every fact refers to something the template
 * has (an input, a form field of a person's step, a decided step, a variable some action
 * writes, a party), and nobody is shown what is hidden from them. Template-level facts are
 * checked for every task and approval step, since each of them shows those too.
 *
 * Hidden, as the API, mails and pages apply it (presentation/visibility.ts): an input marked
 * `visibleTo` (and a variable recorded under its name) from other parties; the form and
 * decision of a step that is not `shared` from parties that hold none of its roles.
 */
import type { CheckContext } from './check-context.js';
import { isHumanStep } from './step-graph.js';
import type { Fact, FactRef, Step } from './template.js';
import { ErrorCode, didYouMean, listNames, type TemplatePath } from './template-error.js';

/** Checks the template's facts and every step's. */
export function checkFacts(context: CheckContext): void {
  const parties = Object.keys(context.template.parties);
  const templateFacts = context.template.facts ?? [];
  templateFacts.forEach((fact, index) => checkFact(context, ['facts', index], fact, parties));
  for (const { step, path } of context.placed) {
    if (step.kind !== 'task' && step.kind !== 'approval') continue;
    const own = step.facts ?? [];
    own.forEach((fact, index) => checkFact(context, [...path, 'facts', index], fact, parties));
    const holders = holderParties(step);
    templateFacts.forEach((fact, index) => checkShown(context, ['facts', index], fact, holders, step));
    own.forEach((fact, index) => checkShown(context, [...path, 'facts', index], fact, holders, step));
  }
}

/** The parties whose people hold the tasks of a human step: owner, approvers, escalation. */
export function holderParties(step: Step): Set<string> {
  const roles: string[] = [];
  if (step.kind === 'task') roles.push(step.owner);
  if (step.kind === 'approval') for (const approver of step.approvers) roles.push(typeof approver === 'string' ? approver : approver.role);
  if ((step.kind === 'task' || step.kind === 'approval') && step.escalation) roles.push(step.escalation.to);
  return new Set(roles.map((role) => role.split('.')[0] ?? ''));
}

/** That the fact's references exist and its options fit them. */
function checkFact(context: CheckContext, path: TemplatePath, fact: Fact, parties: string[]): void {
  checkRef(context, [...path, 'value'], fact.value);
  if (fact.currencyFrom !== undefined) checkRef(context, [...path, 'currencyFrom'], fact.currencyFrom);
  fact.visibleTo?.forEach((party, index) => {
    if (!parties.includes(party)) context.report([...path, 'visibleTo', index], ErrorCode.UnknownParty, `party "${party}" is not declared; use one of ${listNames(parties)}${didYouMean(party, parties)}`);
  });
  const isVar = fact.value.startsWith('vars.');
  if (fact.as !== undefined && !isVar) {
    context.report([...path, 'as'], ErrorCode.FactFormat, `${fact.value} is shown by its field's type; remove "as" (it is for variables, whose type the template does not declare)`);
  }
  if (fact.as === 'money' && fact.currencyFrom === undefined) {
    context.report([...path, 'currencyFrom'], ErrorCode.FactFormat, 'an amount in minor units needs its currency: add currencyFrom, e.g. vars.funds.currency');
  }
  if (fact.currencyFrom !== undefined && fact.as !== 'money') {
    context.report([...path, 'currencyFrom'], ErrorCode.FactFormat, 'currencyFrom applies to "as: money" only; add it or remove currencyFrom');
  }
}

/** That `ref` names something the template has. */
function checkRef(context: CheckContext, path: TemplatePath, ref: FactRef): void {
  const parts = ref.split('.');
  const [root = '', name = ''] = parts;
  const { template } = context;
  if (root === 'input') {
    if (!Object.hasOwn(template.inputs, name)) {
      const inputs = Object.keys(template.inputs);
      context.report(path, ErrorCode.UnknownInput, `input "${name}" is not declared; declare it under inputs or use one of ${listNames(inputs)}${didYouMean(name, inputs)}`);
    }
    return;
  }
  if (root === 'parties') {
    const parties = Object.keys(template.parties);
    if (!parties.includes(name)) context.report(path, ErrorCode.UnknownParty, `party "${name}" is not declared; use one of ${listNames(parties)}${didYouMean(name, parties)}`);
    return;
  }
  if (root === 'vars') {
    if (!context.vars.has(name)) {
      context.report(path, ErrorCode.UnknownField, `no action writes the variable "${name}"; use one of ${listNames(context.vars)}${didYouMean(name, context.vars)}`);
    }
    return;
  }
  const placed = context.byId.get(name);
  if (!placed) {
    context.report(path, ErrorCode.UnknownStep, `step "${name}" does not exist${context.stepNames.didYouMean(name)}`);
    return;
  }
  const step = placed.step;
  if (step.kind !== 'task' && step.kind !== 'approval') {
    context.report(path, ErrorCode.UnknownField, `step "${name}" is a ${step.kind} step: only task and approval steps have forms and decisions`);
    return;
  }
  if (parts[2] !== 'form') return;
  const field = parts[3] ?? '';
  const form = step.form ?? {};
  if (!Object.hasOwn(form, field)) {
    const fields = Object.keys(form);
    context.report(path, ErrorCode.UnknownField, `the form of step "${name}" has no field "${field}"; add it to the form or use one of ${listNames(fields)}${didYouMean(field, fields)}`);
  }
}

/** That no party holding `step` (and shown the fact) is shown something hidden from it. */
function checkShown(context: CheckContext, path: TemplatePath, fact: Fact, holders: ReadonlySet<string>, step: Step): void {
  const shownTo = [...holders].filter((party) => fact.visibleTo === undefined || fact.visibleTo.includes(party));
  for (const ref of [fact.value, ...(fact.currencyFrom === undefined ? [] : [fact.currencyFrom])]) {
    const seenBy = seers(context, ref);
    if (seenBy === undefined) continue;
    const blind = shownTo.filter((party) => !seenBy.has(party));
    if (blind.length === 0) continue;
    context.report(
      [...path, ref === fact.value ? 'value' : 'currencyFrom'],
      ErrorCode.FactHidden,
      `${ref} is hidden from ${listNames(blind)}, who hold${blind.length === 1 ? 's' : ''} step "${step.id}"; show the fact only to the parties who may see it (visibleTo: [${listNames(seenBy)}])` +
        (ref.startsWith('steps.') ? `, or mark step "${ref.split('.')[1] ?? ''}" shared` : ''),
    );
  }
}

/** The parties that may see what `ref` names; undefined when every party may (or it does not exist: reported elsewhere). */
function seers(context: CheckContext, ref: FactRef): Set<string> | undefined {
  const [root = '', name = ''] = ref.split('.');
  const { template } = context;
  if (root === 'input' || root === 'vars') {
    // A variable recorded under a hidden input's name is as hidden as the input.
    const field = Object.hasOwn(template.inputs, name) ? template.inputs[name] : undefined;
    return field?.visibleTo ? new Set(field.visibleTo) : undefined;
  }
  if (root !== 'steps') return undefined;
  const step = context.byId.get(name)?.step;
  if (!step || step.shared || !isHumanStep(step)) return undefined;
  return holderParties(step);
}
