/**
 * Finds the Temporal CLI (which embeds the dev server and its Web UI) or builds it.
 * Order: TEMPORAL_CLI → the project's .tools/bin (its pinned build) → `temporal` on PATH → `go install`.
 * No prebuilt server can be downloaded on our machines, but the Go module proxy works.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { goInstall, GoInstallError } from './go-install.js';
import { projectRoot } from './paths.js';

/** The CLI version we build: later versions carry a `replace` directive and refuse `go install`. */
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

/** Where a built CLI is kept (git-ignored). */
export const toolsBin = path.join(projectRoot, '.tools', 'bin');

/** Thrown when the CLI can't be found or built; the message says what to do. */
export class TemporalCliError extends Error {
  override name = 'TemporalCliError';
}

function onPath(command: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  const location = found.stdout.trim();
  return found.status === 0 && location ? location : undefined;
}

/** Returns the path of a runnable Temporal CLI, building it if none is found. */
export async function ensureTemporalCli(log: (line: string) => void = console.log): Promise<string> {
  const fromEnv = process.env['TEMPORAL_CLI'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new TemporalCliError(`TEMPORAL_CLI=${fromEnv} does not exist; point it at a temporal binary or unset it`);
    return fromEnv;
  }
  const local = path.join(toolsBin, 'temporal');
  if (existsSync(local)) return local;
  const system = onPath('temporal');
  if (system) return system;
  try {
    await goInstall({ packages: [TEMPORAL_CLI_MODULE], gobin: toolsBin, what: 'the Temporal CLI', log });
  } catch (error) {
    if (!(error instanceof GoInstallError)) throw error;
    throw new TemporalCliError(`${error.message}\nOr set TEMPORAL_CLI to an existing temporal binary.`);
  }
  return local;
}

// `npm run temporal:cli` builds (or finds) the CLI and prints its path.
if (import.meta.url === `file://${process.argv[1]}`) {
  ensureTemporalCli()
    .then((cli) => console.log(cli))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
}
