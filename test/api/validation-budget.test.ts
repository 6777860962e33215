/**
 * The validation budget counts the validation thread's CPU time: a template that would
 * validate well within it is not refused because other work held the machine's cores, and
 * a validation held up for longer than four budgets is ended all the same. Each case runs in
 * its own process pinned to one CPU, where the event loop holds that CPU for a while.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** A process on one CPU loads TypeScript and warms a validation thread first: seconds, minutes on a loaded machine. */
const STARTUP_MS = 240_000;

const script = fileURLToPath(new URL('../support/held-validation.ts', import.meta.url));

/** The verdict of one validation with a `budgetMs` budget while the only CPU is held for `holdMs`. */
function heldValidation(budgetMs: number, holdMs: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn('taskset', ['-c', '0', process.execPath, '--import', 'tsx', script, String(budgetMs), String(holdMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(output) as unknown) : reject(new Error(`exited with ${code}: ${output}`))));
  });
}

describe('the validation budget', () => {
  it('accepts a template whose validation was held up past the budget by other work, within its CPU time', async () => {
    expect(await heldValidation(1_000, 2_000)).toEqual({ ok: true });
  }, STARTUP_MS);

  it('ends a validation held up for longer than four budgets', async () => {
    expect(await heldValidation(500, 2_500)).toEqual({ error: 'ValidationBudgetExceededError' });
  }, STARTUP_MS);
});
