/**
 * Driving market development funds over the real API in tests: a vendor (Acme) with its
 * MDF team, a partner (Globex), budgets, allocations, fund requests and decisions, and the
 * ledger checks every test repeats.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { publishBuiltIns } from '../../api/template-catalog.js';
import type { Person } from '../../workflows/schemas.js';
import { enrol, relate } from '../support/directory.js';
import { eventually } from '../support/eventually.js';
import { call, keyFor, type HttpAnswer } from '../support/http.js';
import type { TestStack } from '../support/stack.js';

export const vendor = 'acme';
export const partner = 'globex';

export const manager: Person = { name: 'Vera Channel', email: 'vera@acme.example', company: vendor };
export const approver: Person = { name: 'Mara Marketing', email: 'mara@acme.example', company: vendor };
export const finance: Person = { name: 'Finn Finance', email: 'finn@acme.example', company: vendor };
export const compliance: Person = { name: 'Cora Compliance', email: 'cora@acme.example', company: vendor };
export const requester: Person = { name: 'Paul Partner', email: 'paul@globex.example', company: partner };
export const lead: Person = { name: 'Petra Lead', email: 'petra@globex.example', company: partner };

export const team = { channel_manager: [manager], marketing_approver: [approver], finance: [finance], compliance: [compliance] };

/** API keys of the vendor, the partner and a company that takes no part. */
export interface Keys {
  vendor: string;
  partner: string;
  outsider: string;
}

/** Publishes the built-in templates, puts the MDF people into their directories, relates Acme and Globex, and makes keys. */
export async function prepare(stack: TestStack): Promise<Keys> {
  await publishBuiltIns(stack.pool);
  await enrol(stack, [manager, approver, finance, compliance, requester, lead].map((person) => ({ person })));
  await relate(stack, vendor, partner);
  return { vendor: await keyFor(stack, vendor), partner: await keyFor(stack, partner), outsider: await keyFor(stack, 'initech') };
}

/** An error answer. */
export interface ErrorAnswer {
  error: { code: string; message: string; details?: unknown };
}

/** A fund request as the API shows it. */
export interface FundRequest {
  id: string;
  allocationId: string;
  status: string;
  lifecycle: string;
  funds: { reserved: number; committed: number; released: number; clawedBack: number; requested: number; currency: string } | null;
  problem: { code: string; message: string } | null;
  openTasks: Array<{ id: string; stepId: string }>;
  movements?: Array<{ kind: string; amount: number; reason: string | null }>;
}

/** An allocation with balances. */
export interface Allocation {
  id: string;
  amount: number;
  reserved: number;
  committed: number;
  released: number;
  clawedBack: number;
  available: number;
  movements?: Array<{ kind: string; amount: number; fundRequestId: string }>;
}

let periods = 0;

/**
 * Budget settings under which a paid request asks for its results at once and closes with the
 * follow-up unanswered a second later, so tests about the money see it close as before.
 */
export const SHORT_FOLLOW_UP = { followUpAfter: '0s', followUpWindow: '1s' };

/** A budget with one allocation to Globex; returns the allocation. */
export async function fundedAllocation(stack: TestStack, keys: Keys, options: { amount?: number; settings?: Record<string, unknown>; expiresAt?: string; currency?: string } = {}): Promise<Allocation & { period: string }> {
  const period = `2025-H${++periods}`;
  const budget = await call<{ id: string }>(stack, 'POST', '/budgets', {
    key: keys.vendor,
    body: { name: 'Partner marketing', period, currency: options.currency ?? 'USD', total: 10_000_000_00, team, settings: { claimWindow: '10m', auditSamplePercent: 0, ...SHORT_FOLLOW_UP, ...options.settings } },
  });
  expect(budget.status).toBe(201);
  const allocation = await call<Allocation>(stack, 'POST', `/budgets/${budget.body.id}/allocations`, {
    key: keys.vendor,
    body: { partnerCompanyId: partner, amount: options.amount ?? 20_000_00, ...(options.expiresAt ? { expiresAt: options.expiresAt } : {}) },
  });
  expect(allocation.status).toBe(201);
  return { ...allocation.body, period };
}

/** A day relative to today, as YYYY-MM-DD. */
export function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** A proposal for an activity that has already taken place, so the claim opens at once. */
export function proposal(amount: number, overrides: Record<string, unknown> = {}) {
  return { activityType: 'webinar', description: 'Joint webinar on the new release', startDate: day(-2), endDate: day(-1), requestedAmount: { amount, currency: 'USD' }, expectedLeads: 50, ...overrides };
}

