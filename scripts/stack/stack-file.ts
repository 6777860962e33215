/**
 * What `npm start` is running, written to `<data dir>/stack.json` while it runs, so the CLI
 * (`npm run tandem`), `npm run worker`, `npm run api` and `npm run demo` find the same database,
 * mail server and Temporal without being told, embedded PostgreSQL included. The file holds
 * connection URLs (with the embedded server's local password), so it is readable by its owner only.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { dataDir as defaultDataDir } from './paths.js';
import { listens } from './ports.js';

const StackFile = z.object({
  pid: z.number().int(),
  databaseUrl: z.string(),
  smtpUrl: z.string(),
  temporalAddress: z.string(),
  apiUrl: z.string(),
  mailInbox: z.string().optional(),
});

/** Where `npm start` runs its parts. */
export type RunningStack = z.infer<typeof StackFile>;

/** `TANDEM_DATA_DIR`, else `.data/` in the project. */
export function stackDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['TANDEM_DATA_DIR'] || defaultDataDir;
}

function stackFilePath(dir: string): string {
  return path.join(dir, 'stack.json');
}

/** Records what `npm start` runs; removed again by {@link forgetStack}. */
export function recordStack(dir: string, stack: RunningStack): void {
  writeFileSync(stackFilePath(dir), `${JSON.stringify(stack, null, 2)}\n`, { mode: 0o600 });
}

/** Removes the record when `npm start` stops. */
export function forgetStack(dir: string): void {
  rmSync(stackFilePath(dir), { force: true });
}

/** The stack `npm start` runs from this data directory, or undefined when none runs. */
export function readStack(dir: string = stackDataDir()): RunningStack | undefined {
  const file = stackFilePath(dir);
  if (!existsSync(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  const stack = StackFile.safeParse(parsed);
  if (!stack.success || !processAlive(stack.data.pid)) return undefined;
  return stack.data;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/** The port of the embedded PostgreSQL `npm start` runs when nothing else is configured. */
export const EMBEDDED_POSTGRES_PORT = 54329;
/** The embedded server's superuser; it listens on 127.0.0.1 only. */
export const EMBEDDED_POSTGRES_CREDENTIALS = 'postgres:postgres';

/**
 * The database of the stack, in the order `npm start` chooses it: `DATABASE_URL`, else what a
 * running `npm start` recorded, else the local server on 127.0.0.1:5432, else the embedded one
 * on {@link EMBEDDED_POSTGRES_PORT}. Throws with what to do when none answers.
 */
export async function findDatabaseUrl(databaseUrl: string | undefined, dir: string = stackDataDir()): Promise<string> {
  if (databaseUrl) return databaseUrl;
  const stack = readStack(dir);
  if (stack) return stack.databaseUrl;
  if (await listens('127.0.0.1', 5432)) return 'postgres://postgres@127.0.0.1:5432/tandem';
  if (await listens('127.0.0.1', EMBEDDED_POSTGRES_PORT)) return `postgres://${EMBEDDED_POSTGRES_CREDENTIALS}@127.0.0.1:${EMBEDDED_POSTGRES_PORT}/tandem`;
  throw new Error(`no database found: start the stack with \`npm start\` (it finds or starts PostgreSQL), or set DATABASE_URL`);
}

/** A URL with its password replaced by `***`, for logs. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}
