/**
 * The facts a task's holder is shown: the one list the task mail, the `/act` pages, the API's
 * task (`GET /instances/{id}/tasks/{taskId}`) and webhook payloads all render, so a person reads
 * the same amounts, dates and documents wherever they look.
 *
 * What is listed is what the template declares (`facts` of the step, then of the template);
 * a snapshot of a template without facts shows what earlier versions did: the inputs (but not
 * durations, which are settings) and the decided forms. Either way nothing hidden from the
 * reader's company is shown (visibility.ts), and a fact without a value yet (or an amount
 * variable of 0) is left out.
 */
import { z } from 'zod';
import type { Fact, Field, Fields, Step, Template } from '../definitions/template.js';
import type { InstanceState, Task } from '../workflows/schemas.js';
import { formatMoney, formatValue, formatWhen, humanize, isMoney } from './format.js';
import { canSeeTask, personAs, visibleValues } from './visibility.js';

/** How a fact's value reads; `decision` is who decided what, and when. */
export type FactType = 'text' | 'integer' | 'money' | 'date' | 'boolean' | 'documents' | 'decision' | 'company';

/** A document a fact lists: stored with the instance (by its sha256) or elsewhere (by URL). */
export interface ShownDocument {
  name: string;
  sha256?: string;
  size?: number;
  url?: string;
}

/** One fact as its reader sees it. */
export interface ShownFact {
  label: string;
  type: FactType;
  /** The value as people read it: `€10,000.00`, `14 Mar 2026`, `Approve by Vera Channel on …`. */
  text: string;
  /** The value as recorded (money in minor units, ISO dates), for machines. */
  value: unknown;
  /** The documents of a `documents` fact. */
  documents?: ShownDocument[];
}

/**
 * What the holder of a task at `stepId` in company `companyId` is shown; with `stepId`
 * undefined (a result mail), what every step shows.
 */
export function shownFacts(template: Template | undefined, state: InstanceState, stepId: string | undefined, companyId: string): ShownFact[] {
  const step = template && stepId !== undefined ? findStep(template.steps, stepId) : undefined;
  // The step's own facts lead: they are what this task is about (finance's amount to pay).
  const declared = [...(step && (step.kind === 'task' || step.kind === 'approval') ? (step.facts ?? []) : []), ...(template?.facts ?? [])];
  if (!template || !declaresFacts(template)) return fallbackFacts(state, template, companyId);
  const parties = partiesOf(state, companyId);
  const reader = new Reader(state, template, companyId);
  return declared.filter((fact) => !fact.visibleTo || fact.visibleTo.some((party) => parties.includes(party))).flatMap((fact) => reader.show(fact) ?? []);
}

/** Whether the template (any step of it) declares facts; one that does shows only what it declares. */
function declaresFacts(template: Template): boolean {
  if (template.facts) return true;
  const any = (steps: Step[]): boolean => steps.some((step) => ((step.kind === 'task' || step.kind === 'approval') && step.facts !== undefined) || (step.kind === 'parallel' && step.branches.some((branch) => any(branch.steps))));
  return any(template.steps);
}

/** The parties `companyId` plays in the instance. */
function partiesOf(state: InstanceState, companyId: string): string[] {
  return Object.entries(state.bindings.companies)
    .filter(([, company]) => company === companyId)
    .map(([party]) => party);
}

/** Resolves fact references against what one company may see of an instance. */
class Reader {
  private readonly visible: { input: Record<string, unknown>; vars: Record<string, unknown> };

  constructor(
    private readonly state: InstanceState,
    private readonly template: Template,
    private readonly companyId: string,
  ) {
    this.visible = visibleValues(state, companyId);
  }

  show(fact: Fact): ShownFact | undefined {
    const [root = '', name = '', ...rest] = fact.value.split('.');
    if (root === 'parties') {
      const company = this.state.bindings.companies[name];
      return company === undefined ? undefined : { label: fact.label, type: 'company', text: company, value: company };
    }
    if (root === 'input') return typed(fact.label, own(this.visible.input, name), this.template.inputs[name]);
    if (root === 'vars') return this.variable(fact, at(own(this.visible.vars, name), rest));
    const tasks = this.decided(name);
    if (rest[0] === 'decision') return this.decisions(fact.label, name, tasks);
    const field = rest[1] ?? '';
    const latest = tasks.findLast((task) => task.form !== undefined && own(task.form, field) !== undefined);
    return typed(fact.label, latest?.form ? own(latest.form, field) : undefined, formOf(this.template, name)[field]);
  }

  /** A variable, formatted as the fact says. */
  private variable(fact: Fact, value: unknown): ShownFact | undefined {
    if (isEmpty(value)) return undefined;
    // A balance of 0 (nothing reserved or reimbursed yet) says nothing yet.
    if (fact.as === 'money' && value === 0) return undefined;
    if (fact.as === 'money' && typeof value === 'number' && Number.isSafeInteger(value)) {
      const currency = fact.currencyFrom ? this.resolve(fact.currencyFrom) : undefined;
      if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return undefined;
      const money = { amount: value, currency };
      return { label: fact.label, type: 'money', text: formatMoney(money), value: money };
    }
    const type = fact.as === 'date' ? 'date' : fact.as === 'documents' ? 'documents' : fact.as === 'integer' ? 'integer' : undefined;
    return typed(fact.label, value, type ? { type } : undefined);
  }

  /** The value of a plain reference (a currency), as this company may see it. */
  private resolve(ref: string): unknown {
    const [root = '', name = '', ...rest] = ref.split('.');
    if (root === 'input') return at(own(this.visible.input, name), rest);
    if (root === 'vars') return at(own(this.visible.vars, name), rest);
    return undefined;
  }

