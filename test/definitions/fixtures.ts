/**
 * A small valid template to break on purpose, and a way to change it by path
 * (`'steps[1].approvers[1].role'`) so each test states only what it breaks; and the checks
 * those tests make of the validator's refusals.
 */
import { expect } from 'vitest';
import { validateTemplate, type TemplateError } from '../../definitions/validate.js';
import type { TemplateInput } from './template-arbitrary.js';

/** A valid template touching every step kind: task, approval, decision, parallel (task + wait), end. */
export function baseTemplate(): TemplateInput {
  return {
    id: 'fund-request',
    version: 1,
    title: 'Fund request',
    parties: {
      vendor: { roles: { manager: {}, finance: {} } },
      partner: { roles: { admin: {} } },
    },
    inputs: {
      amount: { type: 'money', currency: 'USD', required: true },
      window: { type: 'duration', default: '5d' },
    },
    steps: [
      {
        id: 'submit',
        kind: 'task',
        owner: 'partner.admin',
        form: { plan: { type: 'text', required: true } },
        next: 'review',
      },
      {
        id: 'review',
        kind: 'approval',
        approvers: ['vendor.manager', { role: 'vendor.finance', when: 'input.amount.amount > 500000' }],
        next: { approve: 'route', reject: 'rejected', request_changes: 'submit' },
      },
      {
        id: 'route',
        kind: 'decision',
        cases: [{ when: 'steps.review.outcome == "approve"', next: 'checks' }],
        otherwise: 'approved',
      },
      {
        id: 'checks',
        kind: 'parallel',
        branches: [
          { id: 'legal', steps: [{ id: 'legal_check', kind: 'task', owner: 'vendor.manager', next: 'join' }] },
          { id: 'cooling', steps: [{ id: 'cool_off', kind: 'wait', duration: { input: 'window' }, next: 'join' }] },
        ],
        next: 'approved',
      },
      { id: 'approved', kind: 'end', status: 'Approved' },
      { id: 'rejected', kind: 'end', status: 'Rejected' },
    ],
  };
}

/**
 * The base template with changes applied, each a path and a new value; `undefined`
 * removes the key. An index one past the end of a list appends.
 */
export function changed(changes: Record<string, unknown>, base: unknown = baseTemplate()): unknown {
  const copy = structuredClone(base);
  for (const [path, value] of Object.entries(changes)) setAt(copy, parsePath(path), value);
  return copy;
}

function parsePath(path: string): Array<string | number> {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) => (index !== undefined ? Number(index) : (key ?? '')));
}

function setAt(root: unknown, path: ReadonlyArray<string | number>, value: unknown): void {
  let current = root;
  for (const key of path.slice(0, -1)) current = child(current, key);
  const last = path[path.length - 1];
  if (Array.isArray(current) && typeof last === 'number') {
    if (value === undefined) current.splice(last, 1);
    else current[last] = value;
    return;
  }
  if (isRecord(current) && typeof last === 'string') {
    if (value === undefined) delete current[last];
    else current[last] = value;
    return;
  }
  throw new Error(`cannot set ${path.join('.')}`);
}

function child(value: unknown, key: string | number): unknown {
  if (Array.isArray(value) && typeof key === 'number') return value[key];
  if (isRecord(value) && typeof key === 'string') return value[key];
  throw new Error(`no ${String(key)} here`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The errors of a template the validator must refuse. */
export function errorsOf(raw: unknown): TemplateError[] {
  const result = validateTemplate(raw);
  if (result.ok) throw new Error('expected the template to be rejected');
  return result.errors;
}

/** Fails unless an error with this path and code names `fragment`. */
export function expectError(raw: unknown, path: string, code: string, fragment: string): void {
  const errors = errorsOf(raw);
  const messages = errors.filter((error) => error.path === path && error.code === code).map((error) => error.message);
  expect(messages.length, `no ${code} at ${path} among ${JSON.stringify(errors, null, 2)}`).toBeGreaterThan(0);
  expect(messages.some((message) => message.includes(fragment)), `none of ${JSON.stringify(messages)} contains ${JSON.stringify(fragment)}`).toBe(true);
}
