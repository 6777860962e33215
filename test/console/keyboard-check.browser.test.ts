/**
 * The keyboard check every console page passes (`keyboardMisses` in test/support/console-page.ts,
 * run by `expectAccessible`) can fail: on pages made for it, it names a button taken out of the
 * Tab order and a block drawn clickable that is no control, counts a group of radio buttons as
 * one stop, skips what is hidden, disabled or folded in a closed <details> (its summary counts),
 * and with a modal dialog open asks only for the dialog's actions.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { keyboardMisses } from '../support/console-page.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the keyboard check of the console pages', () => {
  it('names the actions Tab does not reach and what only a mouse can use, and nothing else', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.setContent(`<main>
      <button>Approve</button>
      <div style="cursor:pointer" id="row">Open the request</div>
      <button tabindex="-1" id="skipped">Deny</button>
      <a href="#more">More</a>
      <form><input type="radio" name="outcome" value="approve" checked><input type="radio" name="outcome" value="deny"></form>
      <button hidden>Hidden</button><button disabled>Disabled</button><h1 tabindex="-1">Heading the script focuses</h1>
      <details><summary>Hand to a colleague</summary><input id="folded" type="email"></details>
    </main>`);
    expect(await keyboardMisses(page)).toEqual(['button#skipped "Deny" is not reached by Tab', 'div#row "Open the request" looks clickable but is no control the keyboard can reach']);

    await page.setContent('<main><button>Before</button><dialog id="confirm"><button>Yes</button><button>No</button></dialog><button>After</button></main>');
    await page.evaluate('document.getElementById("confirm").showModal()');
    expect(await keyboardMisses(page)).toEqual([]);
  });
});
