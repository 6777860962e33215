/**
 * The people, companies and templates the benchmarks run: a vendor (Acme) and a partner
 * (Globex), the six-step process of the `interpreter` benchmark, and bindings of the MDF template.
 */
import type { TemplateInput } from '../definitions/template.js';
import type { Bindings, Person } from '../workflows/schemas.js';

export const vendor = 'acme';
export const partner = 'globex';

export const manager: Person = { name: 'Vera Channel', email: 'vera@acme.example', company: vendor };
export const approver: Person = { name: 'Mara Marketing', email: 'mara@acme.example', company: vendor };
export const finance: Person = { name: 'Finn Finance', email: 'finn@acme.example', company: vendor };
export const compliance: Person = { name: 'Cora Compliance', email: 'cora@acme.example', company: vendor };
export const requester: Person = { name: 'Paul Partner', email: 'paul@globex.example', company: partner };
export const lead: Person = { name: 'Petra Lead', email: 'petra@globex.example', company: partner };

/**
 * Two approvals, a task, an action, a wait and an end. Every human step has one outcome so
 * a run is always the same six steps; the action is a real activity (`audit.sample`).
 */
export const sixStepTemplate: TemplateInput = {
  id: 'bench-six-step',
  version: 1,
  title: 'Co-marketing request',
  parties: {
    vendor: { roles: { manager: { title: 'Manager' }, finance: { title: 'Finance' } } },
    partner: { roles: { requester: { title: 'Requester' } } },
  },
  inputs: {
    amount: { type: 'money', currency: 'USD', required: true, title: 'Requested amount' },
    cool_off: { type: 'duration', title: 'Cooling-off period', default: '100ms' },
  },
  steps: [
    { id: 'manager_approval', kind: 'approval', title: 'Approve the request', status: 'In review', approvers: ['vendor.manager'], outcomes: ['approve'], next: 'finance_approval' },
    { id: 'finance_approval', kind: 'approval', title: 'Approve the budget', approvers: ['vendor.finance'], outcomes: ['approve'], next: 'deliver' },
    { id: 'deliver', kind: 'task', title: 'Run the campaign', status: 'In execution', owner: 'partner.requester', outcomes: ['done'], next: 'sample' },
    { id: 'sample', kind: 'action', title: 'Select for an audit', action: 'audit.sample', with: { amount: 'input.amount.amount', threshold: '1000000', percent: '0' }, next: { audit: 'cool_off', skip: 'cool_off' } },
    { id: 'cool_off', kind: 'wait', title: 'Cooling off', status: 'Cooling off', duration: { input: 'cool_off' }, next: 'closed' },
    { id: 'closed', kind: 'end', status: 'Closed' },
  ],
};

/** Who plays the six-step template's roles. */
export const sixStepBindings: Bindings = {
  companies: { vendor, partner },
  participants: { 'vendor.manager': [manager], 'vendor.finance': [finance], 'partner.requester': [requester] },
};

/** The six-step start input: the amount, and a short wait so a run takes well under a second. */
export const sixStepInput = { amount: { amount: 250_000, currency: 'USD' }, cool_off: '100ms' };

/** Who plays the MDF template's roles. */
export const fundRequestBindings: Bindings = {
  companies: { vendor, partner },
  participants: {
    'vendor.channel_manager': [manager],
    'vendor.marketing_approver': [approver],
    'vendor.finance': [finance],
    'vendor.compliance': [compliance],
    'partner.requester': [requester],
    'partner.marketing_lead': [lead],
  },
};

/** The MDF team of the benchmark's budget. */
export const team = { channel_manager: [manager], marketing_approver: [approver], finance: [finance], compliance: [compliance] };

/** A day relative to today, as YYYY-MM-DD. */
export function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** The proposal a partner submits (for an activity next month). */
export function proposalForm(amount = 100_000) {
  return { activity_type: 'webinar', description: 'Joint webinar on the new release', start_date: day(30), end_date: day(31), requested_amount: { amount, currency: 'USD' } };
}

/**
 * A partner task with a reminder and a deadline, both read from the instance's input so a run
 * can make them fire within minutes (the `timers` benchmark). When the deadline passes, the
 * vendor's follow-up task opens and the instance stays open, waiting with no timer at all.
 */
export const reminderTemplate: TemplateInput = {
  id: 'bench-reminders',
  version: 1,
  title: 'Answer before the deadline',
  parties: {
    vendor: { roles: { manager: { title: 'Manager' } } },
    partner: { roles: { requester: { title: 'Requester' } } },
  },
  inputs: {
    reminder: { type: 'duration', title: 'Reminder after', required: true },
    deadline: { type: 'duration', title: 'Deadline after', required: true },
  },
  steps: [
    {
      id: 'answer',
      kind: 'task',
      title: 'Answer the vendor',
      status: 'Waiting for the partner',
      owner: 'partner.requester',
      outcomes: ['submit', 'expire'],
      systemOutcomes: ['expire'],
      reminders: [{ input: 'reminder' }],
      timeout: { after: { input: 'deadline' }, outcome: 'expire' },
      next: { submit: 'closed', expire: 'follow_up' },
    },
    { id: 'follow_up', kind: 'task', title: 'Follow up with the partner', status: 'Overdue', owner: 'vendor.manager', outcomes: ['done'], next: 'closed' },
    { id: 'closed', kind: 'end', status: 'Closed' },
  ],
};

/** Who plays the reminder template's roles. */
export const reminderBindings: Bindings = {
  companies: { vendor, partner },
  participants: { 'vendor.manager': [manager], 'partner.requester': [requester] },
};
