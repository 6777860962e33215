/**
 * The cycle-times arithmetic, without a server: percentiles, what counts as a wait and as an
 * SLA breach, one row per step and company in the order of the process, and the CSV.
 */
import { describe, expect, it } from 'vitest';
import { breached, cycleTimes, cycleTimesCsv, percentile, type TaskWait } from '../../api/cycle-times/waits.js';

const task = (overrides: Partial<TaskWait>): TaskWait => ({ stepId: 'review', stepTitle: 'Review', companyId: 'acme', status: 'decided', openedAt: 0, decidedAt: 1000, dueAt: null, ...overrides });

describe('percentiles', () => {
  it('interpolate between the nearest ranks, as spreadsheets do', () => {
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(percentile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 1)).toBe(3);
  });

  it('are null for no values and refuse a share outside 0…1', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
  });
});

describe('SLA breaches', () => {
  it('count tasks decided after their due time, timed out, or open past it', () => {
    expect(breached(task({ dueAt: 500, decidedAt: 1000 }), 0)).toBe(true);
    expect(breached(task({ dueAt: 1000, decidedAt: 1000 }), 0)).toBe(false);
    expect(breached(task({ status: 'timed_out', dueAt: 5000 }), 0)).toBe(true);
    expect(breached(task({ status: 'open', decidedAt: null, dueAt: 2000 }), 1999)).toBe(false);
    expect(breached(task({ status: 'open', decidedAt: null, dueAt: 2000 }), 2001)).toBe(true);
    expect(breached(task({ dueAt: null, decidedAt: 99_000 }), 0)).toBe(false);
  });
});

describe('cycle times', () => {
  it('report each step’s waits per company, in the order the steps first opened', () => {
    const rows = cycleTimes(
      [
        task({ stepId: 'sign_off', stepTitle: 'Sign off', companyId: 'globex', openedAt: 5000, decidedAt: 9000, dueAt: 6000 }),
        task({ stepId: 'plan', stepTitle: 'Plan', companyId: 'acme', openedAt: 0, decidedAt: 1000 }),
        task({ stepId: 'plan', stepTitle: 'Plan', companyId: 'acme', openedAt: 0, decidedAt: 3000 }),
        task({ stepId: 'plan', stepTitle: 'Plan', companyId: 'acme', openedAt: 0, decidedAt: 2000 }),
        task({ stepId: 'sign_off', stepTitle: 'Sign off', companyId: 'acme', openedAt: 5000, decidedAt: 5500, dueAt: 6000 }),
        task({ stepId: 'sign_off', stepTitle: 'Sign off', companyId: 'globex', status: 'open', openedAt: 7000, decidedAt: null, dueAt: 8000 }),
        task({ stepId: 'sign_off', stepTitle: 'Sign off', companyId: 'globex', status: 'cancelled', openedAt: 7000, decidedAt: 7100 }),
      ],
      10_000,
    );
    expect(rows).toEqual([
      { stepId: 'plan', stepTitle: 'Plan', companyId: 'acme', waits: 3, open: 0, medianMs: 2000, p90Ms: 2800, maxMs: 3000, slaMs: null, withSla: 0, breaches: 0 },
      { stepId: 'sign_off', stepTitle: 'Sign off', companyId: 'acme', waits: 1, open: 0, medianMs: 500, p90Ms: 500, maxMs: 500, slaMs: 1000, withSla: 1, breaches: 0 },
      { stepId: 'sign_off', stepTitle: 'Sign off', companyId: 'globex', waits: 1, open: 1, medianMs: 4000, p90Ms: 4000, maxMs: 4000, slaMs: 1000, withSla: 2, breaches: 2 },
    ]);
  });

  it('write the same rows as CSV in seconds, with text a spreadsheet would run made inert', () => {
    const rows = cycleTimes([task({ stepTitle: '=HYPERLINK("x")', decidedAt: 1500, dueAt: 1000 })], 0);
    expect(cycleTimesCsv('t', rows)).toBe(
      'template,step,step_title,company,waits,open,median_seconds,p90_seconds,max_seconds,sla_seconds,with_sla,sla_breaches\r\n' + `t,review,"'=HYPERLINK(""x"")",acme,1,0,1.500,1.500,1.500,1.000,1,1\r\n`,
    );
  });
});
