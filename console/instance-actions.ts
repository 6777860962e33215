/**
 * What the person may do to an instance, as the API lists it in `actions` of GET
 * /me/instances/{id} (the workflow's own rules decide): cancel it, withdraw their company's
 * party, hand over a task they hold, reassign a task of their company as its admin. Each asks
 * for its reason or colleague, then for confirmation; the API's refusal is shown as it words
 * it. The section is one element that survives the page's redraws, so a half-filled form
 * stays as it is while the instance moves.
 */
import { humanize } from '../presentation/format.js';
import { answer, api, type Schemas } from './api.js';
import { alert } from './components.js';
import { confirmInPlace } from './confirm.js';
import { h, onClick, replace } from './dom.js';

type Instance = Schemas['MyInstance'];
type Action = Schemas['InstanceAction'];

/** The actions section; `show` redraws its buttons for the instance as it now is. */
export interface ActionsSection {
  element: HTMLElement;
  show(instance: Instance): void;
}

const keyOf = (action: Action) => `${action.kind} ${action.party ?? ''} ${action.taskId ?? ''}`;

/** Builds the section; `changed` reads the instance again after an action was taken. */
export function actionsSection(changed: () => void): ActionsSection {
  const buttons = h('div', { class: 'actions', id: 'instance-actions' });
  const notice = h('div', {});
  const form = h('div', { id: 'action-form' });
  const element = h('section', { class: 'card', 'aria-labelledby': 'actions-heading' }, h('h2', { id: 'actions-heading' }, 'What you can do'), notice, buttons, form);
  let shown: string | undefined;
  let open: string | undefined;

  const show = (instance: Instance) => {
    const offered = `${instance.lifecycle} ${instance.status}: ${instance.actions.map(keyOf).join('|')}`;
    if (offered === shown) return;
    shown = offered;
    if (open && !instance.actions.some((action) => keyOf(action) === open)) {
      form.replaceChildren();
      open = undefined;
    }
    if (instance.actions.length === 0) {
      replace(buttons, h('p', { class: 'muted' }, instance.lifecycle === 'running' ? 'Nothing here is yours to change now.' : `This process has ended (${humanize(instance.status)}); nothing more can be done.`));
      return;
    }
    replace(
      buttons,
      instance.actions.map((action) =>
        onClick(h('button', { type: 'button', class: action.kind === 'cancel' ? 'button no' : 'button quiet', 'data-action': keyOf(action) }, labelOf(instance, action)), () => {
          open = keyOf(action);
          formFor(instance, action, form, (message) => {
            open = undefined;
            form.replaceChildren();
            notice.replaceChildren(alert(message, 'notice'));
            notice.querySelector<HTMLElement>('[role=status]')?.setAttribute('tabindex', '-1');
            notice.querySelector<HTMLElement>('[role=status]')?.focus();
            changed();
          });
        }),
      ),
    );
  };
  return { element, show };
}

function taskTitle(instance: Instance, taskId: string | null): string {
  return instance.tasks.find((task) => task.id === taskId)?.title ?? 'the task';
}

function labelOf(instance: Instance, action: Action): string {
  switch (action.kind) {
    case 'cancel':
      return 'Cancel this process';
    case 'withdraw':
      return `Withdraw ${humanize(action.party ?? '')}`;
    case 'delegate':
      return `Hand over “${taskTitle(instance, action.taskId)}”`;
    case 'reassign':
      return `Reassign “${taskTitle(instance, action.taskId)}”`;
  }
}

/** The form of one action: what it needs, then a confirmation, then the API. */
function formFor(instance: Instance, action: Action, area: HTMLElement, done: (message: string) => void): void {
  const handOver = action.kind === 'delegate' || action.kind === 'reassign';
  const path = { params: { path: { id: instance.id } } };
  const to = h('input', { id: 'action-to', name: 'to', type: 'email', required: true, autocomplete: 'off', maxlength: 320 });
  const text = h('textarea', { id: 'action-text', name: 'text', maxlength: 5000, required: !handOver });
  const confirmArea = h('div', {});
  const submit = h('button', { type: 'submit', class: 'button' }, 'Continue');
  const heading = h('h3', { id: 'action-heading', tabindex: -1 }, labelOf(instance, action));
  const form = h(
    'form',
    { 'aria-labelledby': 'action-heading' },
    heading,
    handOver ? [h('label', { for: 'action-to' }, 'Colleague’s address'), h('span', { class: 'hint' }, 'A person of your company’s directory.'), to] : null,
    h('label', { for: 'action-text' }, handOver ? 'Note for them (optional)' : 'Reason'),
    handOver ? null : h('span', { class: 'hint' }, 'Recorded in the timeline; the others are told.'),
    text,
    h('div', { class: 'actions' }, submit, onClick(h('button', { type: 'button', class: 'button quiet' }, 'Close'), () => area.replaceChildren())),
    confirmArea,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const note = text.value.trim();
    const title = taskTitle(instance, action.taskId);
    const { question, yes, act } = ((): { question: string; yes: string; act: () => Promise<string> } => {
      switch (action.kind) {
        case 'cancel':
          return {
            question: `Cancel “${instance.title}” for every company in it? Open tasks close and nothing more happens. This cannot be undone.`,
            yes: 'Yes, cancel it',
            act: async () => {
              answer(await api.POST('/me/instances/{id}/cancel', { ...path, body: { reason: note } }));
              return 'Cancelled.';
            },
          };
        case 'withdraw':
          return {
            question: `Withdraw your company (${humanize(action.party ?? '')}) from “${instance.title}”? Its open tasks close; the others decide whether to go on.`,
            yes: 'Yes, withdraw',
            act: async () => {
              answer(await api.POST('/me/instances/{id}/withdraw', { ...path, body: { party: action.party ?? '', reason: note } }));
              return 'Withdrawn.';
            },
          };
        case 'delegate':
        case 'reassign': {
          const kind = action.kind;
          const taskPath = { params: { path: { id: instance.id, taskId: action.taskId ?? '' } } };
          const body = { to: to.value.trim(), ...(note ? { comment: note } : {}) };
          return {
            question: `Give “${title}” to ${body.to}? ${kind === 'reassign' ? 'They alone hold it then.' : 'You no longer hold it then.'}`,
            yes: kind === 'reassign' ? 'Yes, reassign' : 'Yes, hand over',
            act: async () => {
              answer(await api.POST(kind === 'reassign' ? '/me/instances/{id}/tasks/{taskId}/reassign' : '/me/instances/{id}/tasks/{taskId}/delegate', { ...taskPath, body }));
              return `Gave “${title}” to ${body.to}.`;
            },
          };
        }
      }
    })();
    confirmInPlace(confirmArea, question, yes, async () => done(await act()), 'Not now');
  });
  area.replaceChildren(form);
  heading.focus();
}
