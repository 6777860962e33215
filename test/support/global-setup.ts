/**
 * Once per test run: a Temporal dev server (unless TEMPORAL_ADDRESS points at one), the
 * workflow bundle, and a migrated template database that each test file copies.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../activities/store/migrate.js';
import { bundleWorkflows } from '../../scripts/stack/bundle.js';
import { dataDir } from '../../scripts/stack/paths.js';
import { freePort } from '../../scripts/stack/ports.js';
import { ensureTemporalCli } from '../../scripts/stack/temporal-cli.js';
import { startDevServer, type DevServer } from '../../scripts/stack/temporal-server.js';
import { adminUrl, createDatabase, dropDatabase } from './database.js';

const NAMESPACE = 'default';

declare module 'vitest' {
  export interface ProvidedContext {
    temporalAddress: string;
    temporalNamespace: string;
    workflowBundlePath: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (line: string) => console.log(`[setup] ${line}`);
  let server: DevServer | undefined;
  let address = process.env['TEMPORAL_ADDRESS'];
  const bundlePath = path.join(dataDir, 'test', `workflow-bundle-${process.pid}.js`);
  const templateDatabase = `tandem_test_template_${process.pid}`;

  const serverReady = (async () => {
    if (address) return;
    const cli = await ensureTemporalCli(log);
    server = await startDevServer({ cli, port: await freePort(), namespace: NAMESPACE });
    address = server.address;
  })();
  const databaseReady = (async () => {
    const url = await createDatabase(templateDatabase);
    await migrate(url);
  })();
  const bundleReady = bundleWorkflows(bundlePath);
  await Promise.all([serverReady, databaseReady, bundleReady]);
  log(`Temporal at ${address}, template database ${templateDatabase}, bundle ready`);

  project.provide('temporalAddress', address ?? '');
  project.provide('temporalNamespace', process.env['TEMPORAL_NAMESPACE'] ?? NAMESPACE);
  project.provide('workflowBundlePath', bundlePath);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    await server?.stop();
    await dropDatabase(adminUrl(), templateDatabase);
    rmSync(bundlePath, { force: true });
  };
}
