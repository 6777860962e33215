/**
 * Two to four companies: the optional ones may be left out at the start, and then are
 * neither asked nor given work; and each workstream owner is reminded and escalated to
 * their own company's alliance lead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishBuiltIns } from '../../api/template-catalog.js';
import type { EventView } from '../../api/visibility.js';
import { enrol } from '../support/directory.js';
import { call, keyFor } from '../support/http.js';
import type { ReceivedMail } from '../support/smtp.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { actOnMail, queryState, startJoint, statusBecomes, taskMail, viewsOf } from './joint-instance.js';
import { acme, directoryOf, globex, initech, personOf, startBindingsFor, type Cast } from './people.js';

interface ErrorAnswer {
  error: { code: string; message: string; details?: Array<{ path: string; message: string }> };
}

let stack: TestStack;
const keys: Record<string, string> = {};
beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  await publishBuiltIns(stack.pool);
  for (const company of [acme, globex, initech]) keys[company] = await keyFor(stack, company);
});
afterAll(async () => {
  await stack?.stop();
});

const lead = (company: string) => personOf(company, 'alliance_lead');
const owner = (company: string) => personOf(company, 'workstream_owner');
const twoCompanies: Cast = { companies: { company_a: acme, company_b: globex }, certifier: globex, publisher: acme };
const plan = { scope: 'Returns portal', target_date: '2026-10-15', workstream_company_a: 'Storefront plug-in', workstream_company_b: 'Returns service' };

describe('who takes part', () => {
  it('runs with two companies, leaving the optional ones out of every approval and workstream', async () => {
    const joint = await startJoint(stack, keys, twoCompanies, 'two-companies');
    await actOnMail(joint, lead(acme), 'plan.1.company_a.alliance_lead', 'submit', { form: plan });
    await actOnMail(joint, lead(acme), 'plan_approval.1.company_a.alliance_lead', 'approve');
    await actOnMail(joint, lead(globex), 'plan_approval.1.company_b.alliance_lead', 'approve');
    await taskMail(joint, owner(acme), 'company_a_workstream.1.company_a.workstream_owner');
    await taskMail(joint, owner(globex), 'company_b_workstream.1.company_b.workstream_owner');

    const state = await queryState(joint);
    expect(state.tasks.map((task) => task.id).sort()).toEqual([
      'company_a_workstream.1.company_a.workstream_owner',
      'company_b_workstream.1.company_b.workstream_owner',
      'plan.1.company_a.alliance_lead',
      'plan_approval.1.company_a.alliance_lead',
      'plan_approval.1.company_b.alliance_lead',
    ]);
    // Each company's portal shows the optional companies' workstreams as passed over, with nobody named.
    const passedOver = (events: EventView[]) => events.filter((event) => event.type === 'decided' && event.actor === 'system' && event.outcome === 'withdrawn').map((event) => event.stepId);
    expect(passedOver((await viewsOf(joint, globex)).timeline).sort()).toEqual(['company_c_workstream', 'company_d_workstream']);
    expect((await viewsOf(joint, acme)).api.companies).toEqual({ company_a: acme, company_b: globex, certifier: globex, publisher: acme });
  });

  it('refuses a start that names people for an optional company without the company, or leaves out a required company', async () => {
    await enrol(stack, directoryOf(twoCompanies));
    const { companies } = startBindingsFor(twoCompanies);
    const body = (businessKey: string, value: unknown) => ({ templateId: 'joint-solution', businessKey, bindings: value, input: { solution_name: 'Returns portal' }, initiator: lead(acme).email });
    const half = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: keys[acme] ?? '', body: body('half-bound', { companies, participants: { 'company_c.alliance_lead': [lead(acme).email] } }) });
    expect(half).toMatchObject({ status: 422, body: { error: { code: 'role_unresolved' } } });
    expect(half.body.error.message).toContain('bindings.companies.company_c');

    const { company_b: _left, ...rest } = companies;
    const missing = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: keys[acme] ?? '', body: body('one-company', { companies: rest }) });
    expect(missing).toMatchObject({ status: 422, body: { error: { code: 'role_unresolved' } } });
    expect(missing.body.error.message).toContain('bindings.companies.company_b');
  });
});

describe('workstream timing', () => {
  it('reminds a silent workstream owner and escalates to their own alliance lead, who may finish it', async () => {
    // Durations are inputs, so this instance's workstreams are due, reminded and escalated within a second.
    const joint = await startJoint(stack, keys, twoCompanies, 'silent-owner', { build_due: '500ms', build_reminder: '300ms', build_escalation: '700ms' });
    await actOnMail(joint, lead(acme), 'plan.1.company_a.alliance_lead', 'submit', { form: plan });
    await actOnMail(joint, lead(acme), 'plan_approval.1.company_a.alliance_lead', 'approve');
    await actOnMail(joint, lead(globex), 'plan_approval.1.company_b.alliance_lead', 'approve');
    const taskId = 'company_b_workstream.1.company_b.workstream_owner';
    const about = (mail: ReceivedMail, email: string) => mail.to.includes(email) && mail.headers.get('x-tandem-task') === taskId;
    const reminder = await stack.smtp.waitFor((mail) => about(mail, owner(globex).email) && mail.subject.startsWith('Reminder'));
    expect(reminder.subject).toContain('Build company B');
    const escalation = await stack.smtp.waitFor((mail) => about(mail, lead(globex).email) && mail.subject.startsWith('Escalated'));
    expect(escalation.subject).toContain('Build company B');
    // Escalation stays within the company: Acme's lead is not handed Globex's work.
    expect(stack.smtp.messages.some((mail) => about(mail, lead(acme).email))).toBe(false);

    await actOnMail(joint, lead(globex), taskId, 'submit', { form: { delivered: 'Finished by the alliance lead' } });
    await actOnMail(joint, owner(acme), 'company_a_workstream.1.company_a.workstream_owner', 'submit');
    await statusBecomes(joint, 'Integration testing');
  });
});
