/**
 * The interpreter's query and updates, defined once and shared by the workflow,
 * the client side (API, CLI) and tests.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Cancellation, Decision, Delegation, HandOver, IncidentResolution, InstanceState, Migration, Reassignment, Withdrawal } from './schemas.js';

/** The full state: current steps, open tasks with owners and due dates, history. */
export const stateQuery = defineQuery<InstanceState>('state');

/** Records a decision on an open task; returns the state once the instance has moved on. */
export const decideUpdate = defineUpdate<InstanceState, [Decision]>('decide');

/** Hands a task from its holder to another person at the same company. */
export const delegateUpdate = defineUpdate<InstanceState, [Delegation]>('delegate');

/** Gives a task to another person; only roles listed as template admins may. */
export const reassignUpdate = defineUpdate<InstanceState, [Reassignment]>('reassign');

/** Takes a deactivated person out of their roles and open tasks; the directory sends it, not a person. */
export const handOverUpdate = defineUpdate<InstanceState, [HandOver]>('handOver');

/** Stops the instance; only its initiator or an admin may. */
export const cancelUpdate = defineUpdate<InstanceState, [Cancellation]>('cancel');

/** Records that a party withdraws; its open tasks close and the others continue. */
export const withdrawUpdate = defineUpdate<InstanceState, [Withdrawal]>('withdraw');

/** Moves the instance onto a later version of its template with a step mapping; ops send it. */
export const migrateUpdate = defineUpdate<InstanceState, [Migration]>('migrate');
/** Ops resolve the instance's open incidents: retry the stopped steps, or cancel the instance. */
export const resolveIncidentUpdate = defineUpdate<InstanceState, [IncidentResolution]>('resolveIncident');

export { FailureType } from './core/failures.js';
