/**
 * Instances: every instance the signed-in person's company takes part in, newest change
 * first, narrowed by template, status, another company (and the party it plays), last change
 * and "waiting on my company", with how many instances have each status, a page at a time
 * ("Show more" appends the next page). The filters live in
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

/** How many instances one page shows; "Show more" reads the next page of the same filters. */
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
  const rowOf = (instance: Instance) => ({ 'data-id': instance.id });

  /** The query of the filters as they stand, without empty ones. */
  const filters = () => {
    const chosen: Record<string, string> = {};
    for (const { name, input } of inputs) if (input.value.trim()) chosen[name] = input.value.trim();
    if (since.value) chosen.updatedSince = `${since.value}T00:00:00Z`;
    if (waiting.checked) chosen.waitingOnMyCompany = 'true';
    return chosen;
  };

  let cursor: string | null = null;
  // A page read for filters that have changed since is dropped.
  let generation = 0;
  let shown = 0;
  let total = 0;
  const more = onClick(h('button', { type: 'button', class: 'button quiet', id: 'more-instances', hidden: true }, 'Show more'), () => void loadMore());

  // The filters of the list shown: "Show more" reads on with them, whatever the form holds meanwhile.
  let listed: Record<string, string> = {};
  /** A page of the listed filters: the first, or the one after `after`. */
  const read = (after?: string) => api.GET('/me/instances', { params: { query: { ...listed, limit: PAGE_SIZE, ...(after ? { cursor: after } : {}) } } }).then(answer);

  const showPaging = (next: string | null) => {
    cursor = next;
    more.hidden = next === null;
    summary.replaceChildren(shown === 0 ? 'No instance fits these filters.' : `${shown === total ? shown : `${shown} of ${total}`} ${total === 1 ? 'instance' : 'instances'}${status ? ` with status ${humanize(status)}` : ''}, newest change first`);
  };

  const load = async () => {
    const chosen = filters();
    const kept = new URLSearchParams({ ...chosen, ...(since.value ? { updatedSince: since.value } : {}), ...(status ? { status } : {}) });
    window.history.replaceState(null, '', `/console/instances${kept.size > 0 ? `?${kept.toString()}` : ''}`);
    const asked = (generation += 1);
    listed = { ...chosen, ...(status ? { status } : {}) };
    let page: Schemas['MyInstancePage'];
    try {
      page = await read();
      if (asked !== generation) return;
    } catch (error) {
      list.replaceChildren(alert(error instanceof Error ? error.message : String(error)));
      more.hidden = true;
      return;
    }
    const all = Object.values(page.counts).reduce((sum, count) => sum + count, 0);
    total = status ? (page.counts[status] ?? 0) : all;
    const statusButton = (value: string, text: string, count: number) =>
      onClick(h('button', { type: 'button', class: 'button quiet', 'aria-pressed': String(status === value), 'data-status': value }, `${text} (${count})`), () => {
        status = value;
        void load();
      });
    counts.replaceChildren(statusButton('', 'All', all), ...Object.entries(page.counts).map(([value, count]) => statusButton(value, humanize(value), count)));
    shown = page.instances.length;
    list.replaceChildren(shown === 0 ? '' : h('section', { class: 'card' }, table('Instances', columns, page.instances, rowOf), more));
    showPaging(page.nextCursor);
  };

  /** Appends the next page to the table and moves the focus to its first row, where reading goes on. */
  const loadMore = async () => {
    if (!cursor) return;
    const asked = generation;
    more.disabled = true;
    let page: Schemas['MyInstancePage'];
    try {
      page = await read(cursor);
    } catch (error) {
      more.disabled = false;
      summary.replaceChildren(alert(error instanceof Error ? error.message : String(error)));
      return;
    }
    more.disabled = false;
    if (asked !== generation) return;
    const body = list.querySelector('tbody');
    const added = table('Instances', columns, page.instances, rowOf).tBodies[0];
    const first = added?.querySelector('a');
    if (body && added) body.append(...added.rows);
    shown += page.instances.length;
    showPaging(page.nextCursor);
    first?.focus();
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
