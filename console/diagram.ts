/**
 * The template's diagram, drawn by Mermaid in the browser (bundled from npm, loaded only on
 * the pages that draw one). The console's policy lets no inline style apply, so Mermaid's own
 * `<style>` and `style` attributes are taken out of its drawing and the console's style sheet
 * colours it, visited, current and waiting steps included (their classes come from the API's
 * chart). A text list says the same for people who do not see the drawing.
 */
import type { Mermaid } from 'mermaid';
import { h } from './dom.js';

let drawn = 0;
let ready: Promise<Mermaid> | undefined;

function mermaid(): Promise<Mermaid> {
  ready ??= import('mermaid').then(({ default: loaded }) => {
    // SVG labels, not HTML ones: those would need inline styles.
    loaded.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'base', htmlLabels: false, flowchart: { htmlLabels: false, useMaxWidth: true }, fontFamily: 'inherit' });
    return loaded;
  });
  return ready;
}

/** Draws `source` into `container` as an image described by `label`. */
export async function drawDiagram(container: HTMLElement, source: string, label: string): Promise<void> {
  const renderer = await mermaid();
  drawn += 1;
  const { svg } = await renderer.render(`diagram-${drawn}`, source);
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  for (const style of parsed.querySelectorAll('style')) style.remove();
  for (const styled of parsed.querySelectorAll('[style]')) styled.removeAttribute('style');
  const drawing = document.importNode(parsed.documentElement, true);
  drawing.setAttribute('role', 'img');
  drawing.setAttribute('aria-label', label);
  container.replaceChildren(drawing);
}

/** The steps by mark, in words. */
export function stepList(steps: { current: string[]; waiting: string[]; visited: string[] }, titles: ReadonlyMap<string, string>): HTMLElement {
  const named = (ids: string[]) => (ids.length === 0 ? '—' : ids.map((id) => titles.get(id) ?? id).join(', '));
  return h(
    'dl',
    { class: 'steps' },
    h('dt', {}, 'Now here'),
    h('dd', { 'data-mark': 'current' }, named(steps.current)),
    h('dt', {}, 'Waiting on others'),
    h('dd', { 'data-mark': 'waiting' }, named(steps.waiting)),
    h('dt', {}, 'Done'),
    h('dd', { 'data-mark': 'visited' }, named(steps.visited)),
  );
}
