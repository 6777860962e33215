/**
 * The loop of an outbox in Postgres (the mail outbox, the webhook deliveries): claim due rows
 * with a lease, work them, and sleep until the next row is due, a NOTIFY on the outbox's
 * channel says rows were queued, or the idle poll comes round (other processes' retries, a
 * notification lost while the LISTEN connection was down).
 *
 * The claim itself belongs to the outbox: it takes rows `FOR UPDATE SKIP LOCKED` and moves
 * their `next_attempt_at` past a lease longer than one attempt can take, so workers side by
 * side never take the same row and a crashed worker's rows come due again when the lease ends.
 * A lost LISTEN connection is opened again (listen.ts); a failed pass is logged and tried
 * again after the idle poll.
 */
import { NotificationListener } from './listen.js';

/** One outbox: how to find and claim its due rows and what to do with each. */
export interface OutboxWorkerOptions<Row> {
  /** The worker's name in log lines ("mail dispatcher"). */
  name: string;
  /** For the LISTEN connection. */
  databaseUrl: string;
  /** The channel that is notified when rows are queued. */
  channel: string;
  /** The longest the worker sleeps without a notification. */
  idlePollMs: number;
  /** Claims due rows with a lease; an empty list when none is due. */
  claim: () => Promise<Row[]>;
  /** Works one claimed row and records its outcome (only while its claim still holds). */
  work: (row: Row) => Promise<void>;
  /** Milliseconds until the next row comes due, or null when none waits. */
  msUntilNextDue: () => Promise<number | null>;
}

/** Runs one outbox's claim loop until stopped. */
export class OutboxWorker<Row> {
  private readonly listener: NotificationListener;
  private running: Promise<void> | undefined;
  private stopped = false;
  private woken = false;
  private wake: (() => void) | undefined;

  constructor(private readonly options: OutboxWorkerOptions<Row>) {
    this.listener = new NotificationListener(options.databaseUrl, [options.channel], () => this.wakeUp());
  }

  /** Starts listening and working; resolves once the LISTEN connection is up. */
  async start(): Promise<void> {
    await this.listener.start();
    this.running = this.loop();
  }

  /** Finishes the rows in flight, then stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeUp();
    await this.running;
    await this.listener.stop();
  }

  private wakeUp(): void {
    this.woken = true;
    this.wake?.();
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      this.woken = false;
      try {
        const claimed = await this.options.claim();
        if (claimed.length > 0) {
          await Promise.all(claimed.map((row) => this.options.work(row)));
          continue;
        }
        const wait = await this.options.msUntilNextDue();
        await this.idle(wait === null ? this.options.idlePollMs : Math.min(Math.max(wait, 0), this.options.idlePollMs));
      } catch (error) {
        console.error(JSON.stringify({ level: 'error', msg: `${this.options.name} pass failed`, error: error instanceof Error ? error.message : String(error) }));
        await this.idle(this.options.idlePollMs);
      }
    }
  }

  private idle(ms: number): Promise<void> {
    if (this.woken || this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      this.wake = done;
    });
  }
}
