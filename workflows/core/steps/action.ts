/**
 * An action step. `record` keeps a computed variable and moves on at once; `notify` mails
 * the listed roles and moves on once the mail is sent; every other action is a registry
 * action the shell runs as an activity, whose outcome (default `done`) the step follows.
 */
import type { NotifyArguments, RecordArguments } from '../../../definitions/actions.js';
import type { ActionStep } from '../../../definitions/template.js';
import { fail, FailureType } from '../failures.js';
import { actionRequest, evaluateIn, isRecord, mailNotice, partyOf, record as recordEvent } from '../machine.js';
import { transition } from '../tokens.js';
import type { StepKind } from './kind.js';

export const action: StepKind<ActionStep> = {
  needsActivity: (step) => step.action !== 'record',

  enter(m, token, step) {
    if (step.action === 'record') {
      const args = recordArguments(step.with);
      const value = evaluateIn(m, args.value);
      m.state.vars[args.name] = value;
      recordEvent(m, { type: 'action', stepId: step.id, details: { action: 'record', name: args.name, value } });
      transition(m, token, 'done');
      return undefined;
    }
    if (step.action === 'notify') {
      const args = notifyArguments(step.with);
      // A party that withdrew hears no more from the instance; instances from before the patch mailed it.
      const roles = args.to.filter((role) => !(m.state.withdrawn.includes(partyOf(role)) && m.ports.patched('no-mail-to-withdrawn-parties')));
      const people = roles.flatMap((role) => m.state.bindings.participants[role] ?? []);
      const details = args.details === undefined ? undefined : evaluateIn(m, args.details);
      const message = details === undefined ? args.message : `${args.message}\n\n${typeof details === 'string' ? details : JSON.stringify(details)}`;
      for (const person of people) mailNotice(m, `${step.id}.${token.visit}`, person, args.subject, message);
      recordEvent(m, { type: 'action', stepId: step.id, details: { action: 'notify', to: people.map((person) => person.email) } });
      // Send before moving on, so a step after a notification never overtakes it.
      return { type: 'flush-now', owner: { kind: 'step', token } };
    }
    return { type: 'run-action', owner: { kind: 'step', token }, request: actionRequest(m, `${step.id}.${token.visit}`, step.id, step.action, step.with) };
  },

  completed(m, token, step, result) {
    if (step.action === 'notify') return transition(m, token, 'done');
    const outcome = result.outcome ?? 'done';
    m.state.steps[step.id] = { outcome };
    recordEvent(m, { type: 'action', stepId: step.id, outcome, details: { action: step.action, ...(result.details ?? {}) } });
    transition(m, token, outcome);
  },
};

/*
 * Action arguments were checked against each action's zod schema when the template was
 * published, so the core only guards the snapshot's shape: importing the schemas would
 * give every workflow the worker holds its own copy of zod and the template language.
 */

/** The arguments of a `record` step. */
function recordArguments(args: unknown): RecordArguments {
  if (isRecord(args) && typeof args['name'] === 'string' && typeof args['value'] === 'string') return { name: args['name'], value: args['value'] };
  fail(FailureType.TemplateDefect, 'a record step needs the text arguments name and value');
}

/** The arguments of a `notify` step. */
function notifyArguments(args: unknown): NotifyArguments {
  if (isRecord(args)) {
    const { to, subject, message, details } = args;
    if (Array.isArray(to) && to.every((role) => typeof role === 'string') && typeof subject === 'string' && typeof message === 'string') {
      if (details === undefined) return { to, subject, message };
      if (typeof details === 'string') return { to, subject, message, details };
    }
  }
  fail(FailureType.TemplateDefect, 'a notify step needs the arguments to (a list of roles), subject and message, and optionally details');
}
