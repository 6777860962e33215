/**
 * Runs `temporal server start-dev` as a child process and waits until its frontend
 * answers. The dev server is the embedded default; production points the same code at
 * a Temporal cluster or Temporal Cloud through TEMPORAL_ADDRESS and friends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { spawnOwned } from './owned-child.js';

/** Options for a local dev server. */
export interface DevServerOptions {
  cli: string;
  port: number;
  /** Web UI port; omit for a headless server (tests). */
  uiPort?: number;
  namespace: string;
  /** SQLite file for persistent state; omit for an in-memory server. */
  dbFile?: string;
  /** Where the server's own log goes. */
  logFile?: string;
  /** How long to wait for the frontend before giving up. */
  startTimeoutMs?: number;
  /** Dynamic configuration (`--dynamic-config-value KEY=VALUE`), e.g. `frontend.namespaceRPS` for benchmarks. */
  dynamicConfig?: Record<string, string>;
  /**
   * Run under a watchdog that ends the server when this process dies by any signal, keeping its
   * pid in this file meanwhile (scripts/stack/owned-child.ts). `npm start` sets it.
   */
  pidFile?: string;
}

/** A running dev server. */
export interface DevServer {
  address: string;
  uiUrl: string | undefined;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the dev server and resolves once a client can connect to it. */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const address = `127.0.0.1:${options.port}`;
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port), '--namespace', options.namespace];
  args.push('--log-level', 'warn', '--log-format', 'json');
  for (const [key, value] of Object.entries(options.dynamicConfig ?? {})) args.push('--dynamic-config-value', `${key}=${value}`);
  if (options.uiPort === undefined) args.push('--headless');
  else args.push('--ui-port', String(options.uiPort));
  if (options.dbFile) {
    mkdirSync(path.dirname(options.dbFile), { recursive: true });
    // WAL lets the UI's reads run beside the server's writes; the server syncs on its own.
    args.push('--db-filename', options.dbFile, '--sqlite-pragma', 'journal_mode=wal', '--sqlite-pragma', 'synchronous=normal');
  }
  // A watchdog stops within its own grace period, before stopChild's SIGKILL would orphan the server.
  const child = options.pidFile ? spawnOwned(options.cli, args, { pidFile: options.pidFile, graceMs: STOP_GRACE_MS - 2_000 }) : spawn(options.cli, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited: number | null | undefined;
  child.once('exit', (code) => {
    exited = code;
  });

  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  for (;;) {
    if (exited !== undefined) {
      throw new Error(`The Temporal dev server exited with code ${exited} during start-up:\n${output.trim().split('\n').slice(-10).join('\n')}`);
    }
    if (await answers(address, options.namespace)) break;
    if (Date.now() > deadline) {
      await stopChild(child, 2_000);
      throw new Error(`The Temporal dev server did not answer on ${address} in time:\n${output.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    address,
    uiUrl: options.uiPort === undefined ? undefined : `http://localhost:${options.uiPort}`,
    process: child,
    stop: () => stopChild(child),
  };
}

/** True when the frontend accepts a connection and knows the namespace. */
async function answers(address: string, namespace: string): Promise<boolean> {
  try {
    const connection = await Connection.connect({ address, connectTimeout: 1000 });
    try {
      await connection.workflowService.describeNamespace({ namespace });
      return true;
    } finally {
      await connection.close();
    }
  } catch {
    return false;
  }
}

/** How long the dev server gets to stop after SIGTERM. */
const STOP_GRACE_MS = 10_000;

/** Sends SIGTERM, then SIGKILL if the child has not exited after the grace period. */
export function stopChild(child: ChildProcess, graceMs = STOP_GRACE_MS): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
