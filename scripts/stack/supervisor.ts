/**
 * Keeps one child of `npm start` running: when it exits without being asked to, the exit is
 * reported and the child started again (on the same ports and data, so clients reconnect by
 * themselves); after too many exits in a short time the supervisor gives up and says so.
 */
import type { ChildProcess } from 'node:child_process';

/** A started child. */
export interface Running {
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Options of {@link supervise}. */
export interface SupervisorOptions<T extends Running> {
  /** The child's name in messages ("Temporal dev server"). */
  name: string;
  /** Starts the child and resolves once it serves. */
  start: () => Promise<T>;
  log: (line: string) => void;
  /** Called once when the child keeps dying or cannot start again, with what happened. */
  giveUp: (reason: string) => void;
  /** True once the whole stack is stopping: an exit then is expected, not restarted. */
  stopping?: () => boolean;
  /** Restarts allowed within {@link windowMs} before giving up (default 3). */
  maxRestarts?: number;
  windowMs?: number;
}

/** A child kept running. */
export interface Supervised<T extends Running> {
  /** The child as started most recently. */
  current(): T;
  /** Whether the child serves now: false from the moment it exits until it serves again. */
  running(): boolean;
  /** How often the child exited on its own, counted the moment it exits (each exit starts a restart). */
  restarts(): number;
  /** Stops the child for good. */
  stop(): Promise<void>;
}

/** Starts the child and restarts it whenever it exits on its own. */
export async function supervise<T extends Running>(options: SupervisorOptions<T>): Promise<Supervised<T>> {
  const maxRestarts = options.maxRestarts ?? 3;
  const windowMs = options.windowMs ?? 5 * 60_000;
  const restarts: number[] = [];
  let stopped = false;
  let child = await options.start();
  let serving = true;
  let exits = 0;

  const watch = (running: T) => {
    running.process.once('exit', (code, signal) => {
      if (running === child) serving = false;
      if (stopped || running !== child || options.stopping?.()) return;
      exits += 1;
      void restart(signal ? `was killed by ${signal}` : `exited with code ${code ?? 'unknown'}`);
    });
  };
  const restart = async (how: string) => {
    const now = Date.now();
    restarts.push(now);
    while (restarts.length > 0 && (restarts[0] ?? now) < now - windowMs) restarts.shift();
    if (restarts.length > maxRestarts) {
      options.giveUp(`The ${options.name} ${how}, the ${maxRestarts + 1}th time within ${Math.round(windowMs / 60_000)} minutes; giving up.`);
      return;
    }
    options.log(`The ${options.name} ${how}; starting it again (restart ${restarts.length} of at most ${maxRestarts})…`);
    try {
      const next = await options.start();
      if (stopped) {
        await next.stop();
        return;
      }
      child = next;
      serving = true;
      watch(next);
      options.log(`The ${options.name} is running again.`);
    } catch (error) {
      options.giveUp(`The ${options.name} ${how} and could not be started again: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  watch(child);

  return {
    current: () => child,
    running: () => serving,
    restarts: () => exits,
    async stop() {
      stopped = true;
      await child.stop();
    },
  };
}
