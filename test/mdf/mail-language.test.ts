/**
 * A task mail and the pages that refuse its links are written in the recipient's language
 * where the directory knows it (German here), and stay English otherwise; a page sent before
 * the recipient is known (a link that is not ours, the rate limit) follows the browser's
 * Accept-Language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINK_LIMITS } from '../../api/routes/act.js';
import { confirmationOf, open, submit, taskMail, type Page } from '../support/action-links.js';
import type { ReceivedMail } from '../support/smtp.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { fundedAllocation, manager, prepare, proposal, requestFunds, waitForStatus, type Keys } from './support.js';

let stack: TestStack;
let keys: Keys;
beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  keys = await prepare(stack);
});
afterAll(async () => {
  await stack?.stop();
});

const MANAGER_TASK = 'manager_review.1.vendor.channel_manager';

/** The links of a task mail's text part, by their label, in whichever language it is written. */
function linksOf(mail: ReceivedMail): Record<string, string> {
  return Object.fromEntries([...mail.text.matchAll(/^(?: {2})?([^:\n]+): (\S+\/act\/\S+)$/gm)].map((match) => [match[1]?.trim() ?? '', match[2] ?? '']));
}

/** A request waiting for the channel manager, whose directory language is `language`; the mail they got. */
async function mailedManager(language: string | null, lead: string): Promise<{ id: string; mail: ReceivedMail }> {
  await stack.pool.query('UPDATE people SET language = $1 WHERE email = $2', [language, manager.email]);
  const allocation = await fundedAllocation(stack, keys);
  const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(1_000_00) });
  expect(started.status).toBe(201);
  await waitForStatus(stack, keys.vendor, started.body.id, 'In review', MANAGER_TASK);
  return { id: started.body.id, mail: await taskMail(stack.smtp, started.body.id, manager.email, lead) };
}

/** GET with the browser's preferred languages. */
async function openAs(url: string, acceptLanguage: string): Promise<Page> {
  const response = await fetch(url, { headers: { 'accept-language': acceptLanguage }, redirect: 'manual' });
  const html = await response.text();
  return { status: response.status, html, headers: response.headers, code: /<body data-code="([^"]+)"/.exec(html)?.[1] };
}

describe('the recipient’s language', () => {
  it('writes a German-speaking approver’s mail and the refusal of a used link in German', async () => {
    const { mail } = await mailedManager('de-DE', 'Eine Aufgabe wartet auf Sie');
    expect(mail.subject).toMatch(/^Eine Aufgabe wartet auf Sie: Pre-approve the activity — /);
    expect(mail.text).toContain('Hallo Vera Channel,');
    expect(mail.text).toContain('Entscheiden (jeder Link öffnet eine Seite, auf der Sie bestätigen; vorher wird nichts gespeichert):');
    expect(mail.text).toContain('Antwortmöglichkeiten: Genehmigen, Geringeren Betrag genehmigen, Änderungen anfordern, Ablehnen');
    expect(mail.text).toContain('Bitte leiten Sie diese E-Mail nicht weiter.');
    expect(mail.text).not.toContain('See the task');
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.html).toContain('Wählen Sie Ihre Antwort.');
    expect(mail.html).toContain('>Genehmigen</a>');

    const links = linksOf(mail);
    const approve = links['Genehmigen'] ?? '';
    expect(links['Aufgabe ansehen']).toBeDefined();
    const page = await open(approve);
    expect(page.html).toContain('<html lang="de">');
    expect(page.html).toContain('Ihre Antwort: Genehmigen');
    expect(page.html).toContain('<dt>Ihre Rolle</dt>');
    const recorded = await submit(approve, { confirm: confirmationOf(page), outcome: 'approve' });
    expect(recorded.html).toContain('Vielen Dank, Ihre Antwort ist gespeichert');
    expect(recorded.html).toContain('>Entschieden: Genehmigen</span>');
    expect(recorded.html).not.toContain('Decided:');

    const used = await submit(approve, { confirm: confirmationOf(page), outcome: 'approve' });
    expect(used.status).toBe(410);
    expect(used.code).toBe('link_used');
    expect(used.html).toContain('Dieser Link wurde bereits verwendet');
    expect(used.html).toContain('Jeder Link in der E-Mail funktioniert einmal.');
    expect(used.html).toContain('>Aufgabe ansehen</a>');
    const closed = await open(links['Geringeren Betrag genehmigen'] ?? '');
    expect(closed.code).toBe('task_closed');
    expect(closed.html).toContain('Diese Aufgabe ist bereits abgeschlossen');
    expect(closed.html).toContain('Sie wurde entschieden (Genehmigen) von Vera Channel.');
    const crossSite = await fetch(links['Ablehnen'] ?? '', { method: 'POST', body: new URLSearchParams({ outcome: 'deny' }), headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).toContain('Antworten können nur von der Seite gesendet werden, die der Link öffnet.');
  });

  it('keeps the mail and the refusals English for an approver the directory gives no language', async () => {
    const { mail } = await mailedManager(null, 'A task is waiting for you');
    expect(mail.text).toContain('Hello Vera Channel,');
    expect(mail.text).toContain('Choices: Approve, Approve lower, Request changes, Deny');
    expect(mail.html).toContain('<html lang="en">');
    const links = linksOf(mail);
    const approve = links['Approve'] ?? '';
    const page = await open(approve);
    await submit(approve, { confirm: confirmationOf(page), outcome: 'approve' });
    const used = await submit(approve, { confirm: confirmationOf(page), outcome: 'approve' });
    expect(used.code).toBe('link_used');
    expect(used.html).toContain('This link has already been used');
    expect(used.html).toContain('<html lang="en">');
  });

  it('answers a link that is not ours, and a hammered one, in the browser’s language', async () => {
    const forged = `${stack.api?.url ?? ''}/act/not-ours.bm90LWEtbWFj`;
    const german = await openAs(forged, 'de-CH, de;q=0.9, en;q=0.5');
    expect(german.status).toBe(403);
    expect(german.html).toContain('Dieser Link ist ungültig');
    const english = await openAs(forged, 'fr, en;q=0.8');
    expect(english.html).toContain('This link is not valid');

    let limited: Page | undefined;
    for (let attempt = 0; attempt <= LINK_LIMITS.perToken && !limited; attempt++) {
      const answer = await openAs(`${stack.api?.url ?? ''}/act/hammered.bm90LWEtbWFj`, 'de');
      if (answer.status === 429) limited = answer;
    }
    expect(limited?.code).toBe('rate_limited');
    expect(limited?.html).toContain('Zu viele Anfragen');
    expect(limited?.html).toContain('<html lang="de">');
  });
});
