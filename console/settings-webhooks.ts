/**
 * Webhooks of the company: subscribe a URL to event types (its signing secret is shown once),
 * see each subscription's deliveries with every attempt, send a delivery again, and delete a
 * subscription after confirming.
 */
import { humanize } from '../presentation/format.js';
import { answer, api, type Schemas } from './api.js';
import { alert, date, statusBadge, table } from './components.js';
import { confirmInPlace, problemText } from './confirm.js';
import { h, onClick, replace } from './dom.js';
import { secretOnce } from './secret.js';
import { field } from './settings-people.js';

type Webhook = Schemas['Webhook'];
type Delivery = Schemas['Delivery'];

/** Every event type, in words; the compiler keeps the list whole. */
const EVENTS: Record<Schemas['WebhookEventType'], string> = {
  'instance.started': 'An instance started',
  'instance.changed': 'An instance changed',
  'instance.completed': 'An instance completed',
  'instance.cancelled': 'An instance was cancelled',
  'instance.incident': 'An instance stopped at an incident',
  'task.opened': 'A task opened',
  'task.decided': 'A task was decided',
};

/** Renders the section into `section`. */
export async function webhooksSection(section: HTMLElement): Promise<void> {
  const notice = h('div', {});
  const created = h('div', {});
  const list = h('div', { id: 'webhook-list' });
  const failed = (error: unknown) => notice.replaceChildren(alert(problemText(error)));

  const load = async () => {
    let webhooks: Webhook[];
    try {
      webhooks = answer(await api.GET('/webhooks')).webhooks;
    } catch (error) {
      return failed(error);
    }
    if (webhooks.length === 0) return replace(list, h('p', { class: 'muted' }, 'No webhook yet.'));
    replace(list, webhooks.map((webhook) => subscription(webhook, notice, load)));
  };

  const url = h('input', { id: 'webhook-url', name: 'url', type: 'url', required: true, maxlength: 2000, autocomplete: 'off', placeholder: 'https://portal.example.com/tandem/webhooks' });
  const description = h('input', { id: 'webhook-description', name: 'description', maxlength: 200, autocomplete: 'off' });
  const boxes = (Object.keys(EVENTS) as Array<Schemas['WebhookEventType']>).map((type) => ({ type, box: h('input', { type: 'checkbox', id: `webhook-event-${type.replace('.', '-')}`, name: 'events', value: type }) }));
  const form = h(
    'form',
    { 'aria-labelledby': 'create-webhook-heading' },
    h('h3', { id: 'create-webhook-heading' }, 'Subscribe a URL'),
    field('webhook-url', 'URL', url),
    field('webhook-description', 'Description (optional)', description),
    h('fieldset', {}, h('legend', {}, 'Events to send'), boxes.map(({ type, box }) => h('label', { class: 'check', for: box.id }, box, EVENTS[type]))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Subscribe')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const events = boxes.filter(({ box }) => box.checked).map(({ type }) => type);
    if (events.length === 0) return notice.replaceChildren(alert('Choose at least one event to send.'));
    const text = description.value.trim();
    api
      .POST('/webhooks', { body: { url: url.value.trim(), events, ...(text ? { description: text } : {}) } })
      .then(answer)
      .then((webhook) => {
        notice.replaceChildren();
        const panel = secretOnce('new-webhook-secret', `Signing secret of ${webhook.url}`, webhook.secret, 'Your receiver checks the Tandem-Signature header of each delivery with it.');
        created.replaceChildren(panel);
        form.reset();
        panel.focus();
        return load();
      }, failed);
  });

  section.replaceChildren(h('h2', { id: 'webhooks-heading' }, 'Webhooks'), h('p', { class: 'muted' }, 'Tandem POSTs signed events of your company’s instances to these URLs.'), notice, created, list, form);
  await load();
}

