/**
 * Every way Tandem drives an interpreter instance through Temporal: start it (alone or with
 * its first decision), read its state, and send it a decision, a delegation, a reassignment,
 * a cancellation, a withdrawal, a hand-over, a migration or an ops resolution of an incident. Routes, the emailed-task pages, the directory
 * (and the ops CLI through it) and tests all send them here, so each update is sent one way:
 *
 * - the acting person's email is lower-cased here, once, as the directory stores it and as
 *   the workflow compares it (a key's caller may write `Vera@Acme.example`);
 * - a first decision sent with the start has its update id from the task, so a retried
 *   start records it once.
 *
 * This is the one module outside workflows/ and the failure catalogue that imports the
 * workflow's handler definitions.
 */
import { WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError, type Client, type WorkflowClient, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { cancelUpdate, decideUpdate, delegateUpdate, FailureType, handOverUpdate, migrateUpdate, reassignUpdate, resolveIncidentUpdate, stateQuery, withdrawUpdate } from '../workflows/handlers.js';
import type { interpreter } from '../workflows/interpreter.js';
import type { Cancellation, Decision, Delegation, HandOver, IncidentResolution, InstanceState, Migration, Reassignment, Withdrawal } from '../workflows/schemas.js';
import { checkStartInput, instanceId, type StartRequest } from './instances.js';

/** A handle on one running (or ended) interpreter instance. */
export type InstanceHandle = WorkflowHandle<typeof interpreter>;

/** The result of a start: the instance's handle, and whether it already existed. */
export interface Started {
  id: string;
  handle: InstanceHandle;
  existing: boolean;
}

/** An email address as the directory and the workflow compare it. */
export function actorEmail(email: string): string {
  return email.toLowerCase();
}

/** Starts and drives interpreter instances; see the module comment for what it promises. */
export class InstanceClient {
  private readonly workflows: WorkflowClient;

  /** From a connected client, or from the `client` of a workflow handle. */
  constructor(client: Client | WorkflowClient) {
    this.workflows = 'workflow' in client ? client.workflow : client;
  }

  /**
   * Starts an instance with a snapshot of its template version. A second start with the
   * same template and business key returns the running instance instead of a new one.
   */
  async start(request: StartRequest): Promise<Started> {
    const start = checkStartInput(request);
    if (request.historyLimit !== undefined) start.historyLimit = request.historyLimit;
    const id = instanceId(request.template.id, start.businessKey, request.starterCompanyId);
    try {
      const handle = await this.workflows.start<typeof interpreter>('interpreter', { workflowId: id, taskQueue: request.taskQueue, args: [start], workflowIdConflictPolicy: 'FAIL' });
      return { id, handle, existing: false };
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return { id, handle: this.handle(id), existing: true };
      throw error;
    }
  }

  /**
   * Starts an instance and records its first decision in one call to Temporal
   * (update-with-start), so no crash between the two can leave an instance that waits for a
   * decision nobody will send. A retry with the same business key finds the instance: the
   * decision's update id comes from the task, so Temporal runs it once; if the task was decided
   * long ago, the instance as it stands now comes back. `existing` says whether it was there before.
   */
  async startWithDecision(request: StartRequest, decision: Decision): Promise<{ id: string; state: InstanceState; existing: boolean }> {
    const start = checkStartInput(request);
    if (request.historyLimit !== undefined) start.historyLimit = request.historyLimit;
    const id = instanceId(request.template.id, start.businessKey, request.starterCompanyId);
    const existing = await this.exists(id);
    const startWorkflowOperation = new WithStartWorkflowOperation<typeof interpreter>('interpreter', { workflowId: id, taskQueue: request.taskQueue, args: [start], workflowIdConflictPolicy: 'USE_EXISTING' });
    try {
      const state = await this.workflows.executeUpdateWithStart(decideUpdate, { args: [withActor(decision)], updateId: `${id}/${decision.taskId}`, startWorkflowOperation });
      return { id, state, existing };
    } catch (error) {
      const refusal = error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure ? error.cause.type : undefined;
      if (existing && (refusal === FailureType.TaskNotOpen || refusal === FailureType.InstanceNotRunning)) return { id, state: await this.state(id), existing };
      throw error;
    }
  }

  /** The handle of instance `id`, for what this client does not send itself (describe, history). */
  handle(id: string): InstanceHandle {
    return this.workflows.getHandle<typeof interpreter>(id);
  }

  /** The instance's full state, from the workflow itself (not the projection). */
  state(id: string): Promise<InstanceState> {
    return this.handle(id).query(stateQuery);
  }

  /**
   * Records a decision on an open task; returns the state once the instance has moved on.
   * `updateId` names the attempt: a retry with the same id joins the update Temporal already
   * took (still running or done) and returns its result, where a new update would be refused
   * because the task is decided.
   */
  decide(id: string, decision: Decision, updateId?: string): Promise<InstanceState> {
    return this.handle(id).executeUpdate(decideUpdate, { args: [withActor(decision)], ...(updateId === undefined ? {} : { updateId }) });
  }

  /** Hands a task from its holder to another person at the same company. */
  delegate(id: string, delegation: Delegation): Promise<InstanceState> {
    return this.handle(id).executeUpdate(delegateUpdate, { args: [withActor(delegation)] });
  }

  /** Gives a task to another person, as a template admin or (`partyAdmin`) a company admin. */
  reassign(id: string, reassignment: Reassignment): Promise<InstanceState> {
    return this.handle(id).executeUpdate(reassignUpdate, { args: [withActor(reassignment)] });
  }

  /** Stops the instance; only its initiator or an admin may. */
  cancel(id: string, cancellation: Cancellation): Promise<InstanceState> {
    return this.handle(id).executeUpdate(cancelUpdate, { args: [withActor(cancellation)] });
  }

  /** Records that a party withdraws; its open tasks close and the others continue. */
  withdraw(id: string, withdrawal: Withdrawal): Promise<InstanceState> {
    return this.handle(id).executeUpdate(withdrawUpdate, { args: [withActor(withdrawal)] });
  }

  /** Resolves the instance's open incidents: retries the stopped steps, or cancels the instance. */
  resolveIncident(id: string, resolution: IncidentResolution): Promise<InstanceState> {
    return this.handle(id).executeUpdate(resolveIncidentUpdate, { args: [resolution] });
  }

  /** Takes a deactivated person out of their roles and open tasks of their company in the instance. */
  handOver(id: string, handOver: HandOver): Promise<InstanceState> {
    return this.handle(id).executeUpdate(handOverUpdate, { args: [{ ...handOver, email: actorEmail(handOver.email) }] });
  }

  /** Moves the instance onto a later version of its template; the workflow checks the mapping first. */
  migrate(id: string, migration: Migration): Promise<InstanceState> {
    return this.handle(id).executeUpdate(migrateUpdate, { args: [migration] });
  }

  private async exists(id: string): Promise<boolean> {
    try {
      await this.handle(id).describe();
      return true;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return false;
      throw error;
    }
  }
}

function withActor<T extends { actor: string }>(change: T): T {
  return { ...change, actor: actorEmail(change.actor) };
}
