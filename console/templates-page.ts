/**
 * Templates, for platform operators: the catalog with each version's status and diagram; an
 * editor that validates as the author types (template-editor.ts); publishing and deprecating,
 * each after a confirmation; the differences between two versions; and "try it": a trial of a
 * version, played by the operator's own company and people only (routes/me-templates.ts),
 * whose instance page then follows it live. Everyone else is told the page is not theirs and
 * gets no editor. Every refusal of the API is shown with its code and message.
 */
import { diffLines } from 'diff';
import { parse, stringify } from 'yaml';
import { answer, api, ApiProblem, type Schemas } from './api.js';
import { alert, date, statusBadge, table } from './components.js';
import { drawDiagram } from './diagram.js';
import { h, onClick, replace } from './dom.js';
import { templateEditor, type Problem, type TemplateEditor } from './template-editor.js';

type Summary = Schemas['TemplateSummary'];
type Version = Schemas['TemplateVersion'];

/** A template as the page reads it (the API's `template` is open data). */
interface TemplateData {
  id?: string;
  version?: number;
  title?: string;
  parties?: Record<string, { roles?: Record<string, { title?: string }> }>;
  inputs?: Record<string, { type?: string; required?: boolean; values?: string[]; currency?: string; min?: number }>;
}

const asData = (value: unknown): TemplateData => (typeof value === 'object' && value !== null ? value : {});

/** A refusal as the page shows it: what the API said, and its code. */
function refusal(error: unknown): HTMLDivElement {
  if (error instanceof ApiProblem) return alert(`${error.message} (${error.code}, ${error.status})`);
  return alert(error instanceof Error ? error.message : String(error));
}

/** Asks before something that cannot be undone; resolves to whether the person confirmed. */
function confirmStep(heading: string, text: string, yes: string): Promise<boolean> {
  const dialog = h(
    'dialog',
    { 'aria-labelledby': 'confirm-heading', class: 'card confirm' },
    h('h2', { id: 'confirm-heading' }, heading),
    h('p', {}, text),
    h('form', { method: 'dialog', class: 'actions' }, h('button', { class: 'button', value: 'yes', id: 'confirm-yes' }, yes), h('button', { class: 'button quiet', value: 'no', id: 'confirm-no', autofocus: true }, 'Cancel')),
  );
  document.body.append(dialog);
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'yes');
      dialog.remove();
    });
  });
}

/** Sample start input from the template's inputs, for a trial. */
export function sampleInput(inputs: TemplateData['inputs'], email: string): Record<string, unknown> {
  const sample: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(inputs ?? {})) {
    switch (field.type) {
      case 'integer':
        sample[name] = field.min ?? 1;
        break;
      case 'money':
        sample[name] = { amount: 100_000, currency: field.currency ?? 'USD' };
        break;
      case 'boolean':
        sample[name] = false;
        break;
      case 'date':
        sample[name] = new Date().toISOString().slice(0, 10);
        break;
      case 'email':
        sample[name] = email;
        break;
      case 'url':
        sample[name] = 'https://example.com/trial';
        break;
      case 'enum':
        sample[name] = field.values?.[0] ?? '';
        break;
      case 'duration':
        sample[name] = '1d';
        break;
      case 'documents':
        if (!field.required) continue;
        sample[name] = [];
        break;
      default:
        sample[name] = `Trial ${name}`;
    }
  }
  return sample;
}

