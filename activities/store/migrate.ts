/**
 * Applies the versioned SQL migrations in `migrations/` with node-pg-migrate, which
 * records what ran and takes an advisory lock so two starts never migrate at once.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** How long a start waits for another process's migrations before giving up. */
const LOCK_WAIT_MS = 120_000;

/**
 * Brings the database at `databaseUrl` up to the newest schema; returns the names applied now.
 * node-pg-migrate refuses at once while another process holds its lock, so processes starting
 * together (workers and API servers) wait for it and run again: the later ones find nothing to apply.
 */
export async function migrate(databaseUrl: string, log: (line: string) => void = () => {}): Promise<string[]> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      return await migrateOnce(databaseUrl, log);
    } catch (error) {
      const locked = error instanceof Error && /Another migration is already running/.test(error.message);
      if (!locked || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

async function migrateOnce(databaseUrl: string, log: (line: string) => void): Promise<string[]> {
  const applied = await runner({
    databaseUrl,
    dir: migrationsDir,
    direction: 'up',
    migrationsTable: 'schema_migrations',
    count: Infinity,
    log: () => {},
    // The lock refusal is retried by migrate(); other problems are reported.
    logger: { debug: () => {}, info: () => {}, warn: (message: string) => log(message), error: (message: string) => (/migration lock/.test(message) ? undefined : log(message)) },
    noLock: false,
    checkOrder: true,
  });
  return applied.map((migration) => migration.name);
}
