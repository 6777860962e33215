/**
 * Why a link cannot be used, as a page: 403 for a link we did not issue in this form
 * (forged, altered, or bound to someone or something else), 410 for a genuine link that
 * no longer works (used, expired, revoked, or its task is closed). Nothing is changed by
 * a refused request. The words come from the catalog, in the reader's language.
 */
import type { Task } from '../../workflows/schemas.js';
import { messagesIn, outcomeLabel, type Language, type RefusalText } from '../../presentation/messages.js';
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
    /** The language the title and message are in. */
    readonly language: Language = 'en',
  ) {
    super(message);
  }
}

/** A refusal whose words are a catalog entry in `language`, with the task page offered when there is one. */
export function refusal(status: LinkRefusal['status'], code: string, text: RefusalText, language: Language, taskHref?: string): LinkRefusal {
  return new LinkRefusal(status, code, text.title, text.message, onward(language, taskHref), language);
}

/** The recipient's task page as a link onward, if there is one. */
export function onward(language: Language, taskHref: string | undefined): Array<{ label: string; href: string }> {
  return taskHref ? [{ label: messagesIn(language).refusals.seeTheTask, href: taskHref }] : [];
}

/** The link is not one we issued, or not in this form. Says nothing about what it points to. */
export const invalidLink = (language: Language = 'en') => refusal(403, 'link_invalid', messagesIn(language).refusals.linkInvalid, language);

/**
 * Why the decision link `link` cannot be used on `task` now, if it cannot; `taskHref` is
 * the recipient's task page, offered instead.
 */
export function refusalOf(link: ActionLink, task: Task, taskHref: string | undefined, language: Language = 'en', now = Date.now()): LinkRefusal | undefined {
  const words = messagesIn(language);
  const { refusals } = words;
  if (link.used_at) return refusal(410, 'link_used', refusals.linkUsed(words.when(link.used_at.getTime())), language, taskHref);
  if (task.status !== 'open') {
    const by = task.decidedBy && task.decidedBy !== 'system' ? task.decidedBy.name : undefined;
    const how = task.status === 'decided' ? refusals.decided(outcomeLabel(words, task.outcome ?? ''), by) : task.status === 'timed_out' ? refusals.timedOut : refusals.closed;
    return refusal(410, 'task_closed', { title: refusals.taskClosed, message: `${how} ${refusals.noMoreAnswers}` }, language, taskHref);
  }
  if (link.revoked_at || !task.assignees.some((person) => person.email === link.recipient)) return refusal(410, 'link_revoked', refusals.linkRevoked, language, taskHref);
  if (link.expires_at.getTime() <= now) {
    return refusal(410, 'link_expired', { title: refusals.linkExpired.title, message: refusals.linkExpiredOn(words.when(link.expires_at.getTime()), task.companyId) }, language, taskHref);
  }
  return undefined;
}
