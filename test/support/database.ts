/** Test databases: each test file gets a fresh copy of the migrated template database. */
import pg from 'pg';

/** The server tests create databases on: TEST_DATABASE_ADMIN_URL, DATABASE_URL, or the local one. */
export function adminUrl(): string {
  return process.env['TEST_DATABASE_ADMIN_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates database `name` (optionally copying `template`) and returns its URL. */
export async function createDatabase(name: string, template?: string): Promise<string> {
  await admin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
        return;
      } catch (error) {
        // Copies of one template can collide while another copy is starting; try again shortly.
        if (attempt >= 10 || !(error instanceof Error) || !/being accessed by other users/.test(error.message)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
  return withDatabase(adminUrl(), name);
}

/** Drops database `name`, closing anything still connected to it. */
export async function dropDatabase(url: string, name: string): Promise<void> {
  void url;
  await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
