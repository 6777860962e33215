/**
 * The shapes an interpreter instance is started with, keeps, and shows. Shared by the
 * workflow, the activities that project it, the API and tests. Types only, plus zod
 * schemas for the parts that arrive from outside.
 */
import { z } from 'zod';
import { RoleRef, type Template } from '../definitions/template.js';

/** A named person acting for a company in one or more roles. */
export const Person = z.strictObject({
  name: z.string().min(1).max(200),
  email: z.email().max(320).transform((email) => email.toLowerCase()),
  company: z.string().min(1).max(100),
});
export type Person = z.infer<typeof Person>;

/** Who plays which role in one instance, and which company fills each party. */
export const Bindings = z.strictObject({
  companies: z.record(z.string(), z.string().min(1)),
  participants: z.record(RoleRef, z.array(Person).min(1)),
});
export type Bindings = z.infer<typeof Bindings>;

/** What a new instance is started with: the template snapshot, people and inputs. */
export interface StartInstance {
  kind: 'start';
  template: Template;
  businessKey: string;
  bindings: Bindings;
  input: Record<string, unknown>;
  initiator: Person;
  /** Continue as new once the history holds this many events (tests lower it). */
  historyLimit?: number;
}

/** What a continued run is started with: everything the previous run had. */
export interface ContinuedInstance {
  kind: 'continued';
  template: Template;
  state: InstanceState;
  historyLimit?: number;
}

export type InterpreterInput = StartInstance | ContinuedInstance;

export type TaskStatus = 'open' | 'decided' | 'cancelled' | 'timed_out';

/** A human task: one per approver role of an approval step, or the owner's of a task step. */
export interface Task {
  id: string;
  stepId: string;
  visit: number;
  kind: 'task' | 'approval';
  title: string;
  role: string;
  party: string;
  companyId: string;
  status: TaskStatus;
  assignees: Person[];
  outcomes: string[];
  /** Those of `outcomes` only the system takes (a timeout's): never offered to people. */
  systemOutcomes?: string[];
  /** Whether every party may see this task, its people and comments (the step is `shared`). */
  shared?: boolean;
  escalatedTo?: string;
  outcome?: string;
  decidedBy?: Person | 'system';
  /** The API key that decided for `decidedBy`, if one did. */
  decidedVia?: Speaker;
  comment?: string;
  form?: Record<string, unknown>;
  openedAt: number;
  dueAt?: number;
  decidedAt?: number;
}

/** One entry of the audit trail. `seq` orders entries within the instance. */
export interface AuditEvent {
  seq: number;
  at: number;
  type:
    | 'started'
    | 'step_entered'
    | 'task_opened'
    | 'decided'
    | 'delegated'
    | 'reassigned'
    | 'reminded'
    | 'escalated'
    | 'timed_out'
    | 'action'
    | 'withdrawn'
    | 'cancelled'
    | 'ended'
    | 'migrated'
    | 'incident'
    | 'incident_resolved';
  stepId?: string;
  taskId?: string;
  actor?: Person | 'system';
  outcome?: string;
  comment?: string;
  details?: Record<string, unknown>;
}

/** A place in the template where the instance currently is; parallel steps hold several. */
export interface Token {
  id: string;
  stepId: string;
  visit: number;
  /** `incident`: stopped at its step by an error in the template's data, until ops resolve it. */
  phase: 'enter' | 'waiting' | 'incident';
  /** The parallel token and branch this token runs in. */
  parent?: { tokenId: string; branchId: string };
}

/** Something the instance will do at a time: remind, escalate, time out, or end a wait. */
export interface Timer {
  id: string;
  at: number;
  kind: 'reminder' | 'escalation' | 'timeout' | 'wait';
  tokenId: string;
}

/** What the conditions of later steps can read about an earlier step. */
export interface StepRecord {
  outcome?: string;
  form?: Record<string, unknown>;
  decidedBy?: string;
}

/**
 * A run-time problem that stopped part of an instance: evaluating the template's data at a
 * step failed (a condition, a duration, action arguments, a defect in the snapshot), or the
 * projection refused the instance's data. The instance stays open until ops resolve it: retry,
 * cancel, or (with a fixed template version) migrate.
 */
export interface Incident {
  /** Unique within the instance (`i<n>`), named by the ops actions that resolve it. */
  id: string;
  /** `step`: the token stopped at `stepId`; `projection`: the read model could not be written. */
  kind: 'step' | 'projection';
  stepId?: string;
  /** The stopped token (step incidents). */
  tokenId?: string;
  error: string;
  at: number;
}

