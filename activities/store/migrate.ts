/**
 * Applies the versioned SQL migrations in `migrations/` with node-pg-migrate, which
 * records what ran and takes an advisory lock so two starts never migrate at once.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Brings the database at `databaseUrl` up to the newest schema; returns the names applied now. */
export async function migrate(databaseUrl: string, log: (line: string) => void = () => {}): Promise<string[]> {
  const applied = await runner({
    databaseUrl,
    dir: migrationsDir,
    direction: 'up',
    migrationsTable: 'schema_migrations',
    count: Infinity,
    log: () => {},
    logger: { debug: () => {}, info: () => {}, warn: (message: string) => log(message), error: (message: string) => log(message) },
    noLock: false,
    checkOrder: true,
  });
  return applied.map((migration) => migration.name);
}
