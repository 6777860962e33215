/**
 * `console-load`: the console's pages loaded in a real Chromium (the one from npm, as the
 * browser tests launch it), signed in as a vendor's person: My tasks holding 200 open tasks,
 * and the instance page of an instance whose timeline has 300 events. Measured from the start
 * of the navigation to the first frame that shows the whole list (every task row, every timeline
 * row), with the browser's cache warm as for someone who uses the console daily. The baseline is
 * the same page in the same run with one task, and with an instance fresh from its start (a
 * handful of events): the ratio is what the long lists cost. The JSON reads behind the pages
 * are timed too, to tell the server's share from the browser's. Last, the template editor as a
 * platform operator uses it: from the last keystroke of a template with one mistake to the
 * mistake marked at its line, against the same for the template without it (marked valid).
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { stringify } from 'yaml';
import { grantPlatformOperator } from '../../activities/directory/platform-operators.js';
import { InstanceClient } from '../../api/instance-client.js';
import { createSession, SESSION_COOKIE } from '../../api/session/sessions.js';
import { publishTemplate } from '../../api/template-catalog.js';
import { asTenant } from '../../api/tenant.js';
import type { TemplateInput } from '../../definitions/template.js';
import { validateTemplate } from '../../definitions/validate.js';
import type { Person } from '../../workflows/schemas.js';
import { launchBrowser } from '../../test/support/browser.js';
import { setting, type Benchmark, type BenchContext } from '../benchmark.js';
import { partner, requester, vendor } from '../fixtures.js';
import { percentiles, runBounded, since, until } from '../measure.js';
import type { Row } from '../report.js';

/** A review that can be sent round again: each round adds a step entry, a task and a decision to the timeline. */
const template: TemplateInput = {
  id: 'bench-console-review',
  version: 1,
  title: 'Review round',
  parties: { vendor: { roles: { reviewer: { title: 'Reviewer' } } }, partner: { roles: { requester: { title: 'Requester' } } } },
  steps: [
    { id: 'review', kind: 'task', title: 'Review the material', status: 'In review', owner: 'vendor.reviewer', outcomes: ['again', 'finish'], next: { again: 'review', finish: 'done' } },
    { id: 'done', kind: 'end', status: 'Reviewed' },
  ],
};

/** One page to load and what shows it is there: this many rows under `rows`. */
interface Target {
  url: string;
  rows: string;
  count: number;
}

/** Milliseconds from navigation start to the first frame that has `target.count` rows, read by the page's own clock. */
async function timeToContent(page: Page, target: Target): Promise<number> {
  await page.goto(target.url, { waitUntil: 'commit' });
  return await firstFrame(page, `document.querySelectorAll(${JSON.stringify(target.rows)}).length >= ${target.count}`, `${target.url} showing ${target.count} rows`);
}

/**
 * In the page, by its clock: the first frame at which `condition` holds; fails after 60 s.
 * Checked at every frame, in the page (as text: this file is not compiled for the browser). An
 * evaluated expression, not waitForFunction's text predicate, which the console's CSP refuses to eval.
 */
async function firstFrame(page: Page, condition: string, what: string): Promise<number> {
  const check = `new Promise((resolve) => { const look = () => (${condition} ? resolve(performance.now()) : requestAnimationFrame(look)); look(); })`;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no frame with ${what} within 60 s`)), 60_000)));
  const at: unknown = await Promise.race([page.evaluate(check), timeout]).finally(() => clearTimeout(timer));
  if (typeof at !== 'number') throw new Error(`no frame with ${what}`);
  return at;
}

/** A person of the vendor, in its directory, with a session; returns the session's cookie value. */
async function signedIn(context: BenchContext, who: Person): Promise<string> {
  const row = await context.stack.pool.query<{ id: string }>(
    `INSERT INTO people (id, company_id, email, name) VALUES ('per_' || substr(md5($2), 1, 20), $1, $2, $3)
     ON CONFLICT (company_id, email) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    [who.company, who.email, who.name],
  );
  const session = await createSession(context.stack.pool, { companyId: who.company, personId: row.rows[0]?.id ?? '' }, 'link', { idleMs: 3_600_000, maxMs: 3_600_000 });
  return session.token;
}

