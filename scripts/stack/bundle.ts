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

/** Bundles the workflows (by default Tandem's own) and writes the bundle to `outFile`; returns its path. */
export async function bundleWorkflows(outFile: string, from: string = workflowsPath): Promise<string> {
  const { code } = await bundleWorkflowCode({ workflowsPath: from, logger: quietLogger });
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, code);
  return outFile;
}

const noop = () => {};
const quietLogger = { trace: noop, debug: noop, info: noop, warn: (message: string) => console.warn(message), error: (message: string) => console.error(message), log: noop };
