/**
 * `validation`: how long `validateTemplate` takes on large templates, with and without
 * misspelt transitions, at 1,000 and 5,000 steps (the most a template may have). Every
 * check is meant to grow in proportion to the template; the growth row holds it to that.
 * Needs no stack: `npx tsx bench/benchmarks/validation.ts` prints these rows alone.
 *
 * With the stack, it also validates a template of the maximum size through the API
 * (`POST /templates/validate`, on the API's validation threads) while asking `/health` over
 * and over: `/health`'s p99 then, against its p99 with nothing else to do (baseline), must
 * stay within 100 ms.
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { createApiKey } from '../../api/auth/keys.js';
import { MAX_STEPS } from '../../definitions/limits.js';
import { validateTemplate } from '../../definitions/validate.js';
import { setting, type Benchmark, type BenchContext } from '../benchmark.js';
import { percentiles, since } from '../measure.js';
import { judge, table, type Row } from '../report.js';

/**
 * A template of `steps` steps: a chain of tasks, record actions and decisions (reading
 * inputs and earlier forms) ending in an end step; with `typos`, every tenth transition names its target with
 * two letters swapped, so the validator must suggest the step it most likely means.
 */
export function largeTemplate(size: number, typos: boolean): Record<string, unknown> {
  const steps = size - 1;
  const id = (index: number): string => (index >= steps ? 'done' : `step_${String(index).padStart(5, '0')}`);
  const misspelt = (name: string): string => `${name.slice(0, 1)}${name.slice(2, 3)}${name.slice(1, 2)}${name.slice(3)}`;
  const target = (index: number): string => (typos && index % 10 === 0 && index < steps ? misspelt(id(index)) : id(index));
  const list = Array.from({ length: steps }, (_, index) => {
    const next = target(index + 1);
    switch (index % 3) {
      case 0:
        return { id: id(index), kind: 'task', owner: 'vendor.manager', form: { note: { type: 'text' } }, next };
      case 1:
        return { id: id(index), kind: 'action', action: 'record', with: { name: `v${index}`, value: 'input.amount.amount * 2' }, next };
      default:
        return { id: id(index), kind: 'decision', cases: [{ when: `input.amount.amount > ${index} && has(steps.${id(index - 2)}.form)`, next }], otherwise: next };
    }
  });
  return {
    id: 'large',
    version: 1,
    title: 'Large',
    parties: { vendor: { roles: { manager: {} } } },
    inputs: { amount: { type: 'money', currency: 'USD', required: true } },
    steps: [...list, { id: 'done', kind: 'end', status: 'Done' }],
  };
}

/** Milliseconds of the fastest of `runs` validations, and whether the verdict was as expected. */
function timeValidation(template: Record<string, unknown>, runs: number, typos: boolean): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = validateTemplate(template);
    best = Math.min(best, performance.now() - started);
    if (result.ok === typos) throw new Error(`a template ${typos ? 'with' : 'without'} typos was ${result.ok ? 'accepted' : 'refused'}`);
  }
  return best;
}

/** The rows: each size with and without typos, and how time grows from 1,000 to 5,000 steps. */
export function validationRows(runs: number, small = 1_000, large = 5_000): Row[] {
  // Warm up the parsers and the JIT, so the first row does not pay for them.
  timeValidation(largeTemplate(200, false), 1, false);
  const rows: Row[] = [];
  for (const typos of [false, true]) {
    const label = typos ? 'with typos (every 10th transition)' : 'without typos';
    const smallMs = timeValidation(largeTemplate(small, typos), runs, typos);
    const largeMs = timeValidation(largeTemplate(large, typos), runs, typos);
    rows.push(
      { benchmark: 'validation', metric: `${small.toLocaleString('en-US')} steps ${label}`, unit: 'ms', tandem: smallMs },
      { benchmark: 'validation', metric: `${large.toLocaleString('en-US')} steps ${label}`, unit: 'ms', tandem: largeMs, target: { on: 'tandem', atMost: 5_000 } },
      // 5× the steps; linear work takes about 5× the time. Quadratic would take 25×.
      { benchmark: 'validation', metric: `growth ${small.toLocaleString('en-US')} → ${large.toLocaleString('en-US')} steps ${label}`, unit: '×', tandem: largeMs / smallMs, target: { on: 'tandem', atMost: 12 } },
    );
  }
  return rows;
}

