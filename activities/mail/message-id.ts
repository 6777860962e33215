/**
 * The `Message-ID` of an outbox row. It is derived from the row's key (instance, task,
 * recipient, purpose), so every attempt to send the row, after a timeout, a crash or a lost
 * reply, is the same message: mail clients and servers that have it already show it once.
 */
import { createHash } from 'node:crypto';

/** `<hash of the key@the sender's domain>`; the same for every send of the row with `key`. */
export function messageIdOf(key: string, from: string): string {
  const domain = /@([^\s@<>]+)>?\s*$/.exec(from)?.[1] ?? 'tandem.invalid';
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@${domain}>`;
}
