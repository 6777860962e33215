/** The ops CLI against a running stack: start an instance, create and revoke API keys. */
import { spawn } from 'node:child_process';
import { InstanceClient } from '../../api/instance-client.js';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/stack/paths.js';
import { instanceId } from '../../api/instances.js';
import { acme, globex, gus, vera } from '../fixtures/people.js';
import { enrol } from '../support/directory.js';
import { eventually } from '../support/eventually.js';
import { call } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ api: true });
  // The directory partner-onboarding's groups resolve from: Vera runs the channel, Gus is Globex's admin.
  await enrol(stack, [
    { person: vera, groups: ['channel_managers', 'channel_directors', 'legal'] },
    { person: { name: 'Finn Finance', email: 'finn@acme.example', company: acme }, groups: ['finance'] },
    { person: gus, groups: ['admins'] },
  ]);
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
  const input = { partner_name: 'Globex', program_tier: 'gold', annual_commit: { amount: 250_000_00, currency: 'USD' } };
  const companies = { vendor: acme, partner: globex };

  it('starts an instance for the starting company with every person from the directory, and reports its id', async () => {
    const request = { businessKey: 'cli-1', bindings: { companies }, input, initiator: vera.email };
    const result = await tandem('start', onboarding, '--company', acme, '--input', JSON.stringify(request));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const id = result.stdout.trim().replace(/^started: /, '');
    expect(id).toBe(instanceId('partner-onboarding', 'cli-1', acme));
    const state = await eventually(() => new InstanceClient(stack.client).state(id));
    expect(state.businessKey).toBe('cli-1');
    expect(state.bindings.participants['partner.admin']).toEqual([gus]);
    expect(state.bindings.participants['vendor.channel_manager']).toEqual([vera]);
    const bound = await stack.pool.query<{ source: string; starter_company_id: string }>('SELECT source, starter_company_id FROM instance_bindings WHERE instance_id = $1', [id]);
    expect(bound.rows).toEqual([{ source: 'directory', starter_company_id: acme }]);
    const again = await tandem('start', onboarding, '--company', acme, '--input', JSON.stringify(request));
    expect(again.stdout.trim()).toBe(`already running: ${id}`);
  });

  it('refuses people named for another company’s roles, people outside the directory, and a start without the starting company', async () => {
    const forged = { businessKey: 'cli-forged', bindings: { companies, participants: { 'partner.admin': [{ name: 'Mallory', email: 'mallory@acme.example', company: globex }] } }, input, initiator: vera.email };
    const other = await tandem('start', onboarding, '--company', acme, '--input', JSON.stringify(forged));
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('[role_of_other_company]');
    const stranger = await tandem('start', onboarding, '--company', acme, '--input', JSON.stringify({ ...forged, bindings: { companies, participants: { 'vendor.finance': ['stranger@acme.example'] } } }));
    expect(stranger.code).toBe(1);
    expect(stranger.stderr).toContain('[unknown_person]');
    const anonymous = await tandem('start', onboarding, '--input', JSON.stringify({ ...forged, bindings: { companies } }));
    expect(anonymous.code).toBe(2);
    expect(anonymous.stderr).toContain('--company');
    const instances = await stack.pool.query('SELECT 1 FROM instance_bindings WHERE business_key = $1', ['cli-forged']);
    expect(instances.rows).toEqual([]);
  });

  it('names every problem of a bad start input and exits 1', async () => {
    const shape = await tandem('start', onboarding, '--company', acme, '--input', JSON.stringify({ businessKey: 'cli-2', bindings: { companies }, input, initiator: { name: 'x' } }));
    expect(shape.code).toBe(1);
    expect(shape.stderr).toContain('initiator');
    const result = await tandem('start', onboarding, '--company', acme, '--input', JSON.stringify({ businessKey: 'cli-2', bindings: { companies }, input: { program_tier: 'gold' }, initiator: vera.email }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('input.partner_name');
    expect(result.stderr).toContain('input.annual_commit');
  });

  it('refuses input that is not JSON with exit code 2', async () => {
    const result = await tandem('start', onboarding, '--company', acme, '--input', '{nope');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--input is not valid JSON');
  });
});

describe('tandem keys', () => {
  it('creates a key that the API accepts, lists it, and revokes it', async () => {
    expect((await tandem('companies', 'create', 'umbrella', '--name', 'Umbrella Corp', '--kind', 'vendor')).code).toBe(0);
    const created = await tandem('keys', 'create', '--company', 'umbrella', '--name', 'portal');
    expect(created.code).toBe(0);
    const token = created.stdout.trim().split('\n').pop() ?? '';
    expect(token).toMatch(/^tdm_[0-9a-f]{16}\./);
    expect((await call(stack, 'GET', '/instances', { key: token })).status).toBe(200);
    const keyId = token.slice(4, 20);
    expect((await tandem('keys', 'list', '--company', 'umbrella')).stdout).toContain(keyId);
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
