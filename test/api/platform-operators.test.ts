/**
 * Platform operators in the console: who may do the operator's template work with a session
 * (only people the platform named; a company's admins cannot name anyone, themselves
 * included), the template routes under /me reading YAML bytes as the CLI does, and trials that
 * bind and mail nobody outside the operator's company.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantPlatformOperator } from '../../activities/directory/index.js';
import { createSession } from '../../api/session/sessions.js';
import { publishTemplate } from '../../api/template-catalog.js';
import { asTenant } from '../../api/tenant.js';
import type { TemplateInput } from '../../definitions/template.js';
import type { Person } from '../../workflows/schemas.js';
import { gus, parties, paul, vera } from '../fixtures/people.js';
import { expectDocumented } from '../support/contract.js';
import { enrol, enrolFixtures } from '../support/directory.js';
import { eventually } from '../support/eventually.js';
import { call } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

const otto: Person = { name: 'Otto Operator', email: 'otto@tandem-ops.example', company: 'tandem-ops' };
const olga: Person = { name: 'Olga Ops', email: 'olga@tandem-ops.example', company: 'tandem-ops' };

const template: TemplateInput = {
  id: 'ops-trial',
  version: 1,
  title: 'Co-marketing',
  parties,
  inputs: { budget: { type: 'money', currency: 'EUR', required: true } },
  steps: [
    { id: 'propose', kind: 'task', owner: 'partner.requester', outcomes: ['submit'], next: { submit: 'review' } },
    { id: 'review', kind: 'approval', approvers: ['vendor.manager'], outcomes: ['approve', 'reject'], next: { approve: 'done', reject: 'done' } },
    { id: 'done', kind: 'end', status: 'Done' },
  ],
};

let stack: TestStack;
let ids: Map<string, string>;

beforeAll(async () => {
  stack = await startTestStack({ api: true });
  await enrolFixtures(stack);
  ids = await enrol(stack, [{ person: otto, groups: ['admins'] }, { person: olga }, { person: gus, groups: ['admins'] }]);
  await publishTemplate(stack.pool, template);
});
afterAll(async () => {
  await stack?.stop();
});

/** A session of `person`: its cookie and CSRF token. */
async function session(person: Person): Promise<{ cookie: string; csrf: string }> {
  const created = await createSession(stack.pool, { companyId: person.company, personId: ids.get(person.email) ?? (await personId(person)) }, 'link', { idleMs: 600_000, maxMs: 3_600_000 });
  return { cookie: `tandem_session=${created.token}`, csrf: created.csrfToken };
}

async function personId(person: Person): Promise<string> {
  const row = await stack.pool.query<{ id: string }>('SELECT id FROM people WHERE company_id = $1 AND email = $2', [person.company, person.email]);
  return row.rows[0]?.id ?? '';
}

async function as<T>(person: Person, method: string, path: string, options: { body?: unknown; raw?: string; csrf?: boolean } = {}) {
  const { cookie, csrf } = await session(person);
  const headers: Record<string, string> = { cookie, ...(options.csrf === false ? {} : { 'x-csrf-token': csrf }) };
  if (options.raw !== undefined) headers['content-type'] = 'application/json';
  const answer = await call<T>(stack, method, path, { headers, ...(options.body !== undefined ? { body: options.body } : {}), ...(options.raw !== undefined ? { raw: options.raw } : {}) });
  expectDocumented(method, path, answer.status, answer.body);
  return answer;
}