/** Starts `count` review instances whose reviewer is `reviewer`; resolves once each has its task open in the projection. */
async function openReviews(context: BenchContext, reviewer: Person, count: number, taskQueue: string, run: string): Promise<string[]> {
  const checked = validateTemplate(template);
  if (!checked.ok) throw new Error(`the benchmark template is not valid: ${checked.errors.map((error) => error.message).join('; ')}`);
  const client = new InstanceClient(context.stack.client);
  const ids: string[] = [];
  const started = await runBounded(count, 10, 300_000, async (index) => {
    const { handle } = await client.start({
      template: checked.template,
      businessKey: `console-${run}-${reviewer.email.replace(/[^A-Za-z0-9.]/g, '.')}-${index}`,
      bindings: { companies: { vendor, partner }, participants: { 'vendor.reviewer': [reviewer], 'partner.requester': [requester] } },
      input: {},
      initiator: requester,
      taskQueue,
    });
    ids.push(handle.workflowId);
  });
  if (started.failed) throw new Error(`${started.failed} of ${count} starts failed: ${started.errors.join('; ')}`);
  const open = await until(async () => {
    const result = await context.stack.pool.query<{ open: string }>(`SELECT count(*) AS open FROM tasks WHERE instance_id = ANY ($1) AND status = 'open'`, [ids]);
    return Number(result.rows[0]?.open ?? 0) >= ids.length;
  }, 120_000);
  if (!open) throw new Error(`not every one of ${count} review instances opened its task within two minutes`);
  return ids;
}

/** Sends instance `id` round its review until its timeline holds at least `events` events; returns how many it holds. */
async function lengthenTimeline(context: BenchContext, id: string, reviewer: Person, events: number): Promise<number> {
  const client = new InstanceClient(context.stack.client);
  for (;;) {
    const row = await context.stack.pool.query<{ events: number; task: string | null; revision: number }>(
      `SELECT jsonb_array_length(state->'history') AS events, revision,
              (SELECT task->>'id' FROM jsonb_array_elements(state->'tasks') task WHERE task->>'status' = 'open' LIMIT 1) AS task
       FROM instances WHERE id = $1`,
      [id],
    );
    const now = row.rows[0];
    if (!now?.task) throw new Error(`instance ${id} has no open review task`);
    if (now.events >= events) return now.events;
    await client.decide(id, { taskId: now.task, actor: reviewer.email, outcome: 'again' });
    // The next round is read once the projection has it.
    const moved = await until(async () => ((await context.stack.pool.query<{ revision: number }>('SELECT revision FROM instances WHERE id = $1', [id])).rows[0]?.revision ?? 0) > now.revision, 30_000, 20);
    if (!moved) throw new Error(`instance ${id} did not move on within 30 s`);
  }
}

/** Milliseconds of one JSON read with the session. */
async function timedRead(url: string, token: string): Promise<number> {
  const started = performance.now();
  const answer = await fetch(url, { headers: { cookie: `${SESSION_COOKIE}=${token}`, accept: 'application/json' } });
  await answer.arrayBuffer();
  if (!answer.ok) throw new Error(`${url} answered ${answer.status}`);
  return since(started);
}

/**
 * A page signed in as the person whose session `token` is, in a browser of its own: the packaged
 * Chromium runs as one process whose contexts share one cookie jar, and a page left open (My
 * tasks refreshes itself) would put its person's session cookie back for the others.
 */
async function signedInPage(browsers: Browser[], apiUrl: string, token: string): Promise<Page> {
  const browser = await launchBrowser();
  browsers.push(browser);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: apiUrl }]);
  return await context.newPage();
}

/** Loads each page `samples` times, alternating so drift hits both alike; the first load of each warms the cache and is not counted. */
async function measurePair(page: Page, heavy: Target, light: Target, samples: number): Promise<{ heavy: number[]; light: number[] }> {
  await timeToContent(page, light);
  await timeToContent(page, heavy);
  const times = { heavy: [] as number[], light: [] as number[] };
  for (let sample = 0; sample < samples; sample++) {
    times.heavy.push(await timeToContent(page, heavy));
    times.light.push(await timeToContent(page, light));
  }
  return times;
}

/** In the page, by its clock: when an element matching `selector` is first drawn. */
function drawnAt(page: Page, selector: string): Promise<number> {
  return firstFrame(page, `document.querySelector(${JSON.stringify(selector)})`, selector);
}

/**
 * The template editor as an operator uses it, `samples` times each after one round that warms
 * the editor, its worker and the route: the text replaced (one paste) by a template with its
 * reviewer role misspelt, moved down a line each round so each verdict is a new one, then by the
 * same without the mistake. Milliseconds from the paste to the mistake marked at its line, and to
 * "valid". The editor waits for the typing to pause (half a second) before it asks the API.
 */
