/**
 * Deactivating a person over the real API, Temporal, Postgres and SMTP: their open tasks go
 * to the role's other holders, or to the party's admins when nobody else holds it; their links
 * stop working; and a deactivation that would leave a task with nobody is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstanceClient } from '../../api/instance-client.js';
import { publishTemplate } from '../../api/template-catalog.js';
import type { TemplateInput } from '../../definitions/template.js';
import { acme, dora, fin, globex, parties, paul, startBindings, vera } from '../fixtures/people.js';
import { enrol, enrolFixtures } from '../support/directory.js';
import { eventually } from '../support/eventually.js';
import { call, keyFor, projected } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

const template: TemplateInput = {
  id: 'handover',
  version: 1,
  title: 'Hand-over',
  parties,
  admins: ['vendor.director'],
  steps: [
    { id: 'review', kind: 'approval', approvers: ['vendor.manager', 'vendor.finance'], next: { approve: 'done', reject: 'done', request_changes: 'done' } },
    { id: 'done', kind: 'end', status: 'Done' },
  ],
};

const mona = { name: 'Mona Manager', email: 'mona@acme.example', company: acme };
let stack: TestStack;
let acmeAdmin: string;
let globexAdmin: string;
let people: Map<string, string>;

beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  await publishTemplate(stack.pool, template);
  people = await enrolFixtures(stack);
  for (const [email, id] of await enrol(stack, [{ person: mona, groups: ['managers'] }])) people.set(email, id);
  acmeAdmin = await keyFor(stack, acme);
  globexAdmin = await keyFor(stack, globex);
});
afterAll(async () => {
  await stack?.stop();
});

interface ErrorBody {
  error: { code: string; message: string };
}

describe('deactivating a person', () => {
  it('hands their tasks to the role’s other holders, or to the party’s admins, and their links stop working', async () => {
    const started = await call<{ id: string }>(stack, 'POST', '/instances', { key: globexAdmin, body: { templateId: 'handover', businessKey: 'handover-1', bindings: startBindings, input: {}, initiator: paul.email } });
    expect(started.status).toBe(201);
    const id = started.body.id;
    const handle = stack.client.workflow.getHandle(id);
    await stack.smtp.waitFor((mail) => mail.to.includes(fin.email) && mail.headers.get('x-tandem-instance') === id);

    // Finn is finance's only holder: the task goes to the vendor's admin role (the director, Dora).
    const finn = await call<{ active: boolean; handedOver: string[] }>(stack, 'PATCH', `/directory/people/${people.get(fin.email) ?? ''}`, { key: acmeAdmin, body: { active: false } });
    expect(finn.status).toBe(200);
    expect(finn.body).toMatchObject({ active: false, handedOver: [id] });
    const afterFinn = await new InstanceClient(handle.client).state(handle.workflowId);
    expect(afterFinn.tasks.find((task) => task.id === 'review.1.vendor.finance')?.assignees.map((person) => person.email)).toEqual([dora.email]);
    expect(afterFinn.history.some((event) => event.type === 'reassigned' && event.actor === 'system' && event.details?.['from'] === fin.email)).toBe(true);
    await stack.smtp.waitFor((mail) => mail.to.includes(dora.email) && mail.headers.get('x-tandem-instance') === id);
    const finnsLinks = await stack.pool.query<{ revoked: boolean }>(`SELECT revoked_at IS NOT NULL AS revoked FROM action_links WHERE instance_id = $1 AND recipient = $2 AND purpose = 'decide'`, [id, fin.email]);
    expect(finnsLinks.rows.length).toBeGreaterThan(0);
    expect(finnsLinks.rows.every((row) => row.revoked)).toBe(true);

    // Vera shares the manager role with Mona: Mona keeps it, nobody else is added.
    expect((await call(stack, 'PATCH', `/directory/people/${people.get(vera.email) ?? ''}`, { key: acmeAdmin, body: { active: false } })).status).toBe(200);
    const afterVera = await new InstanceClient(handle.client).state(handle.workflowId);
    expect(afterVera.tasks.find((task) => task.id === 'review.1.vendor.manager')?.assignees.map((person) => person.email)).toEqual([mona.email]);
    expect(afterVera.bindings.participants['vendor.manager']?.map((person) => person.email)).toEqual([mona.email]);

    // A deactivated person cannot be spoken for any more.
    const asFinn = await call<ErrorBody>(stack, 'POST', `/instances/${id}/tasks/review.1.vendor.finance/decision`, { key: acmeAdmin, body: { actor: fin.email, outcome: 'approve' } });
    expect(asFinn).toMatchObject({ status: 422, body: { error: { code: 'inactive_person' } } });
    expect((await call(stack, 'POST', `/instances/${id}/tasks/review.1.vendor.finance/decision`, { key: acmeAdmin, body: { actor: dora.email, outcome: 'approve' } })).status).toBe(200);
    expect((await call(stack, 'POST', `/instances/${id}/tasks/review.1.vendor.manager/decision`, { key: acmeAdmin, body: { actor: mona.email, outcome: 'approve' } })).status).toBe(200);
    await eventually(async () => expect((await new InstanceClient(handle.client).state(handle.workflowId)).status).toBe('Done'));
  });

  it('is refused, changing nothing, when it would leave a task’s role with nobody to act', async () => {
    // Finance has nobody active since the test above; a start would be refused until someone is back.
    const noFinance = await call<ErrorBody>(stack, 'POST', '/instances', { key: globexAdmin, body: { templateId: 'handover', businessKey: 'handover-2', bindings: startBindings, input: {}, initiator: paul.email } });
    expect(noFinance).toMatchObject({ status: 422, body: { error: { code: 'role_unresolved' } } });
    expect((await call(stack, 'PATCH', `/directory/people/${people.get(fin.email) ?? ''}`, { key: acmeAdmin, body: { active: true } })).status).toBe(200);
    const started = await call<{ id: string }>(stack, 'POST', '/instances', { key: globexAdmin, body: { templateId: 'handover', businessKey: 'handover-2', bindings: startBindings, input: {}, initiator: paul.email } });
    expect(started.status).toBe(201);
    await projected(stack, started.body.id, globexAdmin);
    // Paul is Globex's only requester; the template names no admin for the partner, and Globex's admins group is emptied.
    const gus = people.get('gus@globex.example') ?? '';
    expect((await call(stack, 'DELETE', `/directory/groups/admins/members/${gus}`, { key: globexAdmin })).status).toBe(200);
    const refused = await call<ErrorBody>(stack, 'PATCH', `/directory/people/${people.get(paul.email) ?? ''}`, { key: globexAdmin, body: { active: false } });
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'nobody_left' } } });
    expect(refused.body.error.message).toContain('admins');
    expect((await call<{ active: boolean }>(stack, 'GET', `/directory/people/${people.get(paul.email) ?? ''}`, { key: globexAdmin })).body.active).toBe(true);

    expect((await call(stack, 'POST', '/directory/groups/admins/members', { key: globexAdmin, body: { email: 'gus@globex.example' } })).status).toBe(200);
    const handed = await call<{ handedOver: string[] }>(stack, 'PATCH', `/directory/people/${people.get(paul.email) ?? ''}`, { key: globexAdmin, body: { active: false } });
    expect(handed.status).toBe(200);
    expect(handed.body.handedOver).toContain(started.body.id);
    const state = await new InstanceClient(stack.client).state(started.body.id);
    expect(state.bindings.participants['partner.requester']?.map((person) => person.email)).toEqual(['gus@globex.example']);
  });
});
