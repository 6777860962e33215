/**
 * A partner portal written from the OpenAPI document alone: the typed client generated from it
 * (api/client, openapi-typescript + openapi-fetch) drives an MDF fund request from budget to
 * Closed and a joint solution from plan to Building, with the compiler checking every path,
 * parameter and body. Every answer is parsed with the response schema the document is built
 * from, and must contain nothing the schema does not name.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { tandemClient, type components } from '../../api/client/index.js';
import * as R from '../../api/responses.js';
import { publishBuiltIns } from '../../api/template-catalog.js';
import { loadTemplateFile } from '../../definitions/load.js';
import { projectRoot } from '../../scripts/stack/paths.js';
import { keyFor } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { bindingsFor, personOf, type Cast } from '../joint/people.js';
import { enrol, relate } from '../support/directory.js';
import { QUIET_TIMERS } from '../joint/joint-instance.js';

let stack: TestStack;
const keys: Record<string, string> = {};

beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  await publishBuiltIns(stack.pool);
  for (const company of ['acme', 'globex', 'initech']) keys[company] = await keyFor(stack, company);
  // The directory: the vendor's MDF team and the partner's requester, related for MDF; the joint solution's people.
  await enrol(stack, [vera, mara, finn, cora, paul].map((person) => ({ person })));
  await relate(stack, 'acme', 'globex');
  // The joint solution's people, each in the directory group the template names for their role.
  const joint = loadTemplateFile(path.join(projectRoot, 'definitions', 'joint-solution.yaml'));
  if (!joint.ok) throw new Error('joint-solution.yaml is not valid');
  const groupOf = (ref: string) => {
    const [party = '', role = ''] = ref.split('.');
    return joint.template.parties[party]?.roles[role]?.group ?? role;
  };
  await enrol(stack, Object.entries(bindingsFor(jointCast).participants).flatMap(([ref, people]) => people.map((person) => ({ person, groups: [groupOf(ref)] }))));
});
afterAll(async () => {
  await stack?.stop();
});

const client = (company: string) => tandemClient(stack.api?.url ?? '', keys[company] ?? '');

/** Parses an answer with its response schema; it must hold no field the schema does not name. */
function conforms<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const parsed = schema.parse(data);
  expect(parsed).toEqual(data);
  return parsed;
}

/** Fails with the API's error when a call did not succeed. */
function ok<T>(answer: { data?: T; error?: unknown; response: Response }): T {
  expect(answer.error, `${answer.response.status} ${JSON.stringify(answer.error)}`).toBeUndefined();
  if (answer.data === undefined) throw new Error(`no body (${answer.response.status})`);
  return answer.data;
}

type FundRequest = components['schemas']['FundRequestDetail'];

/** Long-polls a fund request until its status is one of `statuses`. */
async function fundRequestReaches(company: string, id: string, statuses: readonly FundRequest['status'][]): Promise<FundRequest> {
  const deadline = Date.now() + 30_000;
  let etag: string | undefined;
  for (;;) {
    const answer = await client(company).GET('/fund-requests/{id}', { params: { path: { id }, query: { waitForChange: '10s' }, header: etag ? { 'If-None-Match': etag } : {} } });
    if (answer.response.status === 200) {
      const request = conforms(R.FundRequestDetail, ok(answer));
      if (statuses.includes(request.status)) return request;
      etag = answer.response.headers.get('etag') ?? undefined;
    } else expect(answer.response.status).toBe(304);
    if (Date.now() > deadline) throw new Error(`fund request ${id} did not reach ${statuses.join(' or ')}`);
  }
}

const person = (name: string, email: string, company: string) => ({ name, email, company });
const vera = person('Vera Channel', 'vera@acme.example', 'acme');
const mara = person('Mara Marketing', 'mara@acme.example', 'acme');
const finn = person('Finn Finance', 'finn@acme.example', 'acme');
const cora = person('Cora Compliance', 'cora@acme.example', 'acme');
const paul = person('Paul Partner', 'paul@globex.example', 'globex');
const jointCast: Cast = { companies: { company_a: 'acme', company_b: 'globex', company_c: 'initech' }, certifier: 'initech', publisher: 'initech' };

