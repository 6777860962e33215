import { formatWhen, humanize } from './format.js';

/**
 * The words of task mails and the emailed-task pages (refusals included), in every language
 * we write them in: one catalog, so a mail or page says the same thing in each language and a
 * new language is one more entry here.
 * The reader's language comes from the directory (`people.language`); anything we do not
 * write falls back to English. Words from the template (task titles, outcomes, field labels)
 * are the template author's and are shown as written.
 */

/** The languages the pages are written in; English is the default. */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The page language for a directory language tag (`de-CH` → `de`); English when we do not write it. */
export function languageOf(tag: string | null | undefined): Language {
  const primary = (tag ?? '').toLowerCase().split('-')[0];
  return LANGUAGES.find((language) => language === primary) ?? 'en';
}

/** Why a mail is sent, as the mail's first line and subject say it. */
export type MailPurpose = 'task' | 'reminder' | 'escalation' | 'delegated' | 'result' | 'notify';

/** A refusal page: its heading and what to do. */
export interface RefusalText {
  title: string;
  message: string;
}

/** The words of a task mail. */
export interface MailMessages {
  leads: Record<MailPurpose, string>;
  hello: (name: string) => string;
  status: string;
  askedBy: string;
  yourRole: string;
  roleFor: (role: string, company: string) => string;
  choices: string;
  due: string;
  /** Before the answer links in the text part. */
  decideIntro: string;
  /** Before the answer buttons in the HTML part. */
  chooseAnswer: string;
  seeTask: string;
  linksNote: (email: string, until: string) => string;
  signature: string;
}

/** The words of the pages that refuse a link, by the page's stable code. */
export interface RefusalMessages {
  linkInvalid: RefusalText;
  taskGone: RefusalText;
  linkExpired: RefusalText;
  linkExpiredOn: (when: string, company: string) => string;
  linkUsed: (when: string) => RefusalText;
  taskClosed: string;
  decided: (outcome: string, by: string | undefined) => string;
  timedOut: string;
  closed: string;
  noMoreAnswers: string;
  linkRevoked: RefusalText;
  linkCannotRead: RefusalText;
  documentNotFound: RefusalText;
  linkCannotDecide: RefusalText;
  crossSite: RefusalText;
  malformedForm: RefusalText;
  confirmationMismatch: RefusalText;
  outcomeMismatch: RefusalText;
  linkBusy: RefusalText;
  tooLong: RefusalText;
  internal: (requestId: string) => RefusalText;
  seeTheTask: string;
}

/** Every string of the mails and pages; functions where a value goes in. */
export interface Messages {
  /** A moment as the reader reads it, e.g. `14 Mar 2025, 17:00 UTC`. */
  when: (epochMs: number) => string;
  /** Labels of outcomes templates commonly use; any other outcome is shown as the template names it. */
  outcomeLabels: Readonly<Record<string, string>>;
  mail: MailMessages;
  refusals: RefusalMessages;
  required: string;
  requiredNote: string;
  choose: string;
  oneLinkPerLine: string;
  currency: string;
  atMost: (amount: string) => string;
  yourAnswer: (outcome: string) => string;
  nothingRecordedYet: string;
  comment: string;
  commentHint: (company: string) => string;
  anotherAnswer: string;
  actsFor: (recipient: string, until: string) => string;
  askedBy: (who: string) => string;
  fixFields: string;
  /** An answer holding a character no page or mail can show (a control character). */
  unreadableCharacter: string;
  notRecorded: (why: string) => string;
  answerHeading: string;
  confirmNote: string;
  noLongerYours: (recipient: string) => string;
  linksExpired: (company: string) => string;
  undelivered: string;
  thanks: string;
  youChose: (outcome: string, task: string) => string;
  task: string;
  process: string;
  processStatus: string;
  backToTask: string;
  answerRecorded: string;
  code: string;
  tooManyTitle: string;
  tooManyMessage: string;
  /** A task's status as its badge says it. */
  taskStatus: { open: string; decided: (outcome: string) => string; cancelled: string; timedOut: string };
  /** Who decided a task and when, e.g. `Approve by Vera on 14 Mar 2025, 17:00 UTC`; either part may be unknown. */
  decidedBy: (outcome: string, by: string | undefined, when: string | undefined) => string;
  /** A task the system decided (a timeout, an expiry), and when. */
  decidedAutomatically: (outcome: string, when: string | undefined) => string;
  /** Labels of the facts block of a task page. */
  facts: { yourRole: string; due: string; decision: string };
  /** A workflow refusal of an answer on the page, by failure code, with its amounts formatted; absent for codes worded by the workflow. */
  answerRefusals: AnswerRefusals;
}

