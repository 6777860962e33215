/**
 * People and groups of the company's directory: who is in it, active or not, in which groups,
 * who is out of office and to whom their tasks go; adding a person, creating a group, putting
 * people into groups and taking them out.
 */
import { answer, api, type Schemas } from './api.js';
import { alert, date, person, statusBadge, table } from './components.js';
import { problemText } from './confirm.js';
import { h, onClick, replace } from './dom.js';

type Person = Schemas['DirectoryPerson'];
type Group = Schemas['Group'];

/** Renders the people and groups sections into `container` and keeps them current after each change. */
export async function peopleSections(container: HTMLElement): Promise<void> {
  const people = h('section', { class: 'card', 'aria-labelledby': 'people-heading', id: 'people' });
  const groups = h('section', { class: 'card', 'aria-labelledby': 'groups-heading', id: 'groups' });
  const notice = h('div', { id: 'people-notice' });
  container.replaceChildren(notice, people, groups);
  const said = (message: string) => notice.replaceChildren(alert(message, 'notice'));
  const failed = (error: unknown) => notice.replaceChildren(alert(problemText(error)));

  const load = async () => {
    let everyone: Person[];
    let all: Group[];
    try {
      [everyone, all] = await Promise.all([api.GET('/directory/people').then(answer).then((body) => body.people), api.GET('/directory/groups').then(answer).then((body) => body.groups)]);
    } catch (error) {
      failed(error);
      return;
    }
    // The tables first, so that the notice speaks of what they already show.
    const changed = (message: string) => void load().then(() => said(message));
    replace(people, h('h2', { id: 'people-heading' }, 'People'), peopleTable(everyone), addPersonForm(all, changed, failed));
    replace(groups, h('h2', { id: 'groups-heading' }, 'Groups'), groupsTable(all, everyone, changed, failed), addMemberForm(all, everyone, changed, failed), addGroupForm(changed, failed));
  };
  await load();
}

function peopleTable(everyone: readonly Person[]): HTMLElement {
  return table(
    `People of your directory (${everyone.length})`,
    [
      { heading: 'Person', cell: (row: Person) => person({ name: row.name, email: row.email, company: row.companyId }) },
      { heading: 'Groups', cell: (row) => (row.groups.length > 0 ? row.groups.join(', ') : h('span', { class: 'muted' }, '—')) },
      { heading: 'Status', cell: (row) => (row.active ? statusBadge('Active', 'done') : statusBadge('Inactive')) },
      { heading: 'Out of office', cell: (row) => outOfOffice(row.outOfOffice) },
    ],
    everyone,
    (row) => ({ 'data-email': row.email }),
  );
}

/** Out of office as a sentence: to whom, from when, until when. */
export function outOfOffice(setting: Schemas['OutOfOffice'] | null): HTMLElement {
  if (!setting) return h('span', { class: 'muted' }, 'In');
  return h('span', {}, `Tasks go to ${setting.delegateEmail}, `, date(setting.from), ' – ', date(setting.until));
}

/** A labelled field: label, optional hint, input. */
export function field(id: string, label: string, input: HTMLElement, hint?: string): HTMLElement[] {
  return [h('label', { for: id }, label), ...(hint ? [h('span', { class: 'hint', id: `${id}-hint` }, hint)] : []), input];
}

function addPersonForm(groups: readonly Group[], changed: (message: string) => void, failed: (error: unknown) => void): HTMLElement {
  const name = h('input', { id: 'person-name', name: 'name', required: true, maxlength: 200, autocomplete: 'off' });
  const email = h('input', { id: 'person-email', name: 'email', type: 'email', required: true, maxlength: 320, autocomplete: 'off' });
  const group = h('select', { id: 'person-group', name: 'group' }, h('option', { value: '' }, 'No group yet'), groups.map((entry) => h('option', { value: entry.name }, entry.name)));
  const form = h('form', { 'aria-labelledby': 'add-person-heading' }, h('h3', { id: 'add-person-heading' }, 'Add a person'), field('person-name', 'Name', name), field('person-email', 'Work address', email), field('person-group', 'Group', group), h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Add person')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { name: name.value.trim(), email: email.value.trim(), ...(group.value ? { groups: [group.value] } : {}) };
    api.POST('/directory/people', { body }).then(answer).then((added) => changed(`Added ${added.name} (${added.email}).`), failed);
  });
  return form;
}

function groupsTable(groups: readonly Group[], everyone: readonly Person[], changed: (message: string) => void, failed: (error: unknown) => void): HTMLElement {
  const idOf = new Map(everyone.map((entry) => [entry.email, entry.id]));
  const members = (group: Group) =>
    group.members.length === 0
      ? h('span', { class: 'muted' }, 'Nobody yet')
      : h(
          'ul',
          { class: 'members' },
          group.members.map((email) => {
            const id = idOf.get(email);
            const remove = id
              ? onClick(h('button', { type: 'button', class: 'button quiet small' }, 'Remove', h('span', { class: 'sr-only' }, ` ${email} from ${group.name}`)), () => {
                  api
                    .DELETE('/directory/groups/{group}/members/{personId}', { params: { path: { group: group.name, personId: id } } })
                    .then(answer)
                    .then(() => changed(`Took ${email} out of ${group.name}.`), failed);
                })
              : null;
            return h('li', {}, h('span', {}, email), remove);
          }),
        );
  return table(`Groups (${groups.length})`, [{ heading: 'Group', cell: (group: Group) => [h('strong', {}, group.name), group.description ? h('span', { class: 'hint' }, group.description) : null] }, { heading: 'Members', cell: members }], groups, (group) => ({ 'data-group': group.name }));
}

function addMemberForm(groups: readonly Group[], everyone: readonly Person[], changed: (message: string) => void, failed: (error: unknown) => void): HTMLElement {
  const group = h('select', { id: 'member-group', name: 'group', required: true }, groups.map((entry) => h('option', { value: entry.name }, entry.name)));
  const who = h('select', { id: 'member-person', name: 'person', required: true }, everyone.filter((entry) => entry.active).map((entry) => h('option', { value: entry.email }, `${entry.name} (${entry.email})`)));
  const form = h('form', { 'aria-labelledby': 'add-member-heading' }, h('h3', { id: 'add-member-heading' }, 'Put a person into a group'), field('member-group', 'Group', group), field('member-person', 'Person', who), h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Add to group')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    api
      .POST('/directory/groups/{group}/members', { params: { path: { group: group.value } }, body: { email: who.value } })
      .then(answer)
      .then(() => changed(`Put ${who.value} into ${group.value}.`), failed);
  });
  return form;
}

function addGroupForm(changed: (message: string) => void, failed: (error: unknown) => void): HTMLElement {
  const name = h('input', { id: 'group-name', name: 'name', required: true, maxlength: 100, pattern: '[a-z0-9][a-z0-9._\\-]*', autocomplete: 'off', 'aria-describedby': 'group-name-hint' });
  const description = h('input', { id: 'group-description', name: 'description', maxlength: 500, autocomplete: 'off' });
  const form = h('form', { 'aria-labelledby': 'add-group-heading' }, h('h3', { id: 'add-group-heading' }, 'Create a group'), field('group-name', 'Name', name, 'Lower-case letters, digits, dots, dashes or underscores, e.g. finance or mdf.channel_managers.'), field('group-description', 'What it is for (optional)', description), h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Create group')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = description.value.trim();
    api
      .POST('/directory/groups', { body: { name: name.value.trim(), ...(text ? { description: text } : {}) } })
      .then(answer)
      .then((created) => changed(`Created the group ${created.name}.`), failed);
  });
  return form;
}