/** The whole state of an instance, as its query returns it and its projection stores it. */
export interface InstanceState {
  instanceId: string;
  templateId: string;
  templateVersion: number;
  businessKey: string;
  title: string;
  lifecycle: 'running' | 'completed' | 'cancelled';
  status: string;
  bindings: Bindings;
  input: Record<string, unknown>;
  /** Inputs shown only to some parties (input → parties), from the template snapshot; absent when none is marked. */
  inputVisibility?: Record<string, string[]>;
  initiator: Person;
  visits: Record<string, number>;
  steps: Record<string, StepRecord>;
  vars: Record<string, unknown>;
  tokens: Token[];
  timers: Timer[];
  tasks: Task[];
  history: AuditEvent[];
  withdrawn: string[];
  /** Open incidents, oldest first; absent while there has never been one. */
  incidents?: Incident[];
  /** Branches already finished, by the token of their parallel step. */
  joins: Record<string, string[]>;
  /** Bumped on every change; the projection keeps only the newest. */
  revision: number;
  /** How many runs (continue-as-new) this instance has had. */
  run: number;
  nextId: number;
  startedAt: number;
  updatedAt: number;
  endedAt?: number;
}

/** How a finished instance ended. */
export interface InstanceResult {
  lifecycle: 'completed' | 'cancelled';
  status: string;
  endStep?: string;
}

/** The API key that spoke for a person, as the audit trail records it. */
export const Speaker = z.strictObject({ keyId: z.string().min(1).max(100), keyName: z.string().max(200) });
export type Speaker = z.infer<typeof Speaker>;

/** A decision on a task, as the API or an emailed link sends it. */
export const Decision = z.strictObject({
  taskId: z.string().min(1),
  actor: z.email().transform((email) => email.toLowerCase()),
  outcome: z.string().min(1),
  comment: z.string().max(5000).optional(),
  form: z.record(z.string(), z.unknown()).optional(),
  /** The company key that decided for `actor`, when one did (not for emailed links). */
  via: Speaker.optional(),
});
export type Decision = z.infer<typeof Decision>;

/** A holder hands their task to someone else at the same company. */
export const Delegation = z.strictObject({
  taskId: z.string().min(1),
  actor: z.email().transform((email) => email.toLowerCase()),
  to: Person,
  comment: z.string().max(5000).optional(),
  /** The company key that handed the task over for `actor`, when one did. */
  via: Speaker.optional(),
});
export type Delegation = z.infer<typeof Delegation>;

/**
 * An admin gives a task to another person: a template admin, or (`partyAdmin`) an admin of
 * the task's company in its directory, which the API checks before it sends this.
 */
export const Reassignment = Delegation.extend({ partyAdmin: z.literal(true).optional() });
export type Reassignment = z.infer<typeof Reassignment>;

/**
 * A person left their company's directory (deactivated): they leave every role and open task
 * of the company in this instance. A task left with nobody goes to `fallback[role]` (the
 * role's party's admins), so nothing is left with nobody to act.
 */
export interface HandOver {
  email: string;
  companyId: string;
  fallback: Record<string, Person[]>;
  reason: string;
}

/**
 * Ops move a running instance onto a later version of its template (see
 * `core/commands/migrate.ts`). The target travels whole, as a start carries its snapshot.
 */
export interface Migration {
  /** The version the instance runs from now on. */
  template: Template;
  /** Old step id → step id of the new version; a step not listed keeps its id. */
  mapping: Record<string, string>;
  /** Who moved it (the ops key's name), as the timeline records it. */
  actor: string;
  /** Why, for the timeline. */
  reason?: string;
}

/** The initiator (or an admin) stops the whole instance. */
export const Cancellation = z.strictObject({
  actor: z.email().transform((email) => email.toLowerCase()),
  reason: z.string().min(1).max(5000),
  /** The company key that cancelled for `actor`, when one did. */
  via: Speaker.optional(),
});
export type Cancellation = z.infer<typeof Cancellation>;

/**
 * Ops resolve an instance's open incidents: `retry` enters each stopped step again (after
 * `vars` are set, when given: a fix of the data the step reads); `cancel` ends the instance as
 * a cancel does, running its `onCancel` and `onEnd` actions. The API checks who may (an admin
 * key of a company in the instance) and names the key in `via`.
 */
export const IncidentResolution = z.strictObject({
  action: z.enum(['retry', 'cancel']),
  reason: z.string().min(1).max(5000),
  /** Variables to set before a retry, e.g. a corrected value a condition divides by. */
  vars: z.record(z.string(), z.unknown()).optional(),
  via: Speaker.optional(),
});
export type IncidentResolution = z.infer<typeof IncidentResolution>;

/** A party leaves the instance; its open tasks close and the others go on. */
export const Withdrawal = z.strictObject({
  actor: z.email().transform((email) => email.toLowerCase()),
  party: z.string().min(1),
  reason: z.string().min(1).max(5000),
  /** The company key that withdrew the party for `actor`, when one did. */
  via: Speaker.optional(),
});
export type Withdrawal = z.infer<typeof Withdrawal>;
