/**
 * Instance change notifications for long-polling portals. One LISTEN connection per API
 * process hears every new projection revision (a trigger on `instances` notifies), so a
 * waiting request wakes within milliseconds of a change without polling the database.
 */
import { EventEmitter } from 'node:events';
import pg from 'pg';

/** Wakes waiters when an instance's projected revision moves. */
export class ChangeFeed {
  private readonly emitter = new EventEmitter();
  private client: pg.Client | undefined;

  constructor(private readonly databaseUrl: string) {
    this.emitter.setMaxListeners(0);
  }

  /** Connects and starts listening; reconnects if the connection drops. */
  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', (message) => {
      const [id, revision] = (message.payload ?? '').split(' ');
      if (id && revision) this.emitter.emit(id, Number(revision));
    });
    client.on('error', () => {
      if (this.client !== client) return;
      this.client = undefined;
      setTimeout(() => void this.start().catch(() => {}), 1000);
    });
    await client.connect();
    await client.query('LISTEN instance_changed');
    this.client = client;
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.end();
  }

  /**
   * Resolves true as soon as instance `id` reaches a revision above `revision`, or false
   * after `timeoutMs`. Callers re-read the row afterwards (also on false, to close the race
   * between their read and this wait).
   */
  waitForChange(id: string, revision: number, timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
    return new Promise((resolve) => {
      const finish = (changed: boolean) => {
        clearTimeout(timer);
        this.emitter.off(id, listener);
        signal?.removeEventListener('abort', aborted);
        resolve(changed);
      };
      const listener = (next: number) => {
        if (next > revision) finish(true);
      };
      const aborted = () => finish(false);
      const timer = setTimeout(() => finish(false), timeoutMs);
      this.emitter.on(id, listener);
      signal?.addEventListener('abort', aborted);
    });
  }
}
