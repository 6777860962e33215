/**
 * Builds the mail for a request: for a task, first revokes the links of people the task
 * was taken from, then mints (or finds again) this recipient's links and describes the
 * task from the projection. Safe to run again for the same request: it yields the same
 * links and the same mail.
 */
import type pg from 'pg';
import type { MailRequest } from '../contracts.js';
import { findPersonByEmail } from '../directory/index.js';
import { languageOf, type Language } from '../../presentation/messages.js';
import type { LinkSigner } from './link-token.js';
import { mintLinks, revokeUnassigned } from './links.js';
import { renderMail, type RenderedMail } from './render.js';
import { describeInstance, describeTask, loadInstance } from './task-context.js';

/** What composing a mail needs. */
export interface ComposeDependencies {
  pool: pg.Pool;
  signer: LinkSigner;
  publicBaseUrl: string;
}

/** The rendered mail for `request`, with its links when it is about a task. */
export async function composeMail({ pool, signer, publicBaseUrl }: ComposeDependencies, request: MailRequest): Promise<RenderedMail> {
  const task = request.task;
  const language = await languageOfRecipient(pool, request);
  if (!task) {
    if (request.purpose !== 'result') return renderMail(request, { language });
    // The result says what was decided: the amounts and the forms this recipient's company may see.
    const record = await loadInstance(pool, request.instance.id);
    return renderMail(request, { facts: record ? describeInstance(record, request.to) : [], language });
  }
  // Mail about a task follows every change of its assignees (delegated, reassigned), so
  // this is where links of those who no longer hold it stop working.
  await revokeUnassigned(pool, request.instance.id, task.id);
  const links = await mintLinks(pool, signer, publicBaseUrl, { ...request, task });
  const record = await loadInstance(pool, request.instance.id);
  const projected = record?.state.tasks.find((candidate) => candidate.id === task.id);
  const context = record && projected ? describeTask(record, projected, request.to, language) : undefined;
  return renderMail(request, { links, context, language });
}

/**
 * The recipient's language as their company's directory knows it (the rule the task pages
 * follow too); English for someone the directory does not list or lists without one.
 */
async function languageOfRecipient(pool: pg.Pool, request: MailRequest): Promise<Language> {
  const person = await findPersonByEmail(pool, request.to.company, request.to.email);
  return languageOf(person?.language);
}
