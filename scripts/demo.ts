/**
 * `npm run demo` (or `npm start -- --demo`): seeds a running stack with a vendor and two
 * partners (people and groups in the directory, their API keys), a budget and allocations,
 * fund requests at several stages and a joint solution in build, then prints a walkthrough:
 * which mail to open, which key to try with which `curl`, which page to open. Everything is
 * created through the API as the companies would; a second run finds it all and adds nothing.
 * The keys are kept in `<data dir>/demo-keys.json` (readable by its owner only) and reused.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { createApiKey } from '../api/auth/keys.js';
import { loadConfig } from '../config.js';
import { COMPANIES, PARTNERS, VENDOR, memberOf } from './demo/cast.js';
import { caller, seed, seedCompanies, type Call, type DemoKeys, type Seeded } from './demo/seed.js';
import { findDatabaseUrl, readStack, stackDataDir } from './stack/stack-file.js';
import { openPool } from '../activities/store/pool.js';

const StoredKeys = z.object({ platform: z.string(), companies: z.record(z.string(), z.string()) });

/** Where the demo runs: the API, the database (for the first keys), the mail inbox. */
export interface DemoTarget {
  apiUrl: string;
  databaseUrl: string;
  dataDir: string;
  mailInbox: string;
}

/** The running `npm start`'s API and database, or TANDEM_API_URL / DATABASE_URL. */
export async function findTarget(env: NodeJS.ProcessEnv = process.env): Promise<DemoTarget> {
  const config = loadConfig(env);
  const dataDir = stackDataDir(env);
  const stack = readStack(dataDir);
  return {
    apiUrl: (env['TANDEM_API_URL'] || stack?.apiUrl || `http://localhost:${config.API_PORT}`).replace(/\/$/, ''),
    databaseUrl: await findDatabaseUrl(config.DATABASE_URL, dataDir),
    dataDir,
    mailInbox: stack?.mailInbox ?? `http://localhost:${config.MAIL_UI_PORT}`,
  };
}

/**
 * The demo's keys: the ones kept from an earlier run while the API still accepts them, else new
 * ones made in the database (the platform key first, since only it may create companies).
 */
async function demoKeys(target: DemoTarget, call: Call): Promise<DemoKeys> {
  const file = path.join(target.dataDir, 'demo-keys.json');
  const stored = existsSync(file) ? StoredKeys.safeParse(JSON.parse(readFileSync(file, 'utf8'))) : undefined;
  const keys: DemoKeys = stored?.success ? stored.data : { platform: '', companies: {} };
  const pool = openPool(target.databaseUrl, { max: 1, onIdleError: (error) => console.error(`database: ${error.message}`) });
  try {
    if ((await call(keys.platform, 'GET', '/admin/companies')).status !== 200) keys.platform = (await createApiKey(pool, 'tandem-demo', 'demo operator', ['platform'])).token;
    await seedCompanies(call, keys.platform);
    for (const company of COMPANIES) {
      const current = keys.companies[company.id] ?? '';
      if ((await call(current, 'GET', '/directory/company')).status !== 200) keys.companies[company.id] = (await createApiKey(pool, company.id, 'demo', ['read', 'act', 'admin'])).token;
    }
  } finally {
    await pool.end();
  }
  writeFileSync(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  return keys;
}

/** The walkthrough printed at the end: every `curl` line runs as printed. */
export function walkthrough(target: DemoTarget, keys: DemoKeys, seeded: Seeded): string[] {
  const api = target.apiUrl;
  const key = (company: string) => keys.companies[company] ?? '';
  const curl = (company: string, route: string) => `     curl -sf -H "Authorization: Bearer ${key(company)}" ${api}${route}`;
  const byStage = (stage: string) => seeded.fundRequests.find((request) => request.stage === stage)?.id ?? '';
  const waiting = byStage('waiting for pre-approval');
  const manager = memberOf(VENDOR, 'channel_managers');
  return [
    'Walkthrough',
    `  1. Open the mail inbox, ${target.mailInbox}: "Pre-approve the activity" to ${manager.email} is the booth request`,
    '     waiting for pre-approval. Its buttons open a page that needs no account; approve it there.',
    '  2. Globex (partner) sees its fund requests at every stage, and its inbox:',
    curl('globex', '/fund-requests'),
    curl('globex', '/tasks'),
    '  3. Acme (vendor) sees the same request with its own view and ETag, and the balances it granted:',
    curl(VENDOR, `/fund-requests/${encodeURIComponent(waiting)}`),
    curl(VENDOR, '/allocations'),
    '  4. Wait for the booth request to change (answers 200 when you approve it in step 1, else 304 after 15s):',
    `     curl -s -o /dev/null -w "%{http_code}\\n" -H "Authorization: Bearer ${key('globex')}" -H "If-None-Match: $(curl -sf -o /dev/null -D - -H "Authorization: Bearer ${key('globex')}" ${api}/fund-requests/${encodeURIComponent(waiting)} | tr -d '\\r' | sed -n 's/^etag: //Ip')" "${api}/fund-requests/${encodeURIComponent(waiting)}?waitForChange=15s"`,
    `  5. The joint solution "Checkout Insights" in build, as Initech sees it (${seeded.jointStatus}):`,
    curl('initech', `/instances/${encodeURIComponent(seeded.jointSolutionId)}`),
    `  6. The API reference: ${api}/docs (the document: ${api}/openapi.json). Keys of the demo companies:`,
    ...[VENDOR, ...PARTNERS].map((company) => `     ${company.padEnd(8)} ${key(company)}`),
    `     (kept in ${path.join(target.dataDir, 'demo-keys.json')}; \`npm run tandem -- keys create\` makes more)`,
  ];
}

/** Seeds the running stack and prints the walkthrough with `print`. */
export async function runDemo(print: (line: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const target = await findTarget(env);
  const call = caller(target.apiUrl);
  const health = await fetch(`${target.apiUrl}/health`).catch(() => undefined);
  if (!health) throw new Error(`No API answers at ${target.apiUrl}: start the stack with \`npm start\` first (or set TANDEM_API_URL).`);
  print(`Seeding the demo into ${target.apiUrl}…`);
  const keys = await demoKeys(target, call);
  const seeded = await seed(call, keys, (line) => print(`  ${line}`));
  print('');
  for (const line of walkthrough(target, keys, seeded)) print(line);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  runDemo((line) => console.log(line)).catch((error: unknown) => {
    console.error(`The demo could not be seeded: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
