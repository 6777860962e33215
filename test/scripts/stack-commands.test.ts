/** The ops CLI against a running stack: start an instance, create and revoke API keys. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/stack/paths.js';
import { stateQuery } from '../../workflows/definitions.js';
import { bindings, vera } from '../fixtures/people.js';
import { eventually } from '../support/eventually.js';
import { call } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ api: true });
});
afterAll(async () => {
  await stack?.stop();
});

function tandem(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/tandem.ts', ...args], {
      cwd: projectRoot,
      env: {
        PATH: process.env['PATH'] ?? '',
        TEMPORAL_ADDRESS: stack.config.TEMPORAL_ADDRESS,
        TEMPORAL_NAMESPACE: stack.config.TEMPORAL_NAMESPACE,
        TEMPORAL_TASK_QUEUE: stack.taskQueue,
        DATABASE_URL: stack.databaseUrl,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const onboarding = path.join(projectRoot, 'definitions', 'partner-onboarding.yaml');

describe('tandem start', () => {
  it('starts an instance of a template file and reports its id', async () => {
    const input = { partner_name: 'Globex', program_tier: 'gold', annual_commit: { amount: 250_000_00, currency: 'USD' } };
    const request = { businessKey: 'cli-1', bindings: onboardingBindings(), input, initiator: vera };
    const result = await tandem('start', onboarding, '--input', JSON.stringify(request));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const id = result.stdout.trim().replace(/^started: /, '');
    expect(id).toMatch(/:cli-1$/);
    const state = await eventually(() => stack.client.workflow.getHandle(id).query(stateQuery));
    expect(state.businessKey).toBe('cli-1');
    const again = await tandem('start', onboarding, '--input', JSON.stringify(request));
    expect(again.stdout.trim()).toBe(`already running: ${id}`);
  });

  it('names every problem of a bad start input and exits 1', async () => {
    const result = await tandem('start', onboarding, '--input', JSON.stringify({ businessKey: 'cli-2', bindings: { companies: {}, participants: {} }, input: {}, initiator: { name: 'x' } }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('initiator.email');
    expect(result.stderr).toContain('bindings.companies.');
  });

  it('refuses input that is not JSON with exit code 2', async () => {
    const result = await tandem('start', onboarding, '--input', '{nope');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--input is not valid JSON');
  });
});

describe('tandem keys', () => {
  it('creates a key that the API accepts, lists it, and revokes it', async () => {
    expect((await tandem('companies', 'create', 'acme', '--name', 'Acme Corp', '--kind', 'vendor')).code).toBe(0);
    const created = await tandem('keys', 'create', '--company', 'acme', '--name', 'portal');
    expect(created.code).toBe(0);
    const token = created.stdout.trim().split('\n').pop() ?? '';
    expect(token).toMatch(/^tdm_[0-9a-f]{16}\./);
    expect((await call(stack, 'GET', '/instances', { key: token })).status).toBe(200);
    const keyId = token.slice(4, 20);
    expect((await tandem('keys', 'list', '--company', 'acme')).stdout).toContain(keyId);
    expect((await tandem('keys', 'revoke', keyId)).code).toBe(0);
    expect((await call(stack, 'GET', '/instances', { key: token })).status).toBe(401);
    expect((await tandem('keys', 'revoke', '0000000000000000')).code).toBe(1);
  });
});

describe('the directory from the command line', () => {
  it('creates a company, adds people into groups, refuses a duplicate, relates two companies, and deactivates a person', async () => {
    expect((await tandem('companies', 'create', 'initrode', '--name', 'Initrode', '--kind', 'vendor')).code).toBe(0);
    expect((await tandem('companies', 'create', 'hooli', '--name', 'Hooli', '--kind', 'partner')).code).toBe(0);
    const again = await tandem('companies', 'create', 'hooli', '--name', 'Hooli again', '--kind', 'partner');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('[company_exists]');
    expect((await tandem('groups', 'create', '--company', 'initrode', 'finance')).code).toBe(0);
    expect((await tandem('people', 'add', '--company', 'initrode', '--email', 'Fay@Initrode.example', '--name', 'Fay Finance', '--groups', 'finance')).code).toBe(0);
    const duplicate = await tandem('people', 'add', '--company', 'initrode', '--email', 'fay@initrode.example', '--name', 'Fay Twice');
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('[duplicate_email]');
    const unknownGroup = await tandem('people', 'add', '--company', 'initrode', '--email', 'gil@initrode.example', '--name', 'Gil', '--groups', 'nope');
    expect(unknownGroup.stderr).toContain('[unknown_group]');
    expect((await tandem('groups', 'list', '--company', 'initrode')).stdout).toContain('finance: fay@initrode.example');
    expect((await tandem('relationships', 'invite', '--vendor', 'initrode', '--partner', 'hooli', '--program', 'mdf')).stdout).toContain('invited');
    expect((await tandem('relationships', 'accept', '--vendor', 'initrode', '--partner', 'hooli', '--program', 'mdf')).stdout).toContain('active');
    expect((await tandem('people', 'deactivate', '--company', 'initrode', '--email', 'fay@initrode.example')).code).toBe(0);
    expect((await tandem('people', 'list', '--company', 'initrode')).stdout).toMatch(/fay@initrode\.example\s+inactive/);
  });
});

/** Bindings for the built-in onboarding template. */
function onboardingBindings() {
  const [manager] = bindings.participants['vendor.manager'];
  const [finance] = bindings.participants['vendor.finance'];
  const [director] = bindings.participants['vendor.director'];
  const [admin] = bindings.participants['partner.requester'];
  return {
    companies: bindings.companies,
    participants: { 'vendor.channel_manager': [manager], 'vendor.finance': [finance], 'vendor.legal': [director], 'vendor.director': [director], 'partner.admin': [admin] },
  };
}