async function editorVerdicts(page: Page, apiUrl: string, samples: number): Promise<{ mistake: number[]; valid: number[] }> {
  await page.goto(`${apiUrl}/console/templates`);
  await page.waitForSelector('#editor .cm-content, [role=alert]');
  if ((await page.locator('#editor .cm-content').count()) === 0) throw new Error(`the Templates page refused the operator: ${await page.locator('[role=alert]').first().textContent()}`);
  const pasted = async (text: string): Promise<number> => {
    await page.click('#editor .cm-content');
    await page.keyboard.press('Control+A');
    const at = await page.evaluate<number>('performance.now()');
    await page.keyboard.insertText(text);
    return at;
  };
  const times = { mistake: [] as number[], valid: [] as number[] };
  for (let round = 0; round <= samples; round++) {
    const comments = Array.from({ length: round }, (_, index) => `# round ${index + 1}\n`).join('');
    const text = `${comments}${stringify({ ...template, id: 'bench-editor' })}`;
    const wrong = text.replace('owner: vendor.reviewer', 'owner: vendor.reviewr');
    const line = wrong.split('\n').findIndex((candidate) => candidate.includes('vendor.reviewr')) + 1;
    if (line === 0) throw new Error('the editor benchmark template has no reviewer to misspell');
    const wrongAt = await pasted(wrong);
    const marked = (await drawnAt(page, `#problems li[data-line="${line}"]`)) - wrongAt;
    await page.waitForSelector('#editor .cm-lintRange-error');
    const validAt = await pasted(text);
    const valid = (await drawnAt(page, '#problems:not(:has(li))')) - validAt;
    await page.waitForSelector('#validity:text("Valid: no problems found.")');
    if (round > 0) {
      times.mistake.push(marked);
      times.valid.push(valid);
    }
  }
  return times;
}

