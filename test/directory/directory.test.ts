/**
 * The directory over the real API: the operator creates companies, each company's admins
 * keep their own people and groups, vendors invite partners, and no company reaches another's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, keyFor } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

let stack: TestStack;
const keys = { platform: '', acmeAdmin: '', acmeReader: '', globexAdmin: '' };

interface ErrorBody {
  error: { code: string; message: string };
}
interface PersonBody {
  id: string;
  email: string;
  name: string;
  active: boolean;
  groups: string[];
}

beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  keys.platform = await keyFor(stack, 'tandem-ops', ['platform']);
  for (const [id, kind] of [['acme', 'vendor'], ['globex', 'partner']] as const) {
    const created = await call(stack, 'POST', '/admin/companies', { key: keys.platform, body: { id, name: id === 'acme' ? 'Acme Corp' : 'Globex', kind } });
    expect(created.status).toBe(201);
  }
  keys.acmeAdmin = await keyFor(stack, 'acme', ['read', 'admin']);
  keys.acmeReader = await keyFor(stack, 'acme', ['read']);
  keys.globexAdmin = await keyFor(stack, 'globex', ['read', 'admin']);
});
afterAll(async () => {
  await stack?.stop();
});

describe('companies', () => {
  it('are created by the platform operator only, once per id', async () => {
    const again = await call<ErrorBody>(stack, 'POST', '/admin/companies', { key: keys.platform, body: { id: 'acme', name: 'Acme again', kind: 'vendor' } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('company_exists');
    const byAdmin = await call<ErrorBody>(stack, 'POST', '/admin/companies', { key: keys.acmeAdmin, body: { id: 'initech', name: 'Initech', kind: 'partner' } });
    expect(byAdmin.status).toBe(403);
    expect(byAdmin.body.error.code).toBe('wrong_scope');
    const mine = await call<{ id: string; name: string }>(stack, 'GET', '/directory/company', { key: keys.acmeReader });
    expect(mine.body).toMatchObject({ id: 'acme', name: 'Acme Corp' });
  });
});

describe('people', () => {
  it('are added by the company’s admins, with emails unique within the company whatever their case', async () => {
    await call(stack, 'POST', '/directory/groups', { key: keys.acmeAdmin, body: { name: 'finance' } });
    const added = await call<PersonBody>(stack, 'POST', '/directory/people', { key: keys.acmeAdmin, body: { email: 'Finn@Acme.example', name: 'Finn Finance', groups: ['finance'] } });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ email: 'finn@acme.example', active: true, groups: ['finance'] });
    const duplicate = await call<ErrorBody>(stack, 'POST', '/directory/people', { key: keys.acmeAdmin, body: { email: 'FINN@acme.example', name: 'Finn Twice' } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('duplicate_email');
    // The same address may be a person of another company too (a consultant working for both).
    const elsewhere = await call(stack, 'POST', '/directory/people', { key: keys.globexAdmin, body: { email: 'finn@acme.example', name: 'Finn at Globex' } });
    expect(elsewhere.status).toBe(201);
  });

  it('refuses a group that does not exist and changes nothing', async () => {
    const refused = await call<ErrorBody>(stack, 'POST', '/directory/people', { key: keys.acmeAdmin, body: { email: 'gina@acme.example', name: 'Gina', groups: ['no-such-group'] } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('unknown_group');
    const found = await call<{ people: PersonBody[] }>(stack, 'GET', '/directory/people?email=gina@acme.example', { key: keys.acmeReader });
    expect(found.body.people).toEqual([]);
  });

  it('cannot be changed with a read key, nor seen or changed by another company', async () => {
    const byReader = await call<ErrorBody>(stack, 'POST', '/directory/people', { key: keys.acmeReader, body: { email: 'rita@acme.example', name: 'Rita' } });
    expect(byReader.status).toBe(403);
    expect(byReader.body.error.code).toBe('wrong_scope');
    const acmePeople = await call<{ people: PersonBody[] }>(stack, 'GET', '/directory/people', { key: keys.acmeReader });
    const finn = acmePeople.body.people.find((person) => person.email === 'finn@acme.example');
    expect(finn).toBeDefined();
    const fromGlobex = await call<ErrorBody>(stack, 'GET', `/directory/people/${finn?.id ?? ''}`, { key: keys.globexAdmin });
    expect(fromGlobex.status).toBe(404);
    const changeFromGlobex = await call<ErrorBody>(stack, 'PATCH', `/directory/people/${finn?.id ?? ''}`, { key: keys.globexAdmin, body: { name: 'Hijacked' } });
    expect(changeFromGlobex.status).toBe(404);
    const globexPeople = await call<{ people: PersonBody[] }>(stack, 'GET', '/directory/people', { key: keys.globexAdmin });
    expect(globexPeople.body.people.map((person) => person.name)).toEqual(['Finn at Globex']);
    expect((await call<PersonBody>(stack, 'GET', `/directory/people/${finn?.id ?? ''}`, { key: keys.acmeReader })).body.name).toBe('Finn Finance');
  });
});

describe('relationships', () => {
  it('begin with the vendor’s invitation and hold once the partner accepts', async () => {
    const accepted = await call<ErrorBody>(stack, 'POST', '/relationships/accept', { key: keys.globexAdmin, body: { vendorCompanyId: 'acme', program: 'mdf' } });
    expect(accepted.status).toBe(409);
    expect(accepted.body.error.code).toBe('not_invited');
    const unknown = await call<ErrorBody>(stack, 'POST', '/relationships', { key: keys.acmeAdmin, body: { partnerCompanyId: 'nobody-inc', program: 'mdf' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('unknown_company');
    const invited = await call<{ status: string }>(stack, 'POST', '/relationships', { key: keys.acmeAdmin, body: { partnerCompanyId: 'globex', program: 'mdf' } });
    expect(invited.status).toBe(201);
    expect(invited.body.status).toBe('invited');
    // The vendor cannot accept on the partner's behalf.
    expect((await call(stack, 'POST', '/relationships/accept', { key: keys.acmeAdmin, body: { vendorCompanyId: 'acme', program: 'mdf' } })).status).toBe(409);
    const active = await call<{ status: string }>(stack, 'POST', '/relationships/accept', { key: keys.globexAdmin, body: { vendorCompanyId: 'acme', program: 'mdf' } });
    expect(active.body.status).toBe('active');
    const seen = await call<{ relationships: Array<{ status: string }> }>(stack, 'GET', '/relationships', { key: keys.acmeReader });
    expect(seen.body.relationships).toEqual([expect.objectContaining({ vendorCompanyId: 'acme', partnerCompanyId: 'globex', program: 'mdf', status: 'active' })]);
  });
});

describe('keys', () => {
  it('are minted and listed by a company admin for its own company only, never with the platform scope', async () => {
    const own = await call<{ id: string }>(stack, 'POST', '/admin/keys', { key: keys.acmeAdmin, body: { name: 'portal', scopes: ['read', 'act'] } });
    expect(own.status).toBe(201);
    const forOther = await call<ErrorBody>(stack, 'POST', '/admin/keys', { key: keys.acmeAdmin, body: { companyId: 'globex', name: 'sneaky', scopes: ['read'] } });
    expect(forOther.status).toBe(403);
    expect(forOther.body.error.code).toBe('not_your_company');
    const platform = await call<ErrorBody>(stack, 'POST', '/admin/keys', { key: keys.acmeAdmin, body: { name: 'root', scopes: ['platform'] } });
    expect(platform.status).toBe(403);
    const listed = await call<{ keys: Array<{ companyId: string }> }>(stack, 'GET', '/admin/keys', { key: keys.acmeAdmin });
    expect(new Set(listed.body.keys.map((key) => key.companyId))).toEqual(new Set(['acme']));
    const globexKeys = await call<{ keys: Array<{ keyId: string }> }>(stack, 'GET', '/admin/keys', { key: keys.globexAdmin });
    const revokeOther = await call<ErrorBody>(stack, 'POST', `/admin/keys/${globexKeys.body.keys[0]?.keyId ?? ''}/revoke`, { key: keys.acmeAdmin });
    expect(revokeOther.status).toBe(404);
    const all = await call<{ keys: Array<{ companyId: string }> }>(stack, 'GET', '/admin/keys', { key: keys.platform });
    expect(new Set(all.body.keys.map((key) => key.companyId))).toEqual(new Set(['acme', 'globex', 'tandem-ops']));
  });
});
