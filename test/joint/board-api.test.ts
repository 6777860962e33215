/**
 * GET /joint/solutions through real Temporal and Postgres, as a joint solution moves: each
 * company of it sees it in the stage it is in, with every company's workstream (blocked,
 * delivered, reworking findings), its own workstream's due date only, the certification
 * findings while they are reworked, and when the certification ends once published. A
 * company that takes no part sees nothing of it; nothing private of a workstream leaks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishBuiltIns } from '../../api/template-catalog.js';
import { eventually } from '../support/eventually.js';
import { call, keyFor } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { actOnMail, startJoint, statusBecomes, type JointInstance } from './joint-instance.js';
import { acme, globex, initech, personOf, type Cast } from './people.js';

interface Workstream {
  party: string;
  companyId: string;
  state: string;
  rework: boolean;
  dueAt: string | null;
}
interface Card {
  id: string;
  name: string;
  stage: string;
  status: string;
  yourParties: string[];
  workstreams: Workstream[];
  findings: string | null;
  certifiedAt: string | null;
  certificationExpiresAt: string | null;
}

let stack: TestStack;
let joint: JointInstance;
const keys: Record<string, string> = {};
const cast: Cast = { companies: { company_a: acme, company_b: globex }, certifier: initech, publisher: initech };
const plan = { scope: 'Checkout analytics', target_date: '2026-09-30', workstream_company_a: 'Connector', workstream_company_b: 'Analytics service' };
const blockedReason = 'Waiting for the private staging keys of acme-internal-7781';
const findings = 'Tokens are written to the logs';

beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  await publishBuiltIns(stack.pool);
  for (const company of [acme, globex, initech, 'hooli']) keys[company] = await keyFor(stack, company);
  joint = await startJoint(stack, keys, cast, 'board-api');
});
afterAll(async () => {
  await stack?.stop();
});

const boardOf = async (company: string) => {
  const answer = await call<{ stages: string[]; solutions: Card[] }>(stack, 'GET', '/joint/solutions', { key: keys[company] ?? '' });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body;
};
/** The card of the solution on `company`'s board once `check` holds for it. */
const cardOf = (company: string, check: (card: Card) => void) =>
  eventually(async () => {
    const card = (await boardOf(company)).solutions.find((solution) => solution.id === joint.id);
    expect(card, `${company} has the solution on its board`).toBeDefined();
    check(card as Card);
    return card as Card;
  });
const states = (card: Card) => Object.fromEntries(card.workstreams.map((workstream) => [workstream.companyId, workstream.state]));
const lead = (company: string) => personOf(company, 'alliance_lead');
const owner = (company: string) => personOf(company, 'workstream_owner');
const engineer = (company: string) => personOf(company, 'engineering_lead');

