/**
 * A partner cannot put its own people into the vendor's roles of a fund request, by any path:
 * the generic start, the fund request route, decisions over the API, or an instance started
 * past the API. No such attempt moves the vendor's money.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstanceClient } from '../../api/instance-client.js';
import { FUND_REQUEST_TEMPLATE } from '../../api/mdf/fund-requests.js';
import { proposalForm } from '../../api/mdf/proposal.js';
import { Proposal } from '../../api/mdf/schemas.js';
import { findTemplate } from '../../api/template-catalog.js';
import type { Person } from '../../workflows/schemas.js';
import { enrol } from '../support/directory.js';
import { eventually } from '../support/eventually.js';
import { call } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { expectBalances, fundedAllocation, lead, manager, partner, prepare, proposal, requestFunds, requester, vendor, waitForStatus, type ErrorAnswer, type Keys } from './support.js';

let stack: TestStack;
let keys: Keys;
/** People of the partner who would like to approve the partner's own request. */
const accomplice: Person = { name: 'Mal Accomplice', email: 'mal@globex.example', company: partner };
const forgedVendorRoles = {
  'vendor.channel_manager': [{ ...accomplice, company: vendor }],
  'vendor.marketing_approver': [{ ...accomplice, company: vendor }],
  'vendor.finance': [{ ...accomplice, company: vendor }],
  'vendor.compliance': [{ ...accomplice, company: vendor }],
};

beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  keys = await prepare(stack);
  await enrol(stack, [{ person: accomplice }]);
});
afterAll(async () => {
  await stack?.stop();
});

