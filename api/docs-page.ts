/** A readable, self-contained page listing every route of the OpenAPI document. */

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Operation {
  summary?: string;
  parameters?: Array<{ name: string; in: string; required?: boolean; description?: string }>;
  requestBody?: unknown;
  responses?: Record<string, { description?: string }>;
}

/** Renders the document's paths as HTML. */
export function docsPage(document: { paths?: Record<string, Record<string, Operation>> }): string {
  const sections = Object.entries(document.paths ?? {})
    .flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, operation]) => {
        const parameters = (operation.parameters ?? []).map((parameter) => `<li><code>${escape(parameter.name)}</code> (${escape(parameter.in)}${parameter.required ? ', required' : ''})${parameter.description ? ` — ${escape(parameter.description)}` : ''}</li>`).join('');
        const responses = Object.entries(operation.responses ?? {}).map(([status, answer]) => `<li><code>${escape(status)}</code> ${escape(answer.description ?? '')}</li>`).join('');
        return `<section><h2><code>${escape(method.toUpperCase())} ${escape(path)}</code></h2><p>${escape(operation.summary ?? '')}</p>${parameters ? `<h3>Parameters</h3><ul>${parameters}</ul>` : ''}${operation.requestBody ? '<p>Body: JSON, see <a href="/openapi.json">openapi.json</a>.</p>' : ''}<h3>Responses</h3><ul>${responses}</ul></section>`;
      }),
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tandem API</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.4}section{border-top:1px solid #ddd;padding:.5rem 0}h2{font-size:1.1rem}h3{font-size:.95rem;margin-bottom:.2rem}</style></head>
<body><h1>Tandem API</h1><p>Authenticate with <code>Authorization: Bearer &lt;API key&gt;</code>. Errors are <code>{"error":{"code","message","details"}}</code>. The machine-readable document is <a href="/openapi.json">/openapi.json</a>.</p>
${sections}</body></html>`;
}
