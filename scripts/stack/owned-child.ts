/**
 * Children that `npm start` owns: each runs under scripts/stack/watchdog.ts, which ends it
 * when `npm start` dies by any signal, and leaves a pid file in the data directory while it
 * runs. A child that outlived its owner anyway (its watchdog killed too, or a start from an
 * older version) is found through that file on the next start and stopped before anything
 * new is started on the same data directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from './paths.js';

const watchdog = path.join(projectRoot, 'scripts', 'stack', 'watchdog.ts');

/** Options of {@link spawnOwned}. */
export interface OwnedChildOptions {
  /** Where the child's pid is kept while it runs. */
  pidFile: string;
  /** How long the child may take to stop after SIGTERM before it is killed. */
  graceMs?: number;
  /** Where the child's output goes (the owner reads it, or it is dropped). */
  output?: 'pipe' | 'ignore';
}

/**
 * Starts `command` under a watchdog. The returned process is the watchdog: signals sent to it
 * reach the child, and it exits when the child does, with the child's code.
 */
export function spawnOwned(command: string, args: string[], options: OwnedChildOptions): ChildProcess {
  const output = options.output ?? 'pipe';
  return spawn(process.execPath, ['--import', 'tsx', watchdog, '--pid-file', options.pidFile, '--grace-ms', String(options.graceMs ?? 10_000), '--', command, ...args], {
    cwd: projectRoot,
    // stdin is the owner's lifeline: the watchdog ends the child when it closes.
    stdio: ['pipe', output, output],
    // A process group of its own: a Ctrl-C in the terminal reaches the owner only, which stops
    // its children in order, instead of every child at once (and the supervisor restarting them).
    detached: true,
  });
}

const PidFile = z.object({ pid: z.number().int().positive(), watchdog: z.number().int().positive(), command: z.string() });

/** True while process `pid` exists and has not ended (an ended child its parent has not reaped yet counts as ended). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
  try {
    // /proc/<pid>/stat: "pid (name) state …"; Z is a zombie.
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** The command line of `pid` as the kernel shows it (Linux), or undefined where that cannot be read. */
function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return undefined;
  }
}

/**
 * Stops the child recorded in `pidFile` if it still runs, and removes the file. A recorded
 * pid is only signalled while it still runs the recorded command, so a pid the system has
 * since given to another program is left alone. Returns the pid stopped, if any.
 */
export async function stopLeftover(pidFile: string, graceMs = 10_000): Promise<number | undefined> {
  if (!existsSync(pidFile)) return undefined;
  let recorded: z.infer<typeof PidFile> | undefined;
  try {
    const parsed = PidFile.safeParse(JSON.parse(readFileSync(pidFile, 'utf8')));
    recorded = parsed.success ? parsed.data : undefined;
  } catch {
    recorded = undefined;
  }
  rmSync(pidFile, { force: true });
  if (!recorded || !isRunning(recorded.pid)) return undefined;
  const running = commandLine(recorded.pid);
  if (running !== undefined && running !== recorded.command) return undefined;
  await terminate(recorded.pid, graceMs);
  return recorded.pid;
}

/** Pids of processes whose command line contains `marker` (Linux; empty elsewhere). */
export function processesMentioning(marker: string): number[] {
  if (!existsSync('/proc')) return [];
  const pids: number[] = [];
  for (const entry of readdirSafe('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    if (commandLine(pid)?.includes(marker)) pids.push(pid);
  }
  return pids;
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
export async function terminate(pid: number, graceMs: number): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(pid, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const killAt = Date.now() + graceMs;
  while (isRunning(pid)) {
    if (Date.now() > killAt) signal('SIGKILL');
    if (Date.now() > killAt + 5_000) throw new Error(`process ${pid} did not end after SIGKILL`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
