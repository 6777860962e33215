/**
 * The template editor: CodeMirror 6 with YAML, completion from the template's JSON Schema
 * (template-completion.ts), and validation as the author types. Half a second after the last
 * key press the text goes to the validate route as it is (YAML bytes, read as the CLI reads a
 * file); each error's path is mapped to its place in the text on a worker (template-worker.ts),
 * so a thousand-step template never blocks typing, and shown as a marker on its line and in a
 * list beside the editor. Answers for text that has changed since are dropped.
 */
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { yaml } from '@codemirror/lang-yaml';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import schema from '../definitions/template.schema.json' with { type: 'json' };
import { answer, api, ApiProblem } from './api.js';
import { cursorContext, suggestions, type SchemaNode } from './template-completion.js';
import type { SourceSpot } from './template-lines.js';
import type { SpotAnswer, SpotRequest } from './template-worker.js';

/** One problem of the text, where it is. */
export interface Problem {
  line: number;
  from: number;
  path: string;
  code: string;
  message: string;
}

/** What the editor tells the page. */
export interface EditorEvents {
  /** The verdict on the current text: its problems (none: valid), or why there is no verdict. */
  verdict(result: { problems: Problem[] } | { refusal: ApiProblem }): void;
  /** Validation started for new text. */
  checking(): void;
}

/** The editor as the page uses it. */
export interface TemplateEditor {
  view: EditorView;
  text(): string;
  setText(text: string): void;
  /** Puts the cursor on a problem and focuses the editor. */
  reveal(problem: Problem): void;
}

/** Our own schema file, generated from the validator's zod schema: the shape completion reads. */
const ROOT: SchemaNode = schema as unknown as SchemaNode;

let worker: Worker | undefined;
let asked = 0;
const waiting = new Map<number, (spots: SourceSpot[]) => void>();

/** The spots of `paths` in `text`, from the worker. */
function spotsOf(text: string, paths: string[]): Promise<SourceSpot[]> {
  if (!worker) {
    const url = document.querySelector<HTMLMetaElement>('meta[name="tandem-template-worker"]')?.content ?? '';
    worker = new Worker(url, { type: 'module', name: 'template-lines' });
    worker.onmessage = (event: MessageEvent<SpotAnswer>) => {
      waiting.get(event.data.id)?.(event.data.spots);
      waiting.delete(event.data.id);
    };
  }
  asked += 1;
  const id = asked;
  const request: SpotRequest = { id, text, paths };
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker?.postMessage(request);
  });
}

function complete(context: CompletionContext): CompletionResult | null {
  const found = cursorContext(context.state.doc.toString(), context.pos);
  if (!found || (!context.explicit && found.from === context.pos && found.mode === 'key')) return null;
  const options = suggestions(ROOT, found).map((suggestion) => ({ label: suggestion.label, apply: suggestion.apply, type: suggestion.type === 'property' ? 'property' : 'enum', ...(suggestion.detail ? { detail: suggestion.detail } : {}) }));
  return options.length === 0 ? null : { from: found.from, options, validFor: /^[\w.-]*$/ };
}

/**
 * The editor's looks, on the console's tokens (custom properties reach into the shadow root).
 * CodeMirror writes its styles with style-mod, which in a document adds a `<style>` element the
 * console's policy refuses; in a shadow root it adopts constructed style sheets instead, so the
 * editor lives in one.
 */
const looks = EditorView.theme({
  '&': { color: 'var(--color-text)', backgroundColor: 'var(--color-surface)', fontSize: 'var(--text-small)', maxHeight: '32rem', minHeight: '12rem' },
  '&.cm-focused': { outline: '3px solid var(--color-focus)', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', overflow: 'auto' },
  '.cm-content': { caretColor: 'var(--color-text)' },
  '.cm-gutters': { backgroundColor: 'var(--color-page)', color: 'var(--color-muted)', borderRight: '1px solid var(--color-line)' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--color-current-bg)' },
  '.cm-tooltip': { backgroundColor: 'var(--color-surface)', color: 'var(--color-text)', border: '1px solid var(--color-border)' },
});

/** Builds the editor into `parent`, named `label` for assistive technology. */
export function templateEditor(parent: HTMLElement, label: string, events: EditorEvents): TemplateEditor {
  const validate = async (view: EditorView): Promise<Diagnostic[]> => {
    const doc = view.state.doc;
    const text = doc.toString();
    if (text.trim() === '') {
      events.verdict({ problems: [] });
      return [];
    }
    events.checking();
    let errors: Array<{ path: string; code: string; message: string }>;
    try {
      const result = answer(await api.POST('/me/templates/validate', { body: {}, bodySerializer: () => text, headers: { 'content-type': 'application/json' } }));
      errors = result.errors;
    } catch (error) {
      if (view.state.doc === doc) events.verdict({ refusal: error instanceof ApiProblem ? error : new ApiProblem(0, 'unreachable', error instanceof Error ? error.message : String(error)) });
      return [];
    }
    const spots = await spotsOf(text, errors.map((error) => error.path));
    // Typed on meanwhile: this verdict is for text that is gone.
    if (view.state.doc !== doc) return [];
    const problems = errors.map((error, index) => {
      const spot = spots[index] ?? { from: 0, to: 0, line: 1, exact: false };
      return { line: spot.line, from: spot.from, to: spot.to, path: error.path, code: error.code, message: error.message };
    });
    events.verdict({ problems });
    return problems.map((problem) => ({ from: problem.from, to: problem.to, severity: 'error', message: `${problem.message} (${problem.code} at ${problem.path || 'the top'})` }));
  };

  const shadow = parent.attachShadow({ mode: 'open' });
  const mount = document.createElement('div');
  shadow.append(mount);
  const view = new EditorView({
    parent: mount,
    root: shadow,
    extensions: [
      looks,
      basicSetup,
      yaml(),
      autocompletion({ override: [complete] }),
      linter(validate, { delay: 500 }),
      lintGutter(),
      EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', spellcheck: 'false' }),
      EditorView.lineWrapping,
    ],
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    reveal(problem) {
      view.dispatch({ selection: { anchor: Math.min(problem.from, view.state.doc.length) }, scrollIntoView: true });
      view.focus();
    },
  };
}