export const consoleLoadBenchmark: Benchmark = {
  name: 'console-load',
  summary: 'console pages in Chromium: My tasks with 200 open tasks and an instance with 300 timeline events vs the same pages with one task / a fresh instance',
  async run(context) {
    const taskCount = setting(context, 'CONSOLE_TASKS', 200, 5);
    const eventCount = setting(context, 'CONSOLE_EVENTS', 300, 12);
    const samples = setting(context, 'CONSOLE_SAMPLES', 10, 1);
    const api = await context.stack.api();
    const { taskQueue } = await context.stack.sharedWorker('interpreter');
    const run = randomUUID().slice(0, 8);
    // People of this run only, so what other benchmarks left open does not count here.
    const busy: Person = { name: 'Bea Busy', email: `bea-${run}@acme.example`, company: vendor };
    const quiet: Person = { name: 'Quinn Quiet', email: `quinn-${run}@acme.example`, company: vendor };
    const historian: Person = { name: 'Hal History', email: `hal-${run}@acme.example`, company: vendor };
    const author: Person = { name: 'Otto Operator', email: `otto-${run}@acme.example`, company: vendor };
    await publishTemplate(context.stack.pool, template);

    context.log(`  console-load: opening ${taskCount} + 1 tasks and an instance with ${eventCount} timeline events`);
    await openReviews(context, busy, taskCount, taskQueue, run);
    await openReviews(context, quiet, 1, taskQueue, run);
    const [long, fresh] = await openReviews(context, historian, 2, taskQueue, run);
    if (!long || !fresh) throw new Error('the review instances did not start');
    const events = await lengthenTimeline(context, long, historian, eventCount);
    const freshEvents = (await context.stack.pool.query<{ events: number }>(`SELECT jsonb_array_length(state->'history') AS events FROM instances WHERE id = $1`, [fresh])).rows[0]?.events ?? 0;
    const timeline = (id: string, count: number): Target => ({ url: `${api.url}/console/instances/${encodeURIComponent(id)}`, rows: '#timeline-heading ~ table tbody tr', count });

    const tokens = { busy: await signedIn(context, busy), quiet: await signedIn(context, quiet), historian: await signedIn(context, historian), author: await signedIn(context, author) };
    // The platform names the author an operator, as `tandem operators grant` does.
    await asTenant(context.stack.pool, { companyId: author.company, platform: true }, (db) => grantPlatformOperator(db, author.company, author.email));
    const browsers: Browser[] = [];
    let taskTimes: { heavy: number[]; light: number[] };
    let instanceTimes: { heavy: number[]; light: number[] };
    let editorTimes: { mistake: number[]; valid: number[] };
    try {
      // My tasks as Bea (all her tasks) against Quinn (one); the instance page as Hal, long timeline against fresh.
      const pages = { busy: await signedInPage(browsers, api.url, tokens.busy), quiet: await signedInPage(browsers, api.url, tokens.quiet) };
      taskTimes = await measureTasks(pages, api.url, taskCount, samples);
      instanceTimes = await measurePair(await signedInPage(browsers, api.url, tokens.historian), timeline(long, events), timeline(fresh, freshEvents), samples);
      editorTimes = await editorVerdicts(await signedInPage(browsers, api.url, tokens.author), api.url, samples);
    } finally {
      await Promise.all(browsers.map((browser) => browser.close()));
    }
    const reads = { tasks: [] as number[], timeline: [] as number[] };
    for (let sample = 0; sample < Math.max(3, samples); sample++) {
      reads.tasks.push(await timedRead(`${api.url}/me/tasks?filter=open&limit=200`, tokens.busy));
      reads.timeline.push(await timedRead(`${api.url}/me/instances/${encodeURIComponent(long)}/timeline`, tokens.historian));
    }

    const p = (values: number[]) => percentiles(values);
    const rows: Row[] = [
      { benchmark: 'console-load', metric: `My tasks, ${taskCount} open: p50 to content`, unit: 'ms', tandem: p(taskTimes.heavy).p50, baseline: p(taskTimes.light).p50, target: { on: 'tandem', atMost: 1000 }, note: `baseline: the same page with 1 task; warm cache, ${samples} loads each` },
      { benchmark: 'console-load', metric: `My tasks, ${taskCount} open: p95 to content`, unit: 'ms', tandem: p(taskTimes.heavy).p95, baseline: p(taskTimes.light).p95 },
      { benchmark: 'console-load', metric: `instance page, ${events} events: p50 to content`, unit: 'ms', tandem: p(instanceTimes.heavy).p50, baseline: p(instanceTimes.light).p50, target: { on: 'tandem', atMost: 1000 }, note: `baseline: the same page of an instance with ${freshEvents} events` },
      { benchmark: 'console-load', metric: `instance page, ${events} events: p95 to content`, unit: 'ms', tandem: p(instanceTimes.heavy).p95, baseline: p(instanceTimes.light).p95 },
      {
        benchmark: 'console-load',
        metric: 'template editor: paste to the mistake marked at its line, p50',
        unit: 'ms',
        tandem: p(editorTimes.mistake).p50,
        baseline: p(editorTimes.valid).p50,
        target: { on: 'tandem', atMost: 1000 },
        note: `baseline: the same template without the mistake, to "valid"; 500 ms of each is the editor waiting for the typing to pause; ${editorTimes.mistake.length} rounds`,
      },
      { benchmark: 'console-load', metric: 'template editor: paste to the mistake marked at its line, p95', unit: 'ms', tandem: p(editorTimes.mistake).p95, baseline: p(editorTimes.valid).p95, target: { on: 'tandem', atMost: 1000 } },
      { benchmark: 'console-load', metric: `JSON behind the pages: GET /me/tasks (${taskCount}) p50`, unit: 'ms', tandem: p(reads.tasks).p50, baseline: p(reads.timeline).p50, note: `baseline column: GET /me/instances/{id}/timeline (${events} events)` },
    ];
    return rows;
  },
};

/** My tasks as the busy person and as the quiet one, alternating, each in a browser of its own. */
async function measureTasks({ busy, quiet }: { busy: Page; quiet: Page }, apiUrl: string, taskCount: number, samples: number): Promise<{ heavy: number[]; light: number[] }> {
  const heavy: Target = { url: `${apiUrl}/console`, rows: '#task-lists tbody tr', count: taskCount };
  const light: Target = { url: `${apiUrl}/console`, rows: '#task-lists tbody tr', count: 1 };
  await timeToContent(busy, heavy);
  await timeToContent(quiet, light);
  const times = { heavy: [] as number[], light: [] as number[] };
  for (let sample = 0; sample < samples; sample++) {
    times.heavy.push(await timeToContent(busy, heavy));
    times.light.push(await timeToContent(quiet, light));
  }
  // Each page shows its own person's tasks: the baseline is one task, not the first of the busy list.
  const rows = { busy: await busy.locator(heavy.rows).count(), quiet: await quiet.locator(light.rows).count() };
  if (rows.busy !== taskCount || rows.quiet !== 1) throw new Error(`My tasks showed ${rows.busy} and ${rows.quiet} rows, not ${taskCount} and 1`);
  return times;
}
