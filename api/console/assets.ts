/**
 * The console's browser code and style sheets, bundled from the project's own sources and its
 * npm packages (Mermaid, openapi-fetch) by esbuild, and held in memory. The API process starts
 * the build when it starts ({@link prepareConsoleAssets}), so the first visitor does not wait
 * the seconds a build takes; a request that comes sooner awaits the same build. Every file is
 * named by a hash of its content, so it can be cached for a year: a new build has new names.
 * Nothing is fetched from elsewhere at run time.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { TOKENS_CSS } from '../../presentation/tokens.js';

/** One file the console serves. */
export interface Asset {
  body: Buffer;
  contentType: string;
}

/** The bundle: the entry files the page links, and every file by its name. */
export interface ConsoleAssets {
  script: string;
  /** The template editor's worker (console/template-worker.ts), started by the page from its name. */
  templateWorker: string;
  styles: string[];
  files: ReadonlyMap<string, Asset>;
}

const SOURCES = fileURLToPath(new URL('../../console/', import.meta.url));

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.txt': 'text/plain; charset=utf-8' };

let bundled: Promise<ConsoleAssets> | undefined;
let builds = 0;

/** The bundle, built once per process (at start, or on first use; a failed build is tried again next time). */
export function consoleAssets(): Promise<ConsoleAssets> {
  bundled ??= bundle().catch((error: unknown) => {
    bundled = undefined;
    throw error;
  });
  return bundled;
}

/**
 * Starts building the bundle in the background and returns at once: the JSON routes do not
 * wait for it, and the console's first request awaits this same build. A failure is reported
 * to `onError` (the next console request tries again).
 */
export function prepareConsoleAssets(onError: (error: unknown) => void = () => {}): void {
  consoleAssets().catch(onError);
}

/** How many builds this process has begun (one, unless a build failed and was tried again). */
export function consoleBuildsBegun(): number {
  return builds;
}

async function bundle(): Promise<ConsoleAssets> {
  builds += 1;
  const outdir = path.join(SOURCES, 'out');
  const result = await build({
    entryPoints: { main: path.join(SOURCES, 'main.ts'), 'template-worker': path.join(SOURCES, 'template-worker.ts'), console: path.join(SOURCES, 'styles', 'console.css') },
    bundle: true,
    // Mermaid is a chunk of its own, loaded by the pages that draw a diagram.
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    outdir,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    legalComments: 'linked',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const files = new Map<string, Asset>();
  let script = '';
  let templateWorker = '';
  const styles: string[] = [];
  // The tokens are the emailed pages' too; they come from presentation/tokens.ts, under a name of their own hash.
  const tokens = `tokens-${createHash('sha256').update(TOKENS_CSS).digest('hex').slice(0, 10)}.css`;
  files.set(tokens, { body: Buffer.from(TOKENS_CSS), contentType: TYPES['.css'] ?? 'text/css' });
  styles.push(tokens);
  for (const file of result.outputFiles) {
    const name = path.relative(outdir, file.path);
    files.set(name, { body: Buffer.from(file.contents), contentType: TYPES[path.extname(name)] ?? 'application/octet-stream' });
    if (/^main-[^/]+\.js$/.test(name)) script = name;
    if (/^template-worker-[^/]+\.js$/.test(name)) templateWorker = name;
    if (/^console-[^/]+\.css$/.test(name)) styles.push(name);
  }
  if (!script || !templateWorker || styles.length < 2) throw new Error('the console bundle has no entry script, worker or style sheet');
  return { script, templateWorker, styles, files };
}
