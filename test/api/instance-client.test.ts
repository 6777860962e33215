/**
 * InstanceClient is how routes, pages, the directory and tests drive instances; it writes
 * the acting person's email the way the directory and the workflow compare it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstanceClient } from '../../api/instance-client.js';
import type { Template } from '../../definitions/template.js';
import { acme, globex, paul, vera } from '../fixtures/people.js';
import { startTestStack, type TestStack } from '../support/stack.js';

const template: Template = {
  id: 'instance-client',
  version: 1,
  title: 'Confirm and close',
  parties: { vendor: { roles: { manager: {} } }, partner: { roles: { requester: {} } } },
  inputs: {},
  steps: [
    { id: 'confirm', kind: 'task', title: 'Confirm the plan', owner: 'partner.requester', next: 'done', status: 'Waiting for partner' },
    { id: 'done', kind: 'end', status: 'Closed' },
  ],
};

const bindings = { companies: { vendor: acme, partner: globex }, participants: { 'vendor.manager': [vera], 'partner.requester': [paul] } };

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('InstanceClient', () => {
  it('records a decision sent with the actor’s email in capitals as that person’s', async () => {
    const instances = new InstanceClient(stack.client);
    const { id } = await instances.start({ template, businessKey: 'capitals-1', bindings, input: {}, initiator: vera, taskQueue: stack.taskQueue });

    const state = await instances.decide(id, { taskId: 'confirm.1.partner.requester', actor: paul.email.toUpperCase(), outcome: 'submit' });

    expect(state.lifecycle).toBe('completed');
    expect(state.tasks.find((task) => task.id === 'confirm.1.partner.requester')?.decidedBy).toEqual(paul);
  });

  it('cancels for an initiator who wrote their email in capitals', async () => {
    const instances = new InstanceClient(stack.client);
    const { id } = await instances.start({ template, businessKey: 'capitals-2', bindings, input: {}, initiator: vera, taskQueue: stack.taskQueue });

    const state = await instances.cancel(id, { actor: vera.email.toUpperCase(), reason: 'plan dropped' });

    expect(state.lifecycle).toBe('cancelled');
  });
});