/** One `GET /health` (it must answer 200): its milliseconds, and the slowest probe it reports. */
async function healthMs(url: string, slowest: Map<string, number[]>): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/health`);
  const body = (await response.json()) as { checks?: Record<string, { ms?: number }> };
  if (response.status !== 200) throw new Error(`/health answered ${response.status}`);
  for (const [name, check] of Object.entries(body.checks ?? {})) slowest.set(name, [...(slowest.get(name) ?? []), check.ms ?? 0]);
  return since(started);
}

/** Each probe's p99 as `/health` reported it, as `temporal 3 ms, postgres 1 ms`. */
function probeSummary(probes: Map<string, number[]>): string {
  return [...probes].map(([name, ms]) => `${name} ${percentiles(ms).p99.toFixed(0)} ms`).join(', ');
}

/**
 * `/health`'s p99 idle, then while templates of `steps` steps (with typos, the slower kind)
 * are validated through the API one after another, until `samples` answers are in; and how
 * long one such validation took through the API, against the same in this process.
 */
async function healthWhileValidating(context: BenchContext, steps: number, samples: number): Promise<Row[]> {
  const api = await context.stack.api();
  const { token } = await createApiKey(context.stack.pool, 'platform', 'bench validation', ['platform']);
  const body = JSON.stringify(largeTemplate(steps, true));
  const validate = async (text: string): Promise<number> => {
    const started = performance.now();
    const response = await fetch(`${api.url}/templates/validate`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: text });
    const answer: unknown = await response.json();
    if (response.status !== 200) throw new Error(`POST /templates/validate answered ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`);
    return since(started);
  };
  // Starts the API's validation thread (and warms it), which is not what is measured.
  await validate(JSON.stringify(largeTemplate(200, false)));

  const idle: number[] = [];
  const idleProbes = new Map<string, number[]>();
  for (let index = 0; index < samples; index++) idle.push(await healthMs(api.url, idleProbes));

  const busy: number[] = [];
  const throughApi: number[] = [];
  const busyProbes = new Map<string, number[]>();
  while (busy.length < samples) {
    let validating = true;
    const validation = validate(body).finally(() => {
      validating = false;
    });
    while (validating) busy.push(await healthMs(api.url, busyProbes));
    throughApi.push(await validation);
  }
  const started = performance.now();
  validateTemplate(largeTemplate(steps, true));
  const inProcess = since(started);

  context.log(`probe p99 idle: ${probeSummary(idleProbes)}; while validating: ${probeSummary(busyProbes)}`);
  const size = `${steps.toLocaleString('en-US')}-step`;
  return [
    {
      benchmark: 'validation',
      metric: `/health p99 while a ${size} template is validated through the API (baseline: idle)`,
      unit: 'ms',
      tandem: percentiles(busy).p99,
      baseline: percentiles(idle).p99,
      target: { on: 'tandem', atMost: 100 },
      // The machine's load says how far the figure can be trusted: on shared cores both p99s follow it.
      note: `${busy.length} /health answers during ${throughApi.length} validation(s) of ${(body.length / 1024).toFixed(0)} KiB; ${idle.length} idle; load average ${os.loadavg()[0]?.toFixed(1)} on ${os.availableParallelism()} CPUs`,
    },
    {
      benchmark: 'validation',
      metric: `${size} template with typos through the API (baseline: in process)`,
      unit: 'ms',
      tandem: Math.min(...throughApi),
      baseline: inProcess,
      note: 'on a validation thread, with the HTTP round trip and the body read as the CLI reads a file',
    },
  ];
}

export const validationBenchmark: Benchmark = {
  name: 'validation',
  summary: 'validateTemplate on 1,000 and 5,000 steps, with and without misspelt transitions; /health p99 while the API validates the largest template',
  async run(context: BenchContext) {
    const runs = setting(context, 'VALIDATION_RUNS', 3, 1);
    const rows = context.smoke ? validationRows(runs, 100, 500) : validationRows(runs);
    const samples = setting(context, 'VALIDATION_HEALTH_SAMPLES', 200, 5);
    return [...rows, ...(await healthWhileValidating(context, context.smoke ? 500 : MAX_STEPS, samples))];
  },
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(table(validationRows(Number(process.env['BENCH_VALIDATION_RUNS']) || 3).map(judge)));
}
