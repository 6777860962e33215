/**
 * Pages that end a visit: the decision was recorded, or the link cannot be used (used,
 * expired, revoked, not valid). Each names what happened and what to do next, and carries
 * a stable code.
 */
import { html, type Html } from '../../presentation/index.js';
import type { Task } from '../../workflows/schemas.js';
import { messagesIn, outcomeLabel, type Language } from '../../presentation/messages.js';
import { page } from './layout.js';
import { statusBadge } from './task-facts.js';

/** A short page with a title, a message and optional links onward. */
export function noticePage(title: string, message: string, code: string, links: Array<{ label: string; href: string }> = [], language: Language = 'en'): Html {
  const body = html`<section class="card"><h1>${title}</h1><p>${message}</p>
${links.map((link) => html`<p><a class="button" href="${link.href}">${link.label}</a></p>`)}</section>`;
  return page(title, body, code, language);
}

/** After a recorded decision: what was recorded and where the process stands now. */
export function recordedPage(view: { task: Task; outcome: string; instanceTitle: string; instanceStatus: string; backHref: string | undefined; language: Language }): Html {
  const words = messagesIn(view.language);
  const body = html`<section class="card"><h1>${words.thanks}</h1>
<p>${words.youChose(outcomeLabel(words, view.outcome), view.task.title)}</p>
<dl><dt>${words.task}</dt><dd>${statusBadge(view.task, words)}</dd><dt>${words.process}</dt><dd>${view.instanceTitle}</dd><dt>${words.processStatus}</dt><dd>${view.instanceStatus}</dd></dl>
${view.backHref ? html`<p class="next"><a class="button" href="${view.backHref}">${words.backToTask}</a></p>` : ''}</section>`;
  return page(words.answerRecorded, body, undefined, view.language);
}
