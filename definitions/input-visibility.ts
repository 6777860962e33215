/**
 * Which start inputs a company may see. An input marked `visibleTo: [party, …]` is shown only
 * to the companies playing those parties (e.g. a vendor's audit threshold is never shown to the
 * partner); every other input is shown to every party. Instances keep the marks from their
 * template snapshot (`InstanceState.inputVisibility`), so API views, webhooks, mails and pages
 * all apply this one rule. Pure and free of Node: the workflow computes the marks at start.
 */
import type { Fields } from './template.js';

/** Input name → parties that may see it, for the inputs that are marked; undefined when none is. */
export function inputVisibilityOf(inputs: Fields): Record<string, string[]> | undefined {
  const marked: Record<string, string[]> = {};
  for (const [name, field] of Object.entries(inputs)) if (field.visibleTo) marked[name] = [...field.visibleTo];
  return Object.keys(marked).length === 0 ? undefined : marked;
}

/** The inputs `companyId` may not see, given the marks and which company plays which party. */
export function hiddenInputs(visibility: Record<string, string[]> | undefined, companies: Record<string, string>, companyId: string): Set<string> {
  const hidden = new Set<string>();
  if (!visibility) return hidden;
  const parties = Object.entries(companies).filter(([, company]) => company === companyId).map(([party]) => party);
  for (const [name, visibleTo] of Object.entries(visibility)) if (!visibleTo.some((party) => parties.includes(party))) hidden.add(name);
  return hidden;
}

/** `values` without the hidden names. */
export function withoutHidden<T>(values: Record<string, T>, hidden: ReadonlySet<string>): Record<string, T> {
  if (hidden.size === 0) return values;
  return Object.fromEntries(Object.entries(values).filter(([name]) => !hidden.has(name)));
}
