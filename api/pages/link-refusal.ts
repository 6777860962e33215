/**
 * Why a link cannot be used, as a page: 403 for a link we did not issue in this form
 * (forged, altered, or bound to someone or something else), 410 for a genuine link that
 * no longer works (used, expired, revoked, or its task is closed). Nothing is changed by
 * a refused request.
 */
import { formatWhen, humanize } from '../../presentation/index.js';
import type { Task } from '../../workflows/schemas.js';
import type { ActionLink } from '../action-links.js';

/** A refused link request, rendered by the /act error handler as a page with `status` and `code`. */
export class LinkRefusal extends Error {
  override name = 'LinkRefusal';
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 410 | 413,
    readonly code: string,
    readonly title: string,
    message: string,
    /** Where to go instead (e.g. the task page), as hrefs relative to the link. */
    readonly links: Array<{ label: string; href: string }> = [],
  ) {
    super(message);
  }
}

/** The link is not one we issued, or not in this form. Says nothing about what it points to. */
export const invalidLink = () =>
  new LinkRefusal(403, 'link_invalid', 'This link is not valid', 'This link is not one we sent, or it was changed on the way. Open the link exactly as it arrived in your mail.');

/**
 * Why the decision link `link` cannot be used on `task` now, if it cannot; `taskHref` is
 * the recipient's task page, offered instead.
 */
export function refusalOf(link: ActionLink, task: Task, taskHref: string | undefined, now = Date.now()): LinkRefusal | undefined {
  const onward = taskHref ? [{ label: 'See the task', href: taskHref }] : [];
  if (link.used_at) {
    return new LinkRefusal(410, 'link_used', 'This link has already been used', `Your answer was recorded on ${formatWhen(link.used_at.getTime())}. Each link in the mail works once.`, onward);
  }
  if (task.status !== 'open') {
    const how = task.status === 'decided' ? `It was decided (${humanize(task.outcome ?? '')})${task.decidedBy && task.decidedBy !== 'system' ? ` by ${task.decidedBy.name}` : ''}.` : `It was ${task.status === 'timed_out' ? 'timed out' : 'closed'}.`;
    return new LinkRefusal(410, 'task_closed', 'This task is already closed', `${how} Its links no longer record answers.`, onward);
  }
  if (link.revoked_at || !task.assignees.some((person) => person.email === link.recipient)) {
    return new LinkRefusal(410, 'link_revoked', 'This task is no longer yours', 'It has been handed to someone else, so the links in your earlier mail no longer work.', onward);
  }
  if (link.expires_at.getTime() <= now) {
    return new LinkRefusal(410, 'link_expired', 'This link has expired', `It stopped working on ${formatWhen(link.expires_at.getTime())}. Ask the people at ${task.companyId} who run this process to send the task again.`, onward);
  }
  return undefined;
}
