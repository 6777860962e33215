/** Publishing templates: validated, immutable per version, and never changing running instances. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstanceClient } from '../../api/instance-client.js';
import {
  deprecateTemplate,
  findTemplate,
  InvalidTemplateError,
  listTemplates,
  publishBuiltIns,
  publishTemplate,
  TemplateVersionConflictError,
} from '../../api/template-catalog.js';
import type { TemplateInput } from '../../definitions/template.js';
import { parties, paul, vera } from '../fixtures/people.js';
import { checked, decide, start } from '../support/instances.js';
import { startTestStack, type TestStack } from '../support/stack.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const v1: TemplateInput = {
  id: 'onboard',
  version: 1,
  title: 'Onboard',
  parties,
  inputs: {},
  steps: [
    { id: 'apply', kind: 'task', owner: 'partner.requester', next: 'accepted' },
    { id: 'accepted', kind: 'end', status: 'Accepted' },
  ],
};

const v2: TemplateInput = {
  ...v1,
  version: 2,
  steps: [
    { id: 'apply', kind: 'task', owner: 'partner.requester', next: 'check' },
    { id: 'check', kind: 'approval', approvers: ['vendor.manager'], next: { approve: 'accepted', reject: 'accepted', request_changes: 'apply' } },
    { id: 'accepted', kind: 'end', status: 'Accepted' },
  ],
};

describe('the template catalog', () => {
  it('publishes a version once; the same content again is a no-op, other content is refused', async () => {
    expect((await publishTemplate(stack.pool, v1)).created).toBe(true);
    // Same content, keys in another order.
    const reordered = { steps: v1.steps, version: 1, id: 'onboard', inputs: {}, parties, title: 'Onboard' };
    expect((await publishTemplate(stack.pool, reordered)).created).toBe(false);
    const edited = { ...v1, title: 'Onboard partners' };
    await expect(publishTemplate(stack.pool, edited)).rejects.toThrow(TemplateVersionConflictError);
    await expect(publishTemplate(stack.pool, edited)).rejects.toThrow('publish it as version 2');
    expect((await findTemplate(stack.pool, 'onboard', 1))?.template.title).toBe('Onboard');
  });

  it('refuses an invalid template with every error and its path', async () => {
    const broken = { ...v1, version: 9, steps: [{ id: 'apply', kind: 'task', owner: 'partner.nobody', next: 'nowhere' }] };
    const error = await publishTemplate(stack.pool, broken).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidTemplateError);
    const paths = (error as InvalidTemplateError).errors.map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(['steps[0].owner', 'steps[0].next']));
    expect(await findTemplate(stack.pool, 'onboard', 9)).toBeUndefined();
  });

  it('keeps running instances on their own version when a new version is published', async () => {
    const running = await start(stack, checked((await findTemplate(stack.pool, 'onboard'))?.template ?? v1));
    await publishTemplate(stack.pool, v2);
    expect((await findTemplate(stack.pool, 'onboard'))?.template.version).toBe(2);
    const finished = await decide(running, 'apply.1.partner.requester', paul, 'submit');
    // Version 1 has no check step: the instance ends right after the application.
    expect(finished).toMatchObject({ templateVersion: 1, status: 'Accepted', lifecycle: 'completed' });
    const fresh = await start(stack, checked((await findTemplate(stack.pool, 'onboard'))?.template ?? v2));
    await decide(fresh, 'apply.1.partner.requester', paul, 'submit');
    expect((await new InstanceClient(fresh.client).state(fresh.workflowId)).tasks.map((task) => task.id)).toEqual(['apply.1.partner.requester', 'check.1.vendor.manager']);
    await decide(fresh, 'check.1.vendor.manager', vera, 'approve');
  });

  it('hides deprecated versions from "newest" but keeps them readable', async () => {
    expect(await deprecateTemplate(stack.pool, 'onboard', 2)).toBe(true);
    expect((await findTemplate(stack.pool, 'onboard'))?.template.version).toBe(1);
    expect((await findTemplate(stack.pool, 'onboard', 2))?.deprecated).toBe(true);
    expect(await deprecateTemplate(stack.pool, 'onboard', 7)).toBe(false);
  });

  it('publishes every built-in template file, idempotently', async () => {
    const first = await publishBuiltIns(stack.pool);
    const second = await publishBuiltIns(stack.pool);
    expect(second.map((template) => template.id)).toEqual(first.map((template) => template.id));
    const listed = await listTemplates(stack.pool);
    for (const template of first) expect(listed).toContainEqual(expect.objectContaining({ id: template.id, version: template.version, builtIn: true }));
  });
});

describe('the stored check result', () => {
  /** Stores a version as a release before check results were kept would have, or with a given result. */
  async function store(id: string, content: unknown, checkErrors: unknown[] | null): Promise<void> {
    await stack.pool.query(`INSERT INTO templates (id, version, title, content, content_hash, check_errors) VALUES ($1, 1, 'Stored', $2, 'hash', $3)`, [
      id,
      JSON.stringify(content),
      checkErrors === null ? null : JSON.stringify(checkErrors),
    ]);
  }

  const stored = async (id: string) => (await stack.pool.query<{ check_errors: unknown; checked_at: Date | null }>('SELECT check_errors, checked_at FROM templates WHERE id = $1', [id])).rows[0];

  it('stores a published version as checked and valid', async () => {
    await publishTemplate(stack.pool, { ...v1, id: 'checked' });
    expect(await stored('checked')).toEqual({ check_errors: [], checked_at: expect.any(Date) as unknown });
  });

  it('reads and starts a version as stored, without validating it again', async () => {
    // Content the validator would refuse today, stored as checked: only a read that validates again would notice.
    await store('trusted', { ...v1, id: 'trusted', steps: [...v1.steps, { id: 'later', kind: 'end', status: 'Unreachable' }] }, []);
    expect((await findTemplate(stack.pool, 'trusted'))?.template.steps).toHaveLength(3);
  });

  it('validates a version stored without a result once, at its first read, and stores the result', async () => {
    await store('legacy', { ...v1, id: 'legacy' }, null);
    expect((await findTemplate(stack.pool, 'legacy'))?.template.id).toBe('legacy');
    expect(await stored('legacy')).toEqual({ check_errors: [], checked_at: expect.any(Date) as unknown });

    await store('legacy-broken', { ...v1, id: 'legacy-broken', steps: [{ id: 'apply', kind: 'task', owner: 'partner.nobody', next: 'nowhere' }] }, null);
    await expect(findTemplate(stack.pool, 'legacy-broken')).rejects.toThrow(InvalidTemplateError);
    const errors = (await stored('legacy-broken'))?.check_errors;
    expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'steps[0].owner' })]));
    // The stored errors answer from now on.
    await expect(findTemplate(stack.pool, 'legacy-broken')).rejects.toThrow('steps[0].owner');
  });
});
