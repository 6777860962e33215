/**
 * Maps template error paths to lines off the page's thread: parsing a thousand-step YAML
 * template takes long enough to freeze typing, so the editor (template-editor.ts) posts the
 * text and the paths here and gets the ranges back. Loaded as its own bundled file (the
 * console's policy allows workers from the console's own origin only).
 */
import { TemplateText, type SourceSpot } from './template-lines.js';

/** What the editor asks. */
export interface SpotRequest {
  id: number;
  text: string;
  paths: string[];
}

/** What the worker answers: one spot per path, in order. */
export interface SpotAnswer {
  id: number;
  spots: SourceSpot[];
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<SpotRequest>) => void) | null; postMessage: (answer: SpotAnswer) => void };

scope.onmessage = (event) => {
  const { id, text, paths } = event.data;
  const parsed = new TemplateText(text);
  scope.postMessage({ id, spots: paths.map((path) => parsed.spotOf(path)) });
};
