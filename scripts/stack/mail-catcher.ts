/**
 * The dev mail catcher: MailDev receives every mail the stack sends and shows it in a
 * web inbox. It runs as a child process because its module takes over process signals.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { spawnOwned } from './owned-child.js';
import { canConnect } from './ports.js';
import { stopChild } from './temporal-server.js';

/** A running mail catcher. */
export interface MailCatcher {
  smtpUrl: string;
  inboxUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts MailDev and resolves once its SMTP port accepts connections. With `pidFile` it runs
 * under a watchdog that ends it when this process dies by any signal (scripts/stack/owned-child.ts).
 */
export async function startMailCatcher(smtpPort: number, webPort: number, options: { pidFile?: string } = {}): Promise<MailCatcher & { process: ChildProcess }> {
  const bin = createRequire(import.meta.url).resolve('maildev/bin/maildev');
  const args = [bin, '--smtp', String(smtpPort), '--web', String(webPort), '--ip', '127.0.0.1', '--silent'];
  const child = options.pidFile ? spawnOwned(process.execPath, args, { pidFile: options.pidFile, graceMs: 2_000 }) : spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stdout?.resume();
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
  });
  const deadline = Date.now() + 20_000;
  while (!(await canConnect('127.0.0.1', smtpPort))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stopChild(child, 3000);
      throw new Error(`The mail catcher (MailDev) did not start on port ${smtpPort}:\n${errors}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { smtpUrl: `smtp://127.0.0.1:${smtpPort}`, inboxUrl: `http://localhost:${webPort}`, process: child, stop: () => stopChild(child, 3000) };
}
