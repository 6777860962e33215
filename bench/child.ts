/**
 * Benchmark parts that run in processes of their own (a worker per variant, the HTTP
 * servers), so their CPU and memory do not mix with the load generator's. The parent asks
 * them things over the IPC channel; each answer is checked by zod on arrival.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const benchDir = path.dirname(fileURLToPath(import.meta.url));

const Ready = z.object({ kind: z.literal('ready'), info: z.record(z.string(), z.unknown()) });
const Answer = z.object({ kind: z.literal('answer'), id: z.number(), ok: z.boolean(), result: z.unknown().optional(), error: z.string().optional() });
const Question = z.object({ kind: z.literal('question'), id: z.number(), name: z.string(), payload: z.unknown().optional() });

/** A running child and how to ask it things. */
export interface BenchChild {
  pid: number;
  /** What the child reported when it was ready (ports, task queue). */
  info: Record<string, unknown>;
  ask(name: string, payload?: unknown): Promise<unknown>;
  stop(): Promise<void>;
}

/** Starts `bench/processes/<script>.ts` with its options and resolves once it says it is ready. */
export async function startChild(script: string, options: unknown, label: string, timeoutMs = 60_000): Promise<BenchChild> {
  const child: ChildProcess = fork(path.join(benchDir, 'processes', `${script}.ts`), [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: { ...process.env, TZ: 'UTC', BENCH_CHILD_OPTIONS: JSON.stringify(options) },
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
  });
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const info = await new Promise<Record<string, unknown>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label} did not start within ${timeoutMs / 1000}s:\n${errors}`)), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited with code ${code} while starting:\n${errors}`));
    });
    child.on('message', (message: unknown) => {
      const ready = Ready.safeParse(message);
      if (ready.success) {
        clearTimeout(timer);
        resolve(ready.data.info);
        return;
      }
      const answer = Answer.safeParse(message);
      if (!answer.success) return;
      const pending = waiting.get(answer.data.id);
      waiting.delete(answer.data.id);
      if (answer.data.ok) pending?.resolve(answer.data.result);
      else pending?.reject(new Error(`${label}: ${answer.data.error ?? 'failed'}`));
    });
  });
  child.removeAllListeners('exit');
  child.once('exit', (code) => {
    for (const pending of waiting.values()) pending.reject(new Error(`${label} exited with code ${code}:\n${errors}`));
    waiting.clear();
  });
  return {
    pid: child.pid ?? 0,
    info,
    ask: (name, payload) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        child.send({ kind: 'question', id, name, payload });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.send({ kind: 'question', id: 0, name: 'stop' });
      }),
  };
}

/** In a child: the options the parent started it with. */
export function childOptions<T>(schema: z.ZodType<T>): T {
  return schema.parse(JSON.parse(process.env['BENCH_CHILD_OPTIONS'] ?? '{}'));
}

/** In a child: tells the parent it is ready and answers its questions; `stop` ends the process after `onStop`. */
export function serveParent(info: Record<string, unknown>, answers: Record<string, (payload: unknown) => Promise<unknown>>, onStop: () => Promise<void>): void {
  process.on('message', (message: unknown) => {
    const question = Question.safeParse(message);
    if (!question.success) return;
    const { id, name, payload } = question.data;
    if (name === 'stop') {
      void onStop().finally(() => process.exit(0));
      return;
    }
    const answer = answers[name];
    if (!answer) {
      process.send?.({ kind: 'answer', id, ok: false, error: `unknown question ${name}` });
      return;
    }
    answer(payload).then(
      (result) => process.send?.({ kind: 'answer', id, ok: true, result }),
      (error: unknown) => process.send?.({ kind: 'answer', id, ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
  // The parent going away (Ctrl-C, a crash) takes the child with it.
  process.on('disconnect', () => void onStop().finally(() => process.exit(0)));
  process.send?.({ kind: 'ready', info });
}

/** In a child: resident memory after garbage collection has settled, in bytes. */
export async function settledMemory(): Promise<{ rss: number; heapUsed: number }> {
  for (let round = 0; round < 3; round++) {
    globalThis.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const usage = process.memoryUsage();
  return { rss: usage.rss, heapUsed: usage.heapUsed };
}
