/**
 * Portals over HTTP: start with an Idempotency-Key, read status from the projection with
 * ETags and long-polling, work an inbox, decide tasks, and never see another company's.
 */
import { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFromDirectory } from '../../api/bound-start.js';
import { sweepStartingRows } from '../../api/starting-sweep.js';
import { findTemplate, publishTemplate } from '../../api/template-catalog.js';
import type { TemplateInput } from '../../definitions/template.js';
import { instanceId } from '../../api/instances.js';
import { acme, globex, parties, paul, startBindings, vera } from '../fixtures/people.js';
import { enrolFixtures } from '../support/directory.js';
import { eventually } from '../support/eventually.js';
import { call, keyFor, projected } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

interface View {
  id: string;
  status: string;
  lifecycle: string;
  revision: number;
  participants: Record<string, Array<{ email: string }>>;
  tasks: Array<{ id: string; status: string; companyId: string }>;
}
interface ErrorAnswer {
  error: { code: string; message: string; details?: unknown };
}

const template: TemplateInput = {
  id: 'api-review',
  version: 1,
  title: 'API review',
  parties,
  inputs: { amount: { type: 'money', currency: 'USD', required: true } },
  steps: [
    { id: 'propose', kind: 'task', owner: 'partner.requester', status: 'Draft', next: 'review' },
    { id: 'review', kind: 'approval', approvers: ['vendor.manager'], status: 'In review', next: { approve: 'ok', reject: 'no', request_changes: 'propose' } },
    { id: 'ok', kind: 'end', status: 'Approved' },
    { id: 'no', kind: 'end', status: 'Denied' },
  ],
};

/** Money in any currency the partner chooses: the input and the form name their own. */
const moneyTemplate: TemplateInput = {
  id: 'api-money',
  version: 1,
  title: 'API money',
  parties,
  inputs: { limit: { type: 'money', required: true } },
  steps: [
    { id: 'propose', kind: 'task', owner: 'partner.requester', status: 'Draft', form: { cost: { type: 'money', required: true } }, next: 'ok' },
    { id: 'ok', kind: 'end', status: 'Done' },
  ],
};

let stack: TestStack;
let acmeKey: string;
let globexKey: string;
let outsiderKey: string;
beforeAll(async () => {
  stack = await startTestStack({ api: true });
  await publishTemplate(stack.pool, template);
  await publishTemplate(stack.pool, moneyTemplate);
  await enrolFixtures(stack);
  acmeKey = await keyFor(stack, acme);
  globexKey = await keyFor(stack, globex);
  outsiderKey = await keyFor(stack, 'initech');
});
afterAll(async () => {
  await stack?.stop();
});

/** Instances started by Globex: their ids are scoped to Globex's business keys. */
const petraEmail = 'petra@globex.example';
const idOf = (businessKey: string) => instanceId('api-review', businessKey, globex);
const startBody = (businessKey: string, amount = 100_00) => ({ templateId: 'api-review', businessKey, bindings: startBindings, input: { amount: { amount, currency: 'USD' } }, initiator: paul });

