/**
 * Pages that end a visit: the decision was recorded, or the link cannot be used (used,
 * expired, revoked, not valid). Each names what happened and what to do next, and carries
 * a stable code.
 */
import { html, type Html, humanize } from '../../presentation/index.js';
import type { Task } from '../../workflows/schemas.js';
import { page } from './layout.js';
import { statusBadge } from './task-facts.js';

/** A short page with a title, a message and optional links onward. */
export function noticePage(title: string, message: string, code: string, links: Array<{ label: string; href: string }> = []): Html {
  const body = html`<section class="card"><h1>${title}</h1><p>${message}</p>
${links.map((link) => html`<p><a class="button" href="${link.href}">${link.label}</a></p>`)}</section>`;
  return page(title, body, code);
}

/** After a recorded decision: what was recorded and where the process stands now. */
export function recordedPage(view: { task: Task; outcome: string; instanceTitle: string; instanceStatus: string; backHref: string | undefined }): Html {
  const body = html`<section class="card"><h1>Thank you, your answer is recorded</h1>
<p>You chose <strong>${humanize(view.outcome)}</strong> on “${view.task.title}”.</p>
<dl><dt>Task</dt><dd>${statusBadge(view.task)}</dd><dt>Process</dt><dd>${view.instanceTitle}</dd><dt>Process status</dt><dd>${view.instanceStatus}</dd></dl>
${view.backHref ? html`<p class="next"><a class="button" href="${view.backHref}">Back to the task</a></p>` : ''}</section>`;
  return page('Answer recorded', body);
}