/** Requests funds as Globex; returns the answer. */
export function requestFunds(stack: TestStack, keys: Keys, allocationId: string, body: Record<string, unknown>): Promise<HttpAnswer<FundRequest & ErrorAnswer>> {
  return call<FundRequest & ErrorAnswer>(stack, 'POST', '/fund-requests', { key: keys.partner, body: { allocationId, requester, marketingLead: lead, businessKey: `request-${randomUUID()}`, ...body } });
}

/** Decides a task through the ordinary task route. */
export async function decide(stack: TestStack, key: string, id: string, taskId: string, actor: Person, outcome: string, extra: { form?: Record<string, unknown>; comment?: string } = {}): Promise<HttpAnswer<unknown>> {
  return call(stack, 'POST', `/instances/${encodeURIComponent(id)}/tasks/${taskId}/decision`, { key, body: { actor: actor.email, outcome, ...extra } });
}

/** Reads a fund request. */
export async function readFundRequest(stack: TestStack, key: string, id: string): Promise<FundRequest> {
  const answer = await call<FundRequest>(stack, 'GET', `/fund-requests/${encodeURIComponent(id)}`, { key });
  expect(answer.status).toBe(200);
  return answer.body;
}

/** Waits until the fund request shows `status` (and, if given, has `taskId` open). */
export function waitForStatus(stack: TestStack, key: string, id: string, status: string, taskId?: string): Promise<FundRequest> {
  return eventually(async () => {
    const found = await readFundRequest(stack, key, id);
    expect(found.status).toBe(status);
    if (taskId) expect(found.openTasks.map((task) => task.id)).toContain(taskId);
    return found;
  }, 30_000);
}

/** Reads an allocation with its movements. */
export async function balances(stack: TestStack, key: string, allocationId: string): Promise<Allocation> {
  const answer = await call<Allocation>(stack, 'GET', `/allocations/${allocationId}`, { key });
  expect(answer.status).toBe(200);
  return answer.body;
}

/** Checks an allocation's balances, and that they equal the sums of its movements. */
export async function expectBalances(stack: TestStack, key: string, allocationId: string, expected: Partial<Pick<Allocation, 'reserved' | 'committed' | 'released' | 'clawedBack' | 'available'>>): Promise<Allocation> {
  const allocation = await balances(stack, key, allocationId);
  expect(allocation).toMatchObject(expected);
  const sum = (kind: string) => (allocation.movements ?? []).filter((movement) => movement.kind === kind).reduce((total, movement) => total + movement.amount, 0);
  expect(allocation.reserved).toBe(sum('reserve') + sum('adjust') - sum('release') - sum('commit'));
  expect(allocation.committed).toBe(sum('commit'));
  expect(allocation.clawedBack).toBe(sum('clawback'));
  expect(allocation.available).toBe(allocation.amount - allocation.reserved - allocation.committed);
  expect(allocation.available).toBeGreaterThanOrEqual(0);
  return allocation;
}

/** Uploads documents as Globex. */
export async function upload(stack: TestStack, key: string, id: string, files: Array<{ name: string; type: string; content: Buffer }>): Promise<HttpAnswer<{ documents: Array<{ id: string; sha256: string; size: number }> } & ErrorAnswer>> {
  if (!stack.api) throw new Error('start the stack with the API');
  const form = new FormData();
  for (const file of files) form.append('file', new Blob([file.content], { type: file.type }), file.name);
  const response = await fetch(`${stack.api.url}/fund-requests/${encodeURIComponent(id)}/documents`, { method: 'POST', headers: { authorization: `Bearer ${key}` }, body: form });
  const parsed: unknown = await response.json();
  return { status: response.status, headers: response.headers, body: parsed as { documents: Array<{ id: string; sha256: string; size: number }> } & ErrorAnswer };
}

/** A claim over uploaded documents. */
export function claimOf(documentIds: string[], actualCost: number, extra: Record<string, unknown> = {}) {
  return {
    actor: requester.email,
    claim: {
      proof: documentIds.map((documentId) => ({ documentId })),
      invoices: [{ name: 'Invoice 2025-117', url: 'https://invoices.globex.example/2025-117.pdf' }],
      actualCost: { amount: actualCost, currency: 'USD' },
      attendees: 120,
      leads: 40,
      pipeline: { amount: 90_000_00, currency: 'USD' },
      ...extra,
    },
  };
}