describe('instances over HTTP', () => {
  it('starts once per Idempotency-Key and refuses the same key with another body', async () => {
    const first = await call<{ id: string }>(stack, 'POST', '/instances', { key: globexKey, body: startBody('idem-1'), headers: { 'idempotency-key': 'k-1' } });
    expect(first.status).toBe(201);
    expect(first.body.id).toBe(idOf('idem-1'));
    const again = await call(stack, 'POST', '/instances', { key: globexKey, body: startBody('idem-1'), headers: { 'idempotency-key': 'k-1' } });
    expect(again).toMatchObject({ status: 201, body: first.body });
    const other = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: globexKey, body: startBody('idem-2'), headers: { 'idempotency-key': 'k-1' } });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('idempotency_conflict');
  });

  it('reads status from the projection with ETag/304 and wakes a long-poll on change', async () => {
    await call(stack, 'POST', '/instances', { key: globexKey, body: startBody('poll-1') });
    const first = await projected<View>(stack, idOf('poll-1'), acmeKey);
    expect(first.body.status).toBe('Draft');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/".+"$/);
    expect((await call(stack, 'GET', `/instances/${idOf('poll-1')}`, { key: acmeKey, headers: { 'if-none-match': etag } })).status).toBe(304);

    const started = Date.now();
    const polling = call<View>(stack, 'GET', `/instances/${idOf('poll-1')}?waitForChange=20s`, { key: acmeKey, headers: { 'if-none-match': etag } });
    const decided = await call(stack, 'POST', `/instances/${idOf('poll-1')}/tasks/propose.1.partner.requester/decision`, { key: globexKey, body: { actor: paul.email, outcome: 'submit' } });
    expect(decided.status).toBe(200);
    const changed = await polling;
    expect(changed.status).toBe(200);
    expect(changed.body.status).toBe('In review');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('answers a long-poll with 304 when nothing changes in time', async () => {
    await call(stack, 'POST', '/instances', { key: globexKey, body: startBody('poll-2') });
    const first = await projected<View>(stack, idOf('poll-2'), globexKey);
    const waited = await call(stack, 'GET', `/instances/${idOf('poll-2')}?waitForChange=1s`, { key: globexKey, headers: { 'if-none-match': first.headers.get('etag') ?? '' } });
    expect(waited.status).toBe(304);
  });

  it('works an inbox and decides; a second decision is a 409 naming who decided', async () => {
    await call(stack, 'POST', '/instances', { key: globexKey, body: startBody('inbox-1') });
    const inbox = await eventually(async () => {
      const answer = await call<{ tasks: Array<{ id: string; instance: { id: string } }> }>(stack, 'GET', `/tasks?assignee=${encodeURIComponent(paul.email)}`, { key: globexKey });
      const mine = answer.body.tasks.filter((task) => task.instance.id === idOf('inbox-1'));
      if (mine.length === 0) throw new Error('not in the inbox yet');
      return mine;
    });
    expect(inbox.map((task) => task.id)).toEqual(['propose.1.partner.requester']);
    // Acme's inbox does not contain Globex's task.
    const acmeInbox = await call<{ tasks: Array<{ instance: { id: string } }> }>(stack, 'GET', '/tasks', { key: acmeKey });
    expect(acmeInbox.body.tasks.filter((task) => task.instance.id === idOf('inbox-1'))).toEqual([]);

    const path = `/instances/${idOf('inbox-1')}/tasks/propose.1.partner.requester/decision`;
    expect((await call(stack, 'POST', path, { key: globexKey, body: { actor: paul.email, outcome: 'submit' } })).status).toBe(200);
    const twice = await call<ErrorAnswer>(stack, 'POST', path, { key: globexKey, body: { actor: paul.email, outcome: 'submit' } });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('task_not_open');
    expect(twice.body.error.details).toMatchObject({ status: 'decided', decidedBy: { email: paul.email } });

    const review = await call<View>(stack, 'POST', `/instances/${idOf('inbox-1')}/tasks/review.1.vendor.manager/decision`, { key: acmeKey, body: { actor: vera.email, outcome: 'approve' } });
    expect(review.body).toMatchObject({ status: 'Approved', lifecycle: 'completed' });
  });

  it('keeps companies apart: 404 for outsiders, no foreign people in views, no acting for another company', async () => {
    await call(stack, 'POST', '/instances', { key: globexKey, body: startBody('apart-1') });
    await projected(stack, idOf('apart-1'), globexKey);
    const outsider = await call<ErrorAnswer>(stack, 'GET', `/instances/${idOf('apart-1')}`, { key: outsiderKey });
    expect(outsider).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    const missing = await call<ErrorAnswer>(stack, 'GET', `/instances/${idOf('no-such')}`, { key: globexKey });
    expect(missing.body).toEqual(outsider.body);

    const seenByAcme = await call<View>(stack, 'GET', `/instances/${idOf('apart-1')}`, { key: acmeKey });
    const emails = Object.values(seenByAcme.body.participants).flat().map((person) => person.email);
    expect(emails.every((email) => email.endsWith('@acme.example'))).toBe(true);
    expect(JSON.stringify(seenByAcme.body)).not.toContain(paul.email);
    expect(seenByAcme.body.tasks).toEqual([]);

    const forged = await call<ErrorAnswer>(stack, 'POST', `/instances/${idOf('apart-1')}/tasks/propose.1.partner.requester/decision`, { key: acmeKey, body: { actor: paul.email, outcome: 'submit' } });
    expect(forged.status).toBe(404);
    const wrongPerson = await call<ErrorAnswer>(stack, 'POST', `/instances/${idOf('apart-1')}/cancel`, { key: acmeKey, body: { actor: paul.email, reason: 'x' } });
    expect(wrongPerson).toMatchObject({ status: 403, body: { error: { code: 'not_your_person' } } });
  });

  it('answers bad input with a 4xx, a stable code and a message', async () => {
    const noKey = await call<ErrorAnswer>(stack, 'GET', '/instances');
    expect(noKey).toMatchObject({ status: 401, body: { error: { code: 'unauthenticated' } } });
    const badKey = await call<ErrorAnswer>(stack, 'GET', '/instances', { key: 'tdm_0123456789abcdef.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
    expect(badKey).toMatchObject({ status: 401, body: { error: { code: 'invalid_key' } } });
    const unknownField = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: globexKey, body: { ...startBody('bad-1'), admin: true } });
    expect(unknownField).toMatchObject({ status: 400, body: { error: { code: 'unknown_fields' } } });
    expect(unknownField.body.error.message).toContain('admin');
    const malformed = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: globexKey, raw: '{"templateId":', headers: { 'content-type': 'application/json' } });
    expect(malformed).toMatchObject({ status: 400, body: { error: { code: 'malformed_json' } } });
    const media = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: globexKey, raw: 'templateId=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(media).toMatchObject({ status: 415, body: { error: { code: 'unsupported_media_type' } } });
    const huge = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: globexKey, body: { ...startBody('bad-2'), input: { blob: 'x'.repeat(300_000) } } });
    expect(huge).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
    const badInput = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: globexKey, body: startBody('bad-3', -5) });
    expect(badInput).toMatchObject({ status: 422, body: { error: { code: 'invalid_start_input' } } });
    const ops = await call<ErrorAnswer>(stack, 'POST', '/templates', { key: globexKey, body: template });
    expect(ops).toMatchObject({ status: 403, body: { error: { code: 'wrong_scope' } } });
    const notParty = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: outsiderKey, body: startBody('bad-4') });
    expect(notParty).toMatchObject({ status: 403, body: { error: { code: 'not_a_party' } } });
    const decideBadOutcome = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: globexKey, body: startBody('bad-5') });
    expect(decideBadOutcome.status).toBe(201);
    await projected(stack, idOf('bad-5'), globexKey);
    const outcome = await call<ErrorAnswer>(stack, 'POST', `/instances/${idOf('bad-5')}/tasks/propose.1.partner.requester/decision`, { key: globexKey, body: { actor: paul.email, outcome: 'approve' } });
    expect(outcome).toMatchObject({ status: 422, body: { error: { code: 'outcome_not_allowed' } } });
  });

  it('refuses text that cannot be stored or shown at the edge, naming where, and starts or records nothing', async () => {
    const nulInput = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: globexKey, body: { ...startBody('nul-1'), businessKey: 'nul-1', input: { amount: { amount: 100, currency: 'USD' }, note: 'a\u0000b' } } });
    expect(nulInput).toMatchObject({ status: 422, body: { error: { code: 'control_character', details: { path: 'input.note' } } } });
    expect(nulInput.body.error.message).toContain('U+0000');
    const bellKey = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: globexKey, body: { ...startBody('nul-2'), input: { amount: { amount: 100, currency: 'USD' }, ['n\u0007']: 1 } } });
    expect(bellKey).toMatchObject({ status: 422, body: { error: { code: 'control_character' } } });
    const loneSurrogate = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: globexKey, raw: '{"templateId":"api-review","businessKey":"nul-3\\ud800"}', headers: { 'content-type': 'application/json' } });
    expect(loneSurrogate).toMatchObject({ status: 422, body: { error: { code: 'control_character', details: { path: 'businessKey' } } } });
    const notUtf8 = await call<ErrorAnswer>(stack, 'POST', '/instances', {
      key: globexKey,
      raw: Buffer.concat([Buffer.from('{"templateId":"api-review","businessKey":"nul-4'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]),
      headers: { 'content-type': 'application/json' },
    });
    expect(notUtf8).toMatchObject({ status: 400, body: { error: { code: 'invalid_utf8' } } });
    for (const key of ['nul-1', 'nul-2', 'nul-4']) expect((await call(stack, 'GET', `/instances/${idOf(key)}`, { key: globexKey })).status).toBe(404);

    // A decision whose comment holds NUL is refused before it is recorded; the task stays open for a clean one.
    await call(stack, 'POST', '/instances', { key: globexKey, body: startBody('nul-5') });
    await projected(stack, idOf('nul-5'), globexKey);
    const task = `/instances/${idOf('nul-5')}/tasks/propose.1.partner.requester/decision`;
    const dirty = await call<ErrorAnswer>(stack, 'POST', task, { key: globexKey, body: { actor: paul.email, outcome: 'submit', comment: 'ok\u0000' } });
    expect(dirty).toMatchObject({ status: 422, body: { error: { code: 'control_character', details: { path: 'comment' } } } });
    const clean = await call(stack, 'POST', task, { key: globexKey, body: { actor: paul.email, outcome: 'submit', comment: 'ok\ttabs and\nlines are fine' } });
    expect(clean.status).toBe(200);
  });

  it('serves the OpenAPI document and a docs page', async () => {
    const document = await call<{ openapi: string; paths: Record<string, unknown> }>(stack, 'GET', '/openapi.json');
    expect(document.body.openapi).toBe('3.1.0');
    expect(Object.keys(document.body.paths)).toEqual(expect.arrayContaining(['/instances', '/instances/{id}', '/instances/{id}/tasks/{taskId}/decision', '/tasks', '/templates']));
    const docs = await call<string>(stack, 'GET', '/docs');
    expect(docs.body).toContain('POST /instances/{id}/tasks/{taskId}/decision');
    const metrics = await call<string>(stack, 'GET', '/metrics');
    expect(metrics.body).toContain('tandem_http_request_duration_seconds');
  });
});