/** One subscription: its URL and events, its deliveries on demand, and deleting it. */
function subscription(webhook: Webhook, notice: HTMLElement, reload: () => Promise<void>): HTMLElement {
  const deliveries = h('div', { class: 'deliveries' });
  const confirmArea = h('div', {});
  const show = async () => {
    let rows: Delivery[];
    try {
      rows = answer(await api.GET('/webhooks/{id}/deliveries', { params: { path: { id: webhook.id }, query: { limit: 50 } } })).deliveries;
    } catch (error) {
      return deliveries.replaceChildren(alert(problemText(error)));
    }
    const refresh = onClick(h('button', { type: 'button', class: 'button quiet' }, 'Refresh deliveries'), () => void show());
    if (rows.length === 0) return replace(deliveries, h('p', { class: 'muted' }, 'Nothing delivered yet.'), refresh);
    replace(deliveries, deliveryTable(webhook, rows, deliveries, show), refresh);
  };
  const remove = onClick(h('button', { type: 'button', class: 'button quiet' }, 'Delete', h('span', { class: 'sr-only' }, ` the webhook to ${webhook.url}`)), () =>
    confirmInPlace(confirmArea, `Delete the webhook to ${webhook.url}? Nothing more is sent there, and its delivery records go.`, 'Delete webhook', async () => {
      answer(await api.DELETE('/webhooks/{id}', { params: { path: { id: webhook.id } } }));
      await reload();
      notice.replaceChildren(alert(`Deleted the webhook to ${webhook.url}.`, 'notice'));
    }),
  );
  const open = onClick(h('button', { type: 'button', class: 'button quiet', 'data-deliveries': webhook.id }, 'Show deliveries', h('span', { class: 'sr-only' }, ` to ${webhook.url}`)), () => void show());
  return h(
    'article',
    { class: 'webhook', 'data-webhook': webhook.id, 'aria-label': `Webhook to ${webhook.url}` },
    h('h3', {}, h('span', { class: 'url' }, webhook.url)),
    webhook.description ? h('p', { class: 'muted' }, webhook.description) : null,
    h('p', {}, 'Sends: ', webhook.events.map((type) => EVENTS[type]).join(', '), '.'),
    h('div', { class: 'actions' }, open, remove),
    confirmArea,
    deliveries,
  );
}

function deliveryTable(webhook: Webhook, rows: readonly Delivery[], area: HTMLElement, reload: () => Promise<void>): HTMLElement {
  const said = h('div', {});
  const replay = (delivery: Delivery) =>
    onClick(h('button', { type: 'button', class: 'button quiet', 'data-replay': delivery.id, disabled: delivery.status === 'pending' }, 'Send again', h('span', { class: 'sr-only' }, ` ${EVENTS[delivery.eventType]}`)), () => {
      api
        .POST('/webhooks/{id}/deliveries/{deliveryId}/replay', { params: { path: { id: webhook.id, deliveryId: delivery.id } } })
        .then(answer)
        .then(
          () => reload().then(() => area.prepend(alert(`Sent again: ${EVENTS[delivery.eventType]}. Its attempts show here once it goes.`, 'notice'))),
          (error: unknown) => said.replaceChildren(alert(problemText(error))),
        );
    });
  const last = (delivery: Delivery) => delivery.attempts[delivery.attempts.length - 1];
  return h(
    'div',
    {},
    said,
    table(
      `Deliveries to ${webhook.url}, newest first`,
      [
        { heading: 'Event', cell: (delivery: Delivery) => EVENTS[delivery.eventType] },
        { heading: 'Instance', cell: (delivery) => h('a', { href: `/console/instances/${encodeURIComponent(delivery.instanceId)}` }, delivery.instanceId) },
        { heading: 'Status', cell: (delivery) => statusBadge(humanize(delivery.status), delivery.status === 'delivered' ? 'done' : delivery.status === 'failed' ? 'late' : 'waiting') },
        { heading: 'Attempts', cell: (delivery) => `${delivery.attempts.length}${delivery.attempts.some((attempt) => attempt.replay) ? ' (replayed)' : ''}${last(delivery)?.statusCode ? ` · last answer ${last(delivery)?.statusCode}` : last(delivery)?.error ? ` · ${last(delivery)?.error}` : ''}` },
        { heading: 'Created', cell: (delivery) => date(delivery.createdAt) },
        { heading: 'Action', cell: replay },
      ],
      rows,
      (delivery) => ({ 'data-delivery': delivery.id, 'data-status': delivery.status }),
    ),
  );
}
