/**
 * What a signed-in person may do to an instance, so pages offer only that: cancel it, withdraw
 * one of their company's parties, hand on a task they hold, reassign a task of their company.
 * Nothing is decided here: cancel and withdraw are asked of the commands' own checks
 * (`refusalOf`, the workflow's rule), hand-overs follow the rules of api/hand-over.ts (a holder
 * delegates; an admin of the task's company, by the directory, reassigns). The workflow and
 * the routes check again when the person acts.
 */
import type { Template } from '../definitions/template.js';
import { refusalOf } from '../workflows/core/index.js';
import type { InstanceState } from '../workflows/schemas.js';
import { isPersonOf } from './visibility.js';

/** One action a person may take; `party` names the party of a withdrawal, `taskId` the task of a hand-over. */
export interface InstanceAction {
  kind: 'cancel' | 'withdraw' | 'delegate' | 'reassign';
  party: string | null;
  taskId: string | null;
}

/** Who asks: the signed-in person and whether they are an admin of their company. */
export interface Asker {
  email: string;
  companyId: string;
  admin: boolean;
}

/** The actions `asker` may take on `state` now, in the order a page shows them. */
export function instanceActions(template: Template | undefined, state: InstanceState, asker: Asker, now = Date.now()): InstanceAction[] {
  if (state.lifecycle !== 'running') return [];
  const actions: InstanceAction[] = [];
  const email = asker.email.toLowerCase();
  const inInstance = isPersonOf(state, email, asker.companyId);
  if (template && inInstance) {
    if (!refusalOf(template, state, { type: 'cancel', cancellation: { actor: email, reason: 'asked' } }, now)) actions.push({ kind: 'cancel', party: null, taskId: null });
    for (const [party, companyId] of Object.entries(state.bindings.companies)) {
      if (companyId !== asker.companyId) continue;
      if (!refusalOf(template, state, { type: 'withdrawal', withdrawal: { actor: email, party, reason: 'asked' } }, now)) actions.push({ kind: 'withdraw', party, taskId: null });
    }
  }
  for (const task of state.tasks) {
    if (task.status !== 'open' || task.companyId !== asker.companyId) continue;
    if (task.assignees.some((holder) => holder.email === email)) actions.push({ kind: 'delegate', party: null, taskId: task.id });
    if (asker.admin) actions.push({ kind: 'reassign', party: null, taskId: task.id });
  }
  return actions;
}
