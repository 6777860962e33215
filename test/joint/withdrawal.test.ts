/**
 * A company leaves a joint solution through the API: its open work closes, the companies
 * still in it decide whether to go on, and from then on it is neither asked nor mailed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishBuiltIns } from '../../api/template-catalog.js';
import type { InstanceView } from '../../api/visibility.js';
import { call, keyFor } from '../support/http.js';
import { recordHistory } from '../support/instances.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { expectOnlyWhatCompanyMaySee } from './company-view.js';
import { actOnMail, handleOf, mailsOf, notification, queryState, startJoint, statusBecomes, taskMail, viewsOf, type JointInstance } from './joint-instance.js';
import { acme, globex, initech, personOf, type Cast } from './people.js';

interface ErrorAnswer {
  error: { code: string; message: string };
}

let stack: TestStack;
const keys: Record<string, string> = {};
beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  await publishBuiltIns(stack.pool);
  for (const company of [acme, globex, initech, 'umbrella']) keys[company] = await keyFor(stack, company);
});
afterAll(async () => {
  await stack?.stop();
});

const lead = (company: string) => personOf(company, 'alliance_lead');
const owner = (company: string) => personOf(company, 'workstream_owner');
const engineer = (company: string) => personOf(company, 'engineering_lead');
const plan = { scope: 'Fraud scoring at checkout', target_date: '2026-12-01', workstream_company_a: 'Connector', workstream_company_b: 'Scoring service', workstream_company_c: 'Hosting' };

/** The initiator proposes and every named company's alliance lead approves. */
async function planApproved(joint: JointInstance, parties: Record<string, string>): Promise<void> {
  await actOnMail(joint, lead(acme), 'plan.1.company_a.alliance_lead', 'submit', { form: plan });
  for (const [party, company] of Object.entries(parties)) await actOnMail(joint, lead(company), `plan_approval.1.${party}.alliance_lead`, 'approve');
  await statusBecomes(joint, 'Building');
}

function withdraw(joint: JointInstance, company: string, body: { actor: string; party: string; reason: string }) {
  return call<InstanceView & ErrorAnswer>(stack, 'POST', `/instances/${joint.id}/withdraw`, { key: keys[company] ?? '', body });
}

