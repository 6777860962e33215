/**
 * `npm run api`: one API server as a process of its own, for production where API servers
 * scale apart from the workers. Runs the migrations (under node-pg-migrate's lock) and publishes
 * the built-in templates (a no-op when published), then serves on API_PORT until SIGTERM.
 */
import { migrate } from '../activities/store/migrate.js';
import { startApi } from '../api/server.js';
import { publishBuiltIns } from '../api/template-catalog.js';
import { loadConfig } from '../config.js';
import { reportStartFailure, resolveServices, stopOnSignal } from './stack/services.js';
import { withoutPassword } from './stack/stack-file.js';
import { openPool } from '../activities/store/pool.js';

const log = (line: string) => console.log(`[api] ${line}`);

async function main(): Promise<void> {
  const { config, databaseUrl, smtpUrl } = await resolveServices(loadConfig());
  await migrate(databaseUrl, log);
  const pool = openPool(databaseUrl, { max: 1, onIdleError: (error) => log(`database: ${error.message}`) });
  try {
    await publishBuiltIns(pool);
  } finally {
    await pool.end();
  }
  const api = await startApi(config, databaseUrl, smtpUrl);
  stopOnSignal('api', async () => {
    log('Stopping…');
    await api.stop();
    log('Stopped.');
  });
  log(`Serving ${api.url} (Temporal ${config.TEMPORAL_ADDRESS}, namespace ${config.TEMPORAL_NAMESPACE}; database ${withoutPassword(databaseUrl)})`);
}

main().catch((error: unknown) => reportStartFailure('The API', error));
