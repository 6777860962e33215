/**
 * One `npm start` per data directory. The Temporal dev server keeps its state in a SQLite
 * file there, and two servers on one file corrupt it; so a start takes `<data dir>/stack.lock`
 * (its pid) and refuses while another live start holds it. A lock whose owner is dead is
 * taken over, after the children that owner left behind are stopped.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isRunning } from './owned-child.js';

/** Thrown when another `npm start` runs on the same data directory; says what to do. */
export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`Another \`npm start\` (pid ${pid}) is running on ${dataDir}. Stop it first (Ctrl-C in its terminal, or \`kill ${pid}\`), or give this one its own TANDEM_DATA_DIR.`);
  }
}

function lockFile(dataDir: string): string {
  return path.join(dataDir, 'stack.lock');
}

/** True while `pid` runs and, where the system shows command lines, runs a start (not a program that reused the pid). */
function isStart(pid: number): boolean {
  if (!isRunning(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('start.ts');
  } catch {
    return true;
  }
}

/** The pid recorded in the lock, if any. */
function holder(dataDir: string): number | undefined {
  const file = lockFile(dataDir);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * Takes the data directory for this process. Returns whether an earlier start died holding it
 * (its children may still run). Throws {@link DataDirInUseError} while a live start holds it.
 */
export function lockDataDir(dataDir: string): { takenOver: boolean } {
  const pid = holder(dataDir);
  if (pid !== undefined && pid !== process.pid && isStart(pid)) throw new DataDirInUseError(dataDir, pid);
  writeFileSync(lockFile(dataDir), `${process.pid}\n`);
  // Two starts racing past the check: the later write wins, the earlier one sees it here.
  const now = holder(dataDir);
  if (now !== process.pid && now !== undefined && isStart(now)) throw new DataDirInUseError(dataDir, now);
  return { takenOver: pid !== undefined && pid !== process.pid };
}

/** Gives the data directory up (only if this process holds it). */
export function unlockDataDir(dataDir: string): void {
  if (holder(dataDir) === process.pid) rmSync(lockFile(dataDir), { force: true });
}
