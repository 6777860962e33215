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

/** Linux's USER_HZ: /proc reports CPU time in these ticks (100 on every kernel Node supports). */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system) another process has used so far, in seconds, from /proc; undefined where unreadable. */
export async function cpuSecondsOf(pid: number | undefined): Promise<number | undefined> {
  if (!pid) return undefined;
  try {
    const { readFile } = await import('node:fs/promises');
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** What some processes did over a window: CPU (in cores: 1 = one core busy all the time) and resident memory. */
export interface Usage {
  seconds: number;
  /** CPU seconds per second, summed over the processes. */
  cores: number;
  /** Mean and peak of the processes' summed RSS, in bytes, sampled every second. */
  meanRss: number;
  peakRss: number;
}

/** Watches processes from now until `stop()`: their CPU time and RSS (sampled each `everyMs`). */
export function watchUsage(pids: number[], everyMs = 1000): { stop(): Promise<Usage> } {
  const started = performance.now();
  const cpuAtStart = Promise.all(pids.map((pid) => cpuSecondsOf(pid)));
  const samples: number[] = [];
  const sample = async () => {
    const rss = await Promise.all(pids.map((pid) => rssOf(pid)));
    samples.push(rss.reduce<number>((sum, value) => sum + (value ?? 0), 0));
  };
  void sample();
  const timer = setInterval(() => void sample(), everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await sample();
      const seconds = since(started) / 1000;
      const before = await cpuAtStart;
      const after = await Promise.all(pids.map((pid) => cpuSecondsOf(pid)));
      const used = after.reduce<number>((sum, value, index) => sum + Math.max(0, (value ?? 0) - (before[index] ?? 0)), 0);
      return { seconds, cores: used / Math.max(seconds, 0.001), meanRss: samples.reduce((sum, value) => sum + value, 0) / Math.max(1, samples.length), peakRss: Math.max(0, ...samples) };
    },
  };
}

/**
 * Starts `count` instances with `concurrency` lanes, each waiting before a start while
 * `backlog` or more started ones are not yet open, and starting none after `limitMs`.
 */
export async function pacedStarts(count: number, concurrency: number, backlog: number, limitMs: number, isOpen: () => number, start: (index: number) => Promise<void>) {
  const began = performance.now();
  let next = 0;
  let started = 0;
  let timedOut = false;
  const errors: string[] = [];
  let failed = 0;
  const lane = async () => {
    for (;;) {
      while (next - isOpen() >= backlog && since(began) <= limitMs) await new Promise((resolve) => setTimeout(resolve, 100));
      if (next >= count) return;
      if (since(began) > limitMs) {
        timedOut = true;
        return;
      }
      const index = next++;
      try {
        await start(index);
        started += 1;
      } catch (error) {
        failed += 1;
        if (errors.length < 5) errors.push(error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, lane));
  return { started, failed, errors, timedOut, seconds: since(began) / 1000 };
}
