/**
 * `npm run demo` against a running stack, as a newcomer runs it: it seeds companies, people,
 * keys, a budget, fund requests at several stages and a joint solution in build; a second run
 * adds nothing; and every `curl` of the walkthrough it prints works as printed.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishBuiltIns } from '../../api/template-catalog.js';
import { projectRoot } from '../../scripts/stack/paths.js';
import { startTestStack, type TestStack } from '../support/stack.js';

let stack: TestStack;
const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-demo-'));

beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  await publishBuiltIns(stack.pool);
});
afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function runDemo(): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], {
    cwd: projectRoot,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', TZ: 'UTC', TANDEM_DATA_DIR: dataDir, TANDEM_API_URL: stack.api?.url ?? '', DATABASE_URL: stack.databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })));
}

/** Rows the demo writes, by table (read as the database owner, past row-level security). */
async function counts(): Promise<Record<string, number>> {
  const tables = ['companies', 'people', 'directory_groups', 'group_members', 'company_relationships', 'api_keys', 'mdf_budgets', 'mdf_allocations', 'mdf_movements', 'instances'];
  const found: Record<string, number> = {};
  for (const table of tables) found[table] = Number((await stack.pool.query<{ count: string }>(`SELECT count(*) FROM ${table}`)).rows[0]?.count ?? -1);
  return found;
}

describe('npm run demo', () => {
  it('seeds every stage once, adds nothing when run again, and prints curl commands that work as printed', async () => {
    const first = await runDemo();
    expect(first.output).toContain('Walkthrough');
    expect(first.code, first.output).toBe(0);
    for (const status of ['Booth at RetailTech": In review', 'spring release": Claim due', 'three cities": Claim submitted', 'newsletter": Closed']) expect(first.output).toContain(status);
    expect(first.output).toContain('Joint solution "Checkout Insights": Building');
    const seeded = await counts();
    expect(seeded).toMatchObject({ companies: 3, people: 13, mdf_budgets: 1, mdf_allocations: 2, company_relationships: 2 });
    // Four fund requests and one joint solution.
    expect(seeded['instances']).toBe(5);
    // The walkthrough's first step: the pre-approval mail is in the inbox.
    await stack.smtp.waitFor((mail) => mail.to.includes('vera@acme.example') && mail.subject.includes('Pre-approve'));

    const second = await runDemo();
    expect(second.code, second.output).toBe(0);
    expect(await counts()).toEqual(seeded);

    const commands = second.output.split('\n').filter((line) => /^\s+curl /.test(line)).map((line) => line.trim());
    expect(commands.length).toBeGreaterThanOrEqual(6);
    for (const command of commands) {
      const { stdout } = await promisify(execFile)('sh', ['-c', command], { timeout: 30_000 });
      if (command.includes('waitForChange')) expect(stdout.trim()).toBe('304');
      else expect(() => JSON.parse(stdout) as unknown, command).not.toThrow();
    }
  }, 240_000);
});
