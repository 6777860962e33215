/**
 * The frame of every emailed-task page: one self-contained HTML document (no scripts, no
 * external assets) that reads well on a phone, sent with headers that keep it out of
 * caches, search engines, frames and Referer headers, since its URL is a credential.
 */
import { createHash } from 'node:crypto';
import type { Response } from 'express';
import { Html, html } from '../../presentation/index.js';
import { messagesIn, type Language } from '../../presentation/messages.js';
import { TOKENS_CSS } from '../../presentation/tokens.js';

// The tokens (colours with a dark scheme, spacing, type) are the console's too: presentation/tokens.ts.
const STYLE = `${TOKENS_CSS}*{box-sizing:border-box}
body{margin:0;font:16px/var(--line-body) var(--font-body);color:var(--color-text);background:var(--color-page)}
main{max-width:36rem;margin:0 auto;padding:16px}
.brand{color:var(--color-muted);font-weight:600;margin:4px 0 12px}
.card{background:var(--color-surface);border:1px solid var(--color-line);border-radius:var(--radius-card);padding:20px;margin:0 0 16px}
h1{font-size:1.4rem;line-height:1.3;margin:0 0 6px}
h2{font-size:1.1rem;margin:0 0 12px}
.lead{color:var(--color-muted);margin:0 0 16px}
dl{display:grid;grid-template-columns:minmax(7rem,max-content) 1fr;gap:6px 16px;margin:0}
dt{color:var(--color-muted);font-weight:600}
dd{margin:0;overflow-wrap:anywhere}
label{display:block;font-weight:600;margin:16px 0 4px}
.hint{display:block;font-weight:400;color:var(--color-muted);font-size:.9rem}
input,select,textarea{width:100%;font:inherit;padding:10px 12px;border:1px solid var(--color-border);border-radius:var(--radius);background:var(--color-surface);color:inherit}
input[type=checkbox]{width:auto;margin-right:8px}
textarea{min-height:6rem}
.money{display:flex;gap:8px;align-items:center}
.money span{font-weight:600}
.money .currency{width:5rem}
.next{margin:20px 0 0}
.button{display:inline-block;margin:0 8px 8px 0;padding:12px 20px;border:0;border-radius:var(--radius);font:inherit;font-weight:600;color:var(--color-button-text);background:var(--color-button);text-decoration:none;cursor:pointer}
.button.yes{background:var(--color-yes)}
.button.no{background:var(--color-no)}
.submit{width:100%;margin:20px 0 0;font-size:1.1rem}
.note{color:var(--color-muted);font-size:.9rem;margin:12px 0 0}
.status{display:inline-block;padding:2px 12px;border-radius:999px;background:var(--color-neutral-bg);color:var(--color-neutral-text);font-weight:600}
.status.open{background:var(--color-open-bg);color:var(--color-open-text)}
.status.decided{background:var(--color-done-bg);color:var(--color-done-text)}
.alert{border-left:4px solid var(--color-no);background:var(--color-alert-bg);padding:12px 16px;border-radius:8px;margin:0 0 16px}
.code{color:var(--color-muted);font-size:.8rem;margin:16px 0 0}
.problem{display:block;color:var(--color-alert-text);font-weight:600;font-size:.9rem}
[aria-invalid=true]{border-color:var(--color-no)}
a{color:var(--color-accent)}
a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid var(--color-focus);outline-offset:2px}
@media (max-width:480px){dl{grid-template-columns:1fr;gap:0}dt{margin-top:10px}dt:first-child{margin-top:0}}
`;

// The style sheet is ours and emitted as is (escaping would change its hash). Only this
// exact style sheet may apply: the policy names its hash, so injected markup
// could neither run a script nor restyle the page.
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');
const POLICY = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

/** A complete page in `language`; `code` is the stable code of an error page, also shown for support. */
export function page(title: string, body: Html, code?: string, language: Language = 'en'): Html {
  return html`<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>${title} · Tandem</title><style>${new Html(STYLE)}</style></head>
<body${code ? html` data-code="${code}"` : ''}><main><p class="brand">Tandem</p>${body}${code ? html`<p class="code">${messagesIn(language).code}: ${code}</p>` : ''}</main></body></html>`;
}

/** Sends `document` with the headers every emailed-task page needs. */
export function sendPage(response: Response, status: number, document: Html): void {
  response
    .status(status)
    .set({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': POLICY,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'X-Robots-Tag': 'noindex, nofollow',
    })
    .send(document.markup);
}