/** Refusals of an answer the page words itself, from the failure's code and details. */
export interface AnswerRefusals {
  insufficientFunds: (requested: string, available: string) => string;
  amountAboveLimit: (amount: string, limit: string) => string;
}

const en: Messages = {
  when: formatWhen,
  outcomeLabels: {},
  mail: {
    leads: {
      task: 'A task is waiting for you',
      reminder: 'Reminder: a task is still waiting for you',
      escalation: 'Escalated to you: a task has had no answer',
      delegated: 'A task has been handed to you',
      result: 'An instance has finished',
      notify: 'Notification',
    },
    hello: (name) => `Hello ${name},`,
    status: 'Status',
    askedBy: 'Asked by',
    yourRole: 'Your role',
    roleFor: (role, company) => `${role} for ${company}`,
    choices: 'Choices',
    due: 'Due',
    decideIntro: 'Decide (each link opens a page where you confirm; nothing is recorded before that):',
    chooseAnswer: 'Choose your answer. Each button opens a page where you confirm; nothing is recorded before that.',
    seeTask: 'See the task',
    linksNote: (email, until) => `These links act for ${email} only, each works once, and they stop working on ${until}. Please do not forward this mail.`,
    signature: '— Tandem',
  },
  refusals: {
    linkInvalid: { title: 'This link is not valid', message: 'This link is not one we sent, or it was changed on the way. Open the link exactly as it arrived in your mail.' },
    taskGone: { title: 'This task no longer exists', message: 'The process this link belonged to has been removed.' },
    linkExpired: { title: 'This link has expired', message: 'Links to a task stop working some weeks after it was due.' },
    linkExpiredOn: (when, company) => `It stopped working on ${when}. Ask the people at ${company} who run this process to send the task again.`,
    linkUsed: (when) => ({ title: 'This link has already been used', message: `Your answer was recorded on ${when}. Each link in the mail works once.` }),
    taskClosed: 'This task is already closed',
    decided: (outcome, by) => `It was decided (${outcome})${by ? ` by ${by}` : ''}.`,
    timedOut: 'It was timed out.',
    closed: 'It was closed.',
    noMoreAnswers: 'Its links no longer record answers.',
    linkRevoked: { title: 'This task is no longer yours', message: 'It has been handed to someone else, so the links in your earlier mail no longer work.' },
    linkCannotRead: { title: 'This link does not open documents', message: 'Open the documents from the task page: use “See the task” in your mail.' },
    documentNotFound: { title: 'This document is not here', message: 'The task page lists the documents you can open; open them from there.' },
    linkCannotDecide: { title: 'This link cannot record an answer', message: 'It only shows the task. Use one of the answer buttons on the task page.' },
    crossSite: { title: 'Answer from the Tandem page', message: 'Answers can only be sent from the page the link opens.' },
    malformedForm: { title: 'The answer could not be read', message: 'Open the link from your mail again and send the form from that page.' },
    confirmationMismatch: { title: 'Answer from the Tandem page', message: 'This answer did not come from the page of this link. Open the link from your mail and send the form there.' },
    outcomeMismatch: { title: 'This link records another answer', message: 'Open the link of the answer you want from your mail.' },
    linkBusy: { title: 'Your answer is being recorded', message: 'Another answer with this link is being sent right now. Open the task in a minute to see the result.' },
    tooLong: { title: 'The answer is too long', message: 'Shorten the comment and send it again.' },
    internal: (requestId) => ({ title: 'Something went wrong on our side', message: `Nothing was recorded. Try again in a minute; if it keeps happening, quote request id ${requestId}.` }),
    seeTheTask: 'See the task',
  },
  required: 'required',
  requiredNote: 'Fields marked * are required.',
  choose: 'Choose…',
  oneLinkPerLine: 'One link per line',
  currency: 'Currency',
  atMost: (amount) => `At most ${amount}.`,
  yourAnswer: (outcome) => `Your answer: ${outcome}`,
  nothingRecordedYet: 'Nothing has been recorded yet. Your answer is recorded when you press the button below.',
  comment: 'Comment',
  commentHint: (company) => `Optional; the people at ${company} working on this process can read it.`,
  anotherAnswer: 'Another answer:',
  actsFor: (recipient, until) => `This page acts for ${recipient} only and works until ${until}.`,
  askedBy: (who) => `asked by ${who}`,
  fixFields: 'Some fields need another look; nothing has been recorded yet.',
  unreadableCharacter: 'Your answer holds an invisible control character (perhaps pasted with the text); remove it and send again. Nothing has been recorded yet.',
  notRecorded: (why) => `Nothing has been recorded yet: ${why}`,
  answerHeading: 'Your answer',
  confirmNote: 'Each button opens a page where you confirm; nothing is recorded before that.',
  noLongerYours: (recipient) => `This task is no longer with you (${recipient}); it has been handed to someone else.`,
  linksExpired: (company) => `The answer links of your mail have expired. Ask the people at ${company} who run this process to send them again.`,
  undelivered: 'Mail about this task could not be delivered:',
  thanks: 'Thank you, your answer is recorded',
  youChose: (outcome, task) => `You chose ${outcome} on “${task}”.`,
  task: 'Task',
  process: 'Process',
  processStatus: 'Process status',
  backToTask: 'Back to the task',
  answerRecorded: 'Answer recorded',
  code: 'Code',
  tooManyTitle: 'Too many requests',
  tooManyMessage: 'This link was opened too often in the last minute. Wait a minute, then open it again.',
  taskStatus: { open: 'Open', decided: (outcome) => `Decided: ${outcome}`, cancelled: 'Closed', timedOut: 'Timed out' },
  decidedBy: (outcome, by, when) => `${outcome}${by ? ` by ${by}` : ''}${when ? ` on ${when}` : ''}`,
  decidedAutomatically: (outcome, when) => `${outcome} automatically${when ? ` on ${when}` : ''}`,
  facts: { yourRole: 'Your role', due: 'Due', decision: 'Decision' },
  answerRefusals: {
    insufficientFunds: (requested, available) => `${requested} is more than the ${available} available now.`,
    amountAboveLimit: (amount, limit) => `${amount} is above the limit of ${limit}.`,
  },
};

