/**
 * Three companies take a joint solution from plan to marketplace and through its
 * re-certification, each acting as its own company over HTTP on the mails it receives.
 * The tests below run one instance in order, one stage each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishBuiltIns } from '../../api/template-catalog.js';
import type { InstanceView } from '../../api/visibility.js';
import { call, keyFor } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { expectOnlyWhatCompanyMaySee, hiddenPeople } from './company-view.js';
import { actOnMail, handleOf, mailsOf, notification, queryState, startJoint, statusBecomes, taskMail, viewsOf, type JointInstance } from './joint-instance.js';
import { acme, globex, initech, personOf, type Cast } from './people.js';

let stack: TestStack;
let joint: JointInstance;
const keys: Record<string, string> = {};
const cast: Cast = { companies: { company_a: acme, company_b: globex, company_c: initech }, certifier: initech, publisher: initech };
const companies = [acme, globex, initech];

const lead = (company: string) => personOf(company, 'alliance_lead');
const engineer = (company: string) => personOf(company, 'engineering_lead');
const owner = (company: string) => personOf(company, 'workstream_owner');
const subscriber = (company: string) => personOf(company, 'subscriber');
const technicalReviewer = personOf(initech, 'technical_reviewer');
const securityReviewer = personOf(initech, 'security_reviewer');
const marketplaceManager = personOf(initech, 'marketplace_manager');
const parties: Record<string, string> = { [acme]: 'company_a', [globex]: 'company_b', [initech]: 'company_c' };
const partyOf = (company: string) => parties[company] ?? '';

const plan = {
  scope: 'Checkout analytics for mid-size retailers, sold on the Initech marketplace',
  target_date: '2026-09-30',
  workstream_company_a: 'Checkout connector (owner: Acme workstream owner)',
  workstream_company_b: 'Analytics service (owner: Globex workstream owner)',
  workstream_company_c: 'Marketplace packaging and billing (owner: Initech workstream owner)',
};
const blockedReason = 'Waiting for sandbox API keys from company A';
const internalComment = 'Retries on timeouts are not covered yet';
const findings = 'The connector stores access tokens unencrypted';

beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  await publishBuiltIns(stack.pool);
  for (const company of companies) keys[company] = await keyFor(stack, company);
  // Re-certification comes 1s + 1s after publishing, so the test sees two rounds of it.
  joint = await startJoint(stack, keys, cast, 'checkout-insights', { recertification_reminder: '1s', recertification_notice: '1s' });
});
afterAll(async () => {
  await stack?.stop();
});

/** Every company approves `step` (visit `visit`) through its person in `role`. */
async function allApprove(step: string, visit: number, role: 'alliance_lead' | 'engineering_lead'): Promise<void> {
  for (const company of companies) await actOnMail(joint, personOf(company, role), `${step}.${visit}.${partyOf(company)}.${role}`, 'approve');
}

