/**
 * The ledger port as the rest of the code may use it: the reimbursement limits a claim
 * review is checked against before it reaches the workflow, and the reconciliation pass that
 * releases holdings of instances that ended without releasing them.
 */
export { reimbursementProblem, type LedgerRefusal } from './balances.js';
export { reconcileEndedHoldings, type EndedInstances, type ReconciliationReport } from './reconcile.js';
