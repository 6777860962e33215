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
  'the API key comes from memory and the row-level-security set-up, SELECT and COMMIT are pipelined into one round trip, but that is still 3 writes ' +
  'and 5 statements to Postgres where the bare server sends 1, and the request runs through express (routing, request log and metrics, per-key rate limit, zod, the company view); ' +
  'with the load, the API and PostgreSQL sharing the CPUs the API process is CPU-bound (about 6 % idle under load in a profile); ' +
  'the read as one statement (a security-definer SQL function owned by tandem_api) and a leaner edge for this route would move it';

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
