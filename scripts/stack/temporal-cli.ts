/**
 * Finds the Temporal CLI (which embeds the dev server and its Web UI) or builds it.
 * Order: TEMPORAL_CLI → the project's .tools/bin (its pinned build) → `temporal` on PATH → `go install`.
 * No prebuilt server can be downloaded on our machines, but the Go module proxy works.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
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

function findGo(): string | undefined {
  return onPath('go') ?? (existsSync('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : undefined);
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
  await buildTemporalCli(log);
  return local;
}

async function buildTemporalCli(log: (line: string) => void): Promise<void> {
  const go = findGo();
  if (!go) {
    throw new TemporalCliError(
      'The Temporal CLI is not installed and Go was not found to build it. Install Go ≥ 1.25 (or set TEMPORAL_CLI to a temporal binary) and retry.',
    );
  }
  mkdirSync(toolsBin, { recursive: true });
  log(`Building the Temporal CLI (${TEMPORAL_CLI_MODULE}) into ${toolsBin}; the first build takes a few minutes…`);
  const first = await goInstall(go, {}, log);
  if (first.ok) return;
  if (/sum\.golang\.org|checksum database|verifying module/i.test(first.output)) {
    log('The Go checksum database could not be reached; retrying this one install with GOSUMDB=off…');
    const second = await goInstall(go, { GOSUMDB: 'off' }, log);
    if (second.ok) return;
    throw buildFailure(go, 'GOSUMDB=off ', second.output);
  }
  throw buildFailure(go, '', first.output);
}

function buildFailure(go: string, envPrefix: string, output: string): TemporalCliError {
  const tail = output.trim().split('\n').slice(-15).join('\n');
  return new TemporalCliError(
    `Building the Temporal CLI failed. The command was:\n  ${envPrefix}GOTOOLCHAIN=local GOBIN=${toolsBin} ${go} install ${TEMPORAL_CLI_MODULE}\n` +
      `Its last output:\n${tail}\nFix the cause above (network to the Go module proxy, Go ≥ 1.25), or set TEMPORAL_CLI to an existing temporal binary.`,
  );
}

function goInstall(go: string, extraEnv: Record<string, string>, log: (line: string) => void): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(go, ['install', '-x', TEMPORAL_CLI_MODULE], {
      env: { ...process.env, GOTOOLCHAIN: 'local', GOBIN: toolsBin, GOFLAGS: '-mod=mod', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let downloads = 0;
    let compiles = 0;
    const started = Date.now();
    const progress = setInterval(() => {
      log(`  … ${Math.round((Date.now() - started) / 1000)}s: ${downloads} modules fetched, ${compiles} packages compiled`);
    }, 10_000);
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      downloads += (text.match(/^go: downloading /gm) ?? []).length;
      compiles += (text.match(/\/compile /g) ?? []).length;
      output = (output + text).slice(-20_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => {
      clearInterval(progress);
      resolve({ ok: false, output: `${output}\n${error.message}` });
    });
    child.on('close', (code) => {
      clearInterval(progress);
      if (code === 0) log(`Temporal CLI built in ${Math.round((Date.now() - started) / 1000)}s.`);
      resolve({ ok: code === 0, output });
    });
  });
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
