/**
 * The MDF dashboard (`/console/mdf/dashboard`): the figures of GET /me/reports/mdf per partner
 * (or, for a partner, per vendor) and period, as bar charts: funds used, unused and expired;
 * how far fund requests got; the median days of each stage; how claims fared; pipeline per
 * amount spent; and what the funds returned. Every chart has its numbers beside it as a table
 * and as a CSV download, all figures as the API computed them: the browser formats them (money
 * in its currency, rates in percent) and computes none.
 */
import { csvDocument } from '../presentation/csv.js';
import { formatMoney, minorDigits } from '../presentation/format.js';
import { answer, api, type Schemas } from './api.js';
import type { Bars } from './charts.js';
import { alert } from './components.js';
import { h, onClick, type Child } from './dom.js';

type Row = Schemas['MdfReportRow'];

/** One column of a chart's table and CSV: the API's value as the CSV carries it, and how the table shows it. */
interface Measure {
  heading: string;
  value: (row: Row) => string | number | null;
  show?: (row: Row) => string;
}

/** One chart with its table and download. */
interface Figure {
  id: string;
  title: string;
  says: string;
  measures: Measure[];
  bars: (rows: Row[], label: (row: Row) => string) => Bars;
}

const money = (field: 'allocated' | 'committed' | 'reserved' | 'unused' | 'expired' | 'released' | 'reportedPipeline' | 'influencedRevenue' | 'costPerLead' | 'averageDealSize') => (row: Row) => row[field];
const showMoney = (field: Parameters<typeof money>[0]) => (row: Row) => {
  const value = row[field];
  return value === null ? '—' : formatMoney({ amount: value, currency: row.currency });
};
/** An amount in major units for a bar's height; the table and CSV carry the exact amount. */
const height = (amount: string | null, currency: string) => (amount === null ? null : Number(amount) / 10 ** minorDigits(currency));
const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);
const number = (value: number | null) => (value === null ? '—' : String(value));
const asPercent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

const STAGES = [
  ['submitted', 'Submitted'],
  ['preApproved', 'Pre-approved'],
  ['claimed', 'Claimed'],
  ['reimbursed', 'Reimbursed'],
] as const;
const STAGE_TIMES = [
  ['medianDaysToPreApproval', 'Proposal → pre-approval'],
  ['medianDaysPreApprovalToClaim', 'Pre-approval → claim'],
  ['medianDaysClaimToReimbursement', 'Claim → reimbursement'],
] as const;

