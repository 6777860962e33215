/**
 * What the interpreter asks of the outside world. Workflow code imports these types
 * only; the implementations live beside this file and are wired in worker.ts.
 */
import type { AuditEvent, InstanceState, Person, Task } from '../workflows/schemas.js';

/** One write of an instance's read model: newer revisions replace older ones. */
export interface ProjectionWrite {
  state: InstanceState;
  /** Tasks that changed since the last write. */
  tasks: Task[];
  /** Audit events not yet written. */
  events: AuditEvent[];
  /** Mail this change makes due: queued in the same transaction, sent by the mail dispatcher. */
  mails?: MailRequest[];
}

/** Why a mail is sent; decides its wording. */
export type MailPurpose = 'task' | 'reminder' | 'escalation' | 'delegated' | 'result' | 'notify';

/** A mail about an instance, rendered and sent by the mail activity. */
export interface MailRequest {
  /** Business identity of this send; the same key is never mailed twice. */
  key: string;
  purpose: MailPurpose;
  to: Person;
  instance: { id: string; title: string; status: string; templateTitle: string };
  task?: Pick<Task, 'id' | 'title' | 'role' | 'companyId' | 'outcomes' | 'systemOutcomes' | 'dueAt' | 'stepId'>;
  subject?: string;
  message?: string;
}

/** What became of a mail. Permanent rejections are recorded, not retried. */
export interface MailReceipt {
  status: 'sent' | 'failed' | 'already_sent';
  error?: string;
}

/** A registered system action (ledger, webhook, …) run for one step visit. */
export interface ActionRequest {
  /** Business identity of this run of the action: instance, step and visit. Retries reuse it. */
  key: string;
  instanceId: string;
  templateId: string;
  stepId: string;
  action: string;
  args: Record<string, unknown>;
  /** What the action's expressions may read: the instance's input, earlier steps and variables. */
  scope: { input: Record<string, unknown>; steps: Record<string, unknown>; vars: Record<string, unknown> };
  /** Party → company, so actions know whose money or subscription they touch. */
  companies: Record<string, string>;
  /**
   * When this run of the instance started (ms since the epoch): a closed instance's workflow
   * id may be reused by a new run, which must not inherit what was granted to the old one.
   */
  runStartedAt?: number;
}

/** What an action reports: the outcome the step follows (default `done`) and variables to record. */
export interface ActionResult {
  outcome?: string;
  vars?: Record<string, unknown>;
  details?: Record<string, unknown>;
}

/** The activities the interpreter workflow proxies. */
export interface InterpreterActivities {
  /** Writes the instance, its changed tasks and new audit events to Postgres. */
  projectInstance(write: ProjectionWrite): Promise<void>;
  /** Sends one mail through the outbox (instances from before the mail dispatcher). */
  sendMail(request: MailRequest): Promise<MailReceipt>;
  /** Runs a registered system action; idempotent by `request.key`. */
  performAction(request: ActionRequest): Promise<ActionResult>;
  /** What the allocation of the instance's fund request has available now; null while the ledger has no fund request for it. Reads only. */
  availableFunds(instanceId: string): Promise<AvailableFunds | null>;
}

/** An allocation's available funds as the ledger has them now, and what one fund request holds of it (minor units). */
export interface AvailableFunds {
  currency: string;
  /** What the allocation can still hold: amount − reserved − committed. */
  available: number;
  /** What the fund request holds already. */
  reserved: number;
}
