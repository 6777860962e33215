/**
 * The design tokens of every page Tandem shows people, the emailed task pages and the
 * console alike: colours (with a dark scheme), spacing, type and shape, as CSS custom
 * properties. Pages use the names, never the values, so one change here restyles both.
 *
 * Colours are picked for a contrast of at least 4.5:1 for text on its background in both
 * schemes (WCAG AA), which test/api/page-accessibility.test.ts and the console's browser
 * tests check with axe-core.
 */

/** Light-scheme colours; `dark` overrides each under `prefers-color-scheme: dark`. */
const light = {
  'color-text': '#101828',
  'color-muted': '#475467',
  'color-page': '#f2f4f7',
  'color-surface': '#ffffff',
  'color-border': '#d0d5dd',
  'color-line': '#eaecf0',
  'color-accent': '#1d4ed8',
  'color-focus': '#1570ef',
  'color-button': '#344054',
  'color-button-text': '#ffffff',
  'color-yes': '#1a7f37',
  'color-no': '#b42318',
  'color-open-bg': '#fef0c7',
  'color-open-text': '#93370d',
  'color-done-bg': '#d1fadf',
  'color-done-text': '#05603a',
  'color-neutral-bg': '#eaecf0',
  'color-neutral-text': '#344054',
  'color-alert-bg': '#fef3f2',
  'color-alert-text': '#b42318',
  'color-current': '#1d4ed8',
  'color-current-bg': '#dbeafe',
  'color-waiting': '#b54708',
  'color-waiting-bg': '#fef0c7',
  'color-visited': '#05603a',
  'color-visited-bg': '#d1fadf',
};

const dark: Record<keyof typeof light, string> = {
  'color-text': '#f2f4f7',
  'color-muted': '#b9c0cc',
  'color-page': '#0c111d',
  'color-surface': '#161b26',
  'color-border': '#475467',
  'color-line': '#2a3140',
  'color-accent': '#93c5fd',
  'color-focus': '#84caff',
  'color-button': '#d0d5dd',
  'color-button-text': '#101828',
  'color-yes': '#75e0a7',
  'color-no': '#fda29b',
  'color-open-bg': '#4e1d09',
  'color-open-text': '#fedf89',
  'color-done-bg': '#053321',
  'color-done-text': '#a6f4c5',
  'color-neutral-bg': '#2a3140',
  'color-neutral-text': '#e4e7ec',
  'color-alert-bg': '#3e1a17',
  'color-alert-text': '#fecdca',
  'color-current': '#93c5fd',
  'color-current-bg': '#172554',
  'color-waiting': '#fec84b',
  'color-waiting-bg': '#4e1d09',
  'color-visited': '#75e0a7',
  'color-visited-bg': '#053321',
};

const scale = {
  'space-1': '4px',
  'space-2': '8px',
  'space-3': '12px',
  'space-4': '16px',
  'space-5': '20px',
  'space-6': '24px',
  'space-8': '32px',
  'font-body': '-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif',
  'font-mono': 'ui-monospace,SFMono-Regular,Menlo,Consolas,monospace',
  'text-small': '.875rem',
  'text-body': '1rem',
  'text-lead': '1.1rem',
  'text-title': '1.4rem',
  'line-body': '1.5',
  'radius': '8px',
  'radius-card': '12px',
};

const declarations = (tokens: Record<string, string>) =>
  Object.entries(tokens)
    .map(([name, value]) => `--${name}:${value}`)
    .join(';');

/** The tokens as a style sheet: `:root` custom properties, the dark scheme under its media query. */
export const TOKENS_CSS = `:root{color-scheme:light dark;${declarations({ ...light, ...scale })}}
@media (prefers-color-scheme:dark){:root{${declarations(dark)}}}
`;
