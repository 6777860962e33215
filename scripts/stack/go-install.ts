/**
 * Builds Go programs from the Go module proxy into the project's tools folder, with progress
 * (modules fetched, packages compiled) every ten seconds: no Temporal binary can be downloaded
 * on our machines, but `go install` works. Go's module and build caches make a rebuild quick.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

/** What to build and where. */
export interface GoInstallOptions {
  /** Package paths with versions, e.g. `github.com/temporalio/cli/cmd/temporal@v1.5.1`. */
  packages: string[];
  /** Where the binaries go (GOBIN). */
  gobin: string;
  /** What is built, for messages ("the Temporal CLI"). */
  what: string;
  log: (line: string) => void;
}

/** Thrown when Go is missing or the build fails; the message has the command and the output's tail. */
export class GoInstallError extends Error {
  override name = 'GoInstallError';
}

function onPath(command: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  const location = found.stdout.trim();
  return found.status === 0 && location ? location : undefined;
}

/** The Go toolchain on PATH or at its default install location. */
export function findGo(): string | undefined {
  return onPath('go') ?? (existsSync('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : undefined);
}

/**
 * Runs `go install` for the packages. When the checksum database cannot be reached, the one
 * install is retried with GOSUMDB=off (the module proxy still serves the same modules).
 */
export async function goInstall(options: GoInstallOptions): Promise<void> {
  const go = findGo();
  if (!go) throw new GoInstallError(`Go was not found to build ${options.what}. Install Go ≥ 1.25 and retry.`);
  mkdirSync(options.gobin, { recursive: true });
  options.log(`Building ${options.what} into ${options.gobin}; the first build takes a few minutes…`);
  const first = await run(go, options, {});
  if (first.ok) return;
  if (/sum\.golang\.org|checksum database|verifying module/i.test(first.output)) {
    options.log('The Go checksum database could not be reached; retrying this one install with GOSUMDB=off…');
    const second = await run(go, options, { GOSUMDB: 'off' });
    if (second.ok) return;
    throw failure(go, options, 'GOSUMDB=off ', second.output);
  }
  throw failure(go, options, '', first.output);
}

function failure(go: string, options: GoInstallOptions, envPrefix: string, output: string): GoInstallError {
  const tail = output.trim().split('\n').slice(-15).join('\n');
  return new GoInstallError(
    `Building ${options.what} failed. The command was:\n  ${envPrefix}GOTOOLCHAIN=local GOBIN=${options.gobin} ${go} install ${options.packages.join(' ')}\n` +
      `Its last output:\n${tail}\nFix the cause above (network to the Go module proxy, Go ≥ 1.25).`,
  );
}

function run(go: string, options: GoInstallOptions, extraEnv: Record<string, string>): Promise<{ ok: boolean; output: string }> {
  const { log } = options;
  return new Promise((resolve) => {
    const child = spawn(go, ['install', '-x', ...options.packages], {
      env: { ...process.env, GOTOOLCHAIN: 'local', GOBIN: options.gobin, GOFLAGS: '-mod=mod', ...extraEnv },
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
      if (code === 0) log(`${options.what[0]?.toUpperCase() ?? ''}${options.what.slice(1)} built in ${Math.round((Date.now() - started) / 1000)}s.`);
      resolve({ ok: code === 0, output });
    });
  });
}
