/**
 * Company views of instances as sent, kept per revision so that a portal polling an unchanged
 * instance costs no view, no JSON and no hash: the status route asks the database only for
 * the current revision (api/projection.ts, `readInstanceStatus`) and sends the body held for
 * it. A view is held per company and instance; a newer revision replaces it, so one that has
 * changed is never sent again, and no company is ever sent a view made for another.
 */
import { etagOf } from './conditional.js';

/** One company's view of one instance at one revision, ready to send. */
export interface StatusView {
  revision: number;
  /** The JSON body. */
  body: Buffer;
  /** Its ETag as api/conditional.ts computes it for this company. */
  etag: string;
}

/** Views held at most, and their bodies' bytes at most; beyond either the least recently sent go first. */
export interface StatusViewLimits {
  entries: number;
  bytes: number;
}

const DEFAULT_LIMITS: StatusViewLimits = { entries: 10_000, bytes: 64 * 1024 * 1024 };

/** Views by company and instance, least recently sent first. */
export class StatusViews {
  private readonly views = new Map<string, StatusView>();
  private bytes = 0;

  constructor(private readonly limits: StatusViewLimits = DEFAULT_LIMITS) {}

  /** The view held for `companyId` of `instanceId`, whatever its revision (the caller checks it against the database). */
  get(companyId: string, instanceId: string): StatusView | undefined {
    const key = keyOf(companyId, instanceId);
    const view = this.views.get(key);
    if (!view) return undefined;
    // Re-inserting keeps the Map in order of use, so eviction takes the least recently sent.
    this.views.delete(key);
    this.views.set(key, view);
    return view;
  }

  /**
   * Makes and holds the view of `revision` from `body` (the company's view as JSON). A view of
   * an older revision than the one held (a slower read answered late) is returned but not held.
   */
  put(companyId: string, instanceId: string, revision: number, body: string): StatusView {
    const bytes = Buffer.from(body);
    const view: StatusView = { revision, body: bytes, etag: etagOf(companyId, bytes) };
    const key = keyOf(companyId, instanceId);
    const held = this.views.get(key);
    if (held && held.revision > revision) return view;
    if (held) this.drop(key, held);
    if (bytes.length > this.limits.bytes) return view;
    this.views.set(key, view);
    this.bytes += bytes.length;
    while (this.views.size > this.limits.entries || this.bytes > this.limits.bytes) {
      const oldest = this.views.entries().next();
      if (oldest.done) break;
      this.drop(oldest.value[0], oldest.value[1]);
    }
    return view;
  }

  /** Forgets `companyId`'s view of an instance it can no longer see (or that no longer exists). */
  forget(companyId: string, instanceId: string): void {
    const key = keyOf(companyId, instanceId);
    const held = this.views.get(key);
    if (held) this.drop(key, held);
  }

  /** How many views are held. */
  get size(): number {
    return this.views.size;
  }

  private drop(key: string, view: StatusView): void {
    this.views.delete(key);
    this.bytes -= view.body.length;
  }
}

// Company ids come from PostgreSQL text, which cannot hold a NUL: no two (company, instance) pairs share a key.
const keyOf = (companyId: string, instanceId: string) => `${companyId}\0${instanceId}`;
