/**
 * A small process for the cycle-times tests: the partner proposes (shared, due in an hour),
 * the vendor checks the budget internally (its own, not shared), then the vendor reviews
 * (shared, due in one second, so a review can be made late on purpose). Instances are driven
 * through the HTTP API with each company's key.
 */
import { expect } from 'vitest';
import type { TemplateInput } from '../../definitions/template.js';
import type { Person } from '../../workflows/schemas.js';
import { acme, parties, paul, vera } from '../fixtures/people.js';
import { eventually } from './eventually.js';
import { call } from './http.js';
import type { TestStack } from './stack.js';

/** A second partner: its instances are no business of the first. */
export const ivy: Person = { name: 'Ivy Initech', email: 'ivy@initech.example', company: 'initech' };

export const cycleTemplate: TemplateInput = {
  id: 'cycle-campaign',
  version: 1,
  title: 'Campaign with SLAs',
  parties,
  steps: [
    { id: 'propose', kind: 'task', title: 'Propose the campaign', shared: true, owner: 'partner.requester', outcomes: ['submit'], due: '1h', next: { submit: 'budget_check' } },
    { id: 'budget_check', kind: 'task', title: 'Check the budget internally', owner: 'vendor.manager', outcomes: ['done'], next: { done: 'review' } },
    { id: 'review', kind: 'approval', title: 'Review the campaign', shared: true, approvers: ['vendor.manager'], outcomes: ['approve', 'reject'], due: '1s', next: { approve: 'done', reject: 'done' } },
    { id: 'done', kind: 'end', status: 'Done' },
  ],
};

interface SeenTask {
  id: string;
  status: string;
  dueAt: string | null;
}

/** Waits until task `taskId` of instance `id` is open for `key`'s company; returns it. */
async function openTask(stack: TestStack, key: string, id: string, taskId: string): Promise<SeenTask> {
  return eventually(async () => {
    const answer = await call<{ tasks: SeenTask[] }>(stack, 'GET', `/instances/${id}`, { key });
    const task = answer.body.tasks?.find((candidate) => candidate.id === taskId && candidate.status === 'open');
    if (!task) throw new Error(`${taskId} of ${id} is not open yet`);
    return task;
  });
}

async function decide(stack: TestStack, key: string, id: string, taskId: string, actor: Person, outcome: string): Promise<void> {
  await openTask(stack, key, id, taskId);
  const answer = await call(stack, 'POST', `/instances/${id}/tasks/${taskId}/decision`, { key, body: { actor: actor.email, outcome } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
}

/**
 * Runs one instance to its end: the partner proposes, the vendor checks and approves. With
 * `lateReview` the vendor approves only once the review's due time has passed.
 */
export async function runCampaign(stack: TestStack, keys: Record<string, string>, partner: Person, businessKey: string, lateReview: boolean): Promise<string> {
  const partnerKey = keys[partner.company] ?? '';
  const vendorKey = keys[acme] ?? '';
  const started = await call<{ id: string }>(stack, 'POST', '/instances', {
    key: partnerKey,
    body: { templateId: cycleTemplate.id, businessKey, bindings: { companies: { vendor: acme, partner: partner.company } }, input: {}, initiator: partner },
  });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  const id = started.body.id;
  await decide(stack, partnerKey, id, 'propose.1.partner.requester', partner, 'submit');
  await decide(stack, vendorKey, id, 'budget_check.1.vendor.manager', vera, 'done');
  const review = await openTask(stack, vendorKey, id, 'review.1.vendor.manager');
  if (lateReview) {
    const due = Date.parse(review.dueAt ?? '');
    expect(Number.isFinite(due)).toBe(true);
    // Waits for the SLA to pass, a condition on the clock.
    await eventually(() => expect(Date.now()).toBeGreaterThan(due + 10), 10_000, 25);
  }
  await decide(stack, vendorKey, id, 'review.1.vendor.manager', vera, 'approve');
  return id;
}

export { paul };