describe('a forged vendor team', () => {
  it('is refused at the generic start, whether the partner names the vendor’s people or leaves them out', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const start = (participants: Record<string, unknown>) =>
      call<ErrorAnswer>(stack, 'POST', '/instances', {
        key: keys.partner,
        body: { templateId: FUND_REQUEST_TEMPLATE, businessKey: `forged-${randomUUID()}`, bindings: { companies: { vendor, partner }, participants }, input: { allocation_id: allocation.id }, initiator: requester.email },
      });
    const named = await start({ ...forgedVendorRoles, 'partner.requester': [requester.email], 'partner.marketing_lead': [lead.email] });
    expect(named).toMatchObject({ status: 403, body: { error: { code: 'role_of_other_company' } } });
    // Without a directory group in the template, the vendor's roles have nobody the partner could reach.
    const omitted = await start({ 'partner.requester': [requester.email], 'partner.marketing_lead': [lead.email] });
    expect(omitted).toMatchObject({ status: 422, body: { error: { code: 'role_unresolved' } } });
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, committed: 0, available: allocation.amount });
  });

  it('cannot be slipped into the fund request route: requester and lead must be the partner’s own active people', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const asVendor = await requestFunds(stack, keys, allocation.id, { requester: manager, proposal: proposal(1_000_00) });
    expect(asVendor).toMatchObject({ status: 422, body: { error: { code: 'unknown_person' } } });
    const stranger = await requestFunds(stack, keys, allocation.id, { marketingLead: 'nobody@globex.example', proposal: proposal(1_000_00) });
    expect(stranger).toMatchObject({ status: 422, body: { error: { code: 'unknown_person' } } });
    // A fund request started properly gets the vendor's roles from the budget's team, whatever the body says about them.
    const extra = await requestFunds(stack, keys, allocation.id, { team: forgedVendorRoles, proposal: proposal(1_000_00) });
    expect(extra).toMatchObject({ status: 400, body: { error: { code: 'unknown_fields' } } });
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, available: allocation.amount });
  });

  it('cannot decide the vendor’s tasks through the partner’s key', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(1_000_00) });
    expect(started.status).toBe(201);
    await waitForStatus(stack, keys.partner, started.body.id, 'In review');
    const path = `/instances/${encodeURIComponent(started.body.id)}/tasks/manager_review.1.vendor.channel_manager/decision`;
    const asManager = await call<ErrorAnswer>(stack, 'POST', path, { key: keys.partner, body: { actor: manager.email, outcome: 'approve' } });
    expect(asManager.status).toBe(404);
    const asAccomplice = await call<ErrorAnswer>(stack, 'POST', path, { key: keys.partner, body: { actor: accomplice.email, outcome: 'approve' } });
    expect(asAccomplice.status).toBe(404);
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, available: allocation.amount });
  });

  it('moves no money for a fund request started past the directory, even with the forged people approving', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const published = await findTemplate(stack.pool, FUND_REQUEST_TEMPLATE);
    if (!published) throw new Error('the built-in template is not published');
    // Started straight on Temporal, as a script with access to the cluster could: no directory, no instance_bindings row.
    const started = await new InstanceClient(stack.client).start({
      template: published.template,
      businessKey: `bypass-${randomUUID()}`,
      bindings: { companies: { vendor, partner }, participants: { ...forgedVendorRoles, 'partner.requester': [requester], 'partner.marketing_lead': [lead] } },
      input: { allocation_id: allocation.id },
      initiator: requester,
      taskQueue: stack.taskQueue,
    });
    await new InstanceClient(stack.client).decide(started.id, { taskId: 'proposal.1.partner.requester', actor: requester.email, outcome: 'submit', form: proposalForm(Proposal.parse(proposal(5_000_00))) });
    const state = await eventually(async () => {
      const current = await new InstanceClient(started.handle.client).state(started.handle.workflowId);
      expect(current.status).toBe('Changes requested');
      return current;
    });
    expect(state.vars['ledger_problem']).toMatchObject({ code: 'unbound_instance' });
    // Nobody — forged or real — was ever asked to approve it.
    expect(state.tasks.filter((task) => task.party === 'vendor')).toEqual([]);
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, committed: 0, available: allocation.amount });
  });

  it('leaves out a team member deactivated since the budget was made, and refuses a start when a role has nobody left', async () => {
    const allocation = await fundedAllocation(stack, keys);
    const stand = { name: 'Sam Standby', email: 'sam@acme.example', company: vendor };
    await enrol(stack, [{ person: stand }]);
    await stack.pool.query(`UPDATE people SET active = false WHERE company_id = $1 AND email = $2`, [vendor, 'cora@acme.example']);
    try {
      const refused = await requestFunds(stack, keys, allocation.id, { proposal: proposal(1_000_00) });
      expect(refused).toMatchObject({ status: 422, body: { error: { code: 'role_unresolved' } } });
      expect(refused.body.error.message).toContain('compliance');
    } finally {
      await stack.pool.query(`UPDATE people SET active = true WHERE company_id = $1 AND email = $2`, [vendor, 'cora@acme.example']);
    }
  });
});

describe('relationships', () => {
  it('allow allocations only to partners that accepted the vendor’s invitation', async () => {
    const budget = await call<{ id: string }>(stack, 'POST', '/budgets', {
      key: keys.vendor,
      body: { name: 'Unrelated', period: '2030-H1', currency: 'USD', total: 1_000_00, team: { channel_manager: [manager.email], marketing_approver: [manager.email], finance: [manager.email], compliance: [manager.email] } },
    });
    expect(budget.status).toBe(201);
    const toOutsider = await call<ErrorAnswer>(stack, 'POST', `/budgets/${budget.body.id}/allocations`, { key: keys.vendor, body: { partnerCompanyId: 'initech', amount: 100_00 } });
    expect(toOutsider).toMatchObject({ status: 422, body: { error: { code: 'relationship_missing' } } });
    const toNowhere = await call<ErrorAnswer>(stack, 'POST', `/budgets/${budget.body.id}/allocations`, { key: keys.vendor, body: { partnerCompanyId: 'no-such-company', amount: 100_00 } });
    expect(toNowhere.status).toBe(422);
    expect((await call(stack, 'POST', `/budgets/${budget.body.id}/allocations`, { key: keys.vendor, body: { partnerCompanyId: partner, amount: 100_00 } })).status).toBe(201);
  });
});