describe('withdrawing from a joint solution', () => {
  it('lets a company withdraw mid-build; the others agree to go on and publish without it', async () => {
    const cast: Cast = { companies: { company_a: acme, company_b: globex, company_c: initech }, certifier: acme, publisher: globex };
    const joint = await startJoint(stack, keys, cast, 'withdraw-and-go-on');
    await planApproved(joint, { company_a: acme, company_b: globex, company_c: initech });
    await taskMail(joint, owner(initech), 'company_c_workstream.1.company_c.workstream_owner');
    await actOnMail(joint, owner(acme), 'company_a_workstream.1.company_a.workstream_owner', 'submit');

    const left = await withdraw(joint, initech, { actor: lead(initech).email, party: 'company_c', reason: 'Our priorities changed' });
    expect(left.status, JSON.stringify(left.body)).toBe(200);
    expect(left.body.withdrawn).toEqual(['company_c']);
    const mailsBefore = stack.smtp.messages.length;
    expect((await queryState(joint)).tasks.find((task) => task.id === 'company_c_workstream.1.company_c.workstream_owner')?.status).toBe('cancelled');

    // The companies still in it decide; Initech is not asked.
    await actOnMail(joint, lead(acme), 'continue_without.1.company_a.alliance_lead', 'approve');
    await actOnMail(joint, lead(globex), 'continue_without.1.company_b.alliance_lead', 'approve', { comment: 'We can host it ourselves' });
    expect((await queryState(joint)).tasks.filter((task) => task.stepId === 'continue_without').map((task) => task.id).sort()).toEqual([
      'continue_without.1.company_a.alliance_lead',
      'continue_without.1.company_b.alliance_lead',
    ]);

    await actOnMail(joint, owner(globex), 'company_b_workstream.1.company_b.workstream_owner', 'submit');
    await actOnMail(joint, engineer(acme), 'test_report.1.company_a.engineering_lead', 'submit', { form: { report: 'https://acme.example/reports/fraud-1', summary: 'All green' } });
    await actOnMail(joint, engineer(acme), 'integration_signoff.1.company_a.engineering_lead', 'approve');
    await actOnMail(joint, engineer(globex), 'integration_signoff.1.company_b.engineering_lead', 'approve');
    await actOnMail(joint, personOf(acme, 'technical_reviewer'), 'technical_review.1.certifier.technical_reviewer', 'pass');
    // A second build round: Initech, gone, is passed over rather than given its workstream again.
    await actOnMail(joint, personOf(acme, 'security_reviewer'), 'security_review.1.certifier.security_reviewer', 'fail', { form: { findings: 'Scores are logged with card numbers', rework_company_b: true } });
    await actOnMail(joint, owner(globex), 'company_b_workstream.2.company_b.workstream_owner', 'submit');
    await actOnMail(joint, engineer(acme), 'test_report.2.company_a.engineering_lead', 'submit', { form: { report: 'https://acme.example/reports/fraud-2', summary: 'Logs are clean' } });
    await actOnMail(joint, engineer(acme), 'integration_signoff.2.company_a.engineering_lead', 'approve');
    await actOnMail(joint, engineer(globex), 'integration_signoff.2.company_b.engineering_lead', 'approve');
    await actOnMail(joint, personOf(acme, 'technical_reviewer'), 'technical_review.2.certifier.technical_reviewer', 'pass');
    await actOnMail(joint, personOf(acme, 'security_reviewer'), 'security_review.2.certifier.security_reviewer', 'pass');
    await actOnMail(joint, personOf(globex, 'marketplace_manager'), 'listing.1.publisher.marketplace_manager', 'submit', { form: { name: 'Fraud Shield', description: 'Scores orders at checkout.' } });
    await actOnMail(joint, lead(acme), 'listing_approval.1.company_a.alliance_lead', 'approve');
    await actOnMail(joint, lead(globex), 'listing_approval.1.company_b.alliance_lead', 'approve');
    await statusBecomes(joint, 'Published');
    await stack.smtp.waitFor((mail) => mail.to.includes(personOf(globex, 'subscriber').email) && mail.subject === 'The joint solution is published');

    const state = await queryState(joint);
    const withdrawnAt = state.history.find((event) => event.type === 'withdrawn')?.at ?? 0;
    expect(state.tasks.filter((task) => task.party === 'company_c' && task.openedAt >= withdrawnAt)).toEqual([]);
    expect(stack.smtp.messages.slice(mailsBefore).filter((mail) => mail.to.some((address) => address.endsWith(`@${initech}.example`)))).toEqual([]);
    for (const company of [acme, globex, initech]) expectOnlyWhatCompanyMaySee(await viewsOf(joint, company), company);

    const cancelled = await call<InstanceView>(stack, 'POST', `/instances/${joint.id}/cancel`, { key: keys[acme] ?? '', body: { actor: lead(acme).email, reason: 'Replaced by version 2' } });
    expect(cancelled.status).toBe(200);
    expect(await handleOf(joint).result()).toEqual({ lifecycle: 'cancelled', status: 'Cancelled' });
  });

  it('stops the whole solution when a company still in it decides not to go on', async () => {
    const cast: Cast = { companies: { company_a: acme, company_b: globex }, certifier: acme, publisher: acme };
    const joint = await startJoint(stack, keys, cast, 'withdraw-and-stop');
    await planApproved(joint, { company_a: acme, company_b: globex });
    const blocked = 'A workstream is blocked: company A';
    await actOnMail(joint, owner(acme), 'company_a_workstream.1.company_a.workstream_owner', 'blocked', { form: { blocked_reason: 'Scoring API not ready' } });
    expect((await notification(joint, lead(globex), blocked)).text).toContain('Reason: Scoring API not ready');
    await taskMail(joint, owner(acme), 'company_a_workstream.2.company_a.workstream_owner');
    expect((await withdraw(joint, globex, { actor: owner(globex).email, party: 'company_b', reason: 'No engineers free this year' })).status).toBe(200);
    // Once gone, Globex hears nothing more: a second blocker mails nobody there.
    await actOnMail(joint, owner(acme), 'company_a_workstream.2.company_a.workstream_owner', 'blocked', { form: { blocked_reason: 'Still no scoring API' } });
    await taskMail(joint, owner(acme), 'company_a_workstream.3.company_a.workstream_owner');
    expect(mailsOf(joint, lead(globex), (mail) => mail.subject === blocked)).toHaveLength(1);

    await actOnMail(joint, lead(acme), 'continue_without.1.company_a.alliance_lead', 'stop', { comment: 'Not worth it alone' });
    expect(await handleOf(joint).result()).toEqual({ lifecycle: 'completed', status: 'Stopped' });
    const state = await queryState(joint);
    expect(state.tasks.find((task) => task.id === 'company_a_workstream.3.company_a.workstream_owner')?.status).toBe('cancelled');
    // The reason for leaving is a shared milestone; the person who left shows only as their company.
    const timeline = (await viewsOf(joint, acme)).timeline;
    expect(timeline.find((event) => event.type === 'withdrawn')).toMatchObject({ actor: { company: globex }, comment: 'No engineers free this year', details: { party: 'company_b' } });
    await recordHistory(handleOf(joint), 'joint-solution-stop');
  });

  it('refuses to withdraw another company’s party, for another company’s person, for an outsider, or twice', async () => {
    const cast: Cast = { companies: { company_a: acme, company_b: globex }, certifier: acme, publisher: globex };
    const joint = await startJoint(stack, keys, cast, 'withdraw-refusals');
    await taskMail(joint, lead(acme), 'plan.1.company_a.alliance_lead');
    const reason = 'testing';

    const notTheirs = await withdraw(joint, globex, { actor: lead(globex).email, party: 'company_a', reason });
    expect(notTheirs).toMatchObject({ status: 403, body: { error: { code: 'not_your_party' } } });
    const notTheirPerson = await withdraw(joint, acme, { actor: lead(globex).email, party: 'company_a', reason });
    expect(notTheirPerson).toMatchObject({ status: 403, body: { error: { code: 'not_your_person' } } });
    const outsider = await withdraw(joint, 'umbrella', { actor: 'someone@umbrella.example', party: 'company_a', reason });
    expect(outsider).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });

    expect((await withdraw(joint, globex, { actor: lead(globex).email, party: 'company_b', reason })).status).toBe(200);
    const twice = await withdraw(joint, globex, { actor: lead(globex).email, party: 'company_b', reason });
    expect(twice).toMatchObject({ status: 409, body: { error: { code: 'already_withdrawn' } } });
    expect(twice.body.error.message).toContain('already withdrawn');
  });
});
