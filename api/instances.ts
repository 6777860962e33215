/**
 * What a start of an instance must satisfy before it reaches Temporal: bindings and inputs
 * that fit the template, and the deterministic workflow id. InstanceClient (instance-client.ts)
 * starts instances with these, so the API, the ops CLI and tests check the same way.
 */
import { createHash } from 'node:crypto';
import { fieldsSchema } from '../definitions/fields.js';
import { MAX_BUSINESS_KEY_LENGTH } from '../definitions/limits.js';
import type { Template } from '../definitions/template.js';
import { Bindings, Person, type InstanceResult, type StartInstance } from '../workflows/schemas.js';
import { foreignCurrencies } from './currencies.js';

/** Thrown when the people, companies or inputs given for a start do not fit the template. */
export class StartInputError extends Error {
  override name = 'StartInputError';
  constructor(readonly problems: Array<{ path: string; message: string }>) {
    super(`cannot start: ${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`);
  }
}

/** What a caller gives to start an instance. */
export interface StartRequest {
  template: Template;
  businessKey: string;
  bindings: unknown;
  input: unknown;
  initiator: unknown;
  taskQueue: string;
  historyLimit?: number;
  /** The company that starts it: scopes the business key (see {@link instanceId}). */
  starterCompanyId?: string;
}

/**
 * The deterministic workflow id: the same template and business key always name the same
 * instance. With the starting company, the key is that company's: two companies using the
 * same key name two instances, and the id (a digest, not the key) tells nobody else which
 * key or company it was made from.
 */
export function instanceId(templateId: string, businessKey: string, starterCompanyId?: string): string {
  if (starterCompanyId === undefined) return `${templateId}:${businessKey}`;
  return `${templateId}:${createHash('sha256').update(`${starterCompanyId}\n${businessKey}`).digest('base64url').slice(0, 22)}`;
}

const BUSINESS_KEY = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._:-]{0,${MAX_BUSINESS_KEY_LENGTH - 1}}$`);

/** Checks bindings and inputs against the template; returns the parsed start input or throws {@link StartInputError}. */
export function checkStartInput(request: Omit<StartRequest, 'taskQueue'>): StartInstance {
  const problems: Array<{ path: string; message: string }> = [];
  const issuesAt = (prefix: string, issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>) =>
    issues.forEach((issue) => problems.push({ path: [prefix, ...issue.path.map(String)].join('.'), message: issue.message }));

  if (!BUSINESS_KEY.test(request.businessKey)) {
    problems.push({ path: 'businessKey', message: `use 1–${MAX_BUSINESS_KEY_LENGTH} letters, digits, dots, dashes, underscores or colons` });
  }
  const bindings = Bindings.safeParse(request.bindings);
  if (!bindings.success) issuesAt('bindings', bindings.error.issues);
  const initiator = Person.safeParse(request.initiator);
  if (!initiator.success) issuesAt('initiator', initiator.error.issues);
  const input = fieldsSchema(request.template.inputs).safeParse(request.input ?? {});
  if (!input.success) issuesAt('input', input.error.issues);
  for (const problem of foreignCurrencies(request.template.inputs, request.input)) problems.push({ ...problem, path: `input.${problem.path}` });

  if (bindings.success) {
    for (const [party, definition] of Object.entries(request.template.parties)) {
      const company = bindings.data.companies[party];
      if (!company && definition.optional) {
        // An optional party may stay out, but then wholly: people without a company cannot act for it.
        for (const role of Object.keys(definition.roles)) {
          if (bindings.data.participants[`${party}.${role}`]) {
            problems.push({ path: `bindings.participants.${party}.${role}`, message: `party "${party}" has no company; name it in bindings.companies.${party}, or leave out its people` });
          }
        }
        continue;
      }
      if (!company) problems.push({ path: `bindings.companies.${party}`, message: `name the company that plays party "${party}"` });
      for (const role of Object.keys(definition.roles)) {
        const people = bindings.data.participants[`${party}.${role}`] ?? [];
        if (people.length === 0) problems.push({ path: `bindings.participants.${party}.${role}`, message: 'name at least one person for this role' });
        for (const person of people) {
          if (company && person.company !== company) {
            problems.push({ path: `bindings.participants.${party}.${role}`, message: `${person.email} works for ${person.company}, but party "${party}" is ${company}` });
          }
        }
      }
    }
    for (const role of Object.keys(bindings.data.participants)) {
      const [party, name] = role.split('.');
      if (!party || !name || !request.template.parties[party]?.roles[name]) problems.push({ path: `bindings.participants.${role}`, message: 'this role is not in the template' });
    }
  }
  if (problems.length > 0 || !bindings.success || !initiator.success || !input.success) throw new StartInputError(problems);
  return { kind: 'start', template: request.template, businessKey: request.businessKey, bindings: bindings.data, input: input.data, initiator: initiator.data };
}

export type { InstanceResult };
