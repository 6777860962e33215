/**
 * Cycle times: for one template, how long each step waited on each company across the
 * instances the signed-in person's company takes part in (median, 90th percentile, longest),
 * and how often it passed its SLA (the step's `due`); as a table and as a CSV download. The
 * template lives in the address (`/console/cycle-times?template=…`). From GET /me/reports/cycle-times.
 */
import { answer, api, type Schemas } from './api.js';
import { alert, company, statusBadge, table, type Column } from './components.js';
import { h } from './dom.js';

type Row = Schemas['CycleTimeRow'];

/** Renders the page into `main`. */
export async function cycleTimesPage(main: HTMLElement): Promise<void> {
  const chosen = new URLSearchParams(window.location.search).get('template') ?? '';
  const select = h('select', { id: 'template', name: 'template' });
  const form = h('form', { class: 'card', method: 'get', action: '/console/cycle-times', 'aria-label': 'Choose a template' }, h('label', { for: 'template' }, 'Template'), select, h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Show')));
  const summary = h('p', { class: 'lead', role: 'status', id: 'cycle-summary' }, 'Loading…');
  const result = h('div', { id: 'cycle-times' });
  main.replaceChildren(h('h1', {}, 'Cycle times'), h('p', { class: 'lead' }, 'How long each step waits on each company, across your company’s instances of a template. A step’s due time is its SLA.'), form, summary, result);

  let report: Schemas['CycleTimes'];
  try {
    report = answer(await api.GET('/me/reports/cycle-times', { params: { query: { template: chosen || 'joint-solution' } } }));
  } catch (error) {
    summary.replaceChildren(alert(error instanceof Error ? error.message : String(error)));
    return;
  }
  const templates = [...new Set([report.templateId, ...report.templates])].sort();
  select.replaceChildren(...templates.map((id) => h('option', { value: id, selected: id === report.templateId }, id)));
  if (!chosen && report.rows.length === 0 && report.templates[0] && report.templates[0] !== report.templateId) {
    window.location.replace(`/console/cycle-times?template=${encodeURIComponent(report.templates[0])}`);
    return;
  }

  summary.replaceChildren(report.rows.length === 0 ? `No task of ${report.templateId} has waited on anyone yet.` : `${report.templateId}: ${report.instances} ${report.instances === 1 ? 'instance' : 'instances'}; times are over finished waits.`);
  const breaches = (row: Row) =>
    row.breaches > 0 ? statusBadge(`${row.breaches} past SLA`, 'late') : row.withSla > 0 ? statusBadge('Within SLA', 'done') : h('span', { class: 'muted' }, 'No SLA');
  const columns: Array<Column<Row>> = [
    { heading: 'Step', cell: (row) => [h('strong', {}, row.stepTitle), h('span', { class: 'hint' }, row.stepId)] },
    { heading: 'Waits on', cell: (row) => company(row.companyId) },
    { heading: 'Waits', cell: (row) => String(row.waits) },
    { heading: 'Still open', cell: (row) => String(row.open) },
    { heading: 'Median', cell: (row) => duration(row.medianMs) },
    { heading: '90th percentile', cell: (row) => duration(row.p90Ms) },
    { heading: 'Longest', cell: (row) => duration(row.maxMs) },
    { heading: 'SLA', cell: (row) => duration(row.slaMs) },
    { heading: 'SLA breaches', cell: breaches },
  ];
  const csv = `/me/reports/cycle-times.csv?template=${encodeURIComponent(report.templateId)}`;
  result.replaceChildren(
    report.rows.length === 0
      ? ''
      : h(
          'section',
          { class: 'card' },
          table(`Cycle times of ${report.templateId}`, columns, report.rows, (row) => ({ 'data-step': row.stepId, 'data-company': row.companyId, ...(row.breaches > 0 ? { 'data-breached': 'true' } : {}) })),
          h('div', { class: 'actions' }, h('a', { class: 'button quiet', href: csv, download: `cycle-times-${report.templateId}.csv`, id: 'cycle-times-csv' }, 'Download CSV')),
        ),
  );
}

/** A duration as people read it: seconds, minutes, hours or days. */
function duration(ms: number | null | undefined): HTMLElement {
  if (ms === null || ms === undefined) return h('span', { class: 'muted' }, '—');
  const units: Array<[number, string]> = [
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'min'],
    [1_000, 's'],
  ];
  const [size, unit] = units.find(([size]) => ms >= size) ?? [1, 'ms'];
  const value = ms / size;
  return h('span', { class: 'duration', title: `${ms} ms` }, `${value >= 10 || unit === 'ms' ? Math.round(value) : value.toFixed(1)} ${unit}`);
}