describe('a portal on the typed client', () => {
  it('runs an MDF fund request from budget to Closed', async () => {
    const vendor = client('acme');
    const partner = client('globex');
    const budget = conforms(
      R.BudgetView,
      ok(
        await vendor.POST('/budgets', {
          body: { name: 'Partner marketing', period: '2026-H1', currency: 'USD', total: 100_000_00, team: { channel_manager: [vera], marketing_approver: [mara], finance: [finn], compliance: [cora] }, settings: { auditSamplePercent: 0, followUpAfter: '0s', followUpWindow: '1s' } },
          params: { header: { 'Idempotency-Key': 'budget-2026-h1' } },
        }),
      ),
    );
    const allocation = conforms(R.AllocationView, ok(await vendor.POST('/budgets/{id}/allocations', { params: { path: { id: budget.id } }, body: { partnerCompanyId: 'globex', amount: 20_000_00 } })));
    expect(allocation.available).toBe(20_000_00);

    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const started = conforms(
      R.FundRequestView,
      ok(
        await partner.POST('/fund-requests', {
          body: {
            allocationId: allocation.id,
            businessKey: 'typed-webinar',
            requester: paul,
            proposal: { activityType: 'webinar', description: 'Joint webinar on the new release', startDate: day(-2), endDate: day(-1), requestedAmount: { amount: 5_000_00, currency: 'USD' }, expectedLeads: 50 },
          },
        }),
      ),
    );
    expect(started.status).toBe('In review');

    const preApproval = 'manager_review.1.vendor.channel_manager';
    conforms(R.InstanceView, ok(await vendor.POST('/instances/{id}/tasks/{taskId}/decision', { params: { path: { id: started.id, taskId: preApproval } }, body: { actor: vera.email, outcome: 'approve' } })));
    const due = await fundRequestReaches('globex', started.id, ['Claim due']);
    expect(due.funds?.reserved).toBe(5_000_00);

    const agenda = new FormData();
    agenda.append('file', new Blob([Buffer.from('%PDF-1.4\n% agenda\n')], { type: 'application/pdf' }), 'agenda.pdf');
    const uploaded = conforms(R.StoredDocuments, ok(await partner.POST('/fund-requests/{id}/documents', { params: { path: { id: started.id } }, body: { file: [] }, bodySerializer: () => agenda })));
    const documentId = uploaded.documents[0]?.id ?? '';

    const claimed = conforms(
      R.FundRequestView,
      ok(
        await partner.POST('/fund-requests/{id}/claim', {
          params: { path: { id: started.id } },
          body: { actor: paul.email, claim: { proof: [{ documentId }], invoices: [{ name: 'Invoice 117', url: 'https://invoices.globex.example/117.pdf', sha256: createHash('sha256').update('invoice 117').digest('hex').toUpperCase() }], actualCost: { amount: 4_500_00, currency: 'USD' }, attendees: 120, leads: 40, pipeline: { amount: 90_000_00, currency: 'USD' } } },
        }),
      ),
    );
    expect(claimed.status).toBe('Claim submitted');
    const reviewed = conforms(R.FundRequestView, ok(await vendor.POST('/fund-requests/{id}/claim-review', { params: { path: { id: started.id } }, body: { actor: mara.email, outcome: 'approve' } })));
    expect(reviewed.status).toBe('Approved');
    conforms(
      R.InstanceView,
      ok(await vendor.POST('/instances/{id}/tasks/{taskId}/decision', { params: { path: { id: started.id, taskId: 'reimbursement.1.vendor.finance' } }, body: { actor: finn.email, outcome: 'paid', form: { payment_reference: 'PAY-1', paid_on: day(0) } } })),
    );
    const reimbursed = await fundRequestReaches('acme', started.id, ['In audit', 'Closed']);
    if (reimbursed.status === 'In audit') {
      await vendor.POST('/instances/{id}/tasks/{taskId}/decision', { params: { path: { id: started.id, taskId: 'audit.1.vendor.compliance' } }, body: { actor: cora.email, outcome: 'pass', form: { findings: 'Proof matches.' } } });
    }
    const closed = await fundRequestReaches('globex', started.id, ['Closed']);
    expect(closed.funds).toMatchObject({ reserved: 0, committed: 4_500_00, released: 500_00 });
    expect(closed.movements.map((movement) => movement.kind)).toEqual(['reserve', 'commit', 'release']);

    const balances = conforms(R.AllocationDetail, ok(await partner.GET('/allocations/{id}', { params: { path: { id: allocation.id } } })));
    expect(balances.available).toBe(15_500_00);
    const listed = conforms(R.FundRequestList, ok(await vendor.GET('/fund-requests', { params: { query: { status: 'Closed' } } })));
    expect(listed.fundRequests.map((request) => request.id)).toContain(started.id);
    const report = conforms(R.Report, ok(await vendor.GET('/reports/mdf', { params: { query: { period: '2026-H1' } } })));
    expect(report.rows[0]).toMatchObject({ partnerCompanyId: 'globex', committed: '450000' });
  });

  it('takes a joint solution of three companies from plan to Building, each on its own key', async () => {
    const cast = jointCast;
    const lead = (company: string) => personOf(company, 'alliance_lead');
    const started = conforms(
      R.StartedInstance,
      ok(await client('acme').POST('/instances', { body: { templateId: 'joint-solution', businessKey: 'typed-client', bindings: { companies: bindingsFor(cast).companies }, input: { solution_name: 'Checkout Insights', ...QUIET_TIMERS }, initiator: lead('acme') } })),
    );
    const id = started.id;
    const decide = async (company: string, taskId: string, outcome: string, form?: Record<string, unknown>) => {
      // The task opens a moment after the decision before it: wait for it in the company's inbox.
      for (let tries = 0; ; tries++) {
        const inbox = conforms(R.Inbox, ok(await client(company).GET('/tasks', { params: { query: { filter: 'open' } } })));
        if (inbox.tasks.some((task) => task.id === taskId && task.instance.id === id)) break;
        if (tries > 100) throw new Error(`${taskId} never opened for ${company}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return conforms(R.InstanceView, ok(await client(company).POST('/instances/{id}/tasks/{taskId}/decision', { params: { path: { id, taskId } }, body: { actor: lead(company).email, outcome, ...(form ? { form } : {}) } })));
    };
    await decide('acme', 'plan.1.company_a.alliance_lead', 'submit', { scope: 'Checkout analytics', target_date: '2026-09-30', workstream_company_a: 'Connector', workstream_company_b: 'Analytics', workstream_company_c: 'Packaging' });
    await decide('acme', 'plan_approval.1.company_a.alliance_lead', 'approve');
    await decide('globex', 'plan_approval.1.company_b.alliance_lead', 'approve');
    const building = await decide('initech', 'plan_approval.1.company_c.alliance_lead', 'approve');
    expect(['Plan in review', 'Building']).toContain(building.status);

    const view = async (company: string) => conforms(R.InstanceView, ok(await client(company).GET('/instances/{id}', { params: { path: { id } } })));
    for (let tries = 0; (await view('globex')).status !== 'Building'; tries++) {
      if (tries > 100) throw new Error('never reached Building');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const timeline = conforms(R.Timeline, ok(await client('globex').GET('/instances/{id}/timeline', { params: { path: { id } } })));
    expect(timeline.events.some((event) => event.type === 'decided')).toBe(true);
    // Each company sees its own view, with its own ETag.
    const tags = await Promise.all(['acme', 'globex'].map(async (company) => (await client(company).GET('/instances/{id}', { params: { path: { id } } })).response.headers.get('etag')));
    expect(tags[0]).not.toBe(tags[1]);
  });
});
