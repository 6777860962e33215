/**
 * What each route answers, for the OpenAPI document: the response schema of every success
 * status (from api/responses.ts), the error codes the route can give beyond the ones every
 * authenticated route gives, and which headers apply. `documentRoute` (api/openapi.ts) merges
 * this into each route's registration by method and path; a documented route without an entry
 * here fails test/api/openapi.test.ts.
 */
import type { z, ZodType } from 'zod';
import * as R from './responses.js';
import { StatusQuery } from './schemas.js';
import { ListFundRequestsQuery } from './mdf/schemas.js';

/** Error statuses a route adds, with their codes. */
export type RouteErrors = Partial<Record<400 | 403 | 404 | 409 | 413 | 415 | 422, readonly string[]>>;

/**
 * How a route authenticates: a company's API key (the default), a signed-in person's session
 * cookie (with the CSRF header on POST, PUT and DELETE), either a key or the session of one of
 * the company's admins (the company settings routes, api/session/admin.ts), or nothing (signing in).
 */
export type RouteAuth = 'apiKey' | 'session' | 'apiKeyOrAdminSession' | 'none';

/** The contract of one route. */
export interface RouteContract {
  /**
   * Each success status: a JSON schema, a non-JSON media type (binary body), or a redirect
   * (no body; the `Location` header says where).
   */
  success: Record<number, ZodType | { mediaType: string; description: string } | { redirect: string }>;
  /** How the route authenticates; `apiKey` when absent. */
  auth?: RouteAuth;
  errors?: RouteErrors;
  /** Takes an `Idempotency-Key` (POST routes that start or decide something). */
  idempotent?: boolean;
  /** Long-polls with `waitForChange`. */
  longPoll?: boolean;
  /** Replaces the query schema in the document (e.g. a status filter shown as its enum). */
  query?: z.ZodObject;
  /** A multipart body instead of JSON. */
  multipart?: boolean;
}

/** Every JSON body: its size, type, syntax, encoding and text (api/text-edge.ts). */
const JSON_BODY: RouteErrors = { 413: ['payload_too_large'], 415: ['unsupported_media_type'], 400: ['malformed_json', 'invalid_utf8'], 422: ['control_character'] };
const IDEMPOTENT: RouteErrors = { 400: ['invalid_idempotency_key'], 409: ['idempotency_conflict'] };
/** Handing a task to a colleague, by key or by session (api/hand-over.ts). */
const HAND_OVER: RouteErrors = {
  403: ['not_your_person', 'not_task_holder', 'not_party_admin', 'not_your_task', 'not_allowed'],
  409: ['task_not_open', 'instance_not_running', 'already_holds_task'],
  422: ['unknown_person', 'inactive_person', 'self_delegation', 'delegation_loop', 'recipient_at_other_company'],
};
/** Connecting an identity provider or starting a sign-in there (api/session/oidc.ts). */
const OIDC_PROVIDER: RouteErrors = { 400: ['insecure_url', 'destination_not_allowed'], 422: ['oidc_provider_unreachable'] };
/** Moving instances onto a later template version (api/migration.ts). */
const MIGRATION: RouteErrors = {
  409: ['instance_not_running', 'migration_step_unmapped', 'migration_step_incompatible', 'migration_bindings_missing'],
  422: ['migration_target_invalid', 'migration_mapping_invalid'],
};
/** The console's template routes: platform operators only (api/session/platform.ts). */
const OPERATOR: RouteErrors = { 403: ['not_platform_operator'] };
const DECISION: RouteErrors = { 403: ['not_your_person', 'not_your_task', 'not_allowed'], 409: ['task_not_open', 'instance_not_running'], 422: ['outcome_not_allowed', 'invalid_form', 'currency_mismatch', 'amount_above_limit', 'insufficient_funds'] };

/** Merges error tables, concatenating the codes of one status. */
export function errors(...tables: RouteErrors[]): RouteErrors {
  const merged: Record<number, string[]> = {};
  for (const table of tables) {
    for (const [status, codes] of Object.entries(table)) merged[Number(status)] = [...new Set([...(merged[Number(status)] ?? []), ...(codes ?? [])])];
  }
  return merged;
}

