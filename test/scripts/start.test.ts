/**
 * `npm start` as a user runs it: the whole stack comes up and reports healthy, Ctrl-C
 * leaves no process behind, and the next start continues an open instance.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstanceClient } from '../../api/instance-client.js';
import type { Template } from '../../definitions/template.js';
import { canConnect, freePort } from '../../scripts/stack/ports.js';
import { projectRoot } from '../../scripts/stack/paths.js';
import { ensureTemporalCli } from '../../scripts/stack/temporal-cli.js';
import { adminUrl, createDatabase, dropDatabase } from '../support/database.js';
import { eventually } from '../support/eventually.js';
import { acme, bindings, globex, paul, vera } from '../fixtures/people.js';
import { timerCounts, timerDrill } from '../support/timer-drill.js';

const template: Template = {
  id: 'restart-check',
  version: 1,
  title: 'Restart check',
  parties: { vendor: { roles: { manager: {} } }, partner: { roles: { requester: {} } } },
  inputs: {},
  steps: [
    { id: 'confirm', kind: 'task', title: 'Confirm', owner: 'partner.requester', next: 'done', status: 'Waiting for partner' },
    { id: 'done', kind: 'end', status: 'Closed' },
  ],
};

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function runStart(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: projectRoot,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/tandem.ts', ...args], {
    cwd: projectRoot,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })));
}

/** Pids of running processes whose arguments (program first) satisfy `matches` (Linux /proc). */
function processesRunning(matches: (args: string[]) => boolean): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (matches(args) && alive(pid)) pids.push(pid);
  }
  return pids;
}

