/**
 * My tasks: every open task the signed-in person holds, across every instance their company
 * takes part in, overdue first, then due soon, then the rest; each opens in place to be
 * decided or handed over. The lists refresh on their own (the task panel stays as it is).
 * Below them the person sets or clears their out-of-office (out-of-office.ts).
 */
import { humanize } from '../presentation/format.js';
import { answer, api, type Schemas } from './api.js';
import { alert, date, statusBadge, table, taskStatusBadge, type Column } from './components.js';
import { openTask } from './decide.js';
import { h, onClick } from './dom.js';
import { outOfOfficeSection } from './out-of-office.js';

type InboxTask = Schemas['InboxTask'];

/** What "due soon" means here: within two days. */
const DUE_SOON_MS = 48 * 3_600_000;
/** How often the lists are read again while the page is open. */
const REFRESH_MS = 20_000;

/** Renders the page into `main`. */
export async function tasksPage(main: HTMLElement): Promise<void> {
  const lists = h('div', { id: 'task-lists' });
  const status = h('p', { class: 'lead', role: 'status', id: 'task-summary' });
  const notice = h('div', {});
  const panel = h('section', { id: 'task-panel', class: 'card', 'aria-label': 'The task', hidden: true });
  const away = h('div', {});
  main.replaceChildren(h('h1', {}, 'My tasks'), status, notice, lists, panel, away);
  void outOfOfficeSection().then((section) => away.replaceChildren(section));

  let selected: string | undefined;
  const done = (message: string) => {
    panel.hidden = true;
    selected = undefined;
    // The lists first, so that the notice speaks of what they already show.
    void load().then(() => {
      notice.replaceChildren(alert(message, 'notice'));
      notice.querySelector<HTMLElement>('[role=status]')?.focus();
    });
  };
  const open = (task: InboxTask) => {
    selected = `${task.instanceId} ${task.id}`;
    panel.hidden = false;
    void openTask(panel, task.instanceId, task.id, done);
    for (const row of lists.querySelectorAll('tr[data-key]')) row.classList.toggle('selected', row.getAttribute('data-key') === selected);
  };

  const columns: Array<Column<InboxTask>> = [
    { heading: 'Task', cell: (task) => h('strong', {}, task.title) },
    { heading: 'Process', cell: (task) => h('a', { href: `/console/instances/${encodeURIComponent(task.instance.id)}` }, task.instance.title) },
    { heading: 'Your role', cell: (task) => humanize(task.role) },
    { heading: 'Due', cell: (task) => date(task.dueAt) },
    { heading: 'Status', cell: (task) => taskStatusBadge(task) },
    { heading: 'Action', cell: (task) => onClick(h('button', { type: 'button', class: 'button quiet', 'aria-controls': 'task-panel' }, 'Decide', h('span', { class: 'sr-only' }, `: ${task.title}`)), () => open(task)) },
  ];

  // A read that started earlier (the timer's) must not overwrite a later one's lists.
  let reads = 0;
  const load = async () => {
    const read = ++reads;
    let tasks: InboxTask[];
    try {
      tasks = answer(await api.GET('/me/tasks', { params: { query: { filter: 'open', limit: 200 } } })).tasks;
    } catch (error) {
      if (read === reads) lists.replaceChildren(alert(error instanceof Error ? error.message : String(error)));
      return;
    }
    if (read !== reads) return;
    const now = Date.now();
    const overdue = tasks.filter((task) => task.overdue);
    const soon = tasks.filter((task) => !task.overdue && task.dueAt !== null && Date.parse(task.dueAt) - now < DUE_SOON_MS);
    const rest = tasks.filter((task) => !overdue.includes(task) && !soon.includes(task));
    status.replaceChildren(
      tasks.length === 0 ? 'Nothing waits for you.' : `${tasks.length} open`,
      ...(tasks.length === 0 ? [] : [' · ', statusBadge(`${overdue.length} overdue`, overdue.length > 0 ? 'late' : 'neutral'), ' · ', statusBadge(`${soon.length} due soon`, soon.length > 0 ? 'open' : 'neutral')]),
    );
    const rows = (task: InboxTask) => ({ 'data-key': `${task.instanceId} ${task.id}`, ...(selected === `${task.instanceId} ${task.id}` ? { class: 'selected' } : {}) });
    lists.replaceChildren(
      ...(
        [
          ['Overdue', overdue],
          ['Due soon', soon],
          ['Open', rest],
        ] as const
      )
        .filter(([, list]) => list.length > 0)
        .map(([caption, list]) => h('section', { class: 'card' }, table(`${caption} (${list.length})`, columns, list, rows))),
    );
  };

  await load();
  const timer = setInterval(() => {
    if (document.visibilityState === 'visible') void load();
  }, REFRESH_MS);
  window.addEventListener('pagehide', () => clearInterval(timer), { once: true });
}
