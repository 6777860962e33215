/**
 * Request and response schemas of the API. Handlers parse with them, and the OpenAPI
 * document is generated from the same objects, so the docs cannot drift from the code.
 */
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { MAX_BUSINESS_KEY_LENGTH, MAX_ID_LENGTH, MAX_INSTANCE_ID_LENGTH, MAX_TASK_ID_LENGTH, RESERVED_NAMES, tooLongMessage } from '../definitions/limits.js';
import { RoleRef } from '../definitions/template.js';

extendZodWithOpenApi(z);

export const ErrorBody = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })
  .openapi('Error', { description: 'Every error: a stable machine code and a human message.' });

/**
 * `waitForChange` of the status routes (instances, fund requests, allocations, the task inbox):
 * whole seconds with an `s`, from 1s to 60s. Parsed into milliseconds.
 */
export const WaitForChange = z
  .string()
  .regex(/^[1-9]\d{0,2}s$/, 'use whole seconds with an s, from 1s to 60s, e.g. 30s')
  .transform((value) => Number(value.slice(0, -1)) * 1000)
  .refine((ms) => ms <= 60_000, 'wait at most 60s')
  .openapi({
    type: 'string',
    pattern: '^[1-9][0-9]?s$',
    example: '30s',
    description:
      'Long-poll: with an If-None-Match naming the current ETag, answer as soon as what you see changes, or with 304 after this long. Whole seconds with an s, 1s to 60s; anything else is a 400 invalid_request.',
  });

/** A text of at most `maximum` characters, refused with the templates' own message (definitions/limits.ts). */
const limited = (maximum: number) => z.string().min(1).max(maximum, tooLongMessage(maximum));

export const InstanceId = limited(MAX_INSTANCE_ID_LENGTH);
export const TemplateId = limited(MAX_ID_LENGTH);
export const BusinessKey = limited(MAX_BUSINESS_KEY_LENGTH);

/**
 * A person named by a caller: an email, or for older clients a person object of which only
 * the email counts. Name and company always come from the directory.
 */
export const PersonRef = z
  .union([z.email().max(320), z.strictObject({ email: z.email().max(320), name: z.string().max(200).optional(), company: z.string().max(100).optional() })])
  .transform((ref) => (typeof ref === 'string' ? ref : ref.email).toLowerCase())
  .openapi({ description: 'An email of a person of your directory (a {email, name, company} object is accepted; only its email counts).' });

export const StartInstanceBody = z
  .strictObject({
    templateId: TemplateId,
    version: z.int().positive().optional().openapi({ description: 'Defaults to the newest version that is not deprecated.' }),
    businessKey: BusinessKey.openapi({ description: 'Your identity of this case; one instance per template, business key and your company.' }),
    bindings: z.strictObject({
      companies: z.record(z.string(), z.string().min(1)).openapi({ description: 'Party → company id. Your company must play at least one party.' }),
      participants: z
        .record(RoleRef, z.array(PersonRef).min(1).max(50))
        .default({})
        .openapi({ description: "People of your directory for roles of your own parties; other roles (and yours left out) resolve from the directory group the template names." }),
    }),
    input: z.record(z.string(), z.unknown()).default({}),
    initiator: PersonRef,
  })
  .openapi('StartInstance');

export const InstanceParams = z.strictObject({ id: InstanceId });
export const TaskParams = z.strictObject({ id: InstanceId, taskId: limited(MAX_TASK_ID_LENGTH) });

/** The query of a status read: only the long-poll. */
export const StatusQuery = z.strictObject({ waitForChange: WaitForChange.optional() });

export const ListInstancesQuery = z.strictObject({
  template: TemplateId.optional(),
  status: z.string().min(1).max(100).optional(),
  updatedSince: z.iso.datetime({ offset: true }).optional(),
  company: z.string().min(1).max(200).optional().openapi({ description: 'Only instances this company takes part in too.' }),
  party: z.string().min(1).max(100).optional().openapi({ description: 'Only instances where this party is played by `company`, or by your company when `company` is not given.' }),
  waitingOnMyCompany: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .openapi({ description: 'With `true`, only instances where a task of your company is open.' }),
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'Instances per page, at most 200.' }),
  cursor: z.string().max(500).optional().openapi({ description: 'The `nextCursor` of the previous page, with the same filters: the page after it. Opaque.' }),
});

export const InboxQuery = z.strictObject({
  assignee: z.email().optional(),
  filter: z.enum(['open', 'due_soon', 'overdue', 'all']).default('open'),
  dueWithinHours: z.coerce.number().int().min(1).max(24 * 90).default(48),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  waitForChange: WaitForChange.optional(),
});

export const DecisionBody = z
  .strictObject({
    actor: z.email().openapi({ description: 'The person deciding; must be assigned the task and work for your company.' }),
    outcome: z.string().min(1).max(100),
    comment: z.string().max(5000).optional(),
    form: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('Decision');

export const CancelBody = z.strictObject({ actor: z.email(), reason: z.string().min(1).max(5000) }).openapi('Cancel');

/** Names a template's data may not use (definitions/limits.ts): they read JavaScript's built-ins. */
const VariableName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,99}$/, 'use letters, digits and underscores, starting with a letter')
  .refine((name) => !RESERVED_NAMES.has(name), { message: `${[...RESERVED_NAMES].join(', ')} are reserved words; choose another name` });

export const RetryIncidentBody = z
  .strictObject({
    reason: z.string().min(1).max(5000).openapi({ description: 'Why it is retried; kept in the timeline.' }),
    vars: z.record(VariableName, z.unknown()).optional().openapi({ description: 'Variables to set before the stopped steps are entered again: the fix for data a condition or expression reads (`vars.<name>`).' }),
  })
  .openapi('RetryIncident');

export const CancelIncidentBody = z.strictObject({ reason: z.string().min(1).max(5000) }).openapi('CancelIncident');

export const WithdrawBody = z
  .strictObject({
    actor: z.email().openapi({ description: 'The person withdrawing; must hold a role in the party and work for your company.' }),
    party: z.string().min(1).max(100).openapi({ description: 'The party of the template your company leaves, e.g. company_b.' }),
    reason: z.string().min(1).max(5000),
  })
  .openapi('Withdraw');

export const TemplateParams = z.strictObject({ id: TemplateId, version: z.coerce.number().int().positive() });

export const CreateKeyBody = z
  .strictObject({
    companyId: z.string().min(1).max(100).optional().openapi({ description: "The key's company: your own (default) with an admin key; any company with a platform key." }),
    name: z.string().min(1).max(200),
    scopes: z.array(z.enum(['read', 'act', 'admin', 'platform'])).min(1).openapi({ description: 'read, act, admin; platform only from a platform key.' }),
  })
  .openapi('CreateKey');

export const KeyParams = z.strictObject({ keyId: z.string().regex(/^[0-9a-f]{16}$/) });

/** Opaque cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(value: Record<string, string>): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Decodes a cursor made by {@link encodeCursor} with the given fields; undefined when malformed. */
export function decodeCursor<K extends string>(cursor: string, fields: readonly K[]): Record<K, string> | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const entries = fields.map((field) => [field, (parsed as Record<string, unknown>)[field]] as const);
    if (entries.some(([, value]) => typeof value !== 'string')) return undefined;
    return Object.fromEntries(entries) as Record<K, string>;
  } catch {
    return undefined;
  }
}