/** True while `pid` runs (a zombie waiting to be reaped does not count). */
function alive(pid: number): boolean {
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function waitUntilRunning(started: Started): Promise<void> {
  await eventually(() => {
    if (started.child.exitCode !== null) throw new Error(`npm start exited early:\n${started.output()}`);
    if (!started.output().includes('Press Ctrl-C')) throw new Error(`not up yet:\n${started.output()}`);
  }, 90_000, 200);
}

describe('npm start', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-start-'));
  const databaseName = `tandem_test_start_${process.pid}`;
  let env: Record<string, string>;
  let ports: { api: number; temporal: number; ui: number; smtp: number; inbox: number };

  beforeAll(async () => {
    const databaseUrl = await createDatabase(databaseName);
    ports = { api: await freePort(), temporal: await freePort(), ui: await freePort(), smtp: await freePort(), inbox: await freePort() };
    env = {
      TANDEM_DATA_DIR: dataDir,
      TEMPORAL_CLI: await ensureTemporalCli(),
      DATABASE_URL: databaseUrl,
      API_PORT: String(ports.api),
      TEMPORAL_PORT: String(ports.temporal),
      TEMPORAL_UI_PORT: String(ports.ui),
      MAIL_SMTP_PORT: String(ports.smtp),
      MAIL_UI_PORT: String(ports.inbox),
    };
  });
  afterAll(async () => {
    await dropDatabase(adminUrl(), databaseName);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('brings the stack up, stops every part on Ctrl-C, and resumes an open instance on the next start', async () => {
    const first = runStart(env);
    await waitUntilRunning(first);
    expect(first.output()).toContain(`http://localhost:${ports.api}`);
    expect(first.output()).toContain(`Temporal UI  http://localhost:${ports.ui}`);
    expect(first.output()).toContain(`Mail inbox   http://localhost:${ports.inbox}`);

    expect(first.output()).toContain(`PostgreSQL   ${env['DATABASE_URL']}  (DATABASE_URL)`);
    expect(first.output()).toContain(`/docs`);

    // The CLI, given nothing but the data directory, finds the database this start uses.
    const database = new pg.Client({ connectionString: env['DATABASE_URL'] });
    await database.connect();
    try {
      await database.query("INSERT INTO companies (id, name, kind) VALUES ($1, 'Acme', 'vendor') ON CONFLICT DO NOTHING", [acme]);
      const cli = await runCli(['keys', 'create', '--company', acme, '--name', 'found by the CLI'], { TANDEM_DATA_DIR: dataDir });
      expect(cli.output).toContain('the token is shown only now');
      expect(cli.code).toBe(0);
      expect((await database.query("SELECT 1 FROM api_keys WHERE name = 'found by the CLI'")).rowCount).toBe(1);
    } finally {
      await database.end();
    }

    const health = await fetch(`http://127.0.0.1:${ports.api}/health`);
    expect(health.status).toBe(200);
    const body = (await health.json()) as { checks: Record<string, { ok: boolean }> };
    expect(Object.fromEntries(Object.entries(body.checks).map(([name, check]) => [name, check.ok]))).toEqual({ temporal: true, postgres: true, smtp: true });
    expect((await fetch(`http://127.0.0.1:${ports.ui}/`)).status).toBe(200);

    const connection = await Connection.connect({ address: `127.0.0.1:${ports.temporal}` });
    const client = new Client({ connection, namespace: 'tandem' });
    try {
      const bindings = { companies: { vendor: acme, partner: globex }, participants: { 'vendor.manager': [vera], 'partner.requester': [paul] } };
      await new InstanceClient(client).start({ template, businessKey: 'open-1', bindings, input: {}, initiator: vera, taskQueue: 'tandem' });
      // The task mail lands in the mail catcher's inbox, readable over its web API.
      await eventually(async () => {
        const inbox = (await (await fetch(`http://127.0.0.1:${ports.inbox}/email`)).json()) as Array<{ subject: string }>;
        if (!inbox.some((mail) => mail.subject.includes('Confirm'))) throw new Error('no task mail in the inbox yet');
      });
    } finally {
      await connection.close();
    }

    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    for (const port of Object.values(ports)) expect(await canConnect('127.0.0.1', port)).toBe(false);

    const second = runStart(env);
    try {
      await waitUntilRunning(second);
      const again = await Connection.connect({ address: `127.0.0.1:${ports.temporal}` });
      try {
        const handle = new Client({ connection: again, namespace: 'tandem' }).workflow.getHandle('restart-check:open-1');
        expect((await new InstanceClient(handle.client).state(handle.workflowId)).status).toBe('Waiting for partner');
        await new InstanceClient(handle.client).decide(handle.workflowId, { taskId: 'confirm.1.partner.requester', actor: paul.email, outcome: 'submit' });
        expect(await handle.result()).toEqual({ lifecycle: 'completed', status: 'Closed' });
      } finally {
        await again.close();
      }
    } finally {
      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
    }
  }, 240_000);

  it('takes its Temporal server and mail catcher along when killed with SIGKILL, restarts a child that dies, and starts again on the same data directory', async () => {
    const temporalDb = path.join(dataDir, 'temporal.sqlite');
    const temporalServers = () => processesRunning((args) => args[0] === env['TEMPORAL_CLI'] && args.join(' ').includes(`--db-filename ${temporalDb}`));
    const mailCatchers = () => processesRunning((args) => (args[1] ?? '').endsWith(path.join('maildev', 'bin', 'maildev')) && args.join(' ').includes(`--smtp ${ports.smtp}`));
    const watchdogs = () => processesRunning((args) => (args[3] ?? '').endsWith(path.join('scripts', 'stack', 'watchdog.ts')) && args.join(' ').includes(dataDir));
    // The Temporal CLI behind a gate: while the gate file exists a start of the server waits, so
    // the test decides how long a restart takes instead of racing it.
    const gateDir = mkdtempSync(path.join(tmpdir(), 'tandem-gate-'));
    const gate = path.join(gateDir, 'hold');
    const gatedCli = path.join(gateDir, 'temporal');
    writeFileSync(gatedCli, `#!/bin/sh\nwhile [ -e '${gate}' ]; do sleep 0.05; done\nexec '${env['TEMPORAL_CLI']}' "$@"\n`, { mode: 0o755 });
    type Health = { checks: Record<string, { ok: boolean }>; children: Record<string, boolean>; restarts: Record<string, number> };
    const health = async () => (await (await fetch(`http://127.0.0.1:${ports.api}/health`)).json()) as Health;

    const first = runStart({ ...env, TEMPORAL_CLI: gatedCli });
    try {
      await waitUntilRunning(first);
      const [temporal] = temporalServers();
      const [mail] = mailCatchers();
      expect([temporalServers().length, mailCatchers().length, watchdogs().length]).toEqual([1, 1, 2]);
      expect((await health()).restarts).toEqual({ temporal: 0, mail: 0 });

      // A child that dies is reported and started again; the API's health follows it.
      writeFileSync(gate, '');
      process.kill(temporal ?? 0, 'SIGKILL');
      // The API says so at once, naming the child, without waiting for a probe of it to fail…
      await eventually(async () => {
        const ready = await fetch(`http://127.0.0.1:${ports.api}/ready`);
        expect(ready.status).toBe(503);
        expect(((await ready.json()) as { children?: Record<string, boolean> }).children).toEqual({ temporal: false, mail: true });
      }, 10_000, 20);
      await eventually(() => expect(first.output()).toContain('The Temporal dev server exited'), 20_000, 100);
      // …and for as long as the restart takes.
      const restarting = await fetch(`http://127.0.0.1:${ports.api}/health`);
      expect(restarting.status).toBe(503);
      expect(((await restarting.json()) as Health).children).toEqual({ temporal: false, mail: true });
      expect((await fetch(`http://127.0.0.1:${ports.api}/ready`)).status).toBe(503);

      rmSync(gate);
      const restarted = await eventually(async () => {
        expect(first.output()).toContain('The Temporal dev server is running again.');
        const now = await health();
        expect(now.checks['temporal']?.ok).toBe(true);
        expect({ children: now.children, restarts: now.restarts }).toEqual({ children: { temporal: true, mail: true }, restarts: { temporal: 1, mail: 0 } });
        const [again] = temporalServers();
        expect(again).toBeDefined();
        return again ?? 0;
      }, 60_000, 200);
      expect(restarted).not.toBe(temporal);
      expect((await fetch(`http://127.0.0.1:${ports.api}/ready`)).status).toBe(200);
      const children = [restarted, mail ?? 0, ...watchdogs()];
      expect(children.length).toBe(4);

      // kill -9 runs no handler in npm start: its watchdogs end the children.
      const killedAt = Date.now();
      first.child.kill('SIGKILL');
      await first.exited;
      await eventually(() => expect(children.filter(alive)).toEqual([]), 15_000, 100);
      const secondsToGone = (Date.now() - killedAt) / 1000;
      expect(secondsToGone).toBeLessThan(5);
      for (const port of [ports.temporal, ports.ui, ports.smtp, ports.inbox]) expect(await canConnect('127.0.0.1', port)).toBe(false);
      console.log(`[start] children gone ${secondsToGone.toFixed(2)} s after kill -9 of npm start`);
    } finally {
      // A failed check must not leave a stack holding the data directory for the next test.
      if (first.child.exitCode === null && first.child.signalCode === null) first.child.kill('SIGKILL');
      rmSync(gateDir, { recursive: true, force: true });
    }

    const second = runStart(env);
    try {
      await waitUntilRunning(second);
      expect((await fetch(`http://127.0.0.1:${ports.api}/health`)).status).toBe(200);
      expect(temporalServers().length).toBe(1);
    } finally {
      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
    }
    expect([temporalServers(), mailCatchers(), watchdogs()]).toEqual([[], [], []]);
  }, 240_000);

  it('fires each pending timer exactly once across a SIGTERM and a start on the same data', async () => {
    const first = runStart(env);
    const ids: string[] = [];
    try {
      await waitUntilRunning(first);
      const connection = await Connection.connect({ address: `127.0.0.1:${ports.temporal}` });
      try {
        const instances = new InstanceClient(new Client({ connection, namespace: 'tandem' }));
        // Waits that end before, during and after the stop; each then a task reminded after 1 s that lapses after 3 s.
        for (const pause of ['1s', '4s', '10s']) {
          const started = await instances.start({ template: timerDrill, businessKey: `sigterm-${randomUUID()}`, bindings, input: { pause, lapse: '3s' }, initiator: vera, taskQueue: 'tandem' });
          ids.push(started.handle.workflowId);
        }
      } finally {
        await connection.close();
      }
    } finally {
      first.child.kill('SIGTERM');
    }
    expect(await first.exited).toBe(0);

    const second = runStart(env);
    const pool = new pg.Pool({ connectionString: env['DATABASE_URL'], max: 1 });
    pool.on('error', () => {});
    try {
      await waitUntilRunning(second);
      await eventually(async () => expect(await timerCounts(pool, ids)).toEqual(ids.map(() => ({ waited: 1, reminded: 1, timedOut: 1, ended: 1 }))), 120_000, 250);
      const ended = await pool.query<{ status: string; lifecycle: string }>('SELECT status, lifecycle FROM instances WHERE id = ANY ($1)', [ids]);
      expect(ended.rows).toEqual(ids.map(() => ({ status: 'Lapsed', lifecycle: 'completed' })));
    } finally {
      await pool.end();
      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
    }
  }, 300_000);

  it('refuses a second start on a data directory that a running start holds, naming its pid', async () => {
    const first = runStart(env);
    try {
      await waitUntilRunning(first);
      const second = runStart({ ...env, API_PORT: String(await freePort()), TEMPORAL_PORT: String(await freePort()), TEMPORAL_UI_PORT: String(await freePort()), MAIL_SMTP_PORT: String(await freePort()), MAIL_UI_PORT: String(await freePort()) });
      expect(await second.exited).toBe(1);
      expect(second.output()).toContain(`Another \`npm start\` (pid ${first.child.pid}) is running on ${dataDir}`);
      expect((await fetch(`http://127.0.0.1:${ports.api}/health`)).status).toBe(200);
    } finally {
      first.child.kill('SIGINT');
      expect(await first.exited).toBe(0);
    }
  }, 240_000);

  it('refuses a malformed variable with one message naming it, and starts nothing', async () => {
    const run = runStart({ ...env, API_PORT: 'eighty', SMTP_URL: 'mail.example.com' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('API_PORT="eighty"');
    expect(run.output()).toContain('SMTP_URL="mail.example.com": use a URL such as smtp://');
    expect(await canConnect('127.0.0.1', ports.temporal)).toBe(false);
  });

  it('names the port that is taken and the variable that moves it', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer().listen(ports.api, '127.0.0.1');
    try {
      const run = runStart(env);
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`Port ${ports.api} is already in use (API_PORT)`);
    } finally {
      blocker.close();
    }
  });
});