describe('the joint solutions board', () => {
  it('shows each company of a solution its stage and every company’s workstream, and an outsider nothing', async () => {
    expect((await boardOf(acme)).stages).toEqual(['plan', 'build', 'test', 'certification', 'listing', 'published', 'recertification_due', 'ended']);
    const planning = await cardOf(globex, (card) => expect(card.stage).toBe('plan'));
    expect(planning).toMatchObject({ name: 'Checkout Insights', yourParties: ['company_b'] });
    expect(states(planning)).toEqual({ [acme]: 'not_started', [globex]: 'not_started' });

    await actOnMail(joint, lead(acme), 'plan.1.company_a.alliance_lead', 'submit', { form: plan });
    await actOnMail(joint, lead(acme), 'plan_approval.1.company_a.alliance_lead', 'approve');
    await actOnMail(joint, lead(globex), 'plan_approval.1.company_b.alliance_lead', 'approve');
    await statusBecomes(joint, 'Building');

    // Acme is blocked: every company sees that, only acme why, and each only its own due date.
    await actOnMail(joint, owner(acme), 'company_a_workstream.1.company_a.workstream_owner', 'blocked', { form: { blocked_reason: blockedReason } });
    const forAcme = await cardOf(acme, (card) => expect(states(card)).toEqual({ [acme]: 'blocked', [globex]: 'in_progress' }));
    expect(forAcme.stage).toBe('build');
    expect(forAcme.workstreams.find((workstream) => workstream.companyId === acme)?.dueAt).toEqual(expect.any(String));
    expect(forAcme.workstreams.find((workstream) => workstream.companyId === globex)?.dueAt).toBeNull();
    const forGlobex = await cardOf(globex, (card) => expect(states(card)).toEqual({ [acme]: 'blocked', [globex]: 'in_progress' }));
    expect(forGlobex.workstreams.find((workstream) => workstream.companyId === acme)?.dueAt).toBeNull();
    expect(forGlobex.workstreams.find((workstream) => workstream.companyId === globex)?.dueAt).toEqual(expect.any(String));
    expect(JSON.stringify(await boardOf(globex))).not.toContain('acme-internal-7781');

    // The certifier and publisher sees it too; a company not in it sees no solution at all.
    expect((await cardOf(initech, (card) => expect(card.stage).toBe('build'))).yourParties).toEqual(['certifier', 'publisher']);
    expect((await boardOf('hooli')).solutions).toEqual([]);

    await actOnMail(joint, owner(globex), 'company_b_workstream.1.company_b.workstream_owner', 'submit', { form: { delivered: 'Analytics 1.0' } });
    await cardOf(acme, (card) => expect(states(card)).toEqual({ [acme]: 'blocked', [globex]: 'delivered' }));
    await actOnMail(joint, owner(acme), 'company_a_workstream.2.company_a.workstream_owner', 'submit', { form: { delivered: 'Connector 1.0' } });
    await cardOf(globex, (card) => expect([card.stage, states(card)]).toEqual(['test', { [acme]: 'delivered', [globex]: 'delivered' }]));
  });

  it('shows the findings and who reworks them after a failed certification, then when the certification ends once published', async () => {
    await actOnMail(joint, engineer(acme), 'test_report.1.company_a.engineering_lead', 'submit', { form: { report: 'https://acme.example/report', summary: 'All flows pass' } });
    for (const [company, party] of [[acme, 'company_a'], [globex, 'company_b']] as const) await actOnMail(joint, engineer(company), `integration_signoff.1.${party}.engineering_lead`, 'approve');
    await cardOf(acme, (card) => expect(card.stage).toBe('certification'));
    await actOnMail(joint, personOf(initech, 'technical_reviewer'), 'technical_review.1.certifier.technical_reviewer', 'pass');
    await actOnMail(joint, personOf(initech, 'security_reviewer'), 'security_review.1.certifier.security_reviewer', 'fail', { form: { findings, rework_company_b: true } });

    const reworking = await cardOf(acme, (card) => expect(card.stage).toBe('build'));
    expect(reworking.findings).toBe(`Security review: ${findings}`);
    expect(reworking.workstreams.map((workstream) => [workstream.companyId, workstream.state, workstream.rework])).toEqual([
      [acme, 'delivered', false],
      [globex, 'rework', true],
    ]);

    await actOnMail(joint, owner(globex), 'company_b_workstream.2.company_b.workstream_owner', 'submit', { form: { delivered: 'Analytics 1.1' } });
    await actOnMail(joint, engineer(acme), 'test_report.2.company_a.engineering_lead', 'submit', { form: { report: 'https://acme.example/report-2', summary: 'Retested' } });
    for (const [company, party] of [[acme, 'company_a'], [globex, 'company_b']] as const) await actOnMail(joint, engineer(company), `integration_signoff.2.${party}.engineering_lead`, 'approve');
    await actOnMail(joint, personOf(initech, 'technical_reviewer'), 'technical_review.2.certifier.technical_reviewer', 'pass');
    await actOnMail(joint, personOf(initech, 'security_reviewer'), 'security_review.2.certifier.security_reviewer', 'pass');
    const listing = await cardOf(globex, (card) => expect(card.stage).toBe('listing'));
    expect(listing.findings).toBeNull();
    expect(listing.certificationExpiresAt).toBeNull();

    await actOnMail(joint, personOf(initech, 'marketplace_manager'), 'listing.1.publisher.marketplace_manager', 'submit', { form: { name: 'Checkout Insights', description: 'Analytics for checkouts' } });
    for (const [company, party] of [[acme, 'company_a'], [globex, 'company_b']] as const) await actOnMail(joint, lead(company), `listing_approval.1.${party}.alliance_lead`, 'approve');
    const published = await cardOf(globex, (card) => expect(card.certifiedAt).not.toBeNull());
    expect(published.stage).toBe('published');
    // The test's timers: a re-certification reminder of 1h and a notice of 1h after it.
    expect(Date.parse(published.certificationExpiresAt ?? '') - Date.parse(published.certifiedAt ?? '')).toBe(2 * 3_600_000);
  });
});
