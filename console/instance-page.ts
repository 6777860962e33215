/**
 * One instance as the person's company sees it: its status, the template's diagram with the
 * steps it went through, where it is now and where it waits on others; the open tasks with
 * their holders and due dates; the actions the person may take (instance-actions.ts); and the
 * timeline (who, which company, when, what, comment).
 * It follows the instance live through the API's event stream, and reads it every few seconds
 * instead when the stream cannot be held open.
 */
import { humanize } from '../presentation/format.js';
import { answer, api, ApiProblem, type Schemas } from './api.js';
import { alert, company, date, instanceBadge, people, person, table, taskStatusBadge } from './components.js';
import { drawDiagram, stepList } from './diagram.js';
import { actionsSection } from './instance-actions.js';
import { h, replace } from './dom.js';

type Instance = Schemas['MyInstance'];
type TimelineEvent = Schemas['TimelineEvent'];

/** How often the page reads the instance when there is no event stream. */
const POLL_MS = 5_000;

/** Renders instance `id` into `main` and keeps it current. */
export async function instancePage(main: HTMLElement, id: string): Promise<void> {
  const live = h('p', { class: 'live', role: 'status', id: 'live' }, 'Connecting…');
  const view = h('div', {});
  main.replaceChildren(view, live);
  let shown = -1;
  let drawing = Promise.resolve();
  const actions = actionsSection(() => void render());

  const render = async () => {
    const path = { params: { path: { id } } };
    let instance: Instance;
    let events: TimelineEvent[];
    let diagram: Schemas['InstanceDiagram'];
    try {
      const [read, timeline, chart] = await Promise.all([api.GET('/me/instances/{id}', path), api.GET('/me/instances/{id}/timeline', path), api.GET('/me/instances/{id}/diagram', path)]);
      instance = answer(read);
      events = answer(timeline).events;
      diagram = answer(chart);
    } catch (error) {
      view.replaceChildren(h('h1', {}, 'Process'), alert(error instanceof ApiProblem && error.status === 404 ? 'There is no such process that your company takes part in.' : error instanceof Error ? error.message : String(error)));
      return;
    }
    if (instance.revision <= shown) return;
    shown = instance.revision;
    actions.show(instance);
    const titles = new Map<string, string>(instance.tasks.map((task) => [task.stepId, task.title]));
    const chart = h('div', { class: 'diagram', id: 'diagram', 'data-revision': instance.revision });
    const open = instance.tasks.filter((task) => task.status === 'open');
    replace(
      view,
      h('h1', {}, instance.title),
      h('p', { class: 'lead' }, instanceBadge(instance), ' · ', `${instance.templateId} v${instance.templateVersion}`, ' · started ', date(instance.startedAt), ' · ', Object.entries(instance.companies).map(([party, companyId], index) => [index > 0 ? ', ' : '', `${humanize(party)}: `, company(String(companyId))])),
      instance.incident ? alert(`Stopped at ${instance.incident.stepId ?? 'a step'}: ${instance.incident.error}`) : null,
      actions.element,
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'diagram-heading' },
        h('h2', { id: 'diagram-heading' }, 'Where it stands'),
        h('ul', { class: 'legend', 'aria-hidden': 'true' }, h('li', {}, h('span', { class: 'badge current' }, 'Now here')), h('li', {}, h('span', { class: 'badge waiting' }, 'Waiting on others')), h('li', {}, h('span', { class: 'badge done' }, 'Done'))),
        chart,
        stepList(diagram.steps, titles),
      ),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'tasks-heading' },
        h('h2', { id: 'tasks-heading' }, 'Open tasks'),
        open.length === 0
          ? h('p', { class: 'muted' }, 'No open task your company can see.')
          : table('Open tasks your company can see', [
              { heading: 'Task', cell: (task: Schemas['Task']) => task.title },
              { heading: 'Company', cell: (task) => company(task.companyId) },
              { heading: 'Held by', cell: (task) => people(task.assignees) },
              { heading: 'Due', cell: (task) => date(task.dueAt) },
              { heading: 'Status', cell: (task) => taskStatusBadge(task) },
            ], open),
      ),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'timeline-heading' },
        h('h2', { id: 'timeline-heading' }, 'Timeline'),
        table('What happened, oldest first', [
          { heading: 'When', cell: (event: TimelineEvent) => date(event.at) },
          { heading: 'Who', cell: (event) => person(event.actor) },
          { heading: 'Company', cell: (event) => (event.actor && event.actor !== 'system' ? company(event.actor.company) : '—') },
          { heading: 'What', cell: (event) => what(event, titles) },
          { heading: 'Comment', cell: (event) => event.comment ?? '' },
        ], events),
      ),
    );
    // One drawing at a time; a newer revision draws after the one in progress.
    drawing = drawing.then(() => drawDiagram(chart, diagram.mermaid, `Diagram of ${instance.templateId}: now at ${diagram.steps.current.join(', ') || 'no step'}`)).catch((error: unknown) => {
      chart.replaceChildren(h('p', { class: 'muted' }, `The diagram could not be drawn: ${error instanceof Error ? error.message : String(error)}`));
    });
    await drawing;
  };

  await render();
  follow(id, live, render);
}

/** What an event says, in words. */
function what(event: TimelineEvent, titles: ReadonlyMap<string, string>): string {
  const step = event.stepId ? (titles.get(event.stepId) ?? humanize(event.stepId)) : '';
  const outcome = event.outcome ? humanize(event.outcome) : '';
  switch (event.type) {
    case 'decided':
      return `${outcome || 'Decided'}${step ? ` · ${step}` : ''}`;
    case 'task_opened':
      return `Task opened · ${step}`;
    case 'step_entered':
      return `Reached ${step}`;
    default:
      return `${humanize(event.type)}${step ? ` · ${step}` : ''}${outcome ? ` · ${outcome}` : ''}`;
  }
}

/** Re-renders on every change the event stream announces; polls while the stream is down. */
function follow(id: string, live: HTMLElement, render: () => Promise<void>): void {
  let poll: ReturnType<typeof setInterval> | undefined;
  const polling = () => {
    if (poll) return;
    live.textContent = 'Updating every few seconds.';
    poll = setInterval(() => void render(), POLL_MS);
  };
  if (typeof EventSource === 'undefined') return polling();
  const stream = new EventSource(`/me/instances/${encodeURIComponent(id)}/events`);
  stream.addEventListener('open', () => {
    clearInterval(poll);
    poll = undefined;
    live.textContent = 'Live: changes show as they happen.';
  });
  stream.addEventListener('changed', () => void render());
  // EventSource reconnects by itself after an error; until it does, the page polls.
  stream.addEventListener('error', polling);
  window.addEventListener('pagehide', () => stream.close(), { once: true });
}
