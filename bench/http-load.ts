/** HTTP load with autocannon: many connections polling a set of paths, latencies of every answer kept. */
import autocannon from 'autocannon';
import { percentiles } from './measure.js';

/** What a load run measured. */
export interface LoadResult {
  /** Successful (2xx) answers per second. */
  rps: number;
  requests: number;
  /** Answers that were not 2xx, and connection errors or timeouts. */
  failures: number;
  p50: number;
  p95: number;
  p99: number;
  seconds: number;
}

/** Options of one load run. */
export interface LoadOptions {
  baseUrl: string;
  /** Paths polled in turn (e.g. one per instance). */
  paths: string[];
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}

/** Polls `paths` on `baseUrl` with `connections` connections for `seconds`. */
export function load({ baseUrl, paths, headers = {}, connections, seconds }: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        headers,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] ?? '/' }) }],
      },
      (error: unknown, result) => {
        if (error) return reject(error instanceof Error ? error : new Error('the load run failed'));
        const ok = result['2xx'];
        resolve({ rps: ok / result.duration, requests: ok, failures: result.non2xx + result.errors + result.timeouts, ...percentiles(latencies), seconds: result.duration });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}