/** Every route's contract, by `<method> <path>` as registered. */
export const CONTRACT: Record<string, RouteContract> = {
  'post /instances': { success: { 201: R.StartedInstance, 200: R.StartedInstance }, idempotent: true, errors: errors(JSON_BODY, IDEMPOTENT, { 403: ['not_a_party'], 409: ['template_deprecated'], 422: ['invalid_start_input'] }) },
  'get /instances': { success: { 200: R.InstancePage }, errors: { 400: ['invalid_cursor'] } },
  'get /instances/{id}': { success: { 200: R.InstanceView }, longPoll: true },
  'get /instances/{id}/timeline': { success: { 200: R.Timeline } },
  'post /instances/{id}/cancel': { success: { 200: R.InstanceView }, idempotent: true, errors: errors(JSON_BODY, IDEMPOTENT, DECISION) },
  'post /instances/{id}/incident/retry': { success: { 200: R.InstanceView }, idempotent: true, errors: errors(JSON_BODY, IDEMPOTENT, { 404: ['not_found'], 409: ['no_incident', 'instance_not_running'] }) },
  'post /instances/{id}/incident/cancel': { success: { 200: R.InstanceView }, idempotent: true, errors: errors(JSON_BODY, IDEMPOTENT, { 404: ['not_found'], 409: ['no_incident', 'instance_not_running'] }) },
  'post /instances/{id}/withdraw': { success: { 200: R.InstanceView }, idempotent: true, errors: errors(JSON_BODY, IDEMPOTENT, DECISION, { 403: ['not_your_party'], 404: ['not_found'], 409: ['already_withdrawn'] }) },

  'post /instances/{id}/tasks/{taskId}/delegate': { success: { 200: R.InstanceView }, errors: errors(JSON_BODY, HAND_OVER) },
  'post /instances/{id}/tasks/{taskId}/reassign': { success: { 200: R.InstanceView }, errors: errors(JSON_BODY, HAND_OVER) },

  'get /tasks': { success: { 200: R.Inbox }, longPoll: true, errors: { 400: ['invalid_cursor'] } },
  'get /instances/{id}/tasks/{taskId}': { success: { 200: R.TaskDetail } },
  'post /instances/{id}/tasks/{taskId}/decision': { success: { 200: R.InstanceView }, idempotent: true, errors: errors(JSON_BODY, IDEMPOTENT, DECISION) },

  'get /templates': { success: { 200: R.TemplateList } },
  'get /templates/{id}/versions/{version}': { success: { 200: R.TemplateVersion } },
  'post /templates/validate': { success: { 200: R.TemplateValidation }, errors: JSON_BODY },
  'post /templates': { success: { 201: R.PublishedTemplateAnswer, 200: R.PublishedTemplateAnswer }, errors: errors(JSON_BODY, { 409: ['version_exists'], 422: ['invalid_template'] }) },
  'post /templates/{id}/versions/{version}/deprecate': { success: { 200: R.DeprecatedTemplate } },
  'post /templates/{id}/versions/{version}/migrate': { success: { 200: R.MigrationReport }, errors: errors(JSON_BODY, MIGRATION) },
  'post /instances/{id}/migrate': { success: { 200: R.MigrationOutcome }, errors: errors(JSON_BODY, MIGRATION) },

  'post /admin/keys': { success: { 201: R.CreatedKey }, errors: JSON_BODY, auth: 'apiKeyOrAdminSession' },
  'get /admin/keys': { success: { 200: R.KeyList }, auth: 'apiKeyOrAdminSession' },
  'post /admin/keys/{keyId}/revoke': { success: { 200: R.RevokedKey }, auth: 'apiKeyOrAdminSession' },

  'post /budgets': { success: { 201: R.BudgetView }, idempotent: true, errors: errors(JSON_BODY, IDEMPOTENT, { 422: ['team_outside_company'] }) },
  'get /budgets': { success: { 200: R.BudgetList } },
  'get /budgets/{id}': { success: { 200: R.BudgetDetail } },
  'post /budgets/{id}/allocations': { success: { 201: R.AllocationView }, idempotent: true, errors: errors(JSON_BODY, IDEMPOTENT, { 409: ['budget_exceeded'], 422: ['self_allocation'] }) },
  'get /allocations': { success: { 200: R.AllocationList } },
  'get /allocations/{id}': { success: { 200: R.AllocationDetail }, longPoll: true, query: StatusQuery },

  'post /fund-requests': {
    success: { 201: R.FundRequestView, 200: R.FundRequestView },
    idempotent: true,
    errors: errors(JSON_BODY, IDEMPOTENT, { 400: ['business_key_required'], 403: ['not_a_party'], 422: ['insufficient_funds', 'dates_out_of_order', 'currency_mismatch', 'allocation_expired', 'invalid_amount', 'invalid_start_input'] }),
  },
  'get /fund-requests': { success: { 200: R.FundRequestList }, query: ListFundRequestsQuery.extend({ status: R.FundRequestStatus.optional() }) },
  'get /fund-requests/{id}': { success: { 200: R.FundRequestDetail }, longPoll: true, query: StatusQuery },
  'post /fund-requests/{id}/proposal': {
    success: { 200: R.FundRequestView },
    idempotent: true,
    errors: errors(JSON_BODY, IDEMPOTENT, DECISION, { 409: ['proposal_not_open'], 422: ['insufficient_funds', 'dates_out_of_order', 'currency_mismatch', 'allocation_expired', 'invalid_amount'] }),
  },
  'post /fund-requests/{id}/documents': {
    success: { 201: R.StoredDocuments },
    multipart: true,
    errors: { 400: ['malformed_upload', 'unknown_fields', 'invalid_document_name', 'no_documents'], 403: ['not_allowed'], 409: ['instance_not_running'], 413: ['document_too_large', 'too_many_documents'], 415: ['unsupported_media_type', 'document_type_refused', 'document_content_mismatch'] },
  },
  'get /fund-requests/{id}/documents/{documentId}': { success: { 200: { mediaType: '*/*', description: 'The document’s bytes with its own content type.' } } },
  'post /fund-requests/{id}/claim': {
    success: { 200: R.FundRequestView },
    idempotent: true,
    errors: errors(JSON_BODY, IDEMPOTENT, DECISION, { 409: ['claim_not_due', 'claim_past_deadline'], 422: ['currency_mismatch', 'unknown_document'] }),
  },
  'post /fund-requests/{id}/claim-review': {
    success: { 200: R.FundRequestView },
    idempotent: true,
    errors: errors(JSON_BODY, IDEMPOTENT, DECISION, { 409: ['claim_not_in_review'], 422: ['partial_needs_amount_and_reason', 'partial_above_reserved', 'currency_mismatch', 'invalid_amount'] }),
  },
  'post /fund-requests/{id}/cancel': { success: { 200: R.FundRequestView }, idempotent: true, errors: errors(JSON_BODY, IDEMPOTENT, DECISION, { 409: ['cannot_cancel_now'] }) },

  'get /reports/mdf': { success: { 200: R.Report } },
  'get /reports/mdf.csv': { success: { 200: { mediaType: 'text/csv', description: 'The same rows as CSV, one header line.' } } },

  'get /joint/solutions': { success: { 200: R.JointBoard } },
  'get /reports/cycle-times': { success: { 200: R.CycleTimes } },
  'get /reports/cycle-times.csv': { success: { 200: { mediaType: 'text/csv', description: 'The same rows as CSV, one header line, times in seconds.' } } },
  'post /webhooks': { success: { 201: R.CreatedWebhook }, errors: errors(JSON_BODY, { 400: ['invalid_url', 'insecure_url'], 409: ['too_many_webhooks'] }), auth: 'apiKeyOrAdminSession' },
  'get /webhooks': { success: { 200: R.WebhookList }, auth: 'apiKeyOrAdminSession' },
  'get /webhooks/{id}': { success: { 200: R.WebhookView }, auth: 'apiKeyOrAdminSession' },
  'delete /webhooks/{id}': { success: { 200: R.DeletedWebhook }, auth: 'apiKeyOrAdminSession' },
  'post /webhooks/{id}/secret': { success: { 200: R.RotatedWebhook }, errors: JSON_BODY, auth: 'apiKeyOrAdminSession' },
  'get /webhooks/{id}/deliveries': { success: { 200: R.DeliveryPage }, errors: { 400: ['invalid_cursor'] }, auth: 'apiKeyOrAdminSession' },
  'post /webhooks/{id}/deliveries/{deliveryId}/replay': { success: { 202: R.DeliveryView }, errors: errors(JSON_BODY, { 409: ['delivery_pending'] }), auth: 'apiKeyOrAdminSession' },

  'post /admin/companies': { success: { 201: R.CompanyView }, errors: errors(JSON_BODY, { 409: ['company_exists'] }) },
  'get /admin/companies': { success: { 200: R.CompanyList } },
  'patch /admin/companies/{companyId}': { success: { 200: R.CompanyView }, errors: JSON_BODY },
  'get /directory/company': { success: { 200: R.CompanyView }, auth: 'apiKeyOrAdminSession' },
  'get /directory/people': { success: { 200: R.PeopleList }, auth: 'apiKeyOrAdminSession' },
  'post /directory/people': { success: { 201: R.DirectoryPerson }, errors: errors(JSON_BODY, { 409: ['duplicate_email'] }), auth: 'apiKeyOrAdminSession' },
  'get /directory/people/{personId}': { success: { 200: R.DirectoryPerson }, auth: 'apiKeyOrAdminSession' },
  'patch /directory/people/{personId}': {
    success: { 200: R.ChangedPerson },
    auth: 'apiKeyOrAdminSession',
    errors: errors(JSON_BODY, { 409: ['duplicate_email', 'nobody_left'], 422: ['invalid_request', 'unknown_person', 'inactive_person', 'delegation_loop', 'self_delegation', 'invalid_range'] }),
  },
  'get /directory/groups': { success: { 200: R.GroupList }, auth: 'apiKeyOrAdminSession' },
  'post /directory/groups': { success: { 201: R.GroupView }, errors: errors(JSON_BODY, { 409: ['group_exists'] }), auth: 'apiKeyOrAdminSession' },
  'delete /directory/groups/{group}': { success: { 200: R.DeletedGroup }, errors: { 422: ['unknown_group'] }, auth: 'apiKeyOrAdminSession' },
  'post /directory/groups/{group}/members': { success: { 200: R.GroupView }, errors: errors(JSON_BODY, { 422: ['unknown_group', 'unknown_person', 'inactive_person'] }), auth: 'apiKeyOrAdminSession' },
  'delete /directory/groups/{group}/members/{personId}': { success: { 200: R.GroupView }, errors: { 422: ['unknown_group', 'unknown_person'] }, auth: 'apiKeyOrAdminSession' },
  'get /relationships': { success: { 200: R.RelationshipList } },
  'post /relationships': { success: { 201: R.RelationshipView }, errors: errors(JSON_BODY, { 409: ['relationship_exists'], 422: ['unknown_company'] }) },
  'post /relationships/accept': { success: { 200: R.RelationshipView }, errors: errors(JSON_BODY, { 409: ['not_invited'] }) },
  'post /relationships/end': { success: { 200: R.RelationshipView }, errors: errors(JSON_BODY, { 422: ['relationship_missing'] }) },

  'put /identity-provider': { success: { 200: R.IdentityProviderConnection }, errors: errors(JSON_BODY, OIDC_PROVIDER), auth: 'apiKeyOrAdminSession' },
  'get /identity-provider': { success: { 200: R.IdentityProviderConnection }, auth: 'apiKeyOrAdminSession' },
  'delete /identity-provider': { success: { 200: R.DisconnectedIdentityProvider }, auth: 'apiKeyOrAdminSession' },

  'post /sign-in': { success: { 202: R.SignInSent }, auth: 'none', errors: JSON_BODY },
  'get /sign-in/oidc/{companyId}': {
    success: { 302: { redirect: 'To the company’s identity provider, which sends the browser back to /sign-in/oidc/callback.' } },
    auth: 'none',
    errors: errors(OIDC_PROVIDER, { 404: ['oidc_not_connected'] }),
  },

  'get /me': { success: { 200: R.Me }, auth: 'session' },
  'get /me/tasks': { success: { 200: R.Inbox }, auth: 'session', errors: { 400: ['invalid_cursor'] } },
  'post /me/instances/{id}/tasks/{taskId}/decision': { success: { 200: R.InstanceView }, auth: 'session', errors: errors(JSON_BODY, { 403: ['not_task_holder', 'not_your_task', 'not_allowed'], 409: ['task_not_open', 'instance_not_running'], 422: ['outcome_not_allowed', 'invalid_form', 'currency_mismatch', 'amount_above_limit', 'insufficient_funds'] }) },
  'post /me/instances/{id}/tasks/{taskId}/delegate': { success: { 200: R.InstanceView }, auth: 'session', errors: errors(JSON_BODY, HAND_OVER) },
  'post /me/instances/{id}/tasks/{taskId}/reassign': { success: { 200: R.InstanceView }, auth: 'session', errors: errors(JSON_BODY, HAND_OVER) },
  'get /me/instances': { success: { 200: R.MyInstancePage }, auth: 'session', errors: { 400: ['invalid_cursor'] } },
  'get /me/instances/{id}': { success: { 200: R.MyInstanceView }, auth: 'session' },
  'post /me/instances/{id}/cancel': { success: { 200: R.InstanceView }, auth: 'session', errors: errors(JSON_BODY, { 403: ['not_allowed'], 409: ['instance_not_running'] }) },
  'post /me/instances/{id}/withdraw': { success: { 200: R.InstanceView }, auth: 'session', errors: errors(JSON_BODY, { 403: ['not_your_party', 'not_allowed'], 409: ['instance_not_running', 'already_withdrawn'] }) },
  'get /me/instances/{id}/timeline': { success: { 200: R.Timeline }, auth: 'session' },
  'get /me/instances/{id}/diagram': { success: { 200: R.InstanceDiagram }, auth: 'session' },
  'get /me/instances/{id}/tasks/{taskId}': { success: { 200: R.MyTaskDetail }, auth: 'session' },
  'get /me/instances/{id}/events': { success: { 200: { mediaType: 'text/event-stream', description: 'Events `changed` with data `{"revision": n}`, the first at once; comments keep a quiet stream open.' } }, auth: 'session' },
  'get /me/joint/solutions': { success: { 200: R.JointBoard }, auth: 'session' },
  'get /me/reports/cycle-times': { success: { 200: R.CycleTimes }, auth: 'session' },
  'get /me/reports/cycle-times.csv': { success: { 200: { mediaType: 'text/csv', description: 'The same rows as CSV, one header line, times in seconds.' } }, auth: 'session' },
  'get /me/budgets': { success: { 200: R.BudgetList }, auth: 'session' },
  'get /me/allocations': { success: { 200: R.AllocationList }, auth: 'session' },
  'get /me/allocations/{id}': { success: { 200: R.AllocationDetail }, auth: 'session' },
  'get /me/fund-requests': { success: { 200: R.FundRequestList }, auth: 'session', query: ListFundRequestsQuery.extend({ status: R.FundRequestStatus.optional() }) },
  'get /me/reports/mdf': { success: { 200: R.Report }, auth: 'session' },
  'get /me/out-of-office': { success: { 200: R.MyOutOfOffice }, auth: 'session' },
  'put /me/out-of-office': {
    success: { 200: R.MyOutOfOffice },
    auth: 'session',
    errors: errors(JSON_BODY, { 422: ['unknown_person', 'inactive_person', 'person_of_other_company', 'self_delegation', 'invalid_range', 'delegation_loop'] }),
  },
  'delete /me/out-of-office': { success: { 200: R.MyOutOfOffice }, auth: 'session' },
  'post /me/sign-out': { success: { 200: R.SignedOut }, auth: 'session' },
  'get /me/templates': { success: { 200: R.TemplateList }, auth: 'session', errors: OPERATOR },
  'get /me/templates/{id}/versions/{version}': { success: { 200: R.TemplateVersion }, auth: 'session', errors: OPERATOR },
  'post /me/templates/validate': { success: { 200: R.TemplateValidation }, auth: 'session', errors: errors(JSON_BODY, OPERATOR) },
  'post /me/templates': { success: { 201: R.PublishedTemplateAnswer, 200: R.PublishedTemplateAnswer }, auth: 'session', errors: errors(JSON_BODY, OPERATOR, { 409: ['version_exists'], 422: ['invalid_template'] }) },
  'post /me/templates/{id}/versions/{version}/deprecate': { success: { 200: R.DeprecatedTemplate }, auth: 'session', errors: OPERATOR },
  'post /me/trials': {
    success: { 201: R.TrialStarted },
    auth: 'session',
    errors: errors(JSON_BODY, OPERATOR, { 409: ['template_deprecated'], 422: ['invalid_start_input', 'unknown_person', 'inactive_person', 'unknown_role', 'role_unresolved'] }),
  },
  'post /me/sign-out-everywhere': { success: { 200: R.SignedOutEverywhere }, auth: 'session' },
};
