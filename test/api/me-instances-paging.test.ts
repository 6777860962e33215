/**
 * A person's list of instances, a page at a time, over real HTTP and Postgres: with more
 * instances than a page holds, spread over two partner companies and written within the same
 * milliseconds (some at the very same microsecond), following `nextCursor` from the first page
 * to the last shows each of the company's instances exactly once, newest change first, and
 * never another company's; the counts per status are over the whole filtered list on every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../api/schemas.js';
import type { Person } from '../../workflows/schemas.js';
import { acme, globex, paul, vera } from '../fixtures/people.js';
import { enrol, enrolFixtures } from '../support/directory.js';
import { call, keyFor, type HttpAnswer } from '../support/http.js';
import { crowdedRows, writeListedInstances, type ListedRow } from '../support/listed-instances.js';
import { sessionOf } from '../support/session.js';
import { startTestStack, type TestStack } from '../support/stack.js';

const ivy: Person = { name: 'Ivy Initech', email: 'ivy@initech.example', company: 'initech' };
const STATUSES = ['In review', 'Proposal', 'Approved'];

interface Page {
  instances: Array<{ id: string; updatedAt: string }>;
  nextCursor: string | null;
  counts: Record<string, number>;
}

let stack: TestStack;
let globexRows: ListedRow[];
let initechRows: ListedRow[];
const ids = new Map<string, string>();

beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  await enrolFixtures(stack);
  await enrol(stack, [{ person: ivy }]);
  // 130 of Globex and 45 of Initech, at the same crowded moments: their rows interleave.
  globexRows = crowdedRows('g', globex, 130, STATUSES);
  initechRows = crowdedRows('i', 'initech', 45, STATUSES);
  const written = await writeListedInstances(stack, [...globexRows, ...initechRows], paul);
  [...globexRows, ...initechRows].forEach((row, index) => ids.set(`${row.partner}/${row.businessKey}`, written[index] ?? ''));
});
afterAll(async () => {
  await stack?.stop();
});

const idsOf = (rows: readonly ListedRow[]) => rows.map((row) => ids.get(`${row.partner}/${row.businessKey}`) ?? '');

/** The rows in the order the list promises: newest change first, then by id (descending). */
const ordered = (rows: readonly ListedRow[]) =>
  [...rows].sort((a, b) => (a.updatedAt === b.updatedAt ? ((ids.get(`${b.partner}/${b.businessKey}`) ?? '') < (ids.get(`${a.partner}/${a.businessKey}`) ?? '') ? -1 : 1) : a.updatedAt < b.updatedAt ? 1 : -1));

const countsOf = (rows: readonly ListedRow[]) => Object.fromEntries(STATUSES.map((status) => [status, rows.filter((row) => row.status === status).length] as const).filter(([, count]) => count > 0).sort(([a], [b]) => (a < b ? -1 : 1)));

/** Every page of `path` as `cookie`'s person, following `nextCursor` until it is null. */
async function allPages(path: string, cookie: string): Promise<Page[]> {
  const pages: Page[] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const answer: HttpAnswer<Page> = await call<Page>(stack, 'GET', `${path}${cursor ? `${separator}cursor=${encodeURIComponent(cursor)}` : ''}`, { headers: { cookie } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    pages.push(answer.body);
    cursor = answer.body.nextCursor;
    expect(pages.length, 'the cursor never ran out').toBeLessThan(50);
  } while (cursor);
  return pages;
}

describe('GET /me/instances, a page at a time', () => {
  it('shows each of a partner’s instances exactly once across pages, newest change first, and none of another partner’s', async () => {
    const { cookie } = await sessionOf(stack, paul);
    const pages = await allPages('/me/instances?limit=25', cookie);
    expect(pages.map((page) => page.instances.length)).toEqual([25, 25, 25, 25, 25, 5]);
    const seen = pages.flatMap((page) => page.instances.map((instance) => instance.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(idsOf(ordered(globexRows)));
    for (const id of idsOf(initechRows)) expect(seen).not.toContain(id);
    // The counts are the whole list's on every page, not the page's.
    for (const page of pages) expect(page.counts).toEqual(countsOf(globexRows));
    // The last page says there is none after it; a full last page does too.
    expect(pages.at(-1)?.nextCursor).toBeNull();
    const exact = await allPages('/me/instances?limit=65', cookie);
    expect(exact.map((page) => page.instances.length)).toEqual([65, 65]);
  });

  it('pages a status filter the same way, the counts still over every status', async () => {
    const { cookie } = await sessionOf(stack, paul);
    const pages = await allPages('/me/instances?limit=10&status=Proposal', cookie);
    const seen = pages.flatMap((page) => page.instances.map((instance) => instance.id));
    const proposals = globexRows.filter((row) => row.status === 'Proposal');
    expect(seen).toEqual(idsOf(ordered(proposals)));
    for (const page of pages) expect(page.counts).toEqual(countsOf(globexRows));
  });

  it('shows the other partner only its own, and the vendor both, each once', async () => {
    const ivys = (await allPages('/me/instances?limit=20', (await sessionOf(stack, ivy)).cookie)).flatMap((page) => page.instances.map((instance) => instance.id));
    expect(ivys).toEqual(idsOf(ordered(initechRows)));
    const veras = (await allPages('/me/instances?limit=200', (await sessionOf(stack, vera)).cookie)).flatMap((page) => page.instances.map((instance) => instance.id));
    expect(veras).toEqual(idsOf(ordered([...globexRows, ...initechRows])));
  });

  it('pages GET /instances for a company key alike', async () => {
    const key = await keyFor(stack, acme);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const answer: HttpAnswer<Page> = await call<Page>(stack, 'GET', `/instances?limit=40${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { key });
      expect(answer.status).toBe(200);
      seen.push(...answer.body.instances.map((instance) => instance.id));
      cursor = answer.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(idsOf(ordered([...globexRows, ...initechRows])));
  });

  it('refuses a page size above the maximum and a cursor it did not make', async () => {
    const { cookie } = await sessionOf(stack, paul);
    expect((await call(stack, 'GET', '/me/instances?limit=201', { headers: { cookie } })).status).toBe(400);
    for (const cursor of ['not-a-cursor', encodeCursor({ updatedAt: 'yesterday', id: 'x' }), encodeCursor({ updatedAt: '2026-11-30T12:00:00Z' })]) {
      const answer = await call<{ error: { code: string } }>(stack, 'GET', `/me/instances?cursor=${encodeURIComponent(cursor)}`, { headers: { cookie } });
      expect(answer.status, cursor).toBe(400);
      expect(answer.body.error.code).toBe('invalid_cursor');
    }
  });
});
