/**
 * MDF (`/console/mdf`): the company's market development funds as it may see them. For a
 * vendor, its budgets and what is allocated from each; for vendor and partner alike, the
 * allocations with their balances (each opens its ledger movements) and the fund requests,
 * grouped by status and narrowed by partner and period, with whoever they wait on. A request
 * whose open task the person holds (a claim to review, a reimbursement to pay) opens that task
 * in place to be decided. Everything comes from the session routes of the public API.
 */
import { humanize } from '../presentation/format.js';
import { answer, api, type Schemas } from './api.js';
import { alert, company, date, instanceBadge, money, people, statusBadge, table, type Column } from './components.js';
import { openTask } from './decide.js';
import { h, onClick, replace } from './dom.js';

type Allocation = Schemas['Allocation'];
type FundRequest = Schemas['FundRequest'];
type Budget = Schemas['Budget'];

/** How many fund requests one page reads (the API's most). */
const LIMIT = 500;

/** Renders the page into `main` for `person`. */
export async function mdfPage(main: HTMLElement, person: { email: string; companyId: string }): Promise<void> {
  const address = new URLSearchParams(window.location.search);
  const period = h('select', { id: 'mdf-period', name: 'period' }, h('option', { value: '' }, 'Every period'));
  const partner = h('select', { id: 'mdf-partner', name: 'partner' }, h('option', { value: '' }, 'Every company'));
  const mine = h('input', { id: 'mdf-mine', name: 'mine', type: 'checkbox', checked: address.get('mine') === 'true' });
  const form = h(
    'form',
    { class: 'card', role: 'search', 'aria-label': 'Narrow the funds' },
    h('div', { class: 'filters' }, h('div', {}, h('label', { for: 'mdf-period' }, 'Period'), period), h('div', {}, h('label', { for: 'mdf-partner' }, 'Company', h('span', { class: 'hint' }, 'The other company of the allocation')), partner)),
    h('label', { for: 'mdf-mine' }, mine, 'Only requests waiting on me'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Show')),
  );
  const notice = h('div', {});
  const budgets = h('div', { id: 'budgets' });
  const allocations = h('div', { id: 'allocations' });
  const movements = h('section', { id: 'movements', class: 'card', 'aria-label': 'Movements of the allocation', hidden: true });
  const requests = h('div', { id: 'fund-requests' });
  const panel = h('section', { id: 'task-panel', class: 'card', 'aria-label': 'The task', hidden: true });
  main.replaceChildren(
    h('h1', {}, 'Market development funds'),
    h('p', { class: 'lead' }, 'Budgets, allocations and fund requests of your company. ', h('a', { href: '/console/mdf/dashboard' }, 'The dashboard'), ' charts them.'),
    form,
    notice,
    budgets,
    allocations,
    movements,
    h('h2', { id: 'requests-heading' }, 'Fund requests'),
    requests,
    panel,
  );

  let all: Allocation[];
  try {
    all = answer(await api.GET('/me/allocations')).allocations;
  } catch (error) {
    notice.replaceChildren(alert(error instanceof Error ? error.message : String(error)));
    return;
  }
  const other = (row: { vendorCompanyId: string | null; partnerCompanyId: string | null }) => (row.vendorCompanyId === person.companyId ? row.partnerCompanyId : row.vendorCompanyId) ?? '';
  for (const name of [...new Set(all.map((allocation) => allocation.period))].sort()) period.append(h('option', { value: name }, name));
  for (const name of [...new Set(all.map(other))].sort()) partner.append(h('option', { value: name }, name));
  period.value = address.get('period') ?? '';
  partner.value = address.get('company') ?? '';

  const showMovements = async (allocation: Allocation) => {
    movements.hidden = false;
    movements.replaceChildren(h('p', { class: 'muted' }, 'Loading the movements…'));
    try {
      const detail = answer(await api.GET('/me/allocations/{id}', { params: { path: { id: allocation.id } } }));
      const columns: Array<Column<Schemas['Movement']>> = [
        { heading: 'When', cell: (movement) => date(movement.at) },
        { heading: 'Movement', cell: (movement) => humanize(movement.kind) },
        { heading: 'Amount', cell: (movement) => money({ amount: movement.amount, currency: detail.currency }) },
        { heading: 'Fund request', cell: (movement) => h('a', { href: `/console/instances/${encodeURIComponent(movement.fundRequestId)}` }, movement.fundRequestId) },
        { heading: 'Why', cell: (movement) => movement.reason ?? '' },
      ];
      const heading = h('h2', { tabindex: -1, id: 'movements-heading' }, `Movements: ${other(detail)} · ${detail.period}`);
      movements.replaceChildren(heading, detail.movements.length === 0 ? h('p', { class: 'muted' }, 'No funds have moved yet.') : table(`${detail.movements.length} movements, oldest first`, columns, detail.movements));
      heading.focus();
    } catch (error) {
      movements.replaceChildren(alert(error instanceof Error ? error.message : String(error)));
    }
  };

  const openRequestTask = (request: FundRequest, taskId: string) => {
    panel.hidden = false;
    void openTask(panel, request.id, taskId, (message) => {
      panel.hidden = true;
      // The lists first, so that the notice speaks of what they already show.
      void load().then(() => {
        notice.replaceChildren(alert(message, 'notice'));
        notice.querySelector<HTMLElement>('[role=status]')?.focus();
      });
    });
  };

  // A read started earlier (a filter changed twice) must not overwrite a later one's tables.
  let reads = 0;
  const load = async () => {
    const read = ++reads;
    const chosen = { ...(period.value ? { period: period.value } : {}), ...(partner.value ? { company: partner.value } : {}), ...(mine.checked ? { mine: 'true' } : {}) };
    const shown = new URLSearchParams(chosen);
    window.history.replaceState(null, '', `/console/mdf${shown.size > 0 ? `?${shown.toString()}` : ''}`);
    const inPeriod = (row: { period: string }) => !period.value || row.period === period.value;
    const ofCompany = (row: { vendorCompanyId: string | null; partnerCompanyId: string | null }) => !partner.value || other(row) === partner.value;

    let budgetList: Budget[];
    let requestList: FundRequest[];
    try {
      const query = period.value ? { period: period.value } : {};
      [budgetList, requestList] = await Promise.all([
        api.GET('/me/budgets', { params: { query } }).then(answer).then((found) => found.budgets),
        api.GET('/me/fund-requests', { params: { query: { ...query, limit: LIMIT } } }).then(answer).then((found) => found.fundRequests),
      ]);
    } catch (error) {
      if (read === reads) notice.replaceChildren(alert(error instanceof Error ? error.message : String(error)));
      return;
    }
    if (read !== reads) return;

    const budgetColumns: Array<Column<Budget>> = [
      { heading: 'Budget', cell: (budget) => h('strong', {}, budget.name) },
      { heading: 'Period', cell: (budget) => budget.period },
      { heading: 'Total', cell: (budget) => money({ amount: budget.total, currency: budget.currency }) },
      { heading: 'Allocated', cell: (budget) => money({ amount: budget.allocated, currency: budget.currency }) },
      { heading: 'Not allocated', cell: (budget) => money({ amount: budget.total - budget.allocated, currency: budget.currency }) },
    ];
    budgets.replaceChildren(budgetList.length === 0 ? '' : h('section', { class: 'card' }, table(`Budgets (${budgetList.length})`, budgetColumns, budgetList, (budget) => ({ 'data-id': budget.id }))));

    const shownAllocations = all.filter((allocation) => inPeriod(allocation) && ofCompany(allocation));
    const allocationColumns: Array<Column<Allocation>> = [
      { heading: person.companyId === shownAllocations[0]?.partnerCompanyId ? 'Vendor' : 'Partner', cell: (allocation) => company(other(allocation)) },
      { heading: 'Period', cell: (allocation) => allocation.period },
      { heading: 'Allocated', cell: (allocation) => money({ amount: allocation.amount, currency: allocation.currency }) },
      { heading: 'Reserved', cell: (allocation) => money({ amount: allocation.reserved, currency: allocation.currency }) },
      { heading: 'Committed', cell: (allocation) => money({ amount: allocation.committed, currency: allocation.currency }) },
      { heading: 'Available', cell: (allocation) => money({ amount: allocation.available, currency: allocation.currency }) },
      { heading: 'Expires', cell: (allocation) => (allocation.expired ? statusBadge('Expired', 'late') : date(allocation.expiresAt)) },
      {
        heading: 'Ledger',
        cell: (allocation) => onClick(h('button', { type: 'button', class: 'button quiet', 'aria-controls': 'movements' }, 'Movements', h('span', { class: 'sr-only' }, `: ${other(allocation)} ${allocation.period}`)), () => void showMovements(allocation)),
      },
    ];
    allocations.replaceChildren(
      shownAllocations.length === 0
        ? h('p', { class: 'lead' }, 'No allocations here.')
        : h('section', { class: 'card' }, table(`Allocations (${shownAllocations.length})`, allocationColumns, shownAllocations, (allocation) => ({ 'data-id': allocation.id, 'data-company': other(allocation) }))),
    );

    const heldByMe = (request: FundRequest) => request.openTasks.find((task) => task.status === 'open' && task.assignees.some((holder) => holder.email === person.email));
    const shownRequests = requestList.filter((request) => ofCompany(request) && (!mine.checked || heldByMe(request)));
    const requestColumns: Array<Column<FundRequest>> = [
      { heading: 'Request', cell: (request) => [h('a', { href: `/console/instances/${encodeURIComponent(request.id)}` }, describe(request)), h('span', { class: 'hint' }, request.id)] },
      { heading: person.companyId === shownRequests[0]?.partnerCompanyId ? 'Vendor' : 'Partner', cell: (request) => company(other(request)) },
      { heading: 'Requested', cell: (request) => (request.funds ? money({ amount: request.funds.requested, currency: request.funds.currency }) : '—') },
      { heading: 'Reserved', cell: (request) => (request.funds ? money({ amount: request.funds.reserved, currency: request.funds.currency }) : '—') },
      { heading: 'Committed', cell: (request) => (request.funds ? money({ amount: request.funds.committed, currency: request.funds.currency }) : '—') },
      { heading: 'Waiting on', cell: (request) => (request.openTasks.length === 0 ? h('span', { class: 'muted' }, '—') : request.openTasks.map((task) => h('div', {}, h('strong', {}, task.title), people(task.assignees)))) },
      {
        heading: 'Action',
        cell: (request) => {
          const task = heldByMe(request);
          return task ? onClick(h('button', { type: 'button', class: 'button', 'aria-controls': 'task-panel' }, 'Decide', h('span', { class: 'sr-only' }, `: ${task.title}, ${describe(request)}`)), () => openRequestTask(request, task.id)) : '';
        },
      },
    ];
    const byStatus = new Map<string, FundRequest[]>();
    for (const request of shownRequests) byStatus.set(request.status, [...(byStatus.get(request.status) ?? []), request]);
    replace(
      requests,
      shownRequests.length === 0
        ? h('p', { class: 'lead', role: 'status' }, mine.checked ? 'No fund request waits on you.' : 'No fund requests here.')
        : [...byStatus].map(([status, list]) =>
            h('section', { class: 'card', 'data-status': status }, h('h3', {}, instanceBadge({ lifecycle: list[0]?.lifecycle ?? 'running', status }), ` ${list.length}`), table(`${humanize(status)} (${list.length})`, requestColumns, list, (request) => ({ 'data-id': request.id })))),
    );
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    movements.hidden = true;
    void load();
  });
  await load();
}

/** A fund request in a few words: its activity and description, as the partner proposed them. */
function describe(request: FundRequest): string {
  const activity = typeof request.proposal?.['activity_type'] === 'string' ? humanize(request.proposal['activity_type']) : 'Fund request';
  const description = typeof request.proposal?.['description'] === 'string' ? request.proposal['description'] : '';
  return description ? `${activity}: ${description.length > 80 ? `${description.slice(0, 79)}…` : description}` : activity;
}
