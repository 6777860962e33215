/**
 * Bundles the workflow code once, so workers start in well under a second instead of
 * running webpack each time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { projectRoot } from './paths.js';

/** Where the workflow code lives. */
export const workflowsPath = path.join(projectRoot, 'workflows', 'index.ts');

/**
 * Modules of Tandem's workflow code that the worker evaluates once and shares between all
 * workflows it holds, instead of once per workflow.
 *
 * Why: with the SDK's reusable V8 context (the default), every cached workflow gets its own
 * instance of every module of the bundle. The condition language (@bufbuild/cel and the
 * protobuf descriptors under it) costs about 1 MiB of heap per instance that way, a third of
 * an open instance's memory. Preloaded, it is built once per worker.
 *
 * What makes a module safe to list: evaluating it needs no workflow (no workflow APIs, clock
 * or randomness at load), and whatever state it keeps is the same for every workflow: the SDK
 * deep-freezes the exports of preloaded modules and of everything they import, so a module
 * that lazily writes to an exported object fails loudly instead of leaking between
 * workflows. condition.ts builds its CEL environment at load, before that freeze (the library
 * caches function ids on its objects while building one), and keeps only a cache of planned
 * expressions, which are pure functions of their text. The other modules listed are pure
 * functions and constants (form checks, durations, reading a snapshot's steps); sharing them
 * leaves the interpreter itself and the SDK as the only code instantiated per workflow.
 */
export const sharedWorkflowModules: readonly string[] = [
  ...['condition', 'duration', 'form-check', 'input-visibility', 'flow'].map((name) => path.join(projectRoot, 'definitions', `${name}.ts`)),
  path.join(projectRoot, 'workflows', 'approval.ts'),
  path.join(projectRoot, 'workflows', 'core', 'index.ts'),
];

/** Bundles the workflows (by default Tandem's own) and writes the bundle to `outFile`; returns its path. */
export async function bundleWorkflows(outFile: string, from: string = workflowsPath): Promise<string> {
  const preloadModules = from === workflowsPath ? [...sharedWorkflowModules] : [];
  const { code } = await bundleWorkflowCode({ workflowsPath: from, preloadModules, logger: quietLogger });
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, code);
  return outFile;
}

const noop = () => {};
const quietLogger = { trace: noop, debug: noop, info: noop, warn: (message: string) => console.warn(message), error: (message: string) => console.error(message), log: noop };