describe('a joint solution of three companies', () => {
  it('asks every company’s alliance lead to approve the plan, and lets any of them send it back', async () => {
    await actOnMail(joint, lead(acme), 'plan.1.company_a.alliance_lead', 'submit', { form: plan });
    for (const company of companies) await taskMail(joint, lead(company), `plan_approval.1.${partyOf(company)}.alliance_lead`);
    const asked = (await queryState(joint)).tasks.filter((task) => task.stepId === 'plan_approval').map((task) => task.id);
    // Company D is not in this instance, so it is not asked.
    expect(asked.sort()).toEqual(['plan_approval.1.company_a.alliance_lead', 'plan_approval.1.company_b.alliance_lead', 'plan_approval.1.company_c.alliance_lead']);

    await actOnMail(joint, lead(globex), 'plan_approval.1.company_b.alliance_lead', 'request_changes', { comment: 'Name who supports the joint customers' });
    // The plan is shared, so the initiator reads why it came back.
    const acmeView = await call<InstanceView>(stack, 'GET', `/instances/${joint.id}`, { key: keys[acme] ?? '' });
    expect(acmeView.body.tasks.find((task) => task.id === 'plan_approval.1.company_b.alliance_lead')).toMatchObject({ outcome: 'request_changes', comment: 'Name who supports the joint customers' });
    await actOnMail(joint, lead(acme), 'plan.2.company_a.alliance_lead', 'submit', { form: { ...plan, scope: `${plan.scope}; Globex supports the joint customers` } });
    await allApprove('plan_approval', 2, 'alliance_lead');
    await statusBecomes(joint, 'Building');
  });

  it('gives each company its own workstream; a blocked one tells the others why', async () => {
    for (const company of companies) await taskMail(joint, owner(company), `${partyOf(company)}_workstream.1.${partyOf(company)}.workstream_owner`);
    const building = await queryState(joint);
    expect(building.tasks.some((task) => task.party === 'company_d')).toBe(false);
    expect(building.history).toContainEqual(expect.objectContaining({ type: 'decided', stepId: 'company_d_workstream', actor: 'system', outcome: 'withdrawn' }));
    expect(building.tasks.find((task) => task.id === 'company_b_workstream.1.company_b.workstream_owner')?.dueAt).toBeGreaterThan(Date.now());

    await actOnMail(joint, owner(globex), 'company_b_workstream.1.company_b.workstream_owner', 'blocked', { form: { blocked_reason: blockedReason }, comment: 'Our staging cluster is down again' });
    for (const company of [acme, initech]) {
      for (const person of [lead(company), engineer(company)]) {
        expect((await notification(joint, person, 'A workstream is blocked: company B')).text).toContain(`Reason: ${blockedReason}`);
      }
    }
    expect(mailsOf(joint, lead(globex), (mail) => mail.subject.startsWith('A workstream is blocked'))).toEqual([]);
    await taskMail(joint, owner(globex), 'company_b_workstream.2.company_b.workstream_owner');

    // Mid-build, with internal tasks, forms and comments about: each company sees only its own.
    for (const company of companies) expectOnlyWhatCompanyMaySee(await viewsOf(joint, company), company);
    const acmeViews = await viewsOf(joint, acme);
    expect(hiddenPeople(acmeViews.state, acme).map((person) => person.email)).toContain(owner(globex).email);
    expect(acmeViews.api.tasks.some((task) => task.stepId === 'company_b_workstream')).toBe(false);

    await actOnMail(joint, owner(acme), 'company_a_workstream.1.company_a.workstream_owner', 'submit', { form: { delivered: 'Connector 1.0' } });
    await actOnMail(joint, owner(globex), 'company_b_workstream.2.company_b.workstream_owner', 'submit', { form: { delivered: 'Analytics service 1.0' }, comment: internalComment });
    await actOnMail(joint, owner(initech), 'company_c_workstream.1.company_c.workstream_owner', 'submit', { form: { delivered: 'Listing package' } });
    await statusBecomes(joint, 'Integration testing');
  });

  it('has every engineering lead sign off the joint test report', async () => {
    await actOnMail(joint, engineer(acme), 'test_report.1.company_a.engineering_lead', 'submit', { form: { report: 'https://acme.example/reports/checkout-insights-1', summary: 'Checkout flows pass end to end' } });
    await allApprove('integration_signoff', 1, 'engineering_lead');
    await statusBecomes(joint, 'In certification');
  });

  it('sends only the workstream a failed review flags back to build, with the findings, and certifies it next time', async () => {
    await actOnMail(joint, technicalReviewer, 'technical_review.1.certifier.technical_reviewer', 'pass');
    await actOnMail(joint, securityReviewer, 'security_review.1.certifier.security_reviewer', 'fail', { form: { findings, rework_company_b: true } });
    for (const person of [owner(globex), engineer(globex)]) {
      expect((await notification(joint, person, 'Certification findings: rework your workstream')).text).toContain(`Security review: ${findings}`);
    }
    await taskMail(joint, owner(globex), 'company_b_workstream.3.company_b.workstream_owner');
    const rework = await queryState(joint);
    expect(rework.tasks.filter((task) => task.status === 'open').map((task) => task.id)).toEqual(['company_b_workstream.3.company_b.workstream_owner']);
    expect(rework.vars['rework']).toEqual({ company_a: false, company_b: true, company_c: false, company_d: false });
    expect(mailsOf(joint, owner(acme), (mail) => mail.subject.startsWith('Certification findings'))).toEqual([]);

    await actOnMail(joint, owner(globex), 'company_b_workstream.3.company_b.workstream_owner', 'submit', { form: { delivered: 'Analytics service 1.1: tokens encrypted at rest' } });
    await actOnMail(joint, engineer(acme), 'test_report.2.company_a.engineering_lead', 'submit', { form: { report: 'https://acme.example/reports/checkout-insights-2', summary: 'Retested with 1.1' } });
    await allApprove('integration_signoff', 2, 'engineering_lead');
    await actOnMail(joint, technicalReviewer, 'technical_review.2.certifier.technical_reviewer', 'pass');
    await actOnMail(joint, securityReviewer, 'security_review.2.certifier.security_reviewer', 'pass', { form: { findings: 'Tokens are encrypted now' } });
    await statusBecomes(joint, 'Preparing the listing');
  });

  it('has every company approve the listing, then publishes it and tells the subscribers', async () => {
    const listing = { name: 'Checkout Insights', description: 'See where shoppers drop out of checkout.', links: 'https://initech.example/marketplace/checkout-insights', pricing_notes: 'Per store, billed monthly' };
    await actOnMail(joint, marketplaceManager, 'listing.1.publisher.marketplace_manager', 'submit', { form: listing });
    await allApprove('listing_approval', 1, 'alliance_lead');
    for (const company of companies) {
      expect((await notification(joint, subscriber(company), 'The joint solution is published')).text).toContain('Listing: Checkout Insights');
    }
    expect((await queryState(joint)).vars['published']).toBe(true);
  });

  it('reminds the owners before the certification ends, re-certifies, and unpublishes after a failed re-certification', async () => {
    const ending = 'The certification of the joint solution ends soon';
    for (const person of [lead(acme), engineer(globex), technicalReviewer]) await notification(joint, person, ending);
    await actOnMail(joint, technicalReviewer, 'recert_technical.1.certifier.technical_reviewer', 'pass');
    await actOnMail(joint, securityReviewer, 'recert_security.1.certifier.security_reviewer', 'pass');
    await notification(joint, subscriber(globex), 'The joint solution is re-certified');
    expect((await queryState(joint)).lifecycle).toBe('running');

    await notification(joint, lead(globex), ending, 2);
    await actOnMail(joint, technicalReviewer, 'recert_technical.2.certifier.technical_reviewer', 'pass');
    await actOnMail(joint, securityReviewer, 'recert_security.2.certifier.security_reviewer', 'fail', { form: { findings: 'TLS 1.0 is still accepted' } });
    for (const company of companies) {
      expect((await notification(joint, subscriber(company), 'The joint solution is unpublished')).text).toContain('Security review: TLS 1.0 is still accepted');
    }
    const ended = await handleOf(joint).result();
    expect(ended).toEqual({ lifecycle: 'completed', status: 'Unpublished' });
    expect((await queryState(joint)).vars['published']).toBe(false);
  });

  it('never shows a company another company’s internal tasks, people or comments', async () => {
    for (const company of companies) expectOnlyWhatCompanyMaySee(await viewsOf(joint, company), company);
    const seenBy = async (company: string) => JSON.stringify((await viewsOf(joint, company)).api);
    expect(await seenBy(globex)).toContain(internalComment);
    expect(await seenBy(acme)).not.toContain(internalComment);
    expect(await seenBy(initech)).not.toContain(internalComment);
    expect(await seenBy(acme)).not.toContain(blockedReason);
    // Reviews are shared: every company reads the findings that sent a workstream back.
    expect(await seenBy(acme)).toContain(findings);
  });
});
