/**
 * Fault drill: the Temporal dev server is killed with SIGKILL and started again on the same
 * SQLite file and port while instances wait on timers and on tasks. The worker and the clients
 * reconnect by themselves; every instance goes on, and each timer fires exactly once, whether it
 * fell due while the server was down or after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stateQuery } from '../../workflows/handlers.js';
import { freePort } from '../../scripts/stack/ports.js';
import { ensureTemporalCli } from '../../scripts/stack/temporal-cli.js';
import { startDevServer, type DevServer, type DevServerOptions } from '../../scripts/stack/temporal-server.js';
import { paul } from '../fixtures/people.js';
import { eventually } from '../support/eventually.js';
import { decide, start, type Instance } from '../support/instances.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { confirmTask, timerCounts, timerDrill } from '../support/timer-drill.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-temporal-restart-'));
let serverOptions: DevServerOptions;
let server: DevServer;
let stack: TestStack;

beforeAll(async () => {
  serverOptions = { cli: await ensureTemporalCli(), port: await freePort(), namespace: inject('temporalNamespace'), dbFile: path.join(dataDir, 'temporal.sqlite') };
  server = await startDevServer(serverOptions);
  stack = await startTestStack({ temporalAddress: server.address });
});
afterAll(async () => {
  await stack?.stop();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a Temporal server killed and started again', () => {
  it('continues every instance waiting on a timer or a task, and fires each timer exactly once', async () => {
    // Waits that end while the server is down, and after it is back; each then opens a task
    // reminded after 1 s. Half the tasks are decided after the restart, half lapse on their own.
    const pauses = ['1s', '3s', '6s', '12s'];
    const lapsing = await Promise.all(pauses.map((pause) => start(stack, timerDrill, { input: { pause, lapse: '8s' } })));
    const decided = await Promise.all(pauses.map((pause) => start(stack, timerDrill, { input: { pause } })));
    const all: Instance[] = [...lapsing, ...decided];
    const ids = all.map((handle) => handle.workflowId);
    await eventually(async () => expect((await stack.pool.query('SELECT 1 FROM instances WHERE id = ANY ($1)', [ids])).rowCount).toBe(all.length), 60_000, 100);

    const killedAt = Date.now();
    server.process.kill('SIGKILL');
    await new Promise((resolve) => server.process.once('exit', resolve));
    server = await startDevServer(serverOptions);
    const secondsDown = (Date.now() - killedAt) / 1000;

    // Every task opens and is reminded once; then the decided half is decided.
    await eventually(async () => expect((await timerCounts(stack.pool, ids)).map((counts) => [counts.waited, counts.reminded])).toEqual(all.map(() => [1, 1])), 120_000, 250);
    for (const handle of decided) expect((await decide(handle, confirmTask, paul, 'submit')).status).toBe('Done');
    const results = await Promise.all(all.map((handle) => handle.result()));
    expect(results).toEqual([...lapsing.map(() => ({ lifecycle: 'completed', status: 'Lapsed' })), ...decided.map(() => ({ lifecycle: 'completed', status: 'Done' }))]);

    await eventually(async () => {
      const counts = await timerCounts(stack.pool, ids);
      expect(counts).toEqual([...lapsing.map(() => ({ waited: 1, reminded: 1, timedOut: 1, ended: 1 })), ...decided.map(() => ({ waited: 1, reminded: 1, timedOut: 0, ended: 1 }))]);
    }, 30_000, 250);
    // The workflow's own timeline agrees with the projection's.
    for (const handle of all) {
      const history = (await handle.query(stateQuery)).history;
      expect(history.filter((event) => event.type === 'reminded')).toHaveLength(1);
      expect(history.filter((event) => event.type === 'step_entered' && event.stepId === 'confirm')).toHaveLength(1);
    }
    console.log(`[drills] Temporal killed and back after ${secondsDown.toFixed(1)} s; ${all.length} instances each fired their timers once`);
  }, 300_000);
});
