/**
 * How an instance is presented to the people and companies who take part in it: which of
 * its data a company may see, and how money, dates and names read in mails, pages and the
 * API. Pure functions over workflow state and template data; api/ and activities/ both
 * import this module, so each rule has one home.
 */
export { formatMoney, formatValue, formatWhen, humanize, isMoney, isoOrNull, minorDigits, type Money } from './format.js';
export { escapeHtml, Html, html, type HtmlValue } from './html.js';
export { audienceOf, canSeeTask, hiddenInputsOf, isForPeople, ownParticipants, personAs, takesPart, visibleValues, type VisiblePerson } from './visibility.js';
export { findStep, formatDate, shownFacts, type FactType, type ShownDocument, type ShownFact } from './facts.js';
export { stepProgress, type StepProgress } from './progress.js';
