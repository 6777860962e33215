/**
 * The console's bundle is built as the API starts, not by its first visitor: by the time the
 * API is up the build has begun, and the first page load with its files is served from that
 * same build, without starting another. The files keep names of their content's hash and
 * are cached for a year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleAssets, consoleBuildsBegun } from '../../api/console/assets.js';
import { startTestStack, type TestStack } from '../support/stack.js';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ api: true, console: true });
});
afterAll(async () => {
  await stack?.stop();
});

describe('the console bundle', () => {
  it('is built when the API starts, and the first page load uses that build', async () => {
    // Before any request: the API began the build as it started.
    expect(consoleBuildsBegun()).toBe(1);
    const url = stack.api?.url ?? '';
    // The JSON routes do not wait for it.
    expect((await fetch(`${url}/openapi.json`)).status).toBe(200);

    const shell = await fetch(`${url}/console`);
    expect(shell.status).toBe(200);
    const markup = await shell.text();
    const files = [...markup.matchAll(/(?:src|href)="\/console\/assets\/([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const name of files) {
      expect(name).toMatch(/^[a-z]+-[A-Za-z0-9]{8,}\.(js|css)$/);
      const asset = await fetch(`${url}/console/assets/${name}`);
      expect(asset.status, name).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      await asset.arrayBuffer();
    }
    // The page and its files came from the build begun at start: no second build.
    expect(consoleBuildsBegun()).toBe(1);
    expect((await consoleAssets()).files.size).toBeGreaterThanOrEqual(files.length);
  });
});