const FIGURES: Figure[] = [
  {
    id: 'utilisation',
    title: 'Funds per partner and period',
    says: 'What was reimbursed (committed), is still held for running requests (reserved), is left to use (unused), and was lost when allocations expired.',
    measures: [
      { heading: 'Currency', value: (row) => row.currency },
      { heading: 'Allocated', value: money('allocated'), show: showMoney('allocated') },
      { heading: 'Committed', value: money('committed'), show: showMoney('committed') },
      { heading: 'Reserved', value: money('reserved'), show: showMoney('reserved') },
      { heading: 'Unused', value: money('unused'), show: showMoney('unused') },
      { heading: 'Expired', value: money('expired'), show: showMoney('expired') },
      { heading: 'Utilisation %', value: (row) => row.utilisationPercent, show: (row) => `${row.utilisationPercent}%` },
    ],
    bars: (rows, label) => ({
      categories: rows.map(label),
      stacked: true,
      series: [
        { name: 'Committed', tone: 'done', values: rows.map((row) => height(row.committed, row.currency)) },
        { name: 'Reserved', tone: 'current', values: rows.map((row) => height(row.reserved, row.currency)) },
        { name: 'Unused', tone: 'muted', values: rows.map((row) => height(row.unused, row.currency)) },
        { name: 'Expired', tone: 'no', values: rows.map((row) => height(row.expired, row.currency)) },
      ],
    }),
  },
  {
    id: 'funnel',
    title: 'Fund requests by stage',
    says: 'How many requests reached each stage; a request that got further counts at every stage before.',
    measures: STAGES.map(([stage, heading]) => ({ heading, value: (row: Row) => row.funnel[stage] })),
    bars: (rows, label) => ({ categories: STAGES.map(([, heading]) => heading), series: rows.map((row) => ({ name: label(row), values: STAGES.map(([stage]) => row.funnel[stage]) })) }),
  },
  {
    id: 'stage-days',
    title: 'Median days per stage',
    says: 'How long each stage took, the median over the requests that passed it.',
    measures: STAGE_TIMES.map(([field, heading]) => ({ heading: `${heading} (days)`, value: (row: Row) => row[field], show: (row: Row) => number(row[field]) })),
    bars: (rows, label) => ({ categories: STAGE_TIMES.map(([, heading]) => heading), unit: ' d', series: rows.map((row) => ({ name: label(row), values: STAGE_TIMES.map(([field]) => row[field]) })) }),
  },
  {
    id: 'claims',
    title: 'Claim rejection and partial approval',
    says: 'Of the claims reviewed, the share denied and the share approved for less than claimed.',
    measures: [
      { heading: 'Claims reviewed', value: (row) => row.claimsReviewed },
      { heading: 'Rejection rate', value: (row) => row.claimRejectionRate, show: (row) => percent(row.claimRejectionRate) },
      { heading: 'Partial approval rate', value: (row) => row.partialApprovalRate, show: (row) => percent(row.partialApprovalRate) },
    ],
    bars: (rows, label) => ({
      categories: rows.map(label),
      unit: '%',
      series: [
        { name: 'Rejected', tone: 'no', values: rows.map((row) => asPercent(row.claimRejectionRate)) },
        { name: 'Partially approved', tone: 'waiting', values: rows.map((row) => asPercent(row.partialApprovalRate)) },
      ],
    }),
  },
  {
    id: 'pipeline',
    title: 'Pipeline per amount spent',
    says: 'The pipeline partners reported in their claims for each unit of funds reimbursed.',
    measures: [
      { heading: 'Currency', value: (row) => row.currency },
      { heading: 'Committed', value: money('committed'), show: showMoney('committed') },
      { heading: 'Reported pipeline', value: money('reportedPipeline'), show: showMoney('reportedPipeline') },
      { heading: 'Pipeline per amount spent', value: (row) => row.pipelinePerSpend, show: (row) => number(row.pipelinePerSpend) },
      { heading: 'Reported leads', value: (row) => row.reportedLeads },
      { heading: 'Cost per lead', value: money('costPerLead'), show: showMoney('costPerLead') },
    ],
    bars: (rows, label) => ({ categories: rows.map(label), unit: '×', series: [{ name: 'Pipeline per amount spent', tone: 'accent', values: rows.map((row) => row.pipelinePerSpend) }] }),
  },
  {
    id: 'outcomes',
    title: 'What the funds returned',
    says: 'From the results partners reported after reimbursement: opportunities won, their revenue, and the ratios over the requests that reported.',
    measures: [
      { heading: 'Currency', value: (row) => row.currency },
      { heading: 'Results reported', value: (row) => row.followUpsReported },
      { heading: 'Won opportunities', value: (row) => row.wonOpportunities },
      { heading: 'Win rate', value: (row) => row.winRate, show: (row) => percent(row.winRate) },
      { heading: 'Average deal size', value: money('averageDealSize'), show: showMoney('averageDealSize') },
      { heading: 'Influenced revenue', value: money('influencedRevenue'), show: showMoney('influencedRevenue') },
      { heading: 'Return on MDF', value: (row) => row.returnOnMdf, show: (row) => (row.returnOnMdf === null ? '—' : `${row.returnOnMdf}×`) },
    ],
    bars: (rows, label) => ({
      categories: rows.map(label),
      series: [
        { name: 'Reimbursed', tone: 'done', values: rows.map((row) => height(row.committed, row.currency)) },
        { name: 'Influenced revenue', tone: 'accent', values: rows.map((row) => height(row.influencedRevenue, row.currency)) },
      ],
    }),
  },
];

