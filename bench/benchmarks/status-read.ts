/**
 * `status-read`: portals polling instance status. Tandem's `GET /instances/:id` reads the
 * Postgres projection; the baseline is the same edge answering from a Temporal query per
 * request. Both servers' Temporal connections count their gRPC calls during the load. The bare
 * `node:http` server of api-overhead is measured on the same paths as a reference: what any
 * edge could reach over the query here. A short warm-up first, so the row does not measure a
 * process that has just started.
 */
import { setting, type Benchmark } from '../benchmark.js';
import { load } from '../http-load.js';
import type { Row } from '../report.js';
import { openSixStepInstances } from './instances.js';

/** Seconds of load on each server before it is measured. */
const WARM_UP_SECONDS = 2;

export const statusReadBenchmark: Benchmark = {
  name: 'status-read',
  summary: 'GET instance status from the projection vs a Temporal query per request, under concurrent polling',
  async run(context) {
    const instances = setting(context, 'STATUS_INSTANCES', 50, 3);
    const connections = setting(context, 'STATUS_CONNECTIONS', 20, 4);
    const seconds = setting(context, 'STATUS_SECONDS', 10, 1);
    const api = await context.stack.api();
    const ids = await openSixStepInstances(context, instances);
    const paths = ids.map((id) => `/instances/${encodeURIComponent(id)}`);
    const headers = { authorization: `Bearer ${context.stack.keys.partner}` };

    context.log(`  status-read: ${connections} connections polling ${ids.length} instances for ${seconds}s each`);
    await load({ baseUrl: api.url, paths, headers, connections, seconds: Math.min(WARM_UP_SECONDS, seconds) });
    await load({ baseUrl: api.queryUrl, paths, headers, connections, seconds: Math.min(WARM_UP_SECONDS, seconds) });
    const before = await api.calls();
    const tandem = await load({ baseUrl: api.url, paths, headers, connections, seconds });
    const between = await api.calls();
    const baseline = await load({ baseUrl: api.queryUrl, paths, headers, connections, seconds });
    const after = await api.calls();
    const bare = await load({ baseUrl: api.bareUrl, paths, connections, seconds });
    const tandemCalls = (between.tandem - before.tandem) / Math.max(1, tandem.requests + tandem.failures);
    const baselineCalls = (after.query - between.query) / Math.max(1, baseline.requests + baseline.failures);
    const failed = tandem.failures + baseline.failures;
    const rows: Row[] = [
      { benchmark: 'status-read', metric: 'requests/s', unit: 'req/s', tandem: tandem.rps, baseline: baseline.rps, target: { on: 'ratio', atLeast: 10 }, ...(failed ? { note: `${tandem.failures} failed requests (Tandem), ${baseline.failures} (query)` } : {}) },
      { benchmark: 'status-read', metric: 'bare node:http requests/s (reference)', unit: 'req/s', tandem: bare.rps, baseline: baseline.rps },
      { benchmark: 'status-read', metric: 'latency p50', unit: 'ms', tandem: tandem.p50, baseline: baseline.p50 },
      { benchmark: 'status-read', metric: 'latency p95', unit: 'ms', tandem: tandem.p95, baseline: baseline.p95 },
      { benchmark: 'status-read', metric: 'latency p99', unit: 'ms', tandem: tandem.p99, baseline: baseline.p99 },
      { benchmark: 'status-read', metric: 'Temporal calls per poll', unit: 'calls', tandem: tandemCalls, baseline: baselineCalls, target: { on: 'tandem', atLeast: 0, atMost: 0 } },
    ];
    return rows;
  },
};
