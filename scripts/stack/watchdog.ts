/**
 * Runs one child of `npm start` (the Temporal dev server, MailDev) and ends it when its
 * owner dies, however it dies: a `kill -9` runs no handler in the owner, so the owner cannot
 * stop its children itself. The owner keeps the write end of this process's stdin open and
 * never writes to it; the operating system closes it when the owner dies, for any reason.
 *
 *   node --import tsx scripts/stack/watchdog.ts --pid-file <file> --grace-ms <ms> -- <command> [args…]
 *
 * - stdin closed, or this process handed to another parent: SIGTERM to the child, SIGKILL after
 *   the grace period, then exit.
 * - SIGTERM or SIGINT here: passed on to the child, which is waited for.
 * - the child exits: this process exits with its code (128 + signal number when killed).
 * - `--pid-file`: `{ pid, watchdog, command }` is written there while the child runs and
 *   removed when it ends, so the next start can find a child that outlived both (see owned-child.ts).
 * Only Node's own modules are imported: this starts beside every child, and quickly.
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';

interface Arguments {
  pidFile: string | undefined;
  graceMs: number;
  command: string;
  args: string[];
}

function parse(argv: string[]): Arguments {
  const split = argv.indexOf('--');
  const options = argv.slice(0, split);
  const [command, ...args] = argv.slice(split + 1);
  if (split < 0 || !command) throw new Error('usage: watchdog.ts [--pid-file <file>] [--grace-ms <ms>] -- <command> [args…]');
  const value = (name: string) => {
    const at = options.indexOf(name);
    return at >= 0 ? options[at + 1] : undefined;
  };
  return { pidFile: value('--pid-file'), graceMs: Number(value('--grace-ms') ?? 10_000), command, args };
}

function main(): void {
  const { pidFile, graceMs, command, args } = parse(process.argv.slice(2));
  const owner = process.ppid;
  const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (pidFile && child.pid !== undefined) writeFileSync(pidFile, `${JSON.stringify({ pid: child.pid, watchdog: process.pid, command: [command, ...args].join(' ') })}\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    if (stopping) return;
    stopping = true;
    setTimeout(() => child.kill('SIGKILL'), graceMs).unref();
  };
  const ownerGone = () => stop('SIGTERM');

  process.stdin.on('end', ownerGone);
  process.stdin.on('close', ownerGone);
  process.stdin.on('error', ownerGone);
  process.stdin.resume();
  // Belt and braces: an owner that died is no longer our parent.
  const watch = setInterval(() => {
    if (process.ppid !== owner) ownerGone();
  }, 500);
  watch.unref();
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // Writing to an owner that is gone must not end this process before its child.
  process.stdout.on('error', () => {});
  process.stderr.on('error', () => {});

  child.once('error', (error) => {
    console.error(`could not run ${command}: ${error.message}`);
    if (pidFile) rmSync(pidFile, { force: true });
    process.exit(127);
  });
  child.once('exit', (code, signal) => {
    if (pidFile) rmSync(pidFile, { force: true });
    process.exit(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
  });
}

main();