/** Renders the page into `main` for a person of `companyId`. */
export async function mdfDashboardPage(main: HTMLElement, companyId: string): Promise<void> {
  const address = new URLSearchParams(window.location.search);
  const period = h('select', { id: 'period', name: 'period' }, h('option', { value: '' }, 'Every period'));
  const figures = h('div', { id: 'figures' });
  const form = h('form', { class: 'card', 'aria-label': 'Choose the period' }, h('label', { for: 'period' }, 'Period'), period, h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Show')));
  main.replaceChildren(h('h1', {}, 'MDF dashboard'), h('p', { class: 'lead' }, 'Market development funds as your company may see them. ', h('a', { href: '/console/mdf' }, 'Budgets, allocations and fund requests'), '.'), form, figures);

  // The periods come from the allocations the company granted or was granted.
  try {
    const allocations = answer(await api.GET('/me/allocations')).allocations;
    for (const name of [...new Set(allocations.map((allocation) => allocation.period))].sort()) period.append(h('option', { value: name }, name));
  } catch (error) {
    figures.replaceChildren(alert(error instanceof Error ? error.message : String(error)));
    return;
  }
  period.value = address.get('period') ?? '';

  const load = async () => {
    window.history.replaceState(null, '', `/console/mdf/dashboard${period.value ? `?period=${encodeURIComponent(period.value)}` : ''}`);
    figures.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
    let rows: Row[];
    try {
      rows = answer(await api.GET('/me/reports/mdf', { params: { query: period.value ? { period: period.value } : {} } })).rows;
    } catch (error) {
      figures.replaceChildren(alert(error instanceof Error ? error.message : String(error)));
      return;
    }
    if (rows.length === 0) {
      figures.replaceChildren(h('p', { class: 'lead', role: 'status' }, 'No allocations in this period yet.'));
      return;
    }
    // The other company of each row: the partner for a vendor, the vendor for a partner.
    const other = (row: Row) => (row.vendorCompanyId === companyId ? row.partnerCompanyId : row.vendorCompanyId);
    const currencies = new Set(rows.map((row) => row.currency)).size;
    const label = (row: Row) => [other(row), row.period, currencies > 1 ? row.currency : null].filter(Boolean).join(' · ');
    const { drawBars } = await import('./charts.js');
    figures.replaceChildren(...FIGURES.map((figure) => section(figure, rows, label, other, drawBars)));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  await load();
}

/** A chart with its table and CSV download. */
function section(figure: Figure, rows: Row[], label: (row: Row) => string, other: (row: Row) => string, drawBars: (container: HTMLElement, bars: Bars) => void): HTMLElement {
  const heading = `${figure.id}-heading`;
  const chart = h('div', { class: 'chart', id: `${figure.id}-chart`, role: 'img', 'aria-label': `${figure.title}: a bar chart; its numbers are in the table below.` });
  const header = ['Company', 'Period', ...figure.measures.map((measure) => measure.heading)];
  const table = h(
    'table',
    { class: 'responsive', id: `${figure.id}-table` },
    h('caption', {}, `${figure.title}: the numbers`),
    h('thead', {}, h('tr', {}, header.map((text) => h('th', { scope: 'col' }, text)))),
    h(
      'tbody',
      {},
      rows.map((row) =>
        h(
          'tr',
          { 'data-company': other(row), 'data-period': row.period, 'data-currency': row.currency },
          h('th', { scope: 'row', 'data-label': 'Company' }, other(row)),
          h('td', { 'data-label': 'Period' }, row.period),
          figure.measures.map((measure) => h('td', { 'data-label': measure.heading }, cell(measure, row))),
        ),
      ),
    ),
  );
  const download = onClick(h('button', { type: 'button', class: 'button quiet', id: `${figure.id}-csv` }, 'Download CSV', h('span', { class: 'sr-only' }, `: ${figure.title}`)), () => {
    const csv = csvDocument(
      header,
      rows.map((row) => [other(row), row.period, ...figure.measures.map((measure) => measure.value(row))]),
    );
    const link = h('a', { href: URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' })), download: `mdf-${figure.id}.csv` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  });
  const block = h('section', { class: 'card figure', 'aria-labelledby': heading, id: figure.id }, h('h2', { id: heading }, figure.title), h('p', { class: 'lead' }, figure.says), chart, h('div', { class: 'table-scroll' }, table), h('div', { class: 'actions' }, download));
  // ECharts measures its container: draw once the section is in the page.
  requestAnimationFrame(() => drawBars(chart, figure.bars(rows, label)));
  return block;
}

/** A table cell: the formatted figure, with the API's own value in a `data` element. */
function cell(measure: Measure, row: Row): Child {
  const value = measure.value(row);
  const shown = measure.show ? measure.show(row) : value === null ? '—' : String(value);
  return h('data', { value: value === null ? '' : String(value) }, shown);
}
