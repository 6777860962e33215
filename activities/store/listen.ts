/**
 * A LISTEN connection that stays up: it is opened again every second after it drops, until
 * stopped. Notifications sent while it was down are lost, so whoever listens also polls (or
 * lets its waiters time out and re-read).
 */
import pg from 'pg';

/** Listens on `channels` and passes every notification to `onNotification`. */
export class NotificationListener {
  private client: pg.Client | undefined;
  private stopped = false;
  private reconnect: NodeJS.Timeout | undefined;

  constructor(
    private readonly databaseUrl: string,
    private readonly channels: readonly string[],
    private readonly onNotification: (message: pg.Notification) => void,
  ) {}

  /** Connects and starts listening; rejects if this first connection fails. */
  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, connectionTimeoutMillis: 5000, keepAlive: true });
    client.on('notification', this.onNotification);
    client.on('error', () => {
      if (this.client !== client) return;
      this.client = undefined;
      this.reconnectSoon();
    });
    try {
      await client.connect();
      await client.query(this.channels.map((channel) => `LISTEN ${pg.escapeIdentifier(channel)}`).join('; '));
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    if (this.stopped) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
  }

  /** Stops listening for good. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnect);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  /** Tries again every second until listening (or stopped). */
  private reconnectSoon(): void {
    if (this.stopped) return;
    this.reconnect = setTimeout(() => void this.start().catch(() => this.reconnectSoon()), 1000);
    this.reconnect.unref();
  }
}
