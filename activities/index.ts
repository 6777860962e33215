/**
 * All activities, built from their dependencies. worker.ts passes real ones; tests pass
 * real ones too (their own database and SMTP server).
 */
import type pg from 'pg';
import { createActionRunner } from './actions/registry.js';
import type { InterpreterActivities } from './contracts.js';
import { createLedgerActions } from './ledger/actions.js';
import { auditSample } from './ledger/audit-sample.js';
import { availableFundsOf } from './ledger/store.js';
import { createMailOutbox, type MailDependencies } from './mail/outbox.js';
import { createProjection } from './store/projection-writes.js';

/** What the activities need. */
export interface ActivityDependencies extends MailDependencies {
  pool: pg.Pool;
}

/** Creates every activity the workflows proxy. */
export function createActivities(dependencies: ActivityDependencies): InterpreterActivities {
  return {
    ...createProjection(dependencies.pool),
    ...createMailOutbox(dependencies),
    ...createActionRunner({ ...createLedgerActions(dependencies.pool), 'audit.sample': auditSample }),
    availableFunds: (instanceId) => availableFundsOf(dependencies.pool, instanceId),
  };
}