/** Renders the Templates page into `main` for `me`. */
export async function templatesPage(main: HTMLElement, me: { platform: boolean; person: { email: string; companyId: string } }): Promise<void> {
  if (!me.platform) {
    replace(main, h('h1', {}, 'Templates'), alert('This page is for the platform’s operators: they publish, deprecate and try the processes every company runs. You are not one of them, so there is nothing here for you. If you should be, ask the platform to name you an operator.'));
    return;
  }
  const said = h('div', { id: 'said', 'aria-live': 'polite' });
  const catalog = h('section', { class: 'card', 'aria-labelledby': 'catalog-heading', id: 'catalog' });
  const version = h('section', { class: 'card', 'aria-labelledby': 'version-heading', id: 'version', hidden: true });
  const editorBox = h('div', { class: 'editor', id: 'editor' });
  const validity = h('p', { id: 'validity', role: 'status', class: 'muted' }, 'Type or paste a template; it is checked as you type.');
  const problems = h('ol', { id: 'problems', class: 'problems' });
  const publish = h('button', { type: 'button', class: 'button', id: 'publish' }, 'Publish…');
  let summaries: Summary[] = [];

  const say = (child: HTMLElement) => said.replaceChildren(child);

  const editor: TemplateEditor = templateEditor(editorBox, 'Template, in YAML', {
    checking: () => {
      validity.textContent = 'Checking…';
    },
    verdict: (result) => {
      if ('refusal' in result) {
        validity.textContent = `Could not check: ${result.refusal.message} (${result.refusal.code})`;
        return;
      }
      validity.textContent = result.problems.length === 0 ? 'Valid: no problems found.' : `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} found.`;
      problems.replaceChildren(...result.problems.map((problem: Problem) => h('li', { 'data-line': problem.line }, onClick(h('button', { type: 'button', class: 'link' }, `Line ${problem.line}`), () => editor.reveal(problem)), `: ${problem.message} `, h('code', {}, problem.code))));
    },
  });

  const loadCatalog = async () => {
    try {
      summaries = answer(await api.GET('/me/templates')).templates;
    } catch (error) {
      replace(catalog, h('h2', { id: 'catalog-heading' }, 'Catalog'), refusal(error));
      return;
    }
    replace(
      catalog,
      h('h2', { id: 'catalog-heading' }, 'Catalog'),
      table(
        'Every published version, newest first per template',
        [
          { heading: 'Template', cell: (row: Summary) => [h('strong', {}, row.title), h('span', { class: 'hint' }, row.id)] },
          { heading: 'Version', cell: (row) => `v${row.version}` },
          { heading: 'Status', cell: (row) => [row.deprecated ? statusBadge('Deprecated', 'neutral') : statusBadge('Published', 'done'), row.builtIn ? h('span', { class: 'hint' }, 'built in') : null] },
          { heading: 'Published', cell: (row) => date(row.publishedAt) },
          { heading: '', cell: (row) => onClick(h('button', { type: 'button', class: 'button quiet', 'aria-label': `Show ${row.id} version ${row.version}` }, 'Show'), () => void showVersion(row.id, row.version)) },
        ],
        summaries,
        (row) => ({ 'data-template': row.id, 'data-version': String(row.version), 'data-status': row.deprecated ? 'deprecated' : 'published' }),
      ),
    );
  };

  const readVersion = async (id: string, number: number): Promise<Version> => answer(await api.GET('/me/templates/{id}/versions/{version}', { params: { path: { id, version: number } } }));

  const showVersion = async (id: string, number: number) => {
    let found: Version;
    try {
      found = await readVersion(id, number);
    } catch (error) {
      say(refusal(error));
      return;
    }
    const data = asData(found.template);
    const chart = h('div', { class: 'diagram', id: 'version-diagram' });
    const others = summaries.filter((row) => row.id === id && row.version !== number);
    const compareWith = h('select', { id: 'compare-with' }, others.map((row) => h('option', { value: String(row.version) }, `v${row.version}`)));
    const differences = h('div', { id: 'differences' });
    replace(
      version,
      h('h2', { id: 'version-heading', tabindex: '-1' }, `${data.title ?? id} · v${number}`),
      h('p', { class: 'lead' }, found.deprecated ? statusBadge('Deprecated', 'neutral') : statusBadge('Published', 'done'), ' ', h('code', {}, id), ' · published ', date(found.publishedAt)),
      chart,
      h(
        'div',
        { class: 'actions' },
        onClick(h('button', { type: 'button', class: 'button quiet', id: 'edit-version' }, 'Edit as a new version'), () => {
          editor.setText(stringify({ ...data, version: Math.max(...summaries.filter((row) => row.id === id).map((row) => row.version)) + 1 }));
          editor.view.focus();
        }),
        found.deprecated ? null : onClick(h('button', { type: 'button', class: 'button no', id: 'deprecate' }, 'Deprecate…'), () => void deprecate(id, number)),
      ),
      others.length === 0
        ? null
        : h(
            'form',
            { id: 'compare', class: 'row' },
            h('label', { for: 'compare-with' }, `Compare v${number} with`),
            compareWith,
            h('button', { type: 'submit', class: 'button quiet' }, 'Show the differences'),
          ),
      differences,
      found.deprecated ? h('p', { class: 'muted' }, 'A deprecated version cannot be tried or started.') : trialForm(id, number, data),
    );
    version.hidden = false;
    version.querySelector('form#compare')?.addEventListener('submit', (event) => {
      event.preventDefault();
      void compare(found, Number(compareWith.value), differences);
    });
    version.querySelector<HTMLElement>('#version-heading')?.focus();
    await drawDiagram(chart, found.diagram, `Diagram of ${id} version ${number}`).catch((error: unknown) => chart.replaceChildren(h('p', { class: 'muted' }, `The diagram could not be drawn: ${error instanceof Error ? error.message : String(error)}`)));
  };

  const compare = async (current: Version, other: number, into: HTMLElement) => {
    const data = asData(current.template);
    let older: Version;
    try {
      older = await readVersion(data.id ?? '', other);
    } catch (error) {
      into.replaceChildren(refusal(error));
      return;
    }
    const [from, to] = (data.version ?? 0) > other ? [older, current] : [current, older];
    const parts = diffLines(stringify(from.template), stringify(to.template));
    const added = parts.filter((part) => part.added).reduce((sum, part) => sum + (part.count ?? 0), 0);
    const removed = parts.filter((part) => part.removed).reduce((sum, part) => sum + (part.count ?? 0), 0);
    const fromVersion = asData(from.template).version ?? 0;
    const toVersion = asData(to.template).version ?? 0;
    replace(
      into,
      h('h3', { id: 'diff-heading' }, `From v${fromVersion} to v${toVersion}: ${added} line${added === 1 ? '' : 's'} added, ${removed} removed`),
      h(
        'pre',
        { class: 'diff', 'aria-labelledby': 'diff-heading', tabindex: '0' },
        parts.map((part) => {
          const lines = part.value.replace(/\n$/, '').split('\n');
          if (part.added) return lines.map((line) => h('ins', {}, h('span', { class: 'sr-only' }, 'added: '), `+ ${line}\n`));
          if (part.removed) return lines.map((line) => h('del', {}, h('span', { class: 'sr-only' }, 'removed: '), `- ${line}\n`));
          return lines.map((line) => h('span', {}, `  ${line}\n`));
        }),
      ),
    );
  };

  const deprecate = async (id: string, number: number) => {
    if (!(await confirmStep(`Deprecate ${id} v${number}?`, 'No new instance can start on it; instances already running go on to their end. This cannot be undone.', 'Deprecate'))) return;
    try {
      answer(await api.POST('/me/templates/{id}/versions/{version}/deprecate', { params: { path: { id, version: number } } }));
    } catch (error) {
      say(refusal(error));
      return;
    }
    say(alert(`Deprecated ${id} v${number}.`, 'notice'));
    await loadCatalog();
    await showVersion(id, number);
  };

  const trialForm = (id: string, number: number, data: TemplateData): HTMLElement => {
    const roles = Object.entries(data.parties ?? {}).flatMap(([party, definition]) => Object.entries(definition.roles ?? {}).map(([role, about]) => ({ ref: `${party}.${role}`, title: about.title })));
    const fields = roles.map((role) => ({ ref: role.ref, input: h('input', { id: `trial-${role.ref.replace('.', '-')}`, type: 'text', inputmode: 'email', autocomplete: 'off', placeholder: me.person.email }) }));
    const input = h('textarea', { id: 'trial-input', rows: 6, spellcheck: 'false' }, JSON.stringify(sampleInput(data.inputs, me.person.email), null, 2));
    const result = h('div', { id: 'trial-result' });
    const form = h(
      'form',
      { id: 'trial', 'aria-labelledby': 'trial-heading' },
      h('h3', { id: 'trial-heading' }, 'Try it'),
      h('p', { class: 'note' }, `A trial runs on this version with every party played by your company (${me.person.companyId}) and every role held by people of your company: you, unless you name colleagues. Its mails go to them only; it is titled “Trial: …” everywhere and moves no money.`),
      fields.map((field) => [h('label', { for: field.input.id }, field.ref, h('span', { class: 'hint' }, 'Emails of your colleagues, separated by commas; empty: you.')), field.input]),
      h('label', { for: 'trial-input' }, 'Start input (JSON)', h('span', { class: 'hint' }, 'A sample made from the template’s inputs; change it as you like.')),
      input,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', id: 'start-trial' }, 'Start the trial')),
      result,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      let parsed: unknown;
      try {
        parsed = JSON.parse(input.value);
      } catch (error) {
        result.replaceChildren(alert(`The start input is not JSON: ${error instanceof Error ? error.message : String(error)}`));
        return;
      }
      const participants: Record<string, string[]> = {};
      for (const field of fields) {
        const emails = field.input.value.split(',').map((email) => email.trim()).filter((email) => email !== '');
        if (emails.length > 0) participants[field.ref] = emails;
      }
      void api
        .POST('/me/trials', { body: { templateId: id, version: number, participants, input: typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {} } })
        .then(answer)
        .then(
          (started) =>
            result.replaceChildren(
              h('div', { class: 'notice', role: 'status' }, `Trial started (${started.businessKey}). `, h('a', { href: `/console/instances/${encodeURIComponent(started.id)}`, id: 'trial-link' }, 'Watch it move')),
            ),
          (error: unknown) => result.replaceChildren(refusal(error)),
        );
    });
    return form;
  };

  publish.addEventListener('click', () => {
    void (async () => {
      const text = editor.text();
      let id = 'this template';
      try {
        const data = asData(parse(text));
        id = `${data.id ?? '?'} v${data.version ?? '?'}`;
      } catch {
        // The API says what is wrong with it.
      }
      if (!(await confirmStep(`Publish ${id}?`, 'A published version never changes: every company can start it from now on. To change it later, publish a new version.', 'Publish'))) return;
      try {
        const published = answer(await api.POST('/me/templates', { body: {}, bodySerializer: () => text, headers: { 'content-type': 'application/json' } }));
        say(alert(published.created ? `Published ${published.id} v${published.version}.` : `${published.id} v${published.version} was already published with this content.`, 'notice'));
      } catch (error) {
        say(refusal(error));
        return;
      }
      await loadCatalog();
    })();
  });

  replace(
    main,
    h('h1', {}, 'Templates'),
    h('p', { class: 'lead' }, 'The processes companies run together: publish new versions, retire old ones, try them.'),
    said,
    catalog,
    version,
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'editor-heading' },
      h('h2', { id: 'editor-heading' }, 'New version'),
      h('p', { class: 'note' }, 'YAML, as the CLI reads it. Ctrl-Space offers the keys and values the template language allows where the cursor is.'),
      editorBox,
      validity,
      problems,
      h('div', { class: 'actions' }, publish),
    ),
  );
  await loadCatalog();
}
