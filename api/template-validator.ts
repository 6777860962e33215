/**
 * Template validation off the API's event loop. Validating a template of the maximum size
 * takes seconds of CPU; run on the event loop it would hold up every other request, `/health`
 * included. So the template routes hand the bytes to a small pool of worker threads, each
 * given a time budget: a template whose validation runs past it is refused and its thread is
 * ended and replaced, so no template can occupy a thread for longer than the budget. On Linux
 * the budget counts the thread's CPU time, so a template is not refused because other work
 * held the cores; the wall clock still ends a validation at {@link WALL_FACTOR} times the budget.
 *
 * The CLI validates in process with the same code (template-validator-thread.ts calls
 * `readTemplateBytes` and `validateTemplate`), so both give the same verdict.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ValidationResult } from '../definitions/validate.js';
import type { ThreadInput, ThreadMessage, ThreadRequest, ThreadWant, ValidationAnswer } from './template-validator-thread.js';

/** How long one template may take to validate before it is refused (the README's "Template limits"). */
export const VALIDATION_BUDGET_MS = 30_000;

/**
 * How many budgets of wall-clock time a validation may take while its CPU time is within the
 * budget (the thread runs at a lower priority and yields to busier work), before it is ended anyway.
 */
const WALL_FACTOR = 4;

/** Heap one validation thread may use; a template that needs more is refused like one over the budget. */
const THREAD_HEAP_MB = 1024;

/** Validations waiting for a thread, at most; more are refused as busy rather than held in memory. */
const MAX_WAITING = 32;

/** A template whose validation ran past its budget (time or memory). */
export class ValidationBudgetExceededError extends Error {
  override name = 'ValidationBudgetExceededError';
  constructor(readonly budgetMs: number) {
    super(
      `validating this template took longer than ${budgetMs / 1000} s (or more memory than a validation may use), so it was stopped; ` +
        'templates within the documented limits validate well within it: make it smaller, or split it into several templates',
    );
  }
}

/** Every thread is busy and {@link MAX_WAITING} validations already wait. */
export class ValidationBusyError extends Error {
  override name = 'ValidationBusyError';
  constructor() {
    super('too many templates are being validated at once; try again in a moment');
  }
}

/** How a pool is set up. */
export interface TemplateValidatorOptions {
  /** Threads; by default one per core but one, at least one and at most four. */
  threads?: number;
  /** Milliseconds one validation may take; default {@link VALIDATION_BUDGET_MS}. */
  budgetMs?: number;
}

/** A thread's answer to one request. */
type Settled = Exclude<ThreadMessage, { ready: true }>;

interface Job {
  request: ThreadInput;
  want: ThreadWant;
  resolve: (settled: Settled) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  /** The thread's id in the operating system, when its CPU time can be read. */
  osThreadId: number | undefined;
  job: (Job & { id: number; timer: NodeJS.Timeout }) | undefined;
}

