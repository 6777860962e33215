/**
 * Instances: every instance the signed-in person's company takes part in, newest change
 * first, narrowed by template, status, another company (and the party it plays), last change
 * and "waiting on my company", with how many instances have each status. The filters live in
 * the address (`/console/instances?template=…`), so a filtered list can be bookmarked and sent.
 */
import { humanize } from '../presentation/format.js';
import { answer, api, type Schemas } from './api.js';
import { alert, company, date, instanceBadge, table, type Column } from './components.js';
import { h, onClick } from './dom.js';

type Instance = Schemas['Instance'];

/** The filters, by their query names in the API and in the address. */
const TEXT_FILTERS = [
  { name: 'template', label: 'Template', hint: 'Its id, e.g. mdf-request' },
  { name: 'company', label: 'Company', hint: 'Another company taking part' },
  { name: 'party', label: 'Party', hint: 'Played by that company, or by yours' },
] as const;

/** How many instances one page shows. */
const PAGE_SIZE = 100;

/** Renders the page into `main`. */
export async function instancesPage(main: HTMLElement): Promise<void> {
  const address = new URLSearchParams(window.location.search);
  const inputs = TEXT_FILTERS.map((filter) => ({ ...filter, input: h('input', { id: `filter-${filter.name}`, name: filter.name, type: 'text', value: address.get(filter.name) ?? '', autocomplete: 'off' }) }));
  const since = h('input', { id: 'filter-updated-since', name: 'updatedSince', type: 'date', value: address.get('updatedSince') ?? '' });
  const waiting = h('input', { id: 'filter-waiting', name: 'waitingOnMyCompany', type: 'checkbox', checked: address.get('waitingOnMyCompany') === 'true' });
  let status = address.get('status') ?? '';

  const counts = h('nav', { class: 'row', id: 'status-counts', 'aria-label': 'Status' });
  const summary = h('p', { class: 'lead', role: 'status', id: 'instance-summary' });
  const list = h('div', { id: 'instance-list' });
  const form = h(
    'form',
    { class: 'card', role: 'search', 'aria-label': 'Filter instances' },
    h('div', { class: 'filters' }, inputs.map(({ name, label, hint, input }) => h('div', {}, h('label', { for: `filter-${name}` }, label, h('span', { class: 'hint' }, hint)), input)), h('div', {}, h('label', { for: 'filter-updated-since' }, 'Changed since', h('span', { class: 'hint' }, 'A day (UTC)')), since)),
    h('label', { for: 'filter-waiting' }, waiting, 'Only those waiting on my company'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Show'), onClick(h('button', { type: 'button', class: 'button quiet' }, 'Clear filters'), () => clear())),
  );
  main.replaceChildren(h('h1', {}, 'Instances'), form, summary, counts, list);

  const columns: Array<Column<Instance>> = [
    { heading: 'Process', cell: (instance) => [h('a', { href: `/console/instances/${encodeURIComponent(instance.id)}` }, instance.title), h('span', { class: 'hint' }, instance.businessKey)] },
    { heading: 'Template', cell: (instance) => `${instance.templateId} v${instance.templateVersion}` },
    { heading: 'Status', cell: (instance) => instanceBadge(instance) },
    { heading: 'Companies', cell: (instance) => Object.entries(instance.companies).map(([party, companyId], index) => [index > 0 ? h('br') : null, `${humanize(party)}: `, company(String(companyId))]) },
    { heading: 'Changed', cell: (instance) => date(instance.updatedAt) },
  ];

  /** The query of the filters as they stand, without empty ones. */
  const filters = () => {
    const chosen: Record<string, string> = {};
    for (const { name, input } of inputs) if (input.value.trim()) chosen[name] = input.value.trim();
    if (since.value) chosen.updatedSince = `${since.value}T00:00:00Z`;
    if (waiting.checked) chosen.waitingOnMyCompany = 'true';
    return chosen;
  };

  const load = async () => {
    const chosen = filters();
    const shown = new URLSearchParams({ ...chosen, ...(since.value ? { updatedSince: since.value } : {}), ...(status ? { status } : {}) });
    window.history.replaceState(null, '', `/console/instances${shown.size > 0 ? `?${shown.toString()}` : ''}`);
    let page: Schemas['MyInstancePage'];
    try {
      page = answer(await api.GET('/me/instances', { params: { query: { ...chosen, ...(status ? { status } : {}), limit: PAGE_SIZE } } }));
    } catch (error) {
      list.replaceChildren(alert(error instanceof Error ? error.message : String(error)));
      return;
    }
    const total = Object.values(page.counts).reduce((sum, count) => sum + count, 0);
    const statusButton = (value: string, text: string, count: number) =>
      onClick(h('button', { type: 'button', class: 'button quiet', 'aria-pressed': String(status === value), 'data-status': value }, `${text} (${count})`), () => {
        status = value;
        void load();
      });
    counts.replaceChildren(statusButton('', 'All', total), ...Object.entries(page.counts).map(([value, count]) => statusButton(value, humanize(value), count)));
    const count = page.instances.length;
    summary.replaceChildren(count === 0 ? 'No instance fits these filters.' : `${count}${page.nextCursor ? '+' : ''} ${count === 1 ? 'instance' : 'instances'}${status ? ` with status ${humanize(status)}` : ''}, newest change first`);
    list.replaceChildren(count === 0 ? '' : h('section', { class: 'card' }, table('Instances', columns, page.instances, (instance) => ({ 'data-id': instance.id }))));
  };

  const clear = () => {
    for (const { input } of inputs) input.value = '';
    since.value = '';
    waiting.checked = false;
    status = '';
    void load();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });

  await load();
}
