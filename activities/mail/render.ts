/**
 * Turns a mail request into subject, text and HTML. Every task mail says what is asked,
 * by whom, for which company, the amounts, by when, and carries one button per outcome;
 * for a recipient at another company without an account, the mail is the whole interface.
 * The HTML uses inline styles only, since many mail clients drop style sheets.
 */
import type { MailRequest } from '../contracts.js';
import { html, type Html, isForPeople, type ShownDocument, type ShownFact } from '../../presentation/index.js';
import { messagesIn, outcomeLabel, type Language, type Messages } from '../../presentation/messages.js';
import type { MailLinks } from './links.js';
import type { Detail, TaskContext } from './task-context.js';

/** A rendered mail. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** What the mail can say beyond the request: its links and the task's context. */
export interface MailExtras {
  links?: MailLinks | undefined;
  context?: TaskContext | undefined;
  /** What a mail without a task (the result) shows of the instance. */
  facts?: ShownFact[] | undefined;
  /** The recipient's language as the directory knows it; English otherwise. */
  language?: Language | undefined;
}

/** Outcomes that read as "yes" or "no" get those colours; others are neutral. */
const BUTTON_COLOURS: Record<string, string> = { approve: '#1a7f37', submit: '#1a7f37', reject: '#b42318' };

/** Renders `request` with its links and context, when there are any. */
export function renderMail(request: MailRequest, { links, context, facts: instanceFacts, language = 'en' }: MailExtras = {}): RenderedMail {
  const { instance, task, to } = request;
  const words = messagesIn(language);
  const lead = words.mail.leads[request.purpose];
  const label = (outcome: string) => outcomeLabel(words, outcome);
  const subject = request.subject ?? (task ? `${lead}: ${task.title} — ${instance.title}` : `${lead}: ${instance.title}`);
  const header = headerOf(request, context, words);
  const shown = [...(context?.facts ?? []), ...(instanceFacts ?? [])];
  // Documents open through the recipient's read-only task link, like the task page.
  const documentHref = (document: ShownDocument) => (document.sha256 && links ? `${links.view}/documents/${document.sha256}` : document.url);
  const expiry = links ? words.mail.linksNote(to.email, words.when(links.expiresAt)) : undefined;

  const text = [
    words.mail.hello(to.name),
    '',
    `${lead}.`,
    ...(request.message ? ['', request.message] : []),
    '',
    ...header.map(({ label, value }) => `${label}: ${value}`),
    ...shown.map((fact) => `${fact.label}: ${factText(fact, documentHref)}`),
    ...(links && links.decisions.length > 0
      ? ['', words.mail.decideIntro, ...links.decisions.map(({ outcome, url }) => `  ${label(outcome)}: ${url}`)]
      : []),
    ...(links ? ['', `${words.mail.seeTask}: ${links.view}`, '', expiry ?? ''] : []),
    '',
    words.mail.signature,
  ].join('\n');

  const body = html`<p style="margin:0 0 12px">${words.mail.hello(to.name)}</p>
<p style="margin:0 0 12px;font-size:18px"><strong>${lead}.</strong></p>
${request.message ? html`<p style="margin:0 0 12px">${request.message}</p>` : ''}
<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">${header.map(({ label, value }) => factRow(label, value))}${shown.map((fact) => factRow(fact.label, factHtml(fact, documentHref)))}</table>
${links && links.decisions.length > 0 ? html`<p style="margin:0 0 8px">${words.mail.chooseAnswer}</p>
<p style="margin:0 0 16px">${links.decisions.map(({ outcome, url }) => button(label(outcome), url, BUTTON_COLOURS[outcome] ?? '#344054'))}</p>` : ''}
${links ? html`<p style="margin:0 0 16px"><a href="${links.view}" style="color:#175cd3">${words.mail.seeTask}</a></p>
<p style="margin:0 0 16px;color:#667085;font-size:13px">${expiry}</p>` : ''}
<p style="margin:0;color:#667085">${words.mail.signature}</p>`;
  const document = html`<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${subject}</title></head>
<body style="margin:0;padding:16px;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#101828;background:#ffffff">
<div style="max-width:560px;margin:0 auto">${body}</div></body></html>`;
  return { subject, text, html: document.markup };
}

/** The lines every mail starts with: the process, then the task, who asks and by when. */
function headerOf(request: MailRequest, context: TaskContext | undefined, words: Messages): Detail[] {
  const { instance, task } = request;
  const facts: Detail[] = [
    { label: words.process, value: `${context?.instanceTitle ?? instance.title} (${instance.id})` },
    { label: words.mail.status, value: context?.instanceStatus ?? instance.status },
  ];
  if (task) {
    facts.push({ label: words.task, value: task.title });
    if (context) facts.push({ label: words.mail.askedBy, value: context.askedBy });
    facts.push({ label: words.mail.yourRole, value: context?.role ?? words.mail.roleFor(task.role, task.companyId) });
    facts.push({ label: words.mail.choices, value: task.outcomes.filter((outcome) => isForPeople(task, outcome)).map((outcome) => outcomeLabel(words, outcome)).join(', ') });
    if (task.dueAt) facts.push({ label: words.mail.due, value: words.when(task.dueAt) });
  }
  return facts;
}

/** A fact as a line of the text part: documents with their links. */
function factText(fact: ShownFact, documentHref: (document: ShownDocument) => string | undefined): string {
  if (!fact.documents) return fact.text.replace(/\n/g, '; ');
  return fact.documents.map((document) => {
    const href = documentHref(document);
    return href ? `${document.name} <${href}>` : document.name;
  }).join(', ');
}

/** A fact in the HTML part: documents as links, decisions one per line. */
function factHtml(fact: ShownFact, documentHref: (document: ShownDocument) => string | undefined): Html {
  if (fact.documents) {
    return html`${fact.documents.map((document, index) => {
      const href = documentHref(document);
      return html`${index > 0 ? html`<br>` : ''}${href ? html`<a href="${href}" style="color:#175cd3">${document.name}</a>` : document.name}`;
    })}`;
  }
  return html`${fact.text.split('\n').map((line, index) => html`${index > 0 ? html`<br>` : ''}${line}`)}`;
}

function factRow(label: string, value: string | Html): Html {
  return html`<tr><th align="left" valign="top" style="padding:4px 16px 4px 0;color:#475467;font-weight:600;white-space:nowrap">${label}</th><td style="padding:4px 0">${value}</td></tr>`;
}

function button(label: string, url: string, colour: string): Html {
  return html`<a href="${url}" style="display:inline-block;margin:0 8px 8px 0;padding:12px 20px;border-radius:6px;background:${colour};color:#ffffff;font-weight:600;text-decoration:none">${label}</a>`;
}
