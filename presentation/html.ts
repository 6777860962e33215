/**
 * HTML built from tagged templates: every interpolated value is escaped unless it is
 * itself {@link Html} built the same way. Names, titles, comments and form values come
 * from people at other companies; escaping by default means a forgotten call cannot
 * turn one of them into markup in a mail or on a page.
 */

/** Markup that is already safe to emit. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** What may be interpolated: text (escaped), markup, lists of either, or nothing. */
export type HtmlValue = string | number | Html | undefined | null | false | readonly HtmlValue[];

/** Escapes text for use in element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function render(value: HtmlValue): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** `html\`<p>${name}</p>\`` with `name` escaped. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let markup = strings[0] ?? '';
  values.forEach((value, index) => {
    markup += render(value) + (strings[index + 1] ?? '');
  });
  return new Html(markup);
}
