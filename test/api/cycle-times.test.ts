/**
 * GET /reports/cycle-times through real Temporal and Postgres: the medians and 90th
 * percentiles are those of the waits the instances themselves show (opened → decided), per
 * step and the company it waited on; a review decided after its due time counts as an SLA
 * breach; each company counts only its own instances and the tasks it may see; the CSV
 * carries the same rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleTimesAnswer } from '../../api/cycle-times/report.js';
import { publishTemplate } from '../../api/template-catalog.js';
import { acme, globex, paul } from '../fixtures/people.js';
import { cycleTemplate, ivy, runCampaign } from '../support/cycle-template.js';
import { enrol, enrolFixtures } from '../support/directory.js';
import { call, keyFor } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

/** What GET /reports/cycle-times answers, as the API types it. */
type Report = CycleTimesAnswer;
interface SeenTask {
  stepId: string;
  companyId: string;
  openedAt: string;
  decidedAt: string | null;
  dueAt: string | null;
}

let stack: TestStack;
const keys: Record<string, string> = {};
const globexInstances: string[] = [];
let initechInstance = '';

beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  await publishTemplate(stack.pool, cycleTemplate);
  await enrolFixtures(stack);
  await enrol(stack, [{ person: ivy, groups: ['requesters', 'leads'] }]);
  for (const company of [acme, globex, 'initech', 'hooli']) keys[company] = await keyFor(stack, company);
  // Globex: three campaigns, the second reviewed late; initech: one, reviewed late.
  globexInstances.push(await runCampaign(stack, keys, paul, 'cycle-1', false));
  globexInstances.push(await runCampaign(stack, keys, paul, 'cycle-2', true));
  globexInstances.push(await runCampaign(stack, keys, paul, 'cycle-3', false));
  initechInstance = await runCampaign(stack, keys, ivy, 'cycle-4', true);
});
afterAll(async () => {
  await stack?.stop();
});

const report = async (company: string) => {
  const answer = await call<Report>(stack, 'GET', `/reports/cycle-times?template=${cycleTemplate.id}`, { key: keys[company] ?? '' });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body;
};

/** The waits of `stepId` on `companyId` as the vendor's views of the instances show them. */
async function shownWaits(ids: string[], stepId: string, companyId: string): Promise<{ waits: number[]; late: number }> {
  const tasks: SeenTask[] = [];
  for (const id of ids) tasks.push(...(await call<{ tasks: SeenTask[] }>(stack, 'GET', `/instances/${id}`, { key: keys[acme] ?? '' })).body.tasks);
  const mine = tasks.filter((task) => task.stepId === stepId && task.companyId === companyId);
  return {
    waits: mine.map((task) => Date.parse(task.decidedAt ?? '') - Date.parse(task.openedAt)).sort((a, b) => a - b),
    late: mine.filter((task) => task.dueAt !== null && Date.parse(task.decidedAt ?? '') > Date.parse(task.dueAt)).length,
  };
}

const rowOf = (answer: Report, stepId: string, companyId: string) => answer.rows.find((row) => row.stepId === stepId && row.companyId === companyId);

describe('cycle times', () => {
  it('gives the median and 90th percentile of the waits each step had on each company, and the late reviews as SLA breaches', async () => {
    const globexReport = await report(globex);
    expect(globexReport.instances).toBe(3);
    expect(globexReport.templates).toEqual([cycleTemplate.id]);

    for (const [stepId, companyId] of [
      ['propose', globex],
      ['review', acme],
    ] as const) {
      const { waits, late } = await shownWaits(globexInstances, stepId, companyId);
      expect(waits).toHaveLength(3);
      const [low = 0, middle = 0, high = 0] = waits;
      expect(rowOf(globexReport, stepId, companyId), `${stepId} on ${companyId}`).toEqual({
        stepId,
        stepTitle: stepId === 'review' ? 'Review the campaign' : 'Propose the campaign',
        companyId,
        waits: 3,
        open: 0,
        medianMs: middle,
        // Two ranks above the lowest of three, 0.9 × 2 = 1.8: 80 % of the way from the middle to the highest.
        p90Ms: Math.round(middle + 0.8 * (high - middle)),
        maxMs: high,
        slaMs: stepId === 'review' ? 1000 : 3_600_000,
        withSla: 3,
        breaches: late,
      });
      expect(low).toBeLessThanOrEqual(middle);
    }
    // The review made to wait past its SLA is a breach; no proposal came near its hour.
    expect(rowOf(globexReport, 'review', acme)?.breaches).toBeGreaterThanOrEqual(1);
    expect(rowOf(globexReport, 'propose', globex)?.breaches).toBe(0);
    // The rows follow the process.
    expect(globexReport.rows.map((row) => row.stepId)).toEqual(['propose', 'review']);
  });

  it('counts for each company only its own instances and the tasks it may see', async () => {
    const globexReport = await report(globex);
    // The vendor's internal budget check is the vendor's own; another partner's instance is no business of globex's.
    expect(globexReport.rows.map((row) => row.companyId)).not.toContain('initech');
    expect(globexReport.rows.map((row) => row.stepId)).not.toContain('budget_check');

    const acmeReport = await report(acme);
    expect(acmeReport.instances).toBe(4);
    expect(acmeReport.rows.map((row) => [row.stepId, row.companyId, row.waits])).toEqual([
      ['propose', globex, 3],
      ['propose', 'initech', 1],
      ['budget_check', acme, 4],
      ['review', acme, 4],
    ]);
    const initech = await shownWaits([initechInstance], 'propose', 'initech');
    expect(rowOf(acmeReport, 'propose', 'initech')?.medianMs).toBe(initech.waits[0]);
    expect(rowOf(acmeReport, 'review', acme)?.breaches).toBe((await shownWaits([...globexInstances, initechInstance], 'review', acme)).late);

    const initechReport = await report('initech');
    expect(initechReport.instances).toBe(1);
    expect(initechReport.rows.map((row) => [row.stepId, row.companyId, row.waits])).toEqual([
      ['propose', 'initech', 1],
      ['review', acme, 1],
    ]);

    // A company that takes part in none sees nothing of them.
    const outsider = await report('hooli');
    expect(outsider).toEqual({ templateId: cycleTemplate.id, instances: 0, rows: [], templates: [] });
  });

  it('gives the same rows as CSV, in seconds', async () => {
    const json = await report(globex);
    const answer = await call<string>(stack, 'GET', `/reports/cycle-times.csv?template=${cycleTemplate.id}`, { key: keys[globex] ?? '' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(answer.headers.get('content-disposition')).toContain(`cycle-times-${cycleTemplate.id}.csv`);
    const [header, ...lines] = answer.body.trim().split('\r\n').map((line) => line.split(','));
    expect(header).toEqual(['template', 'step', 'step_title', 'company', 'waits', 'open', 'median_seconds', 'p90_seconds', 'max_seconds', 'sla_seconds', 'with_sla', 'sla_breaches']);
    expect(lines.map((cells) => [cells[1], cells[3], Number(cells[6]), Number(cells[11])])).toEqual(json.rows.map((row) => [row.stepId, row.companyId, Number(((row.medianMs ?? 0) / 1000).toFixed(3)), row.breaches]));
  });

  it('asks for the template', async () => {
    const answer = await call<{ error: { code: string } }>(stack, 'GET', '/reports/cycle-times', { key: keys[globex] ?? '' });
    expect(answer.status).toBe(400);
  });
});
