/**
 * A headless Chromium for browser tests that needs nothing installed on the machine: the
 * browser comes from the `@sparticuz/chromium` package (unpacked into the temp directory on
 * first use, then reused), driven by playwright-core. `CHROMIUM_PATH` points at another
 * Chromium instead (its own flags then apply).
 */
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser } from 'playwright-core';

/**
 * Flags of the packaged browser we leave out: the pages under test bring their own content
 * security policy and cross-site checks, and a browser that switched web security off would
 * let a broken policy pass.
 */
const weakening = new Set(['--disable-web-security', '--allow-running-insecure-content', '--disable-site-isolation-trials']);

/** Launches a headless Chromium: `CHROMIUM_PATH` when set, else the one from npm. */
export async function launchBrowser(): Promise<Browser> {
  const override = process.env['CHROMIUM_PATH'];
  if (override) {
    return chromium.launch({
      executablePath: override,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  }
  return chromium.launch({
    executablePath: await sparticuz.executablePath(),
    args: sparticuz.args.filter((flag) => !weakening.has(flag)),
    headless: true,
  });
}