/** A pool of validation threads with a time budget per template. */
export class TemplateValidator {
  readonly budgetMs: number;
  private readonly size: number;
  private readonly threads = new Set<Thread>();
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: TemplateValidatorOptions = {}) {
    this.budgetMs = options.budgetMs ?? VALIDATION_BUDGET_MS;
    this.size = Math.max(1, options.threads ?? Math.min(4, os.availableParallelism() - 1));
  }

  /**
   * The verdict on a template request body: its bytes (read as the CLI reads a file) or a
   * value already parsed. Rejects with {@link ValidationBudgetExceededError} or
   * {@link ValidationBusyError}.
   */
  async validate(body: unknown): Promise<ValidationResult> {
    const settled = await this.run(body, 'result');
    if (!('result' in settled)) throw new Error('a template validation thread gave an answer where a verdict was asked for');
    return settled.result;
  }

  /**
   * The answer of `POST /templates/validate` on a template request body, already written as
   * JSON by the thread, so the event loop neither receives the template back nor serialises
   * its errors. Rejects as {@link validate} does.
   */
  async answer(body: unknown): Promise<ValidationAnswer> {
    const settled = await this.run(body, 'answer');
    if (!('answer' in settled)) throw new Error('a template validation thread gave a verdict where an answer was asked for');
    return settled.answer;
  }

  private run(body: unknown, want: ThreadWant): Promise<Settled> {
    if (this.closed) return Promise.reject(new Error('the template validator is closed'));
    if (this.waiting.length >= MAX_WAITING) return Promise.reject(new ValidationBusyError());
    // A Buffer is copied into its own bytes: the request's buffer may be a slice of a shared pool.
    const request: ThreadInput = Buffer.isBuffer(body) ? { bytes: new Uint8Array(body) } : { value: body };
    return new Promise((resolve, reject) => {
      this.waiting.push({ request, want, resolve, reject });
      this.fill();
      this.dispatch();
    });
  }

  /** Starts threads now instead of at the first validation. */
  warm(): void {
    if (!this.closed) this.fill();
  }

  /** Ends every thread; validations still waiting are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new Error('the template validator is closed'));
    const threads = [...this.threads];
    this.threads.clear();
    for (const thread of threads) {
      if (thread.job) {
        clearTimeout(thread.job.timer);
        thread.job.reject(new Error('the template validator is closed'));
      }
    }
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }

  private fill(): void {
    while (this.threads.size < this.size) this.threads.add(this.spawn());
  }

  private dispatch(): void {
    for (const thread of this.threads) {
      if (!thread.ready || thread.job) continue;
      const job = this.waiting.shift();
      if (!job) return;
      const id = this.nextId++;
      // The budget starts when a ready thread takes the template, not while it waits.
      const startedAt = Date.now();
      const cpuAtStart = threadCpuMs(thread.osThreadId);
      const timer = setTimeout(() => this.checkBudget(thread, id, startedAt, cpuAtStart), this.budgetMs);
      thread.job = { ...job, id, timer };
      const message: ThreadRequest = { ...job.request, id, want: job.want };
      thread.worker.postMessage(message);
    }
  }

  /**
   * A job's budget is up by the clock: it is ended if its thread has used the budget in CPU
   * time (or that cannot be read) or the clock passed {@link WALL_FACTOR} budgets; otherwise
   * it is looked at again once it could have used the CPU time it has left.
   */
  private checkBudget(thread: Thread, id: number, startedAt: number, cpuAtStart: number | undefined): void {
    if (thread.job?.id !== id) return;
    const cpuNow = threadCpuMs(thread.osThreadId);
    const used = cpuNow === undefined || cpuAtStart === undefined ? Infinity : cpuNow - cpuAtStart;
    const wallLeft = WALL_FACTOR * this.budgetMs - (Date.now() - startedAt);
    if (used >= this.budgetMs || wallLeft <= 0) return this.overBudget(thread);
    thread.job.timer = setTimeout(() => this.checkBudget(thread, id, startedAt, cpuAtStart), Math.max(10, Math.min(this.budgetMs - used, wallLeft)));
  }

  private spawn(): Thread {
    const worker = new Worker(threadSource(), { eval: true, resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB } });
    // An idle thread does not keep the process alive; a validation in progress does, by its timer.
    worker.unref();
    const thread: Thread = { worker, ready: false, osThreadId: undefined, job: undefined };
    worker.on('message', (message: ThreadMessage) => {
      if ('ready' in message) {
        thread.ready = true;
        thread.osThreadId = message.osThreadId;
      }
      else if (thread.job?.id === message.id) {
        clearTimeout(thread.job.timer);
        const { resolve } = thread.job;
        thread.job = undefined;
        resolve(message);
      }
      this.dispatch();
    });
    worker.on('error', (error) => this.lost(thread, 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ValidationBudgetExceededError(this.budgetMs) : error));
    worker.on('exit', () => this.lost(thread, new Error('a template validation thread stopped')));
    return thread;
  }

  /** A template ran past its budget: refuse it and replace its thread. */
  private overBudget(thread: Thread): void {
    this.lost(thread, new ValidationBudgetExceededError(this.budgetMs));
    void thread.worker.terminate();
  }

  /** A thread is gone (ended, crashed, out of memory): its template is refused and another thread takes its place. */
  private lost(thread: Thread, error: Error): void {
    if (!this.threads.delete(thread)) return;
    if (thread.job) {
      clearTimeout(thread.job.timer);
      thread.job.reject(error);
      thread.job = undefined;
    }
    if (this.closed) return;
    if (!thread.ready) {
      // A thread that could not even start would fail again: refuse what waits, retry at the next validation.
      for (const job of this.waiting.splice(0)) job.reject(error);
      return;
    }
    this.fill();
    this.dispatch();
  }
}

/**
 * CPU milliseconds one thread of this process has used (user and system), from Linux's
 * `/proc/<pid>/task/<tid>/stat`; undefined where that cannot be read.
 */
function threadCpuMs(osThreadId: number | undefined): number | undefined {
  if (osThreadId === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${process.pid}/task/${osThreadId}/stat`, 'utf8');
    // After the name in parentheses come the fields from the third on: utime and stime (the 14th and 15th) in clock ticks, 100 a second.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The thread's entry: template-validator-thread.ts beside this file. Run from TypeScript
 * sources (tsx, vitest), the thread registers tsx itself first, since a thread does not
 * inherit the loader hooks of the process.
 */
function threadSource(): string {
  const here = fileURLToPath(import.meta.url);
  const entry = pathToFileURL(path.join(path.dirname(here), `template-validator-thread${path.extname(here)}`)).href;
  if (path.extname(here) !== '.ts') return `import(${JSON.stringify(entry)});`;
  // tsx's `register` for ES modules; `require` resolves its CommonJS twin, whose file sits beside it.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
}

let shared: TemplateValidator | undefined;

/** The process's validation pool, started at its first use. */
export function sharedTemplateValidator(): TemplateValidator {
  shared ??= new TemplateValidator();
  return shared;
}
