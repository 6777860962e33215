/**
 * The console's design system in code: table, status badge, money, date, person and company,
 * each one small function from data to elements, styled by console/styles/console.css on the
 * shared tokens. Values read as in the mails and emailed pages (presentation/format.ts).
 */
import { formatMoney, formatWhen, humanize, type Money } from '../presentation/format.js';
import { h, type Child } from './dom.js';

/** A column: its heading and how a row fills its cell. */
export interface Column<Row> {
  heading: string;
  cell: (row: Row) => Child;
}

/**
 * A table with a caption; on a phone each row becomes a block and each cell shows its
 * heading beside it (`data-label`), so nothing is wider than the screen.
 */
export function table<Row>(caption: string, columns: ReadonlyArray<Column<Row>>, rows: readonly Row[], rowAttributes: (row: Row) => Record<string, string> = () => ({})): HTMLTableElement {
  return h(
    'table',
    { class: 'responsive' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, columns.map((column) => h('th', { scope: 'col' }, column.heading)))),
    h('tbody', {}, rows.map((row) => h('tr', rowAttributes(row), columns.map((column) => h('td', { 'data-label': column.heading }, column.cell(row)))))),
  );
}

/** How a badge reads: its tone picks its colours. */
export type Tone = 'open' | 'waiting' | 'done' | 'late' | 'current' | 'neutral';

/** A short status in a pill. */
export function statusBadge(text: string, tone: Tone = 'neutral'): HTMLSpanElement {
  return h('span', { class: `badge ${tone}` }, text);
}

/** The badge of a task's status. */
export function taskStatusBadge(task: { status: string; outcome?: string | null; dueAt?: string | null }, now = Date.now()): HTMLSpanElement {
  if (task.status === 'open') return task.dueAt && Date.parse(task.dueAt) < now ? statusBadge('Overdue', 'late') : statusBadge('Open', 'open');
  if (task.status === 'decided') return statusBadge(`Decided: ${humanize(task.outcome ?? '')}`, 'done');
  return statusBadge(task.status === 'timed_out' ? 'Timed out' : 'Closed');
}

/** The badge of an instance's lifecycle, with its business status as the text. */
export function instanceBadge(instance: { lifecycle: string; status: string }): HTMLSpanElement {
  return statusBadge(humanize(instance.status), instance.lifecycle === 'running' ? 'current' : instance.lifecycle === 'completed' ? 'done' : 'neutral');
}

/** An amount in integer minor units, formatted exactly. */
export function money(value: Money): HTMLSpanElement {
  return h('span', { class: 'money' }, formatMoney(value));
}

/** A moment in UTC, machine-readable in `datetime`. */
export function date(iso: string | null | undefined): Child {
  if (!iso) return h('span', { class: 'muted' }, '—');
  return h('time', { datetime: iso }, formatWhen(Date.parse(iso)));
}

/** A company by its id. */
export function company(id: string): HTMLSpanElement {
  return h('span', { class: 'company' }, id);
}

/** A person: name and address for one's own company, only their company for another's (the API already says which). */
export function person(who: { name?: string; email?: string; company: string } | 'system' | null | undefined): Child {
  if (who === 'system') return h('span', { class: 'muted' }, 'Tandem (automatic)');
  if (!who) return h('span', { class: 'muted' }, '—');
  if (!who.name) return company(who.company);
  return h('span', { class: 'person' }, who.name, who.email ? h('span', { class: 'email' }, who.email) : null);
}

/** A list of people, one per line. */
export function people(list: ReadonlyArray<{ name?: string; email?: string; company: string }>): Child {
  return list.length === 0 ? h('span', { class: 'muted' }, '—') : list.map((who, index) => [index > 0 ? h('br') : null, person(who)]);
}

/** A message people must notice (role=alert), or a quiet confirmation (role=status). */
export function alert(text: string, kind: 'alert' | 'notice' = 'alert'): HTMLDivElement {
  return h('div', { class: kind, role: kind === 'alert' ? 'alert' : 'status' }, text);
}
