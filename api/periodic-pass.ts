/**
 * A background pass the API process repeats every `intervalMs` (0: never), such as the ledger
 * reconciliation and the hand-over sweep. Passes never overlap: one asked for while another
 * runs joins it. The first periodic pass runs after one interval; a failed pass is reported by
 * its owner and tried again on the next.
 */
export class PeriodicPass<T> {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<T> | undefined;

  constructor(
    private readonly pass: () => Promise<T>,
    private readonly intervalMs: number,
  ) {}

  /** Runs one pass now (or joins the pass already running). */
  runOnce(): Promise<T> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Starts the periodic passes. */
  start(): void {
    if (this.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.runOnce().catch(() => undefined), this.intervalMs);
    this.timer.unref();
  }

  /** Stops the passes and waits for one that is running. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }
}
