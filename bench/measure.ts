/** Timing, percentiles, progress lines and bounded concurrent runs for the benchmarks. */

/** p50, p95 and p99 of a sample, by nearest rank; NaN when the sample is empty. */
export function percentiles(values: readonly number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN));
  return { p50: at(50), p95: at(95), p99: at(99) };
}

/** Milliseconds since `started` (from `performance.now()`). */
export const since = (started: number) => performance.now() - started;

/** Prints `label: done/total` every few seconds while work runs, so a long run shows it is alive. */
export function progress(log: (line: string) => void, label: string, total: number, everyMs = 3000): { tick(count?: number): void; done(): void } {
  const started = performance.now();
  let count = 0;
  const timer = setInterval(() => {
    const seconds = since(started) / 1000;
    log(`  ${label}: ${count}/${total} (${(count / seconds).toFixed(1)}/s, ${seconds.toFixed(0)}s)`);
  }, everyMs);
  return {
    tick: (by = 1) => {
      count += by;
    },
    done: () => clearInterval(timer),
  };
}

/** What a bounded run did. */
export interface RunOutcome {
  /** How many `work` calls finished without throwing. */
  completed: number;
  failed: number;
  /** The first few failures' messages. */
  errors: string[];
  /** Whether the time limit stopped it before `count` was reached. */
  timedOut: boolean;
  seconds: number;
}

/**
 * Runs `work(i)` for i = 0…count-1 with at most `concurrency` at a time, and starts no new
 * one after `timeLimitMs`. Every call that started is awaited.
 */
export async function runBounded(count: number, concurrency: number, timeLimitMs: number, work: (index: number) => Promise<void>): Promise<RunOutcome> {
  const started = performance.now();
  let next = 0;
  let completed = 0;
  let failed = 0;
  let timedOut = false;
  const errors: string[] = [];
  const lane = async () => {
    for (;;) {
      if (next >= count) return;
      if (since(started) > timeLimitMs) {
        timedOut = true;
        return;
      }
      const index = next++;
      try {
        await work(index);
        completed += 1;
      } catch (error) {
        failed += 1;
        if (errors.length < 5) errors.push(error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, lane));
  return { completed, failed, errors, timedOut, seconds: since(started) / 1000 };
}

/** Waits until `check` resolves true, polling every `intervalMs`; false if `timeoutMs` passes first. */
export async function until(check: () => Promise<boolean>, timeoutMs: number, intervalMs = 250): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Resident memory of another process (e.g. the Temporal dev server), from /proc; undefined where unreadable. */
export async function rssOf(pid: number | undefined): Promise<number | undefined> {
  if (!pid) return undefined;
  try {
    const { readFile } = await import('node:fs/promises');
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kib = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
    return kib === undefined ? undefined : Number(kib) * 1024;
  } catch {
    return undefined;
  }
}

/** Bytes as MiB. */
export const mib = (bytes: number) => bytes / (1024 * 1024);
