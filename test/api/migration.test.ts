/**
 * Ops publish a fixed version of a template and move running instances onto it, on the real
 * stack: an instance waiting on an emailed approval keeps its task, holder and links, one
 * waiting on a timer keeps its time, both run to the end of the new version; a mapping that
 * leaves a current step without a place is refused with a precise error and changes nothing.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstanceClient } from '../../api/instance-client.js';
import { publishTemplate } from '../../api/template-catalog.js';
import { projectRoot } from '../../scripts/stack/paths.js';
import type { TemplateInput } from '../../definitions/template.js';
import type { InstanceState } from '../../workflows/schemas.js';
import { acme, globex, parties, paul, startBindings, vera } from '../fixtures/people.js';
import { confirmationOf, linksIn, open, submit, taskMail } from '../support/action-links.js';
import { enrolFixtures } from '../support/directory.js';
import { eventually } from '../support/eventually.js';
import { call, keyFor, projected } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

const v1: TemplateInput = {
  id: 'repair-request',
  version: 1,
  title: 'Repair request',
  parties,
  inputs: { cooling_off: { type: 'duration', required: true, title: 'Cooling-off period' } },
  steps: [
    { id: 'review', kind: 'approval', title: 'Review the repair', approvers: ['vendor.manager'], policy: 'any', status: 'In review', next: { approve: 'cooling', reject: 'denied', request_changes: 'denied' } },
    { id: 'cooling', kind: 'wait', status: 'Cooling off', duration: { input: 'cooling_off' }, next: 'done' },
    { id: 'done', kind: 'end', status: 'Done' },
    { id: 'denied', kind: 'end', status: 'Denied' },
  ],
};

/** The fix: `review` is now `assess`, and a step records that the repair was checked before the end. */
const v2: TemplateInput = {
  ...v1,
  version: 2,
  steps: [
    { id: 'assess', kind: 'approval', title: 'Assess the repair', approvers: ['vendor.manager'], policy: 'any', status: 'In review', next: { approve: 'cooling', reject: 'denied', request_changes: 'denied' } },
    { id: 'cooling', kind: 'wait', status: 'Cooling off', duration: { input: 'cooling_off' }, next: 'stamp' },
    { id: 'stamp', kind: 'action', action: 'record', with: { name: 'checked', value: 'true' }, next: 'closed' },
    { id: 'closed', kind: 'end', status: 'Closed' },
    { id: 'denied', kind: 'end', status: 'Denied' },
  ],
};

const TASK = 'review.1.vendor.manager';

let stack: TestStack;
let globexKey: string;
let acmeKey: string;
let opsKey: string;
beforeAll(async () => {
  stack = await startTestStack({ api: true });
  await publishTemplate(stack.pool, v1);
  await enrolFixtures(stack);
  globexKey = await keyFor(stack, globex);
  acmeKey = await keyFor(stack, acme);
  opsKey = await keyFor(stack, 'ops', ['platform']);
});
afterAll(async () => {
  await stack?.stop();
});

async function startRepair(businessKey: string, coolingOff: string, templateId = v1.id): Promise<string> {
  const started = await call<{ id: string }>(stack, 'POST', '/instances', {
    key: globexKey,
    body: { templateId, businessKey, bindings: startBindings, input: { cooling_off: coolingOff }, initiator: paul.email },
  });
  expect(started.status).toBe(201);
  return started.body.id;
}

const state = (id: string): Promise<InstanceState> => new InstanceClient(stack.client).state(id);

