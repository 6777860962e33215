/**
 * What the core asks the shell to do. Mail and projection writes accumulate in the machine
 * and leave together in a {@link Flush}; an action, or a notification that must be sent
 * before its step moves on, stops the core's advance with a {@link Pending} effect whose
 * completion the shell reports back as an `action-completed` event.
 */
import type { ActionRequest, MailRequest, ProjectionWrite } from '../../activities/contracts.js';
import type { Token } from '../schemas.js';

/** Whose action completed: a step's token, or one call of a hook (`onCancel`, `onEnd`). */
export type ActionOwner = { kind: 'step'; token: Token } | { kind: 'hook'; hook: 'onCancel' | 'onEnd'; index: number };

/** An effect the core waits on before it can go on. */
export type Pending =
  /** Run a registry action as an activity; its result comes back as `action-completed`. */
  | { type: 'run-action'; owner: ActionOwner; request: ActionRequest }
  /** Flush now (a notify step sends before its step moves on), then report `action-completed`. */
  | { type: 'flush-now'; owner: ActionOwner };

/** Everything to write out: the projection first, then the mail (idempotent by business key). */
export interface Flush {
  project?: ProjectionWrite;
  mails: MailRequest[];
}
