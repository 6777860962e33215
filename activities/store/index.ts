/**
 * The store port as the rest of the code may use it: pools and transactions on them. The
 * projection writes and migrations are reached through the activities and scripts that own them.
 */
export { inTransaction } from './transaction.js';
export { openPool } from './pool.js';
export { safeText, storable } from './projection-writes.js';
export { OutboxWorker, type OutboxWorkerOptions } from './outbox-worker.js';
export { NotificationListener } from './listen.js';
