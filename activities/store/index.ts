/**
 * The store port as the rest of the code may use it: transactions on the pool. The
 * projection writes and migrations are reached through the activities and scripts that own them.
 */
export { inTransaction } from './transaction.js';
