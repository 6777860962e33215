/**
 * The template routes over real HTTP: validation on threads with a time budget, `/health`
 * answering meanwhile, bodies read as the CLI reads files, and one limit per id.
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../api/auth/keys.js';
import { errorMapper } from '../../api/errors.js';
import { instanceId } from '../../api/instances.js';
import { templateBodyParser, templateRoutes, validateTemplateBody } from '../../api/routes/templates.js';
import { InstanceParams } from '../../api/schemas.js';
import { TemplateValidator } from '../../api/template-validator.js';
import { largeTemplate } from '../../bench/benchmarks/validation.js';
import { MAX_BUSINESS_KEY_LENGTH, MAX_ID_LENGTH, MAX_INSTANCE_ID_LENGTH } from '../../definitions/limits.js';
import type { TemplateInput } from '../../definitions/template.js';
import { parties } from '../fixtures/people.js';
import { eventually } from '../support/eventually.js';
import { call, keyFor } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

let stack: TestStack;
let ops: string;
let partner: string;
beforeAll(async () => {
  stack = await startTestStack({ api: true });
  ops = await keyFor(stack, 'platform', ['platform']);
  partner = await keyFor(stack, 'globex');
});
afterAll(async () => {
  await stack?.stop();
});

const small: TemplateInput = {
  id: 'small',
  version: 1,
  title: 'Small',
  parties,
  inputs: {},
  steps: [
    { id: 'apply', kind: 'task', owner: 'partner.requester', next: 'done' },
    { id: 'done', kind: 'end', status: 'Done' },
  ],
};

interface ErrorAnswer {
  error: { code: string; message: string; details?: Array<{ path: string; message: string }> };
}

/** Sends raw bytes as a JSON body, as a client with a broken encoder would. */
async function sendBytes(url: string, path: string, bytes: Uint8Array): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${ops}`, 'content-type': 'application/json' }, body: bytes });
  return { status: response.status, body: await response.json() };
}

describe('template validation through the API', () => {
  it('answers /health while a maximum-size template is being validated', async () => {
    let settled = false;
    const validation = call<{ valid: boolean }>(stack, 'POST', '/templates/validate', { key: ops, body: largeTemplate(5_000, true) }).finally(() => {
      settled = true;
    });
    const health = await call(stack, 'GET', '/health');
    expect(health.status).toBe(200);
    // The validation runs on a thread of its own: /health did not wait for it to finish.
    expect(settled).toBe(false);
    const answer = await validation;
    expect(answer.status).toBe(200);
    expect(answer.body.valid).toBe(false);
  });

  it('refuses a template that runs past the time budget with 422 validation_budget_exceeded, and goes on validating', async () => {
    const validator = new TemplateValidator({ threads: 1, budgetMs: 150 });
    const caller: Caller = { keyId: 'ops', keyName: 'ops', companyId: 'platform', scopes: ['platform'] };
    const app = express()
      .use('/templates', templateBodyParser)
      .use((_request, response, next) => {
        response.locals.caller = caller;
        next();
      })
      .use(templateRoutes(stack.pool, validator))
      .use(errorMapper);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const post = async (path: string, template: unknown) => {
        const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(template) });
        return { status: response.status, body: (await response.json()) as ErrorAnswer & { valid?: boolean } };
      };
      const slow = await post('/templates/validate', largeTemplate(5_000, true));
      expect(slow.status).toBe(422);
      expect(slow.body.error.code).toBe('validation_budget_exceeded');
      expect(slow.body.error.message).toContain('took longer than 0.15 s');
      // 5,000 steps with typos take several times the budget even on an idle machine; the small template a fraction of it.
      const publish = await post('/templates', { ...largeTemplate(5_000, true), id: 'too-slow' });
      expect(publish.body.error.code).toBe('validation_budget_exceeded');
      // The thread that ran over was replaced: the next template is validated as usual.
      // (Asked again while a loaded machine keeps even this one past the short budget.)
      await eventually(async () => expect(await post('/templates/validate', small)).toEqual({ status: 200, body: { valid: true, errors: [] } }), 90_000);
    } finally {
      server.close();
      await validator.close();
    }
  }, 180_000);

  it('gives the same verdict on its threads as in process', async () => {
    const validator = new TemplateValidator({ threads: 1 });
    try {
      const bodies = [Buffer.from(JSON.stringify(small)), Buffer.from('{"id": "a", "id": "b"}'), Buffer.from(JSON.stringify({ ...small, steps: [] })), { ...small, version: 0 }];
      for (const body of bodies) {
        const inProcess = validateTemplateBody(body);
        expect(await validator.validate(body)).toEqual(inProcess);
        // The validate route's answer, written on the thread, says the same.
        const answer = await validator.answer(body);
        expect(answer.valid).toBe(inProcess.ok);
        expect(JSON.parse(answer.json)).toEqual(inProcess.ok ? { valid: true, errors: [] } : { valid: false, errors: inProcess.errors });
      }
    } finally {
      await validator.close();
    }
  });

  it('refuses duplicate JSON keys as the CLI does', async () => {
    const text = JSON.stringify(small).replace('"title":"Small"', '"title":"Small","title":"Other"');
    const validated = await call<{ valid: boolean; errors: Array<{ path: string; message: string }> }>(stack, 'POST', '/templates/validate', { key: ops, raw: text, headers: { 'content-type': 'application/json' } });
    expect(validated.body.valid).toBe(false);
    expect(validated.body.errors[0]?.message).toContain('Map keys must be unique');
    const published = await call<ErrorAnswer>(stack, 'POST', '/templates', { key: ops, raw: text, headers: { 'content-type': 'application/json' } });
    expect(published.status).toBe(422);
    expect(published.body.error.code).toBe('invalid_template');
  });

  it('refuses a body that is not UTF-8, with where', async () => {
    const [before, after] = JSON.stringify(small).split('Small');
    const bytes = new Uint8Array([...Buffer.from(`${before}caf`), 0xe9, ...Buffer.from(after ?? '')]);
    const validated = await sendBytes(stack.api?.url ?? '', '/templates/validate', bytes);
    expect(validated.status).toBe(200);
    expect(validated.body).toMatchObject({ valid: false, errors: [{ code: 'encoding', message: expect.stringContaining('byte 0xE9 is not valid UTF-8') as unknown }] });
    expect((await sendBytes(stack.api?.url ?? '', '/templates', bytes)).status).toBe(422);
  });
});

describe('limits on ids and business keys', () => {
  it('refuses a template id over the limit at publish with the same message as a read', async () => {
    const id = 'a'.repeat(MAX_ID_LENGTH + 1);
    const published = await call<ErrorAnswer>(stack, 'POST', '/templates', { key: ops, body: { ...small, id } });
    expect(published.status).toBe(422);
    expect(published.body.error.details).toEqual([expect.objectContaining({ path: 'id', message: `must be at most ${MAX_ID_LENGTH} characters` })]);
    const read = await call<ErrorAnswer>(stack, 'GET', `/templates/${id}/versions/1`, { key: ops });
    expect(read.status).toBe(400);
    expect(read.body.error.message).toContain(`params.id: must be at most ${MAX_ID_LENGTH} characters`);
    // One character less is an ordinary id.
    expect((await call(stack, 'POST', '/templates', { key: ops, body: { ...small, id: id.slice(1) } })).status).toBe(201);
  });

  it('refuses a business key or template id over the limit at start with 400', async () => {
    const start = { templateId: 'small', businessKey: 'k', bindings: { companies: {} }, initiator: 'someone@globex.example' };
    const longKey = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: partner, body: { ...start, businessKey: 'k'.repeat(MAX_BUSINESS_KEY_LENGTH + 1) } });
    expect(longKey.status).toBe(400);
    expect(longKey.body.error.message).toContain(`body.businessKey: must be at most ${MAX_BUSINESS_KEY_LENGTH} characters`);
    const longId = await call<ErrorAnswer>(stack, 'POST', '/instances', { key: partner, body: { ...start, templateId: 'a'.repeat(MAX_ID_LENGTH + 1) } });
    expect(longId.status).toBe(400);
    expect(longId.body.error.message).toContain(`body.templateId: must be at most ${MAX_ID_LENGTH} characters`);
  });

  it('takes at every instance route the longest instance id a start can make', async () => {
    const longest = instanceId('a'.repeat(MAX_ID_LENGTH), 'k'.repeat(MAX_BUSINESS_KEY_LENGTH));
    expect(longest).toHaveLength(MAX_INSTANCE_ID_LENGTH);
    expect(InstanceParams.safeParse({ id: longest }).success).toBe(true);
    // Not the caller's, so not found, rather than refused as too long.
    expect((await call(stack, 'GET', `/instances/${longest}/timeline`, { key: partner })).status).toBe(404);
    expect((await call(stack, 'GET', `/instances/${longest}x/timeline`, { key: partner })).status).toBe(400);
  });
});
