/**
 * `api-overhead`: what the API's edge costs on its busiest route. Tandem's status route (key
 * check, company-scoped read under row-level security, the company's view) against a bare
 * `node:http` server that reads the same row and sends it.
 */
import { setting, type Benchmark } from '../benchmark.js';
import { load } from '../http-load.js';
import type { Row } from '../report.js';
import { openSixStepInstances } from './instances.js';

const WHY_SLOWER =
  'plain polls are answered ahead of express, from a view held per revision, with one statement to Postgres; ' +
  'what is left per request is the request id, log line and metrics, the key check from memory and the per-key budget, ' +
  'and a statement that switches role and company in PL/pgSQL where the bare server runs a plain SELECT; with the load, the API and PostgreSQL ' +
  'sharing the CPUs, socket writes (one to Postgres, one to the client, as for the bare server) take the largest share of the API process in a profile';

export const apiOverheadBenchmark: Benchmark = {
  name: 'api-overhead',
  summary: "the API's status route vs a bare node:http server reading the same row",
  async run(context) {
    const instances = setting(context, 'OVERHEAD_INSTANCES', 50, 3);
    const connections = setting(context, 'OVERHEAD_CONNECTIONS', 20, 4);
    const seconds = setting(context, 'OVERHEAD_SECONDS', 10, 1);
    const api = await context.stack.api();
    const ids = await openSixStepInstances(context, instances);
    const paths = ids.map((id) => `/instances/${encodeURIComponent(id)}`);
    context.log(`  api-overhead: ${connections} connections polling ${ids.length} instances for ${seconds}s each`);
    const tandem = await load({ baseUrl: api.url, paths, headers: { authorization: `Bearer ${context.stack.keys.partner}` }, connections, seconds });
    const baseline = await load({ baseUrl: api.bareUrl, paths, connections, seconds });
    const rows: Row[] = [
      {
        benchmark: 'api-overhead',
        metric: 'requests/s',
        unit: 'req/s',
        tandem: tandem.rps,
        baseline: baseline.rps,
        target: { on: 'ratio', atLeast: 0.6 },
        ...(tandem.rps < 0.6 * baseline.rps ? { note: WHY_SLOWER } : {}),
      },
      { benchmark: 'api-overhead', metric: 'latency p50', unit: 'ms', tandem: tandem.p50, baseline: baseline.p50 },
      { benchmark: 'api-overhead', metric: 'latency p95', unit: 'ms', tandem: tandem.p95, baseline: baseline.p95 },
      { benchmark: 'api-overhead', metric: 'latency p99', unit: 'ms', tandem: tandem.p99, baseline: baseline.p99 },
    ];
    return rows;
  },
};
