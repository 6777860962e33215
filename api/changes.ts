/**
 * Instance change notifications for long-polling portals. One LISTEN connection per API
 * process hears every new projection revision (a trigger on `instances` notifies), so a
 * waiting request wakes within milliseconds of a change without polling the database.
 * The same connection hears API-key revocations, so verified keys held in memory are
 * dropped as soon as any process revokes one.
 */
import { EventEmitter } from 'node:events';
import type pg from 'pg';
import { NotificationListener } from '../activities/store/index.js';
import { KEY_REVOKED_CHANNEL } from './auth/keys.js';

// Instance ids are the emitter's event names; a revocation gets a name no instance id can have.
const KEY_REVOKED = Symbol('key revoked');
// Every instance change, whichever instance (inboxes span many instances).
const ANY_INSTANCE = Symbol('any instance');

/** What a long-poll waits for: one instance, any instance, or one MDF allocation. */
export type ChangeTopic = { instance: string } | { anyInstance: true } | { allocation: string };

/** A watch on some topics, opened before a read so no change between the read and the wait is missed. */
export interface ChangeWatch {
  /** Resolves true once a watched topic changed (also if it did before this call), false after `timeoutMs` or on abort. */
  wait(timeoutMs: number, signal?: AbortSignal): Promise<boolean>;
  close(): void;
}

/** Wakes waiters when an instance's projected revision moves. */
export class ChangeFeed {
  private readonly emitter = new EventEmitter();
  private readonly allocations = new EventEmitter();
  private readonly listener: NotificationListener;

  constructor(databaseUrl: string) {
    this.emitter.setMaxListeners(0);
    this.allocations.setMaxListeners(0);
    this.listener = new NotificationListener(databaseUrl, ['instance_changed', 'allocation_changed', KEY_REVOKED_CHANNEL], (message) => this.notified(message));
  }

  /** Connects and starts listening; reconnects if the connection drops (while the database is away, waiters time out and re-read). */
  start(): Promise<void> {
    return this.listener.start();
  }

  stop(): Promise<void> {
    return this.listener.stop();
  }

  private notified(message: pg.Notification): void {
    if (message.channel === KEY_REVOKED_CHANNEL) {
      if (message.payload) this.emitter.emit(KEY_REVOKED, message.payload);
      return;
    }
    if (message.channel === 'allocation_changed') {
      if (message.payload) this.allocations.emit(message.payload);
      return;
    }
    const [id, revision] = (message.payload ?? '').split(' ');
    if (id && revision) {
      this.emitter.emit(id, Number(revision));
      this.emitter.emit(ANY_INSTANCE, id);
    }
  }

  /** Calls `listener` with the id of every key revoked while the feed is connected. */
  onKeyRevoked(listener: (keyId: string) => void): void {
    this.emitter.on(KEY_REVOKED, listener);
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

  /** Starts watching `topics`; call before reading, then {@link ChangeWatch.wait} if the read showed nothing new. */
  watch(topics: readonly ChangeTopic[]): ChangeWatch {
    let changed = false;
    let wake: (() => void) | undefined;
    const listener = () => {
      changed = true;
      wake?.();
    };
    const subscriptions = topics.map((topic): [EventEmitter, string | symbol] =>
      'instance' in topic ? [this.emitter, topic.instance] : 'allocation' in topic ? [this.allocations, topic.allocation] : [this.emitter, ANY_INSTANCE],
    );
    for (const [emitter, event] of subscriptions) emitter.on(event, listener);
    const close = () => {
      for (const [emitter, event] of subscriptions) emitter.off(event, listener);
    };
    return {
      close,
      wait: (timeoutMs, signal) =>
        new Promise<boolean>((resolve) => {
          if (changed || signal?.aborted) return resolve(changed);
          const finish = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', finish);
            wake = undefined;
            resolve(changed);
          };
          const timer = setTimeout(finish, timeoutMs);
          signal?.addEventListener('abort', finish);
          wake = finish;
        }),
    };
  }
}