describe('people and business keys from the directory', () => {
  it('gives a second company reusing a business key its own instance, and tells it nothing about the first', async () => {
    const first = await call<{ id: string; existing: boolean }>(stack, 'POST', '/instances', { key: globexKey, body: startBody('shared-key') });
    expect(first.status).toBe(201);
    const second = await call<{ id: string; existing: boolean }>(stack, 'POST', '/instances', {
      key: acmeKey,
      body: { ...startBody('shared-key'), initiator: vera.email, bindings: { ...startBindings, participants: { 'vendor.manager': [vera.email] } } },
    });
    expect(second.status).toBe(201);
    expect(second.body.existing).toBe(false);
    expect(second.body.id).not.toBe(first.body.id);
    expect(second.body.id).not.toContain('shared-key');
    // Globex starting again finds its own instance; only Globex hears that it exists.
    const again = await call<{ id: string; existing: boolean }>(stack, 'POST', '/instances', { key: globexKey, body: startBody('shared-key') });
    expect(again).toMatchObject({ status: 200, body: { id: first.body.id, existing: true } });
    // Two instances, each started by its own company's person: Acme's start did not land in Globex's instance.
    const initiatorOf = async (id: string, key: string) => {
      let email: string | undefined;
      await eventually(async () => {
        const answer = await call<{ initiator: { email?: string } }>(stack, 'GET', `/instances/${id}`, { key });
        expect(answer.status).toBe(200);
        email = answer.body.initiator.email;
      });
      return email;
    };
    expect(await initiatorOf(first.body.id, globexKey)).toBe(paul.email);
    expect(await initiatorOf(second.body.id, acmeKey)).toBe(vera.email);
  });

  it('refuses a starter that names people for another company’s roles, or people outside its directory, and starts nothing', async () => {
    const forged = await call<ErrorAnswer>(stack, 'POST', '/instances', {
      key: globexKey,
      body: { ...startBody('forged-1'), bindings: { ...startBindings, participants: { 'vendor.manager': [{ name: 'Mallory', email: 'mallory@globex.example', company: acme }] } } },
    });
    expect(forged).toMatchObject({ status: 403, body: { error: { code: 'role_of_other_company' } } });
    const stranger = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: globexKey, body: { ...startBody('forged-2'), bindings: { ...startBindings, participants: { 'partner.lead': ['stranger@globex.example'] } } } });
    expect(stranger).toMatchObject({ status: 422, body: { error: { code: 'unknown_person' } } });
    const otherCompanyPerson = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: globexKey, body: { ...startBody('forged-3'), bindings: { ...startBindings, participants: { 'partner.lead': [vera.email] } } } });
    expect(otherCompanyPerson).toMatchObject({ status: 422, body: { error: { code: 'unknown_person' } } });
    const initiator = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: globexKey, body: { ...startBody('forged-4'), initiator: vera } });
    expect(initiator).toMatchObject({ status: 422, body: { error: { code: 'unknown_person' } } });
    const unknownCompany = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: globexKey, body: { ...startBody('forged-5'), bindings: { companies: { vendor: 'no-such-co', partner: globex } } } });
    expect(unknownCompany).toMatchObject({ status: 404, body: { error: { code: 'unknown_company' } } });
    const listed = await call<{ instances: Array<{ businessKey: string }> }>(stack, 'GET', '/instances?limit=200', { key: globexKey });
    expect(listed.body.instances.filter((instance) => instance.businessKey.startsWith('forged-'))).toEqual([]);
  });

  it('lets a key decide only for an active person of its own company, and records the key in the timeline', async () => {
    const started = await call<{ id: string }>(stack, 'POST', '/instances', { key: globexKey, body: startBody('acting-1') });
    await projected(stack, started.body.id, globexKey);
    const path = `/instances/${started.body.id}/tasks/propose.1.partner.requester/decision`;
    const notInDirectory = await call<ErrorAnswer>(stack, 'POST', path, { key: globexKey, body: { actor: 'ghost@globex.example', outcome: 'submit' } });
    expect(notInDirectory).toMatchObject({ status: 403, body: { error: { code: 'not_your_person' } } });
    const notHolder = await call<ErrorAnswer>(stack, 'POST', path, { key: globexKey, body: { actor: petraEmail, outcome: 'submit' } });
    expect(notHolder).toMatchObject({ status: 403, body: { error: { code: 'not_your_task' } } });
    expect((await call(stack, 'POST', path, { key: globexKey, body: { actor: paul.email, outcome: 'submit' } })).status).toBe(200);
    const timeline = await call<{ events: Array<{ type: string; actor?: { email: string }; details?: { via?: { keyId: string; keyName: string } } }> }>(stack, 'GET', `/instances/${started.body.id}/timeline`, { key: globexKey });
    const decided = timeline.body.events.find((event) => event.type === 'decided');
    expect(decided?.actor?.email).toBe(paul.email);
    expect(decided?.details?.via).toEqual({ keyId: globexKey.slice(4, 20), keyName: `test key of ${globex}` });
  });
  it('cancels and withdraws for a person named in any case, recording the person and the key that spoke for them', async () => {
    type Timeline = { events: Array<{ type: string; actor?: { email: string }; details?: { via?: { keyId: string; keyName: string } } }> };
    const via = { keyId: globexKey.slice(4, 20), keyName: `test key of ${globex}` };
    const cancelled = await call<{ id: string }>(stack, 'POST', '/instances', { key: globexKey, body: startBody('acting-cancel') });
    await projected(stack, cancelled.body.id, globexKey);
    const cancel = await call<View>(stack, 'POST', `/instances/${cancelled.body.id}/cancel`, { key: globexKey, body: { actor: paul.email.toUpperCase(), reason: 'no longer needed' } });
    expect(cancel).toMatchObject({ status: 200, body: { lifecycle: 'cancelled' } });
    const cancelTimeline = await call<Timeline>(stack, 'GET', `/instances/${cancelled.body.id}/timeline`, { key: globexKey });
    expect(cancelTimeline.body.events.find((event) => event.type === 'cancelled')).toMatchObject({ actor: { email: paul.email }, details: { via } });

    const withdrawn = await call<{ id: string }>(stack, 'POST', '/instances', { key: globexKey, body: startBody('acting-withdraw') });
    await projected(stack, withdrawn.body.id, globexKey);
    const withdraw = await call(stack, 'POST', `/instances/${withdrawn.body.id}/withdraw`, { key: globexKey, body: { actor: 'Paul@Globex.Example', party: 'partner', reason: 'we step back' } });
    expect(withdraw.status).toBe(200);
    const withdrawTimeline = await call<Timeline>(stack, 'GET', `/instances/${withdrawn.body.id}/timeline`, { key: globexKey });
    expect(withdrawTimeline.body.events.find((event) => event.type === 'withdrawn')).toMatchObject({ actor: { email: paul.email }, details: { via } });
  });
  it('refuses money in a code that is not an ISO 4217 currency in start inputs and decision forms', async () => {
    const moneyStart = (businessKey: string, currency: string) => ({ templateId: 'api-money', businessKey, bindings: startBindings, input: { limit: { amount: 500_00, currency } }, initiator: paul });
    for (const currency of ['ZZZ', 'XXX']) {
      const refused = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: globexKey, body: moneyStart(`money-${currency}`, currency) });
      expect(refused).toMatchObject({ status: 422, body: { error: { code: 'invalid_start_input', details: [{ path: 'input.limit.currency' }] } } });
      expect(refused.body.error.message).toContain(`${currency} is not an ISO 4217 currency`);
    }
    const started = await call<{ id: string }>(stack, 'POST', '/instances', { key: globexKey, body: moneyStart('money-eur', 'EUR') });
    expect(started.status).toBe(201);
    await projected(stack, started.body.id, globexKey);
    const path = `/instances/${started.body.id}/tasks/propose.1.partner.requester/decision`;
    const foreign = await call<ErrorAnswer>(stack, 'POST', path, { key: globexKey, body: { actor: paul.email, outcome: 'submit', form: { cost: { amount: 100, currency: 'XTS' } } } });
    expect(foreign).toMatchObject({ status: 422, body: { error: { code: 'invalid_form' } } });
    expect(foreign.body.error.message).toContain('XTS is not an ISO 4217 currency');
    const view = await call<View>(stack, 'GET', `/instances/${started.body.id}`, { key: globexKey });
    expect(view.body.status).toBe('Draft');
    const paid = await call<View>(stack, 'POST', path, { key: globexKey, body: { actor: paul.email, outcome: 'submit', form: { cost: { amount: 100, currency: 'JPY' } } } });
    expect(paid).toMatchObject({ status: 200, body: { status: 'Done' } });
  });
});

