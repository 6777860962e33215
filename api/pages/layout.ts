/**
 * The frame of every emailed-task page: one self-contained HTML document (no scripts, no
 * external assets) that reads well on a phone, sent with headers that keep it out of
 * caches, search engines, frames and Referer headers, since its URL is a credential.
 */
import { createHash } from 'node:crypto';
import type { Response } from 'express';
import { Html, html } from '../../presentation/index.js';
import { messagesIn, type Language } from '../../presentation/messages.js';

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#101828;background:#f2f4f7}
main{max-width:36rem;margin:0 auto;padding:16px}
.brand{color:#475467;font-weight:600;margin:4px 0 12px}
.card{background:#fff;border:1px solid #eaecf0;border-radius:12px;padding:20px;margin:0 0 16px}
h1{font-size:1.4rem;line-height:1.3;margin:0 0 6px}
h2{font-size:1.1rem;margin:0 0 12px}
.lead{color:#475467;margin:0 0 16px}
dl{display:grid;grid-template-columns:minmax(7rem,max-content) 1fr;gap:6px 16px;margin:0}
dt{color:#475467;font-weight:600}
dd{margin:0;overflow-wrap:anywhere}
label{display:block;font-weight:600;margin:16px 0 4px}
.hint{display:block;font-weight:400;color:#475467;font-size:.9rem}
input,select,textarea{width:100%;font:inherit;padding:10px 12px;border:1px solid #d0d5dd;border-radius:8px;background:#fff}
input[type=checkbox]{width:auto;margin-right:8px}
textarea{min-height:6rem}
.money{display:flex;gap:8px;align-items:center}
.money span{font-weight:600}
.money .currency{width:5rem}
.next{margin:20px 0 0}
.button{display:inline-block;margin:0 8px 8px 0;padding:12px 20px;border:0;border-radius:8px;font:inherit;font-weight:600;color:#fff;background:#344054;text-decoration:none;cursor:pointer}
.button.yes{background:#1a7f37}
.button.no{background:#b42318}
.submit{width:100%;margin:20px 0 0;font-size:1.1rem}
.note{color:#475467;font-size:.9rem;margin:12px 0 0}
.status{display:inline-block;padding:2px 12px;border-radius:999px;background:#eaecf0;font-weight:600}
.status.open{background:#fef0c7;color:#93370d}
.status.decided{background:#d1fadf;color:#05603a}
.alert{border-left:4px solid #b42318;background:#fef3f2;padding:12px 16px;border-radius:8px;margin:0 0 16px}
.code{color:#475467;font-size:.8rem;margin:16px 0 0}
.problem{display:block;color:#b42318;font-weight:600;font-size:.9rem}
[aria-invalid=true]{border-color:#b42318}
a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #1570ef;outline-offset:2px}
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
