/** The catalog of mail and page words: every language says everything English says. */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, languageFromHeader, messagesIn, outcomeLabel } from '../../presentation/messages.js';

/** Every key of a catalog entry, as paths (`mail.leads.task`), with what each holds. */
function entries(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'function') return [[path, 'function']];
  if (typeof value === 'string') return [[path, 'string']];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, inner]) => entries(inner, path ? `${path}.${key}` : key));
  return [[path, typeof value]];
}

/** Calls every function of an entry with sample values, and collects every text. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return texts((value as (...args: unknown[]) => unknown)('X', 'Y'));
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(texts);
  return [];
}

describe('the message catalog', () => {
  const english = messagesIn('en');
  // Outcome labels are optional per language: an outcome without one is shown as the template names it.
  const keys = (language: (typeof LANGUAGES)[number]) => entries({ ...messagesIn(language), outcomeLabels: {} });

  it.each(LANGUAGES.filter((language) => language !== 'en'))('has every English key in %s, of the same kind', (language) => {
    expect(keys(language)).toEqual(keys('en'));
  });

  it.each(LANGUAGES)('says something for every key in %s', (language) => {
    const { when, ...rest } = messagesIn(language);
    for (const text of texts(rest)) expect(text.trim()).not.toBe('');
    expect(when(Date.UTC(2025, 2, 14, 17, 0))).toMatch(/2025.*17:00 UTC/);
  });

  it('labels common outcomes in German and leaves others as the template names them', () => {
    expect(outcomeLabel(messagesIn('de'), 'approve')).toBe('Genehmigen');
    expect(outcomeLabel(messagesIn('de'), 'escalate_to_board')).toBe('Escalate to board');
    expect(outcomeLabel(english, 'request_changes')).toBe('Request changes');
  });

  it('picks the best of our languages from Accept-Language, English when none fits', () => {
    expect(languageFromHeader('de-CH, de;q=0.9, en;q=0.8')).toBe('de');
    expect(languageFromHeader('fr, en;q=0.5, de;q=0.4')).toBe('en');
    expect(languageFromHeader('fr;q=1, de;q=0.2')).toBe('de');
    expect(languageFromHeader('de;q=0, en')).toBe('en');
    expect(languageFromHeader(undefined)).toBe('en');
    expect(languageFromHeader('*')).toBe('en');
  });
});
