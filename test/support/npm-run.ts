/** Running the project's npm scripts as real processes of their own, as production runs them. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../scripts/stack/paths.js';
import { eventually } from './eventually.js';

/** A started script: the child, what it printed so far, and its exit code once it ends. */
export interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Runs the command of package.json's `script` directly (npm itself would turn the child's clean
 * exit after SIGTERM into its own death by that signal, hiding the exit code), with only `env`
 * besides PATH and HOME.
 */
export function npmRun(script: string, env: Record<string, string>): Running {
  const scripts = z.object({ scripts: z.record(z.string(), z.string()) }).parse(JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'))).scripts;
  const words = (scripts[script] ?? '').split(' ');
  const assignments = Object.fromEntries(words.filter((word) => /^[A-Z_]+=/.test(word)).map((word) => word.split('=') as [string, string]));
  const [program = '', ...args] = words.filter((word) => !/^[A-Z_]+=/.test(word));
  if (program !== 'node') throw new Error(`npm run ${script} does not run node: ${program}`);
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...assignments, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Waits until the script has printed `text`; fails at once if it exits first. */
export async function waitForLine(running: Running, text: string, timeoutMs = 90_000): Promise<void> {
  await eventually(() => {
    if (running.child.exitCode !== null || running.child.signalCode !== null) throw new Error(`exited early:\n${running.output()}`);
    if (!running.output().includes(text)) throw new Error(`no "${text}" yet:\n${running.output()}`);
  }, timeoutMs, 200);
}
