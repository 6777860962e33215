/**
 * Approvers without an account act from the task mail: the mail arrives over SMTP, its
 * links open pages over HTTP, and only the confirmed POST records a decision in the real
 * workflow, once. Forged, foreign, used, expired and revoked links change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LinkSigner } from '../../activities/mail/link-token.js';
import { LINK_LIMITS } from '../../api/routes/act.js';
import { publishTemplate } from '../../api/template-catalog.js';
import type { TemplateInput } from '../../definitions/template.js';
import { InstanceClient } from '../../api/instance-client.js';
import { acme, dora, fin, globex, parties, paul, startBindings, vera } from '../fixtures/people.js';
import { enrolFixtures } from '../support/directory.js';
import { confirmationOf, linksIn, open, submit, taskMail, tokenOf } from '../support/action-links.js';
import { eventually } from '../support/eventually.js';
import { call, keyFor } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

const review: TemplateInput = {
  id: 'fund-review',
  version: 1,
  title: 'Co-marketing fund request',
  parties,
  inputs: { amount: { type: 'money', currency: 'USD', required: true, title: 'Requested amount' }, campaign: { type: 'string', title: 'Campaign' } },
  steps: [
    {
      id: 'review',
      kind: 'approval',
      title: 'Review the fund request',
      approvers: ['vendor.manager'],
      policy: 'any',
      status: 'In review',
      due: '7d',
      form: { approved_amount: { type: 'money', currency: 'USD', title: 'Approved amount' } },
      next: { approve: 'ok', reject: 'no', request_changes: 'no' },
    },
    { id: 'ok', kind: 'end', status: 'Approved' },
    { id: 'no', kind: 'end', status: 'Denied' },
  ],
};

/** Same process, but the review is due two seconds after it opens. */
const hurried: TemplateInput = {
  ...review,
  id: 'fund-review-hurried',
  steps: review.steps.map((step) => (step.kind === 'approval' ? { ...step, due: '2s' } : step)),
};

let stack: TestStack;
let globexKey: string;
let acmeKey: string;
beforeAll(async () => {
  stack = await startTestStack({ api: true });
  await publishTemplate(stack.pool, review);
  await publishTemplate(stack.pool, hurried);
  await enrolFixtures(stack);
  globexKey = await keyFor(stack, globex);
  acmeKey = await keyFor(stack, acme);
});
afterAll(async () => {
  await stack?.stop();
});

const TASK = 'review.1.vendor.manager';

/**
 * Starts an instance as Globex's portal would, the review held by Acme's managers group (Vera);
 * with `managers`, Acme starts it and picks its own managers for the review.
 */
async function startReview(businessKey: string, options: { templateId?: string; managers?: (typeof vera)[] } = {}): Promise<string> {
  const picks = options.managers ? { participants: { 'vendor.manager': options.managers.map((person) => person.email) } } : {};
  const started = await call<{ id: string }>(stack, 'POST', '/instances', {
    key: options.managers ? acmeKey : globexKey,
    body: { templateId: options.templateId ?? 'fund-review', businessKey, bindings: { ...startBindings, ...picks }, input: { amount: { amount: 123_450, currency: 'USD' }, campaign: 'Spring <launch>' }, initiator: options.managers ? vera.email : paul.email },
  });
  expect(started.status).toBe(201);
  return started.body.id;
}

/** Everything a request could change: the workflow's revision and the rows of links and tasks. */
async function snapshot(instanceId: string) {
  const state = await new InstanceClient(stack.client).state(instanceId);
  const links = await stack.pool.query('SELECT * FROM action_links WHERE instance_id = $1 ORDER BY id', [instanceId]);
  const tasks = await stack.pool.query('SELECT * FROM tasks WHERE instance_id = $1 ORDER BY id', [instanceId]);
  const instance = await stack.pool.query('SELECT revision, status FROM instances WHERE id = $1', [instanceId]);
  return { revision: state.revision, tasks: state.tasks, links: links.rows, taskRows: tasks.rows, instance: instance.rows };
}

const signer = () => new LinkSigner(stack.config.SIGNING_SECRET ?? '');

