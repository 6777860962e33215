/**
 * What a person acting on a task from email is shown: who asks, for which company, the
 * amounts and other values of the instance, and the task's form. The task mail and the
 * page its links open are built from the same description, so both say the same thing.
 *
 * Reads the Postgres projection (written before any mail of the same change is sent) and
 * the published template of the instance's version for field and step titles.
 */
import type pg from 'pg';
import { Template, type Fields } from '../../definitions/template.js';
import type { InstanceState, Person, Task } from '../../workflows/schemas.js';
import { findStep, humanize, personAs, shownFacts, type ShownFact } from '../../presentation/index.js';
import { messagesIn, type Language } from '../../presentation/messages.js';

/** A projected instance with the template version it runs, when that is published. */
export interface InstanceRecord {
  state: InstanceState;
  template: Template | undefined;
}

/** One labelled value, already formatted. */
export interface Detail {
  label: string;
  value: string;
}

/** A fact as a mail line: its label and its text. */
export function detailOf(fact: ShownFact): Detail {
  return { label: fact.label, value: fact.text };
}

/** A task as its recipient sees it. */
export interface TaskContext {
  instanceTitle: string;
  templateTitle: string;
  instanceStatus: string;
  taskTitle: string;
  /** Who started the instance: their name when they work for the recipient's company, else only the company (as the API shows them). */
  askedBy: string;
  /** The recipient's role and the company they act for: `Manager (vendor.manager for acme)`. */
  role: string;
  /** What the template says the task's holder is shown (presentation/facts.ts). */
  facts: ShownFact[];
  /**
   * Where the documents of `facts` open: the recipient's read-only task link (`…/act/<token>`),
   * followed by `/documents/<sha256>`. Set by whoever holds that link (the mail, the pages).
   */
  documentsAt?: string | undefined;
  /** The fields the task's form asks for. */
  fields: Fields;
}

/** The projected instance and its template; undefined when the instance is not projected (yet) or not visible to `db`. */
export async function loadInstance(db: pg.Pool | pg.PoolClient, instanceId: string): Promise<InstanceRecord | undefined> {
  const result = await db.query<{ state: InstanceState; content: unknown }>(
    `SELECT i.state, t.content FROM instances i
     LEFT JOIN templates t ON t.id = i.template_id AND t.version = i.template_version
     WHERE i.id = $1`,
    [instanceId],
  );
  const row = result.rows[0];
  if (!row) return undefined;
  const template = Template.safeParse(row.content);
  return { state: row.state, template: template.success ? template.data : undefined };
}

/** The published template an instance runs (its snapshot's version); undefined when it is not in the catalog. */
export async function loadTemplate(db: pg.Pool | pg.PoolClient, id: string, version: number): Promise<Template | undefined> {
  const result = await db.query<{ content: unknown }>('SELECT content FROM templates WHERE id = $1 AND version = $2', [id, version]);
  const parsed = Template.safeParse(result.rows[0]?.content);
  return parsed.success ? parsed.data : undefined;
}

/** Describes `task` for `recipient`. Without a published template, names stand in for titles. */
export function describeTask({ state, template }: InstanceRecord, task: Pick<Task, 'title' | 'stepId' | 'role' | 'party' | 'companyId'>, recipient: Person, language: Language = 'en'): TaskContext {
  const step = template ? findStep(template.steps, task.stepId) : undefined;
  const [party = task.party, role = task.role] = task.role.split('.');
  const roleTitle = template?.parties[party]?.roles[role]?.title ?? humanize(role);
  return {
    instanceTitle: state.title,
    templateTitle: template?.title ?? state.templateId,
    instanceStatus: state.status,
    taskTitle: task.title,
    askedBy: askedBy(state.initiator, recipient),
    role: `${roleTitle} (${messagesIn(language).mail.roleFor(task.role, task.companyId)})`,
    facts: shownFacts(template, state, task.stepId, recipient.company),
    fields: step && (step.kind === 'task' || step.kind === 'approval') ? (step.form ?? {}) : {},
  };
}

/** What a mail that is not about one task (the final result) tells `recipient` of the instance: what every step shows. */
export function describeInstance({ state, template }: InstanceRecord, recipient: Person): ShownFact[] {
  return shownFacts(template, state, undefined, recipient.company);
}

/** The initiator as the recipient's company may see them: name and company, or only the company. */
function askedBy(initiator: Person, recipient: Person): string {
  const visible = personAs(initiator, recipient.company);
  return 'email' in visible ? `${visible.name} (${visible.company})` : visible.company;
}
