/**
 * What a person acting on a task from email is shown: who asks, for which company, the
 * amounts and other values of the instance, and the task's form. The task mail and the
 * page its links open are built from the same description, so both say the same thing.
 *
 * Reads the Postgres projection (written before any mail of the same change is sent) and
 * the published template of the instance's version for field and step titles.
 */
import type pg from 'pg';
import { Template, type Fields, type Step } from '../../definitions/template.js';
import type { InstanceState, Person, Task } from '../../workflows/schemas.js';
import { canSeeTask, formatValue, humanize, personAs, visibleValues } from '../../presentation/index.js';

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
  details: Detail[];
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

/** Describes `task` for `recipient`. Without a published template, names stand in for titles. */
export function describeTask({ state, template }: InstanceRecord, task: Pick<Task, 'title' | 'stepId' | 'role' | 'party' | 'companyId'>, recipient: Person): TaskContext {
  const step = template ? findStep(template.steps, task.stepId) : undefined;
  const [party = task.party, role = task.role] = task.role.split('.');
  const roleTitle = template?.parties[party]?.roles[role]?.title ?? humanize(role);
  return {
    instanceTitle: state.title,
    templateTitle: template?.title ?? state.templateId,
    instanceStatus: state.status,
    taskTitle: task.title,
    askedBy: askedBy(state.initiator, recipient),
    role: `${roleTitle} (${task.role} for ${task.companyId})`,
    details: instanceDetails(state, template, recipient.company),
    fields: step && (step.kind === 'task' || step.kind === 'approval') ? (step.form ?? {}) : {},
  };
}

/** What a mail that is not about one task (the final result) tells `recipient` of the instance. */
export function describeInstance({ state, template }: InstanceRecord, recipient: Person): Detail[] {
  return instanceDetails(state, template, recipient.company);
}

/**
 * The instance's inputs, then the forms of decided tasks the recipient's company may see
 * (its own, and those of `shared` steps), the same rule the API applies.
 */
function instanceDetails(state: InstanceState, template: Template | undefined, companyId: string): Detail[] {
  const details: Detail[] = Object.entries(visibleValues(state, companyId).input).map(([name, value]) => {
    const field = template?.inputs[name];
    return { label: field?.title ?? humanize(name), value: formatValue(value, field) };
  });
  const visible = state.tasks.filter((task) => task.status === 'decided' && task.form && canSeeTask(task, companyId));
  for (const task of visible) {
    const step = template ? findStep(template.steps, task.stepId) : undefined;
    const fields = step && (step.kind === 'task' || step.kind === 'approval') ? (step.form ?? {}) : {};
    for (const [name, value] of Object.entries(task.form ?? {})) {
      const field = fields[name];
      details.push({ label: `${task.title}: ${field?.title ?? humanize(name)}`, value: formatValue(value, field) });
    }
  }
  return details;
}

/** The initiator as the recipient's company may see them: name and company, or only the company. */
function askedBy(initiator: Person, recipient: Person): string {
  const visible = personAs(initiator, recipient.company);
  return 'email' in visible ? `${visible.name} (${visible.company})` : visible.company;
}

function findStep(steps: Step[], stepId: string): Step | undefined {
  for (const step of steps) {
    if (step.id === stepId) return step;
    if (step.kind === 'parallel') {
      for (const branch of step.branches) {
        const found = findStep(branch.steps, stepId);
        if (found) return found;
      }
    }
  }
  return undefined;
}