describe('emailed task links', () => {
  it('mails the approver what is asked, by whom, the amounts, the due date and one button per outcome', async () => {
    const id = await startReview('mail-1');
    const mail = await taskMail(stack.smtp, id, vera.email);
    expect(mail.subject).toBe('A task is waiting for you: Review the fund request — Co-marketing fund request');
    expect(mail.text).toContain('Requested amount: $1,234.50');
    expect(mail.text).toContain('Asked by: globex');
    expect(mail.text).toContain('Your role: Manager (vendor.manager for acme)');
    expect(mail.text).toMatch(/Due: \d{1,2} \w{3} \d{4}, \d\d:\d\d UTC/);
    const links = linksIn(mail);
    expect(Object.keys(links.decisions)).toEqual(['Approve', 'Reject', 'Request changes']);
    for (const url of [links.view, ...Object.values(links.decisions)]) expect(url.startsWith(`${stack.api?.url}/act/`)).toBe(true);
    // The HTML part has the same buttons, and the input a partner typed is escaped, not markup.
    expect(mail.html).toContain(`href="${links.decisions['Approve']}"`);
    expect(mail.html).toContain('Spring &lt;launch&gt;');
    expect(mail.html).not.toContain('<launch>');
  });

  it('shows a page on GET and changes nothing; the confirmed POST approves once; a second POST is 410', async () => {
    const id = await startReview('decide-1');
    const links = linksIn(await taskMail(stack.smtp, id, vera.email));
    const approve = links.decisions['Approve'] ?? '';
    const before = await snapshot(id);

    // What a mail scanner does: fetch every link in the mail, some of them twice, and HEAD.
    for (const url of [...Object.values(links.decisions), links.view, approve]) expect((await open(url)).status).toBe(200);
    expect((await fetch(approve, { method: 'HEAD' })).status).toBe(200);
    const page = await open(approve);
    expect(page.html).toContain('Approve: Review the fund request');
    expect(page.html).toContain('$1,234.50');
    expect(page.html).toContain('Spring &lt;launch&gt;');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await snapshot(id)).toEqual(before);

    const recorded = await submit(approve, { confirm: confirmationOf(page), outcome: 'approve', comment: 'Go ahead', 'form.approved_amount': '1,000.00' });
    expect(recorded.status).toBe(200);
    expect(recorded.html).toContain('your answer is recorded');
    expect(recorded.html).toContain('Approved');

    // The other company's portal sees the instance move on.
    const portal = await call<{ status: string; lifecycle: string }>(stack, 'GET', `/instances/${id}`, { key: globexKey });
    expect(portal.body).toMatchObject({ status: 'Approved', lifecycle: 'completed' });
    const task = await call<{ status: string; outcome: string; decidedBy: { email: string }; comment: string; form: unknown }>(stack, 'GET', `/instances/${id}/tasks/${TASK}`, { key: acmeKey });
    expect(task.body).toMatchObject({ status: 'decided', outcome: 'approve', decidedBy: { email: vera.email }, comment: 'Go ahead', form: { approved_amount: { amount: 100_000, currency: 'USD' } } });

    const again = await submit(approve, { confirm: confirmationOf(page), outcome: 'approve' });
    expect([again.status, again.code]).toEqual([410, 'link_used']);
    expect([(await open(approve)).status, (await open(approve)).code]).toEqual([410, 'link_used']);
    const reject = links.decisions['Reject'] ?? '';
    expect((await open(reject)).code).toBe('task_closed');

    // "Back to the task" from the confirmation shows it decided.
    const back = /href="([^"]+)">Back to the task/.exec(recorded.html)?.[1] ?? '';
    const taskPage = await open(new URL(back, approve).toString());
    expect(taskPage.status).toBe(200);
    expect(taskPage.html).toContain('Decided: Approve');
    expect(taskPage.html).toContain('Go ahead');
  });

  it('refuses tampered and foreign tokens with 403 and changes nothing', async () => {
    const id = await startReview('foreign-1', { managers: [vera, dora] });
    const veras = linksIn(await taskMail(stack.smtp, id, vera.email));
    const doras = linksIn(await taskMail(stack.smtp, id, dora.email));
    const approve = veras.decisions['Approve'] ?? '';
    const veraConfirm = confirmationOf(await open(approve));
    const doraConfirm = confirmationOf(await open(doras.decisions['Approve'] ?? ''));
    const before = await snapshot(id);

    // Altered on the way: the payload names Dora, the signature is still Vera's.
    const [payload = '', mac = ''] = tokenOf(approve).split('.');
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof claims !== 'object' || claims === null) throw new Error('the token payload is not an object');
    const altered = `${Buffer.from(JSON.stringify({ ...claims, r: dora.email })).toString('base64url')}.${mac}`;
    const flipped = `${payload}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`;
    for (const token of [altered, flipped, 'nonsense', `${payload}.`]) {
      const url = `${stack.api?.url}/act/${token}`;
      expect([(await open(url)).status, (await open(url)).code]).toEqual([403, 'link_invalid']);
      const posted = await submit(url, { confirm: veraConfirm, outcome: 'approve' });
      expect([posted.status, posted.code]).toEqual([403, 'link_invalid']);
    }

    // Validly signed (with the real secret) but bound to another recipient or task than the stored link.
    const veraClaims = signer().verify(tokenOf(approve));
    if (!veraClaims) throw new Error('the mailed token does not verify');
    for (const forged of [{ ...veraClaims, recipient: dora.email }, { ...veraClaims, taskId: 'review.2.vendor.manager' }, { ...veraClaims, expiresAt: veraClaims.expiresAt + 86_400 }]) {
      const url = `${stack.api?.url}/act/${signer().sign(forged)}`;
      expect((await open(url)).code).toBe('link_invalid');
      expect((await submit(url, { confirm: veraConfirm, outcome: 'approve' })).status).toBe(403);
    }

    // Vera's link posted with the form of Dora's page (another recipient's token for the same task).
    const crossed = await submit(approve, { confirm: doraConfirm, outcome: 'approve' });
    expect([crossed.status, crossed.code]).toEqual([403, 'confirmation_mismatch']);
    // A bare POST without the page's confirmation field, as a scanner submitting links would send.
    expect((await submit(approve, { outcome: 'approve' })).code).toBe('confirmation_mismatch');
    // The approve link posted as a rejection.
    expect((await submit(approve, { confirm: veraConfirm, outcome: 'reject' })).code).toBe('outcome_mismatch');
    // A cross-site form.
    const crossSite = await fetch(approve, { method: 'POST', body: new URLSearchParams({ confirm: veraConfirm, outcome: 'approve' }), headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);

    expect(await snapshot(id)).toEqual(before);

    // Dora's own link still works, and acts as Dora.
    const doraApprove = doras.decisions['Approve'] ?? '';
    expect((await submit(doraApprove, { confirm: doraConfirm, outcome: 'approve' })).status).toBe(200);
    const state = await new InstanceClient(stack.client).state(id);
    expect(state.tasks.find((task) => task.id === TASK)?.decidedBy).toMatchObject({ email: dora.email });
    expect((await submit(approve, { confirm: veraConfirm, outcome: 'approve' })).code).toBe('task_closed');
  });

  it('answers 410 for a link past the task’s due date, and records nothing', async () => {
    const id = await startReview('expiry-1', { templateId: 'fund-review-hurried' });
    const approve = linksIn(await taskMail(stack.smtp, id, vera.email)).decisions['Approve'] ?? '';
    const claims = signer().verify(tokenOf(approve));
    const state = await new InstanceClient(stack.client).state(id);
    // The link expires with the task: at its due date, to the second.
    expect(claims?.expiresAt).toBe(Math.floor((state.tasks[0]?.dueAt ?? 0) / 1000));

    const expired = await eventually(async () => {
      const page = await open(approve);
      if (page.status !== 410) throw new Error(`still ${page.status}`);
      return page;
      // Polled every half second: a link serves 30 requests a minute.
    }, 10_000, 500);
    expect(expired.code).toBe('link_expired');
    // Even with the right confirmation (as if the page had been opened in time), nothing is recorded.
    const posted = await submit(approve, { confirm: signer().confirmation(claims?.id ?? ''), outcome: 'approve' });
    expect([posted.status, posted.code]).toEqual([410, 'link_expired']);
    const after = await new InstanceClient(stack.client).state(id);
    expect(after.tasks.find((task) => task.id === TASK)?.status).toBe('open');
  });

  it('revokes the links of someone who delegated the task (410): theirs were genuine, but no longer theirs', async () => {
    const id = await startReview('delegate-1');
    const veras = linksIn(await taskMail(stack.smtp, id, vera.email));
    const approve = veras.decisions['Approve'] ?? '';
    const confirm = confirmationOf(await open(approve));
    await new InstanceClient(stack.client).delegate(id, { taskId: TASK, actor: vera.email, to: fin, comment: 'Finance should decide' });

    const finns = linksIn(await taskMail(stack.smtp, id, fin.email, 'A task has been handed to you'));
    const revoked = await submit(approve, { confirm, outcome: 'approve' });
    expect([revoked.status, revoked.code]).toEqual([410, 'link_revoked']);
    expect((await open(approve)).code).toBe('link_revoked');
    const rows = await stack.pool.query<{ recipient: string; revoked_reason: string | null }>("SELECT recipient, revoked_reason FROM action_links WHERE instance_id = $1 AND purpose = 'decide'", [id]);
    expect(rows.rows.filter((row) => row.recipient === vera.email).map((row) => row.revoked_reason)).toEqual(['unassigned', 'unassigned', 'unassigned']);
    expect(rows.rows.filter((row) => row.recipient === fin.email).map((row) => row.revoked_reason)).toEqual([null, null, null]);
    // Vera's task page stays readable and says the task is no longer hers.
    expect((await open(veras.view)).html).toContain('no longer with you');

    const finnApprove = finns.decisions['Approve'] ?? '';
    const recorded = await submit(finnApprove, { confirm: confirmationOf(await open(finnApprove)), outcome: 'approve' });
    expect(recorded.status).toBe(200);
    const portal = await call<{ status: string }>(stack, 'GET', `/instances/${id}`, { key: globexKey });
    expect(portal.body.status).toBe('Approved');
  });

  it('keeps the link usable when the form needs correcting, and names the field', async () => {
    const id = await startReview('form-1');
    const approve = linksIn(await taskMail(stack.smtp, id, vera.email)).decisions['Approve'] ?? '';
    const confirm = confirmationOf(await open(approve));
    const invisible = await submit(approve, { confirm, outcome: 'approve', 'form.approved_amount': '12.34', comment: 'fine\u0000' });
    expect(invisible.status).toBe(422);
    expect(invisible.html).toContain('invisible control character');
    const wrong = await submit(approve, { confirm, outcome: 'approve', 'form.approved_amount': '12.345' });
    expect(wrong.status).toBe(422);
    expect(wrong.html).toContain('USD has at most 2 decimals');
    expect(wrong.html).toContain('value="12.345"');
    const right = await submit(approve, { confirm, outcome: 'approve', 'form.approved_amount': '12.34' });
    expect(right.status).toBe(200);
    const state = await new InstanceClient(stack.client).state(id);
    expect(state.tasks.find((task) => task.id === TASK)?.form).toEqual({ approved_amount: { amount: 1234, currency: 'USD' } });
  });

  // Last in this file: it spends many requests of this address's allowance for the minute.
  it('serves many different links from one address (a gateway), and answers one link hammered with a 429 page', async () => {
    // More different tokens than the old per-address limit (120): each is judged on its own.
    const statuses = new Set<number>();
    for (let attempt = 0; attempt < 150; attempt++) statuses.add((await open(`${stack.api?.url}/act/guess-${attempt}.bm90LWEtbWFj`)).status);
    expect(statuses).toEqual(new Set([403]));
    const id = await startReview('flood-1');
    const links = linksIn(await taskMail(stack.smtp, id, vera.email));
    let limited: Awaited<ReturnType<typeof open>> | undefined;
    for (let attempt = 0; attempt <= LINK_LIMITS.perToken && !limited; attempt++) {
      const answer = await open(links.view);
      if (answer.status === 429) limited = answer;
    }
    expect(limited?.code).toBe('rate_limited');
    expect(limited?.html).toContain('Wait a minute');
    expect(limited?.headers.get('ratelimit-policy')).toContain(`${LINK_LIMITS.perToken}`);
    // The approver's answer link is another token: still served.
    expect((await open(links.decisions['Approve'] ?? '')).status).toBe(200);
  });
});
