/**
 * Each company's tasks show its own workstream (its state, what it delivered, what blocks
 * it), in the mail and through GET …/tasks/{taskId}; no company sees another's private
 * workstream, and a workstream task names its company.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishBuiltIns } from '../../api/template-catalog.js';
import { call, keyFor } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { actOnMail, startJoint, statusBecomes, taskMail, type JointInstance } from './joint-instance.js';
import { acme, globex, initech, personOf, type Cast } from './people.js';

let stack: TestStack;
let joint: JointInstance;
const keys: Record<string, string> = {};
const cast: Cast = { companies: { company_a: acme, company_b: globex }, certifier: initech, publisher: initech };

const plan = { scope: 'Checkout analytics', target_date: '2026-09-30', workstream_company_a: 'Checkout connector', workstream_company_b: 'Analytics service' };
const acmeDelivery = 'Connector 1.0 with the private staging keys';
const globexDelivery = 'Analytics service 1.0 on the internal cluster';

interface TaskAnswer {
  facts: Array<{ label: string; text: string }>;
}

beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  await publishBuiltIns(stack.pool);
  for (const company of [acme, globex, initech]) keys[company] = await keyFor(stack, company);
  joint = await startJoint(stack, keys, cast, 'workstream-facts');
});
afterAll(async () => {
  await stack?.stop();
});

const factsOf = async (company: string, taskId: string) => {
  const answer = await call<TaskAnswer>(stack, 'GET', `/instances/${joint.id}/tasks/${taskId}`, { key: keys[company] ?? '' });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return Object.fromEntries(answer.body.facts.map((fact) => [fact.label, fact.text]));
};

describe('per-company workstream facts', () => {
  it('shows each company its own workstream and never another’s', async () => {
    await actOnMail(joint, personOf(acme, 'alliance_lead'), 'plan.1.company_a.alliance_lead', 'submit', { form: plan });
    for (const [company, party] of [[acme, 'company_a'], [globex, 'company_b']] as const) await actOnMail(joint, personOf(company, 'alliance_lead'), `plan_approval.1.${party}.alliance_lead`, 'approve');
    await statusBecomes(joint, 'Building');

    // The workstream task names its company.
    expect((await factsOf(globex, 'company_b_workstream.1.company_b.workstream_owner'))['Company']).toBe(globex);
    await actOnMail(joint, personOf(acme, 'workstream_owner'), 'company_a_workstream.1.company_a.workstream_owner', 'submit', { form: { delivered: acmeDelivery } });
    await actOnMail(joint, personOf(globex, 'workstream_owner'), 'company_b_workstream.1.company_b.workstream_owner', 'submit', { form: { delivered: globexDelivery } });
    await actOnMail(joint, personOf(acme, 'engineering_lead'), 'test_report.1.company_a.engineering_lead', 'submit', { form: { report: 'https://acme.example/report', summary: 'All flows pass' } });
    await statusBecomes(joint, 'Integration sign-off');

    // Both engineering leads sign off; each is shown its own company's workstream only.
    const acmeFacts = await factsOf(acme, 'integration_signoff.1.company_a.engineering_lead');
    expect(acmeFacts['What your company delivered']).toBe(acmeDelivery);
    expect(acmeFacts['Your workstream']).toContain('Submit');
    expect(JSON.stringify(acmeFacts)).not.toContain(globexDelivery);
    const globexFacts = await factsOf(globex, 'integration_signoff.1.company_b.engineering_lead');
    expect(globexFacts['What your company delivered']).toBe(globexDelivery);
    expect(JSON.stringify(globexFacts)).not.toContain(acmeDelivery);

    // The same in their mails.
    const acmeMail = await taskMail(joint, personOf(acme, 'engineering_lead'), 'integration_signoff.1.company_a.engineering_lead');
    expect(acmeMail.text).toContain(`What your company delivered: ${acmeDelivery}`);
    expect(acmeMail.text).not.toContain(globexDelivery);
    const globexMail = await taskMail(joint, personOf(globex, 'engineering_lead'), 'integration_signoff.1.company_b.engineering_lead');
    expect(globexMail.text).toContain(`What your company delivered: ${globexDelivery}`);
    expect(globexMail.text).not.toContain(acmeDelivery);
  });
});