describe('instance migration', () => {
  it('moves a version’s running instances onto the fix: tasks keep holders and links, timers their time; a mapping that misses a step is refused', async () => {
    // One instance waits on Vera's emailed approval; the other, approved, waits out its cooling-off.
    const waiting = await startRepair('repair-1', '1s');
    const timed = await startRepair('repair-2', '12s');
    const mail = await taskMail(stack.smtp, waiting, vera.email);
    const approve = linksIn(mail).decisions['Approve'] ?? '';
    const decided = await call(stack, 'POST', `/instances/${timed}/tasks/${TASK}/decision`, { key: acmeKey, body: { actor: vera.email, outcome: 'approve' } });
    expect(decided.status).toBe(200);
    const coolingUntil = (await state(timed)).timers[0]?.at;
    expect((await state(timed)).tokens.map((token) => token.stepId)).toEqual(['cooling']);
    expect(await publishTemplate(stack.pool, v2)).toMatchObject({ created: true });

    // Only ops move instances.
    const byCompany = await call(stack, 'POST', `/instances/${waiting}/migrate`, { key: acmeKey, body: { toVersion: 2, mapping: { review: 'assess' } } });
    expect(byCompany.status).toBe(403);

    // A dry run without a mapping: the timed instance would move, the waiting one is refused.
    const dry = await call<{ instances: Array<{ instanceId: string; reason?: string }> }>(stack, 'POST', `/templates/${v1.id}/versions/1/migrate`, { key: opsKey, body: { toVersion: 2, mapping: {}, dryRun: true } });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ templateId: v1.id, fromVersion: 1, toVersion: 2, dryRun: true });
    expect(sorted(dry.body.instances)).toMatchObject(
      sorted([
        { instanceId: waiting, result: 'refused', status: 409, code: 'migration_step_unmapped' },
        { instanceId: timed, result: 'would_migrate', fromVersion: 1, toVersion: 2, currentSteps: ['cooling'] },
      ]),
    );
    expect(dry.body.instances.find((outcome) => outcome.instanceId === waiting)?.reason).toContain('the instance is at step "review", which version 2 does not have');
    expect((await state(timed)).templateVersion).toBe(1);

    // The same mapping for the waiting instance alone: refused precisely, nothing changes.
    const before = await state(waiting);
    const refused = await call<{ error: { code: string; message: string } }>(stack, 'POST', `/instances/${waiting}/migrate`, { key: opsKey, body: { toVersion: 2 } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('migration_step_unmapped');
    expect(refused.body.error.message).toBe(`the instance is at step "review", which version 2 does not have; map it to a step of version 2 ("mapping": { "review": "<step>" })`);
    expect(await state(waiting)).toEqual(before);

    // Every running instance of version 1, with the mapping: each answered.
    const bulk = await call<{ instances: unknown[] }>(stack, 'POST', `/templates/${v1.id}/versions/1/migrate`, { key: opsKey, body: { toVersion: 2, mapping: { review: 'assess' }, reason: 'Fix the repair check' } });
    expect(bulk.status).toBe(200);
    expect(sorted(bulk.body.instances)).toEqual(
      sorted([
        { instanceId: waiting, result: 'migrated', fromVersion: 1, toVersion: 2, currentSteps: ['assess'] },
        { instanceId: timed, result: 'migrated', fromVersion: 1, toVersion: 2, currentSteps: ['cooling'] },
      ]),
    );

    // The task is the same task, held by Vera, now at the new step; the timeline says who moved it.
    const moved = await state(waiting);
    expect(moved.tasks).toEqual([expect.objectContaining({ id: TASK, stepId: 'assess', status: 'open', assignees: [vera] })]);
    const timeline = await call<{ events: Array<{ type: string; comment: string | null; details: Record<string, unknown> }> }>(stack, 'GET', `/instances/${waiting}/timeline`, { key: globexKey });
    expect(timeline.body.events.at(-1)).toMatchObject({ type: 'migrated', comment: 'Fix the repair check', details: { fromVersion: 1, toVersion: 2, mapping: { review: 'assess' }, by: 'test key of ops' } });
    const projected = await eventually(async () => {
      const row = await stack.pool.query<{ template_version: number; step_id: string }>('SELECT i.template_version, t.step_id FROM instances i JOIN tasks t ON t.instance_id = i.id WHERE i.id = $1', [waiting]);
      expect(row.rows[0]).toEqual({ template_version: 2, step_id: 'assess' });
      return row.rows[0];
    });
    expect(projected).toBeDefined();
    expect((await state(timed)).timers[0]?.at).toBe(coolingUntil);

    // The link mailed under version 1 still decides the task; both instances end on version 2's path.
    const page = await open(approve);
    expect(page.status).toBe(200);
    const recorded = await submit(approve, { confirm: confirmationOf(page), outcome: 'approve' });
    expect(recorded.status).toBe(200);
    for (const id of [waiting, timed]) {
      const ended = await eventually(async () => {
        const now = await state(id);
        expect(now.lifecycle).toBe('completed');
        return now;
      }, 30_000);
      expect(ended).toMatchObject({ status: 'Closed', templateVersion: 2, vars: { checked: true } });
    }

    // Nothing of version 1 runs any more.
    const again = await call<{ instances: unknown[] }>(stack, 'POST', `/templates/${v1.id}/versions/1/migrate`, { key: opsKey, body: { toVersion: 2, mapping: { review: 'assess' } } });
    expect(again.body.instances).toEqual([]);
  });
});

describe('tandem migrate', () => {
  it('dry-runs, refuses with the code, and migrates a version’s instances from the command line', async () => {
    await publishTemplate(stack.pool, { ...v1, id: 'repair-cli' });
    const id = await startRepair('cli-1', '1s', 'repair-cli');
    await projected(stack, id, globexKey);
    await publishTemplate(stack.pool, { ...v2, id: 'repair-cli' });

    const refused = await tandem('migrate', 'repair-cli@1', '--to', '2', '--dry-run');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${id}: refused: the instance is at step "review"`);
    expect(refused.stderr).toContain('[migration_step_unmapped]');

    const dry = await tandem('migrate', 'repair-cli@1', '--to', '2', '--map', 'review=assess', '--dry-run');
    expect([dry.code, dry.stdout.trim()]).toEqual([0, `${id}: would migrate 1 → 2, at assess`]);
    expect((await state(id)).templateVersion).toBe(1);

    const moved = await tandem('migrate', '--instance', id, '--to', '2', '--map', 'review=assess', '--reason', 'fix');
    expect([moved.code, moved.stdout.trim()]).toEqual([0, `${id}: migrated 1 → 2, at assess`]);
    expect((await state(id)).history.at(-1)).toMatchObject({ type: 'migrated', comment: 'fix', details: { by: 'tandem CLI' } });
  });
});

function tandem(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/tandem.ts', ...args], {
      cwd: projectRoot,
      env: { PATH: process.env['PATH'] ?? '', TEMPORAL_ADDRESS: stack.config.TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE: stack.config.TEMPORAL_NAMESPACE, TEMPORAL_TASK_QUEUE: stack.taskQueue, DATABASE_URL: stack.databaseUrl },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Outcomes in instance order, so the answer's order does not matter. */
function sorted<T>(outcomes: T[]): T[] {
  const idOf = (outcome: T) => (typeof outcome === 'object' && outcome !== null && 'instanceId' in outcome ? String(outcome.instanceId) : '');
  return [...outcomes].sort((a, b) => idOf(a).localeCompare(idOf(b)));
}