const de: Messages = {
  when: (epochMs) => `${new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(epochMs)} UTC`,
  outcomeLabels: {
    submit: 'Absenden',
    approve: 'Genehmigen',
    approve_lower: 'Geringeren Betrag genehmigen',
    approve_partial: 'Teilweise genehmigen',
    reject: 'Ablehnen',
    deny: 'Ablehnen',
    request_changes: 'Änderungen anfordern',
    request_information: 'Informationen anfordern',
    cancel: 'Abbrechen',
    withdraw: 'Zurückziehen',
    paid: 'Bezahlt',
    pass: 'Bestanden',
    fail: 'Nicht bestanden',
  },
  mail: {
    leads: {
      task: 'Eine Aufgabe wartet auf Sie',
      reminder: 'Erinnerung: Eine Aufgabe wartet noch auf Sie',
      escalation: 'An Sie eskaliert: Eine Aufgabe ist unbeantwortet',
      delegated: 'Eine Aufgabe wurde an Sie übergeben',
      result: 'Ein Vorgang ist abgeschlossen',
      notify: 'Benachrichtigung',
    },
    hello: (name) => `Hallo ${name},`,
    status: 'Stand',
    askedBy: 'Angefragt von',
    yourRole: 'Ihre Rolle',
    roleFor: (role, company) => `${role} für ${company}`,
    choices: 'Antwortmöglichkeiten',
    due: 'Fällig',
    decideIntro: 'Entscheiden (jeder Link öffnet eine Seite, auf der Sie bestätigen; vorher wird nichts gespeichert):',
    chooseAnswer: 'Wählen Sie Ihre Antwort. Jede Schaltfläche öffnet eine Seite, auf der Sie bestätigen; vorher wird nichts gespeichert.',
    seeTask: 'Aufgabe ansehen',
    linksNote: (email, until) => `Diese Links handeln nur für ${email}, jeder funktioniert einmal, und sie gelten bis ${until}. Bitte leiten Sie diese E-Mail nicht weiter.`,
    signature: '— Tandem',
  },
  refusals: {
    linkInvalid: { title: 'Dieser Link ist ungültig', message: 'Diesen Link haben wir nicht gesendet, oder er wurde unterwegs verändert. Öffnen Sie den Link genau so, wie er in Ihrer E-Mail steht.' },
    taskGone: { title: 'Diese Aufgabe gibt es nicht mehr', message: 'Der Vorgang, zu dem dieser Link gehörte, wurde entfernt.' },
    linkExpired: { title: 'Dieser Link ist abgelaufen', message: 'Links zu einer Aufgabe funktionieren einige Wochen nach ihrer Fälligkeit nicht mehr.' },
    linkExpiredOn: (when, company) => `Er gilt seit ${when} nicht mehr. Bitten Sie die Personen bei ${company}, die diesen Vorgang betreuen, die Aufgabe erneut zu senden.`,
    linkUsed: (when) => ({ title: 'Dieser Link wurde bereits verwendet', message: `Ihre Antwort wurde am ${when} gespeichert. Jeder Link in der E-Mail funktioniert einmal.` }),
    taskClosed: 'Diese Aufgabe ist bereits abgeschlossen',
    decided: (outcome, by) => `Sie wurde entschieden (${outcome})${by ? ` von ${by}` : ''}.`,
    timedOut: 'Ihre Frist ist abgelaufen.',
    closed: 'Sie wurde geschlossen.',
    noMoreAnswers: 'Ihre Links speichern keine Antworten mehr.',
    linkRevoked: { title: 'Diese Aufgabe liegt nicht mehr bei Ihnen', message: 'Sie wurde an jemand anderen übergeben, daher funktionieren die Links in Ihrer früheren E-Mail nicht mehr.' },
    linkCannotRead: { title: 'Dieser Link öffnet keine Dokumente', message: 'Öffnen Sie die Dokumente auf der Aufgabenseite: „Aufgabe ansehen“ in Ihrer E-Mail.' },
    documentNotFound: { title: 'Dieses Dokument ist nicht hier', message: 'Die Aufgabenseite listet die Dokumente, die Sie öffnen können; öffnen Sie sie dort.' },
    linkCannotDecide: { title: 'Dieser Link kann keine Antwort speichern', message: 'Er zeigt nur die Aufgabe. Verwenden Sie eine der Antwort-Schaltflächen auf der Aufgabenseite.' },
    crossSite: { title: 'Antworten Sie auf der Tandem-Seite', message: 'Antworten können nur von der Seite gesendet werden, die der Link öffnet.' },
    malformedForm: { title: 'Die Antwort konnte nicht gelesen werden', message: 'Öffnen Sie den Link aus Ihrer E-Mail erneut und senden Sie das Formular von dieser Seite.' },
    confirmationMismatch: { title: 'Antworten Sie auf der Tandem-Seite', message: 'Diese Antwort kam nicht von der Seite dieses Links. Öffnen Sie den Link aus Ihrer E-Mail und senden Sie das Formular dort.' },
    outcomeMismatch: { title: 'Dieser Link speichert eine andere Antwort', message: 'Öffnen Sie aus Ihrer E-Mail den Link der Antwort, die Sie geben möchten.' },
    linkBusy: { title: 'Ihre Antwort wird gespeichert', message: 'Gerade wird eine andere Antwort mit diesem Link gesendet. Öffnen Sie die Aufgabe in einer Minute, um das Ergebnis zu sehen.' },
    tooLong: { title: 'Die Antwort ist zu lang', message: 'Kürzen Sie den Kommentar und senden Sie ihn erneut.' },
    internal: (requestId) => ({ title: 'Bei uns ist etwas schiefgegangen', message: `Es wurde nichts gespeichert. Versuchen Sie es in einer Minute erneut; wenn es wieder passiert, nennen Sie die Anfrage-ID ${requestId}.` }),
    seeTheTask: 'Aufgabe ansehen',
  },
  required: 'Pflichtfeld',
  requiredNote: 'Mit * markierte Felder sind Pflichtfelder.',
  choose: 'Bitte wählen…',
  oneLinkPerLine: 'Ein Link pro Zeile',
  currency: 'Währung',
  atMost: (amount) => `Höchstens ${amount}.`,
  yourAnswer: (outcome) => `Ihre Antwort: ${outcome}`,
  nothingRecordedYet: 'Noch ist nichts gespeichert. Ihre Antwort wird gespeichert, wenn Sie unten auf die Schaltfläche klicken.',
  comment: 'Kommentar',
  commentHint: (company) => `Freiwillig; die Personen bei ${company}, die an diesem Vorgang arbeiten, können ihn lesen.`,
  anotherAnswer: 'Andere Antwort:',
  actsFor: (recipient, until) => `Diese Seite handelt nur für ${recipient} und gilt bis ${until}.`,
  askedBy: (who) => `angefragt von ${who}`,
  fixFields: 'Einige Felder müssen Sie noch einmal ansehen; noch ist nichts gespeichert.',
  unreadableCharacter: 'Ihre Antwort enthält ein unsichtbares Steuerzeichen (vielleicht mit dem Text eingefügt); entfernen Sie es und senden Sie erneut. Noch ist nichts gespeichert.',
  notRecorded: (why) => `Noch ist nichts gespeichert: ${why}`,
  answerHeading: 'Ihre Antwort',
  confirmNote: 'Jede Schaltfläche öffnet eine Seite, auf der Sie bestätigen; vorher wird nichts gespeichert.',
  noLongerYours: (recipient) => `Diese Aufgabe liegt nicht mehr bei Ihnen (${recipient}); sie wurde an jemand anderen übergeben.`,
  linksExpired: (company) => `Die Antwort-Links Ihrer E-Mail sind abgelaufen. Bitten Sie die Personen bei ${company}, die diesen Vorgang betreuen, sie erneut zu senden.`,
  undelivered: 'E-Mails zu dieser Aufgabe konnten nicht zugestellt werden:',
  thanks: 'Vielen Dank, Ihre Antwort ist gespeichert',
  youChose: (outcome, task) => `Sie haben „${outcome}“ für „${task}“ gewählt.`,
  task: 'Aufgabe',
  process: 'Vorgang',
  processStatus: 'Stand des Vorgangs',
  backToTask: 'Zurück zur Aufgabe',
  answerRecorded: 'Antwort gespeichert',
  code: 'Code',
  tooManyTitle: 'Zu viele Anfragen',
  tooManyMessage: 'Dieser Link wurde in der letzten Minute zu oft geöffnet. Warten Sie eine Minute und öffnen Sie ihn dann erneut.',
  taskStatus: { open: 'Offen', decided: (outcome) => `Entschieden: ${outcome}`, cancelled: 'Geschlossen', timedOut: 'Frist abgelaufen' },
  decidedBy: (outcome, by, when) => `${outcome}${by ? ` von ${by}` : ''}${when ? ` am ${when}` : ''}`,
  decidedAutomatically: (outcome, when) => `${outcome} automatisch${when ? ` am ${when}` : ''}`,
  facts: { yourRole: 'Ihre Rolle', due: 'Fällig', decision: 'Entscheidung' },
  answerRefusals: {
    insufficientFunds: (requested, available) => `${requested} ist mehr als die ${available}, die jetzt verfügbar sind.`,
    amountAboveLimit: (amount, limit) => `${amount} liegt über der Grenze von ${limit}.`,
  },
};

const CATALOG: Record<Language, Messages> = { en, de };

/** The page strings in `language`. */
export function messagesIn(language: Language): Messages {
  return CATALOG[language];
}

/** An outcome as a button or link says it in `words`' language; one the catalog does not know, as the template names it. */
export function outcomeLabel(words: Messages, outcome: string): string {
  return words.outcomeLabels[outcome] ?? humanize(outcome);
}

/** The best language an `Accept-Language` header asks for among ours; English when none fits. */
export function languageFromHeader(header: string | undefined): Language {
  const asked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = parameters.map((parameter) => /^\s*q=([0-9.]+)\s*$/.exec(parameter)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== '' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of asked) {
    const found = LANGUAGES.find((language) => language === tag.split('-')[0]);
    if (found) return found;
  }
  return 'en';
}