describe('platform operators', () => {
  it('are named by the platform only: a company’s admin cannot name anyone, not even themself', async () => {
    const gusId = await personId(gus);
    // Gus is an admin of Globex: as his company, and as himself, the database refuses the row.
    await expect(asTenant(stack.pool, { companyId: gus.company }, (db) => grantPlatformOperator(db, gus.company, gus.email))).rejects.toThrow(/row-level security/);
    await expect(asTenant(stack.pool, { companyId: gus.company, personId: gusId }, (db) => grantPlatformOperator(db, gus.company, gus.email))).rejects.toThrow(/row-level security/);
    expect((await as<{ platform: boolean }>(gus, 'GET', '/me')).body.platform).toBe(false);
    const refused = await as<{ error: { code: string } }>(gus, 'POST', '/me/templates/validate', { raw: 'id: x\n' });
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'not_platform_operator' } } });

    // The platform names Otto; his session carries the rights from then on, Olga's does not.
    await asTenant(stack.pool, { companyId: otto.company, platform: true }, (db) => grantPlatformOperator(db, otto.company, otto.email));
    expect((await as<{ platform: boolean }>(otto, 'GET', '/me')).body.platform).toBe(true);
    expect((await as<{ platform: boolean }>(olga, 'GET', '/me')).body.platform).toBe(false);
    expect((await as(olga, 'GET', '/me/templates')).status).toBe(403);
    // A person reads whether they are one, and nobody else's row.
    const seen = await asTenant(stack.pool, { companyId: olga.company, personId: await personId(olga) }, (db) => db.query('SELECT * FROM platform_operators'));
    expect(seen.rowCount).toBe(0);
  });

  it('validate YAML bytes as the CLI reads them, publish and deprecate; every write needs the session’s CSRF token', async () => {
    await asTenant(stack.pool, { companyId: otto.company, platform: true }, (db) => grantPlatformOperator(db, otto.company, otto.email));
    const duplicate = await as<{ valid: boolean; errors: Array<{ path: string; code: string }> }>(otto, 'POST', '/me/templates/validate', { raw: 'id: a\nid: b\n' });
    expect(duplicate.body.valid).toBe(false);
    expect(duplicate.body.errors[0]?.path).toMatch(/^body:2:1$/);
    const misspelt = await as<{ errors: Array<{ path: string; code: string }> }>(otto, 'POST', '/me/templates/validate', {
      raw: `id: yaml-made\nversion: 1\ntitle: Made in YAML\nparties:\n  vendor:\n    roles:\n      manager: { group: managers }\nsteps:\n  - id: review\n    kind: approval\n    approvers: [vendor.manger]\n    outcomes: [approve, reject]\n    next: { approve: done, reject: done }\n  - id: done\n    kind: end\n    status: Done\n`,
    });
    expect(misspelt.body.errors).toEqual([expect.objectContaining({ path: 'steps[0].approvers[0]', code: 'unknown_role' })]);

    const yaml = `id: yaml-made\nversion: 1\ntitle: Made in YAML\nparties:\n  vendor:\n    roles:\n      manager: { group: managers }\nsteps:\n  - id: review\n    kind: approval\n    approvers: [vendor.manager]\n    outcomes: [approve, reject]\n    next: { approve: done, reject: done }\n  - id: done\n    kind: end\n    status: Done\n`;
    expect((await as(otto, 'POST', '/me/templates', { raw: yaml, csrf: false })).status).toBe(403);
    expect(await as(otto, 'POST', '/me/templates', { raw: yaml })).toMatchObject({ status: 201, body: { id: 'yaml-made', version: 1, created: true } });
    const catalog = await as<{ templates: Array<{ id: string; deprecated: boolean }> }>(otto, 'GET', '/me/templates');
    expect(catalog.body.templates).toContainEqual(expect.objectContaining({ id: 'yaml-made', deprecated: false }));
    expect((await as(otto, 'POST', '/me/templates/yaml-made/versions/1/deprecate', { csrf: false })).status).toBe(403);
    expect((await as(otto, 'POST', '/me/templates/yaml-made/versions/1/deprecate')).status).toBe(200);
    const after = await as<{ templates: Array<{ id: string; deprecated: boolean }> }>(otto, 'GET', '/me/templates');
    expect(after.body.templates).toContainEqual(expect.objectContaining({ id: 'yaml-made', deprecated: true }));
    expect(await as(otto, 'POST', '/me/trials', { body: { templateId: 'yaml-made', version: 1 } })).toMatchObject({ status: 409, body: { error: { code: 'template_deprecated' } } });
  });

  it('start trials played by the operator’s company only, titled as trials, that mail nobody outside it', async () => {
    await asTenant(stack.pool, { companyId: otto.company, platform: true }, (db) => grantPlatformOperator(db, otto.company, otto.email));
    // People of another company cannot be picked.
    const foreign = await as<{ error: { code: string } }>(otto, 'POST', '/me/trials', { body: { templateId: template.id, version: 1, participants: { 'vendor.manager': [vera.email] }, input: { budget: { amount: 100, currency: 'EUR' } } } });
    expect(foreign).toMatchObject({ status: 422, body: { error: { code: 'unknown_person' } } });

    const before = stack.smtp.messages.length;
    const started = await as<{ id: string; businessKey: string; trial: boolean; participants: Record<string, string[]> }>(otto, 'POST', '/me/trials', {
      body: { templateId: template.id, version: 1, participants: { 'vendor.manager': [olga.email] }, input: { budget: { amount: 100_000, currency: 'EUR' } } },
    });
    expect(started.status).toBe(201);
    expect(started.body.businessKey).toMatch(/^trial-/);
    expect(started.body.participants['vendor.manager']).toEqual([olga.email]);
    expect(started.body.participants['partner.requester']).toEqual([otto.email]);
    const row = await stack.pool.query<{ source: string }>('SELECT source FROM instance_bindings WHERE instance_id = $1', [started.body.id]);
    expect(row.rows[0]?.source).toBe('trial');

    // Otto's task opens and is mailed to him; the instance reads as a trial, every party his company.
    const instance = await eventually(async () => {
      const read = await as<{ title: string; companies: Record<string, string>; tasks: Array<{ status: string; assignees: Array<{ email?: string }> }> }>(otto, 'GET', `/me/instances/${encodeURIComponent(started.body.id)}`);
      expect(read.body.tasks.some((task) => task.status === 'open')).toBe(true);
      return read.body;
    });
    expect(instance.title).toBe('Trial: Co-marketing');
    expect(Object.values(instance.companies)).toEqual([otto.company, otto.company]);
    await stack.smtp.waitFor((mail) => mail.to.includes(otto.email) && stack.smtp.messages.indexOf(mail) >= before);
    // Nobody of the companies the template is written for (acme, globex) hears of it.
    const recipients = stack.smtp.messages.slice(before).flatMap((mail) => mail.to);
    expect(recipients.length).toBeGreaterThan(0);
    expect(recipients.every((address) => address.endsWith('@tandem-ops.example'))).toBe(true);
    expect(recipients).not.toContain(paul.email);
  });
});