describe('an instance from the moment it is started', () => {
  const rowsOf = async (businessKey: string) => (await stack.pool.query<{ status: string; revision: number }>('SELECT status, revision FROM instances WHERE id = $1', [idOf(businessKey)])).rows;

  it('shows a started instance as Starting to its companies only, until its workflow writes it; a retried start keeps one row', async () => {
    // No worker runs the workflow, so what the start wrote is all there is to read.
    await stack.worker.stop();
    try {
      const started = await call<{ id: string }>(stack, 'POST', '/instances', { key: globexKey, body: startBody('starting-1'), headers: { 'idempotency-key': 'starting-1' } });
      expect(started).toMatchObject({ status: 201, body: { id: idOf('starting-1'), existing: false } });
      for (const key of [globexKey, acmeKey]) {
        const read = await call<View>(stack, 'GET', `/instances/${started.body.id}`, { key });
        expect(read).toMatchObject({ status: 200, body: { id: started.body.id, status: 'Starting', lifecycle: 'running', tasks: [] } });
      }
      expect((await call<ErrorAnswer>(stack, 'GET', `/instances/${started.body.id}`, { key: outsiderKey })).status).toBe(404);
      const listed = await call<{ instances: Array<{ id: string }> }>(stack, 'GET', '/instances?status=Starting', { key: acmeKey });
      expect(listed.body.instances.map((instance) => instance.id)).toContain(started.body.id);
      expect((await call<{ instances: unknown[] }>(stack, 'GET', '/instances?status=Starting', { key: outsiderKey })).body.instances).toEqual([]);

      // Retried with its key, or started again with the same business key: the same instance, one row.
      const retried = await call(stack, 'POST', '/instances', { key: globexKey, body: startBody('starting-1'), headers: { 'idempotency-key': 'starting-1' } });
      expect(retried).toMatchObject({ status: 201, body: started.body });
      const again = await call(stack, 'POST', '/instances', { key: globexKey, body: startBody('starting-1') });
      expect(again).toMatchObject({ status: 200, body: { id: started.body.id, existing: true } });
      expect(await rowsOf('starting-1')).toEqual([{ status: 'Starting', revision: 0 }]);
    } finally {
      await stack.restartWorker();
    }
    const written = await projected<View>(stack, idOf('starting-1'), globexKey);
    expect(written.body.status).toBe('Draft');
    expect(written.body.tasks.map((task) => task.id)).toEqual(['propose.1.partner.requester']);
    // A later start with the same key leaves what the workflow wrote as it is.
    const later = await call(stack, 'POST', '/instances', { key: globexKey, body: startBody('starting-1') });
    expect(later).toMatchObject({ status: 200, body: { existing: true } });
    expect(await rowsOf('starting-1')).toEqual([{ status: 'Draft', revision: written.body.revision }]);
  });

  it('reads an instance on the very next request after its start, never a 404', async () => {
    for (const businessKey of ['next-1', 'next-2', 'next-3']) {
      const started = await call<{ id: string }>(stack, 'POST', '/instances', { key: globexKey, body: startBody(businessKey) });
      expect(started.status).toBe(201);
      const read = await call<View>(stack, 'GET', `/instances/${started.body.id}`, { key: acmeKey });
      expect(read.status).toBe(200);
      expect(['Starting', 'Draft']).toContain(read.body.status);
    }
  });

  it('leaves no row behind when Temporal refuses the start', async () => {
    const published = await findTemplate(stack.pool, 'api-review');
    if (!published) throw new Error('api-review is not published');
    // A namespace Temporal does not have: the start itself is refused.
    const refusing = new Client({ connection: stack.client.connection, namespace: 'no-such-namespace' });
    const start = { template: published.template, businessKey: 'refused-start', companies: startBindings.companies, picks: {}, input: startBody('refused-start').input, initiator: paul.email, taskQueue: stack.taskQueue };
    await expect(startFromDirectory(stack.pool, refusing, { companyId: globex }, start)).rejects.toThrow();
    expect(await rowsOf('refused-start')).toEqual([]);
    expect((await call(stack, 'GET', `/instances/${idOf('refused-start')}`, { key: globexKey })).status).toBe(404);

    // Started again once Temporal takes it: the instance runs and is read as usual.
    const started = await call<{ id: string }>(stack, 'POST', '/instances', { key: globexKey, body: startBody('refused-start') });
    expect(started).toMatchObject({ status: 201, body: { id: idOf('refused-start') } });
    expect((await projected<View>(stack, started.body.id, globexKey)).body.status).toBe('Draft');
  });

  it('removes a Starting row that no workflow will ever write, once it is old, and nothing else', async () => {
    await call(stack, 'POST', '/instances', { key: globexKey, body: startBody('sweep-1') });
    await projected(stack, idOf('sweep-1'), globexKey);
    // Rows as the start writes them, copied from this one: what an API that stopped between
    // writing the row and starting the workflow leaves, an hour ago and just now.
    const copy = (businessKey: string, age: string) =>
      stack.pool.query(
        `INSERT INTO instances (id, template_id, template_version, business_key, title, status, lifecycle, companies, company_ids, revision, state, started_at, updated_at)
         SELECT $1, template_id, template_version, $2, title, 'Starting', 'running', companies, company_ids, 0, state, now() - $3::interval, now() - $3::interval FROM instances WHERE id = $4`,
        [idOf(businessKey), businessKey, age, idOf('sweep-1')],
      );
    await copy('never-started', '1 hour');
    await copy('just-started', '0 seconds');
    // An old row at revision 0 whose workflow exists (it waits for a worker): kept for its first write.
    await stack.pool.query(`UPDATE instances SET revision = 0, started_at = now() - interval '1 hour' WHERE id = $1`, [idOf('sweep-1')]);

    const report = await sweepStartingRows(stack.pool, stack.client, 10 * 60_000);
    expect(report.removed).toEqual([idOf('never-started')]);
    expect((await call(stack, 'GET', `/instances/${idOf('never-started')}`, { key: globexKey })).status).toBe(404);
    const kept = await stack.pool.query<{ id: string }>('SELECT id FROM instances WHERE id = ANY ($1) ORDER BY id', [[idOf('sweep-1'), idOf('just-started')]]);
    expect(kept.rows.map((row) => row.id).sort()).toEqual([idOf('sweep-1'), idOf('just-started')].sort());
  });
});