  /** Decided tasks of a step this company may see, in the order they were decided. */
  private decided(stepId: string): Task[] {
    return this.state.tasks
      .filter((task) => task.stepId === stepId && task.status === 'decided' && canSeeTask(task, this.companyId))
      .sort((a, b) => (a.decidedAt ?? 0) - (b.decidedAt ?? 0));
  }

  /** Who decided what and when, with what they filled in; every decision of the step, oldest first. */
  private decisions(label: string, stepId: string, tasks: Task[]): ShownFact | undefined {
    if (tasks.length === 0) return undefined;
    const fields = formOf(this.template, stepId);
    const lines = tasks.map((task) => {
      const by = task.decidedBy === undefined ? '' : task.decidedBy === 'system' ? ' automatically' : ` by ${whoOf(personAs(task.decidedBy, this.companyId))}`;
      const when = task.decidedAt === undefined ? '' : ` on ${formatWhen(task.decidedAt)}`;
      const filled = Object.entries(task.form ?? {})
        .filter(([, value]) => !isEmpty(value))
        .map(([name, value]) => `${fieldLabel(fields[name], name)}: ${readable(value, fields[name])}`);
      return `${humanize(task.outcome ?? '')}${filled.length > 0 ? ` (${filled.join('; ')})` : ''}${by}${when}`;
    });
    const value = tasks.map((task) => ({
      outcome: task.outcome ?? null,
      decidedBy: task.decidedBy === undefined || task.decidedBy === 'system' ? (task.decidedBy ?? null) : personAs(task.decidedBy, this.companyId),
      decidedAt: task.decidedAt === undefined ? null : new Date(task.decidedAt).toISOString(),
      form: task.form ?? {},
    }));
    return { label, type: 'decision', text: lines.join('\n'), value };
  }
}

/** What earlier versions showed: the inputs (settings such as durations aside), then each decided form the company may see. */
function fallbackFacts(state: InstanceState, template: Template | undefined, companyId: string): ShownFact[] {
  const facts: ShownFact[] = [];
  for (const [name, value] of Object.entries(visibleValues(state, companyId).input)) {
    const field = template?.inputs[name];
    if (field?.type === 'duration') continue;
    const shown = typed(fieldLabel(field, name), value, field);
    if (shown) facts.push(shown);
  }
  for (const task of state.tasks.filter((candidate) => candidate.status === 'decided' && candidate.form && canSeeTask(candidate, companyId))) {
    const fields = template ? formOf(template, task.stepId) : {};
    for (const [name, value] of Object.entries(task.form ?? {})) {
      const shown = typed(`${task.title}: ${fieldLabel(fields[name], name)}`, value, fields[name]);
      if (shown) facts.push(shown);
    }
  }
  return facts;
}

/** A value shown by its field's type; undefined when there is none. */
function typed(label: string, value: unknown, field: Pick<Field, 'type'> | undefined): ShownFact | undefined {
  if (isEmpty(value)) return undefined;
  const documents = documentsOf(value);
  if (field?.type === 'documents' || (documents && documents.length > 0 && Array.isArray(value))) {
    const list = documents ?? [];
    return { label, type: 'documents', text: list.map((document) => document.name).join(', '), value, documents: list };
  }
  if (isMoney(value)) return { label, type: 'money', text: formatMoney(value), value };
  if (typeof value === 'boolean') return { label, type: 'boolean', text: value ? 'Yes' : 'No', value };
  if (field?.type === 'date' && typeof value === 'string') return { label, type: 'date', text: formatDate(value), value };
  if (field?.type === 'integer' && typeof value === 'number') return { label, type: 'integer', text: new Intl.NumberFormat('en-US').format(value), value };
  if (field?.type === 'enum' && typeof value === 'string') return { label, type: 'text', text: humanize(value), value };
  return { label, type: 'text', text: formatValue(value), value };
}

/** How a value reads inside a decision line. */
function readable(value: unknown, field: Field | undefined): string {
  return typed('', value, field)?.text ?? '—';
}

/** A field's label for people: its title, else its name in words; never its description. */
function fieldLabel(field: Field | undefined, name: string): string {
  return field?.title ?? humanize(name);
}

/** `2026-03-14` → `14 Mar 2026`; anything else as written. */
export function formatDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const epoch = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(epoch) ? value : new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(epoch);
}

/** One entry of a documents value as forms record it: a stored document (sha256) or a link (url). */
const DocumentEntry = z.object({
  name: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional().catch(undefined),
  size: z.number().optional().catch(undefined),
  url: z.string().regex(/^https?:\/\//i).optional().catch(undefined),
});

/** The documents of a documents value; undefined when it is not one. */
function documentsOf(value: unknown): ShownDocument[] | undefined {
  const parsed = z.array(DocumentEntry).safeParse(value);
  if (!parsed.success) return undefined;
  return parsed.data.map(({ name, sha256, size, url }) => ({ name, ...(sha256 ? { sha256 } : {}), ...(size === undefined ? {} : { size }), ...(url ? { url } : {}) }));
}

function whoOf(person: ReturnType<typeof personAs>): string {
  return 'name' in person ? person.name : person.company;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** An own property only: a reference never reaches the prototype. */
function own(record: Record<string, unknown>, name: string): unknown {
  return Object.hasOwn(record, name) ? record[name] : undefined;
}

/** The value at a path inside `value`. */
function at(value: unknown, path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = Object.hasOwn(current, key) ? (current as Record<string, unknown>)[key] : undefined;
  }
  return current;
}

function formOf(template: Template, stepId: string): Fields {
  const step = findStep(template.steps, stepId);
  return step && (step.kind === 'task' || step.kind === 'approval') ? (step.form ?? {}) : {};
}

/** A step by id, inside parallel branches too. */
export function findStep(steps: Step[], stepId: string): Step | undefined {
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
