/**
 * The words of the emailed-task pages, in every language we write them in: one catalog, so
 * a page says the same thing in each language and a new language is one more entry here.
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

/** Every string of the pages; functions where a value goes in. */
export interface Messages {
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
}

const en: Messages = {
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
};

const de: Messages = {
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
};

const CATALOG: Record<Language, Messages> = { en, de };

/** The page strings in `language`. */
export function messagesIn(language: Language): Messages {
  return CATALOG[language];
}
