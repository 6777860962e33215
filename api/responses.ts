/**
 * Response schemas of the API: what each route answers, as zod schemas. The OpenAPI document
 * is generated from them (api/openapi-contract.ts), the view types the handlers build are
 * checked against them at compile time (api/openapi-checks.ts), and tests parse real answers
 * with them, so code, document and clients cannot drift apart unnoticed.
 *
 * Field names: the API's own fields are camelCase in requests and responses; data a template
 * defines (inputs, forms, vars, party and role names) keeps the template's snake_case names. The
 * README's "JSON field names" section describes the planned transition to one convention.
 */
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { WEBHOOK_EVENT_TYPES } from '../activities/webhooks/index.js';
import { Scope } from './auth/keys.js';
import { JOINT_STAGES, WORKSTREAM_STATES } from './joint/board.js';

extendZodWithOpenApi(z);

const Timestamp = z.string().openapi({ format: 'date-time', example: '2025-03-01T09:30:00.000Z' });
const Data = z.record(z.string(), z.unknown());

/** A person as the API shows one: name, email, company. */
export const PersonOut = z.object({ name: z.string(), email: z.string(), company: z.string() }).openapi('Person');

/** Another company's person, shown only as that company. */
export const CompanyOnly = z.object({ company: z.string() }).openapi('CompanyOnly');

/** An instance's lifecycle. */
export const Lifecycle = z.enum(['running', 'completed', 'cancelled']).openapi('Lifecycle');

/** A task's state. */
export const TaskStatus = z.enum(['open', 'decided', 'cancelled', 'timed_out']).openapi('TaskStatus');

/** Every status the built-in MDF template (definitions/mdf-fund-request.yaml) can show, and `Starting` (api/starting-row.ts). */
export const FUND_REQUEST_STATUSES = [
  'Starting',
  'Draft',
  'Submitted',
  'In review',
  'Changes requested',
  'Pre-approved',
  'In execution',
  'Claim due',
  'Claim submitted',
  'Waiting for information',
  'Approved',
  'Partially approved',
  'Reimbursed',
  'In audit',
  'Awaiting results',
  'Results due',
  'Closed',
  'Non-compliant',
  'Denied',
  'Expired',
  'Allocation expired',
  'Cancelled',
] as const;
export const FundRequestStatus = z.enum(FUND_REQUEST_STATUSES).openapi('FundRequestStatus', { description: 'The status of a fund request, as `GET /fund-requests?status=` filters on it.' });

/** Every status the built-in joint-solution template (definitions/joint-solution.yaml) can show. */
export const JOINT_SOLUTION_STATUSES = [
  'Starting',
  'Planning',
  'Plan in review',
  'Building',
  'Integration testing',
  'Integration sign-off',
  'In certification',
  'Preparing the listing',
  'Listing in review',
  'Published',
  'Re-certification due',
  'In re-certification',
  'Unpublished',
  'Stopped',
  'Cancelled',
] as const;

/** Every status the built-in partner-onboarding template can show. */
export const PARTNER_ONBOARDING_STATUSES = ['Starting', 'Application in progress', 'In review', 'Legal review', 'Onboarded', 'Declined', 'Withdrawn', 'Cancelled'] as const;

const instanceStatusDescription =
  '`Starting` from the moment the API starts the instance until its workflow first writes it (at no step yet, no tasks), then the status the template gives the current step (`status:` in the template), `Cancelled` after a cancel. Built-in templates: ' +
  `mdf-fund-request: ${FUND_REQUEST_STATUSES.join(', ')}; joint-solution: ${JOINT_SOLUTION_STATUSES.join(', ')}; partner-onboarding: ${PARTNER_ONBOARDING_STATUSES.join(', ')}. ` +
  'Templates published by ops name their own.';
const InstanceStatus = z.string().openapi({ description: instanceStatusDescription, example: 'In review' });

/** One task as its company sees it. */
export const TaskView = z
  .object({
    id: z.string().openapi({ example: 'manager_review.1.vendor.channel_manager' }),
    instanceId: z.string(),
    stepId: z.string(),
    kind: z.enum(['task', 'approval']),
    title: z.string(),
    role: z.string(),
    companyId: z.string(),
    status: TaskStatus,
    outcomes: z.array(z.string()),
    outcomeOptions: z
      .array(z.object({ outcome: z.string(), forPeople: z.boolean().openapi({ description: 'Whether a person may choose it; false for an outcome only the system takes, such as a timeout\'s `expire`.' }) }))
      .openapi({ description: 'The outcomes and who takes them: offer buttons only for those `forPeople`.' }),
    assignees: z.array(PersonOut),
    outcome: z.string().nullable(),
    decidedBy: z.union([PersonOut, z.literal('system')]).nullable(),
    comment: z.string().nullable(),
    form: Data.nullable(),
    openedAt: Timestamp,
    dueAt: Timestamp.nullable(),
    decidedAt: Timestamp.nullable(),
  })
  .openapi('Task');

/** A run-time problem that stopped (part of) an instance until ops resolve it. */
export const IncidentView = z
  .object({
    id: z.string().openapi({ description: 'Names the incident in the timeline.' }),
    kind: z.enum(['step', 'projection']).openapi({ description: '`step`: evaluating the template at a step failed; `projection`: the database refused the instance’s data.' }),
    stepId: z.string().nullable(),
    error: z.string(),
    at: Timestamp,
  })
  .openapi('Incident');

/** An instance as one company sees it. */
export const InstanceView = z
  .object({
    id: z.string().openapi({ example: 'mdf-fund-request:2f1c…' }),
    templateId: z.string(),
    templateVersion: z.number().int(),
    businessKey: z.string(),
    title: z.string(),
    status: InstanceStatus,
    lifecycle: Lifecycle,
    companies: z.record(z.string(), z.string()).openapi({ description: 'Which company fills each party of the template.' }),
    input: Data,
    vars: Data,
    currentSteps: z.array(z.string()),
    participants: z.record(z.string(), z.array(PersonOut)).openapi({ description: 'People of your company, by role.' }),
    initiator: z.union([PersonOut, CompanyOnly]),
    tasks: z.array(TaskView),
    withdrawn: z.array(z.string()),
    incident: IncidentView.nullable().openapi({ description: 'The oldest open incident; null while none is open. Ops resolve it with POST /instances/{id}/incident/retry or /cancel.' }),
    incidents: z.array(IncidentView),
    revision: z.number().int(),
    startedAt: Timestamp,
    updatedAt: Timestamp,
    endedAt: Timestamp.nullable(),
  })
  .openapi('Instance');

/** One entry of an instance's timeline. */
export const EventView = z
  .object({
    seq: z.number().int(),
    at: Timestamp,
    type: z.enum(['started', 'step_entered', 'task_opened', 'decided', 'delegated', 'reassigned', 'reminded', 'escalated', 'timed_out', 'action', 'withdrawn', 'cancelled', 'ended', 'migrated', 'incident', 'incident_resolved']),
    stepId: z.string().nullable(),
    taskId: z.string().nullable(),
    actor: z.union([PersonOut, CompanyOnly, z.literal('system')]).nullable(),
    outcome: z.string().nullable(),
    comment: z.string().nullable(),
    details: Data,
  })
  .openapi('TimelineEvent');

export const Timeline = z.object({ events: z.array(EventView) }).openapi('Timeline');

export const StartedInstance = z.object({ id: z.string(), existing: z.boolean(), templateVersion: z.number().int() }).openapi('StartedInstance');

export const InstancePage = z
  .object({
    instances: z.array(InstanceView).openapi({ description: 'Newest change first; instances changed at the same moment by id.' }),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page; null when this is the last.' }),
  })
  .openapi('InstancePage');
export const MyInstancePage = InstancePage.extend({ counts: z.record(z.string(), z.number().int()).openapi({ description: 'Status → how many instances have it, under the same filters but `status`.' }) }).openapi('MyInstancePage');

/** A task in an inbox: the task, its instance in brief, and whether it is overdue. */
export const InboxTask = TaskView.extend({
  instance: z.object({ id: z.string(), title: z.string(), status: InstanceStatus }),
  overdue: z.boolean(),
}).openapi('InboxTask');

export const Inbox = z.object({ tasks: z.array(InboxTask), nextCursor: z.string().nullable() }).openapi('Inbox');

/** Mail to a task's holder that could not be delivered. */
export const DeliveryProblem = z
  .object({ recipient: z.string(), purpose: z.string().openapi({ description: 'Which mail it was, e.g. task or reminder.' }), error: z.string().openapi({ description: 'The mail server’s answer, shortened.' }), at: Timestamp })
  .openapi('DeliveryProblem');

/** One fact a task's holder is shown (the template's `facts`), as in the task mail and on the task page. */
export const FactView = z
  .object({
    label: z.string().openapi({ description: 'Written for people by the template, e.g. "Funds requested".' }),
    type: z.enum(['text', 'integer', 'money', 'date', 'boolean', 'documents', 'decision', 'company']),
    text: z.string().openapi({ description: 'The value as people read it, e.g. "$5,000.00", "14 Mar 2026"; decisions one per line.', example: '$5,000.00' }),
    value: z.unknown().openapi({ description: 'The value as recorded: money as { amount (minor units), currency }, dates as ISO dates, decisions as a list of { outcome, decidedBy, decidedAt, form }.' }),
    documents: z
      .array(z.object({ name: z.string(), sha256: z.string().optional(), size: z.number().int().optional(), url: z.string().optional() }))
      .optional()
      .openapi({ description: 'The documents of a documents fact: uploaded ones by sha256, others by URL.' }),
  })
  .openapi('Fact');

export const TaskDetail = TaskView.extend({
  deliveryProblems: z.array(DeliveryProblem),
  facts: z.array(FactView).openapi({ description: 'What the task’s holder is shown, as your company may see it: the template’s facts (or, for templates without any, the inputs and decided forms).' }),
}).openapi('TaskDetail');

/** One field a person fills in to decide with an outcome, with the currency and limit the instance fixes now. */
export const DecisionFieldView = z
  .object({
    name: z.string().openapi({ description: 'The field’s name in the form (snake_case, as the template names it).' }),
    field: Data.openapi({ description: 'The field as the template declares it: type, title, description, required, min, max, values…' }),
    currency: z.string().optional().openapi({ description: 'The currency a money field’s amount must be in.' }),
    atMost: z.number().int().optional().openapi({ description: 'The largest amount (minor units) a money field takes now.' }),
  })
  .openapi('DecisionField');

/** One of my tasks with what its holder is shown and the form of each outcome a person may choose. */
export const MyTaskDetail = TaskDetail.extend({
  forms: z
    .array(z.object({ outcome: z.string(), fields: z.array(DecisionFieldView) }))
    .openapi({ description: 'Each outcome a person may choose while the task is open, with its fields (the same the emailed decision page shows).' }),
}).openapi('MyTaskDetail');

/** An instance's template as a Mermaid flowchart, its steps marked by how the instance stands at them. */
export const InstanceDiagram = z
  .object({
    mermaid: z.string().openapi({ description: 'A Mermaid flowchart of the instance’s template version; marked nodes carry the class visited, current or waiting.' }),
    steps: z
      .object({ visited: z.array(z.string()), current: z.array(z.string()), waiting: z.array(z.string()) })
      .openapi({ description: 'Step ids: gone through; where your company acts (or the instance works); where it waits on another company or a timer.' }),
  })
  .openapi('InstanceDiagram');

// Templates
export const TemplateSummary = z
  .object({ id: z.string(), version: z.number().int(), title: z.string(), builtIn: z.boolean(), deprecated: z.boolean(), publishedAt: Timestamp })
  .openapi('TemplateSummary');
export const TemplateList = z.object({ templates: z.array(TemplateSummary) }).openapi('TemplateList');
export const TemplateVersion = z
  .object({
    template: Data.openapi({ description: 'The template as published; its schema is definitions/template.schema.json.' }),
    builtIn: z.boolean(),
    deprecated: z.boolean(),
    publishedAt: Timestamp,
    diagram: z.string().openapi({ description: 'A Mermaid flowchart of the template.' }),
  })
  .openapi('TemplateVersion');
export const TemplateProblem = z.object({ path: z.string(), code: z.string(), message: z.string() }).openapi('TemplateProblem');
export const TemplateValidation = z.object({ valid: z.boolean(), errors: z.array(TemplateProblem) }).openapi('TemplateValidation');
export const PublishedTemplateAnswer = z.object({ id: z.string(), version: z.number().int(), created: z.boolean() }).openapi('PublishedTemplate');
export const DeprecatedTemplate = z.object({ id: z.string(), version: z.number().int(), deprecated: z.literal(true) }).openapi('DeprecatedTemplate');
export const TrialStarted = z
  .object({
    id: z.string(),
    businessKey: z.string().openapi({ description: 'Generated; starts with `trial-`.' }),
    trial: z.literal(true),
    templateId: z.string(),
    templateVersion: z.number().int(),
    participants: z.record(z.string(), z.array(z.string())).openapi({ description: 'Role → the emails holding it, all people of your company.' }),
  })
  .openapi('TrialStarted');

// Migration
export const MigrationOutcome = z
  .object({
    instanceId: z.string(),
    result: z.enum(['migrated', 'would_migrate', 'refused']).openapi({ description: '`would_migrate` answers a dry run; `refused` changed nothing.' }),
    fromVersion: z.number().int().optional(),
    toVersion: z.number().int().optional(),
    currentSteps: z.array(z.string()).optional().openapi({ description: 'Where the instance is on the new version.' }),
    status: z.number().int().optional().openapi({ description: 'A refusal’s HTTP status, as the one-instance route answers it.' }),
    code: z.string().optional().openapi({ description: 'A refusal’s stable code, e.g. `migration_step_unmapped`.' }),
    reason: z.string().optional().openapi({ description: 'What refused it and how to fix the mapping.' }),
  })
  .openapi('MigrationOutcome');
export const MigrationReport = z
  .object({ templateId: z.string(), fromVersion: z.number().int(), toVersion: z.number().int(), dryRun: z.boolean(), instances: z.array(MigrationOutcome) })
  .openapi('MigrationReport');

// API keys
const Scopes = z.array(Scope);
export const CreatedKey = z
  .object({ id: z.string(), token: z.string().openapi({ description: 'Shown only in this answer.', example: 'tdm_0123456789abcdef.…' }), companyId: z.string(), name: z.string(), scopes: Scopes })
  .openapi('CreatedKey');
export const KeyView = z.object({ keyId: z.string(), companyId: z.string(), scopes: Scopes, name: z.string(), createdAt: Timestamp, revokedAt: Timestamp.nullable() }).openapi('ApiKey');
export const KeyList = z.object({ keys: z.array(KeyView) }).openapi('ApiKeyList');
export const RevokedKey = z.object({ keyId: z.string(), revoked: z.literal(true) }).openapi('RevokedKey');

// MDF
const MinorUnits = z.number().int().openapi({ description: 'Integer minor units of the currency (cents for USD).' });
const PersonList = z.array(PersonOut);
export const BudgetView = z
  .object({
    id: z.string(),
    vendorCompanyId: z.string(),
    name: z.string(),
    period: z.string(),
    currency: z.string(),
    total: MinorUnits,
    allocated: MinorUnits,
    team: z.object({ channel_manager: PersonList, marketing_approver: PersonList, finance: PersonList, compliance: PersonList }),
    settings: z.object({
      financeThreshold: MinorUnits.optional(),
      auditThreshold: MinorUnits.optional(),
      auditSamplePercent: z.number().int().optional(),
      claimWindow: z.string().optional(),
      claimReminder: z.string().optional(),
      claimLastReminder: z.string().optional(),
      informationWindow: z.string().optional(),
      followUpAfter: z.string().optional(),
      followUpReminder: z.string().optional(),
      followUpWindow: z.string().optional(),
    }),
    createdAt: Timestamp,
  })
  .openapi('Budget');

export const AllocationView = z
  .object({
    id: z.string(),
    budgetId: z.string(),
    period: z.string(),
    vendorCompanyId: z.string(),
    partnerCompanyId: z.string(),
    currency: z.string(),
    amount: MinorUnits,
    reserved: MinorUnits,
    committed: MinorUnits,
    released: MinorUnits,
    clawedBack: MinorUnits,
    available: MinorUnits.openapi({ description: 'amount − reserved − committed, never below 0.' }),
    expiresAt: Timestamp.nullable(),
    expired: z.boolean(),
  })
  .openapi('Allocation');

export const MovementView = z
  .object({ kind: z.enum(['reserve', 'adjust', 'commit', 'release', 'clawback']), amount: MinorUnits, fundRequestId: z.string(), reason: z.string().nullable(), at: Timestamp })
  .openapi('Movement');

export const BudgetList = z.object({ budgets: z.array(BudgetView) }).openapi('BudgetList');
export const BudgetDetail = BudgetView.extend({ allocations: z.array(AllocationView) }).openapi('BudgetDetail');
export const AllocationList = z.object({ allocations: z.array(AllocationView) }).openapi('AllocationList');
export const AllocationDetail = AllocationView.extend({ movements: z.array(MovementView) }).openapi('AllocationDetail');

export const Funds = z
  .object({ allocationId: z.string(), currency: z.string(), requested: MinorUnits, reserved: MinorUnits, committed: MinorUnits, released: MinorUnits, clawedBack: MinorUnits })
  .openapi('Funds');

export const FundRequestView = z
  .object({
    id: z.string(),
    status: FundRequestStatus,
    lifecycle: Lifecycle,
    vendorCompanyId: z.string().nullable(),
    partnerCompanyId: z.string().nullable(),
    allocationId: z.string().nullable(),
    proposal: Data.nullable().openapi({ description: 'The proposal form as the template names its fields (snake_case), e.g. activity_type, requested_amount.' }),
    claim: Data.nullable().openapi({ description: 'The claim form as the template names its fields (snake_case).' }),
    funds: Funds.nullable(),
    problem: z.object({ code: z.string(), message: z.string() }).nullable().openapi({ description: 'Why the ledger last refused, e.g. insufficient_funds.' }),
    openTasks: z.array(TaskView),
    startedAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('FundRequest');

export const FundRequestList = z.object({ fundRequests: z.array(FundRequestView) }).openapi('FundRequestList');
export const FundRequestDetail = FundRequestView.extend({ movements: z.array(MovementView) }).openapi('FundRequestDetail');

export const StoredDocument = z
  .object({
    id: z.string().openapi({ example: 'doc_0123456789abcdef01234567' }),
    name: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    uploadedAt: Timestamp,
  })
  .openapi('Document');
export const StoredDocuments = z.object({ documents: z.array(StoredDocument) }).openapi('DocumentList');

const Rate = z.number().nullable();
/** Report sums can pass 2^53, so they travel as decimal strings of minor units, exact. */
const ExactMinorUnits = z.string().regex(/^-?\d+$/).openapi({ description: 'Integer minor units of the currency as a decimal string (sums may pass 2^53, which JSON numbers cannot carry exactly).', example: '1250000' });
export const ReportRow = z
  .object({
    vendorCompanyId: z.string(),
    period: z.string(),
    partnerCompanyId: z.string(),
    currency: z.string(),
    allocated: ExactMinorUnits,
    reserved: ExactMinorUnits,
    committed: ExactMinorUnits,
    released: ExactMinorUnits,
    unused: ExactMinorUnits,
    expired: ExactMinorUnits,
    clawedBack: ExactMinorUnits,
    utilisationPercent: z.number(),
    fundRequests: z.number().int(),
    funnel: z
      .object({ submitted: z.number().int(), preApproved: z.number().int(), claimed: z.number().int(), reimbursed: z.number().int() })
      .openapi('MdfFunnel', { description: 'How many of the row\'s fund requests reached each stage; a request that reached a later stage counts at every earlier one.' }),
    medianDaysToPreApproval: Rate.openapi({ description: 'Median days from the proposal submitted to the funds pre-approved.' }),
    medianDaysPreApprovalToClaim: Rate.openapi({ description: 'Median days from the funds pre-approved to the claim filed.' }),
    medianDaysClaimToReimbursement: Rate.openapi({ description: 'Median days from the claim filed to the reimbursement booked.' }),
    claimsReviewed: z.number().int(),
    claimRejectionRate: Rate,
    partialApprovalRate: Rate,
    reportedLeads: z.number().int(),
    reportedPipeline: ExactMinorUnits,
    reportedPipelineOtherCurrencies: z.array(z.object({ currency: z.string(), amount: ExactMinorUnits })).openapi({ description: 'Pipeline reported in other currencies than the row\'s, by currency; not part of any ratio.' }),
    costPerLead: ExactMinorUnits.nullable(),
    pipelinePerSpend: Rate,
    ...outcomeColumns(),
  })
  .openapi('MdfReportRow');
/** What the funds returned, from the results follow-up; the same columns in both row kinds. */
function outcomeColumns() {
  return {
    followUpsReported: z.number().int().openapi({ description: 'Reimbursed requests whose partner reported the results.' }),
    followUpsUnanswered: z.number().int().openapi({ description: 'Reimbursed requests whose results follow-up closed unanswered.' }),
    followUpsPending: z.number().int().openapi({ description: 'Reimbursed requests not asked yet, still open, or from before the follow-up existed.' }),
    wonOpportunities: z.number().int().openapi({ description: 'Opportunities won, as reported.' }),
    influencedRevenue: ExactMinorUnits.openapi({ description: 'Revenue of the won opportunities, in the row\'s currency.' }),
    winRate: Rate.openapi({ description: 'Won opportunities / leads claimed by the requests whose results were reported (three decimals); null when those leads are 0.' }),
    averageDealSize: ExactMinorUnits.nullable().openapi({ description: 'Influenced revenue per won opportunity, minor units rounded half up; null when nothing was won.' }),
    returnOnMdf: Rate.openapi({ description: 'Influenced revenue per unit of funds reimbursed for the requests whose results were reported (two decimals); null when that is 0.' }),
  };
}
export const ActivityReportRow = z
  .object({
    vendorCompanyId: z.string(),
    period: z.string(),
    partnerCompanyId: z.string(),
    currency: z.string(),
    activityType: z.string(),
    reimbursedRequests: z.number().int(),
    committed: ExactMinorUnits,
    reportedLeads: z.number().int().openapi({ description: 'Leads the claims of these requests reported.' }),
    ...outcomeColumns(),
  })
  .openapi('MdfActivityReportRow');
export const Report = z
  .object({
    period: z.string().nullable(),
    rows: z.array(ReportRow),
    activities: z.array(ActivityReportRow).openapi({ description: 'The reimbursed requests of each row, per activity type, with what they returned.' }),
  })
  .openapi('MdfReport');

// Webhooks
export const WebhookEventType = z.enum(WEBHOOK_EVENT_TYPES).openapi('WebhookEventType');
export const WebhookView = z
  .object({ id: z.string().openapi({ example: 'wh_0123456789abcdef' }), url: z.string(), events: z.array(WebhookEventType), description: z.string().nullable(), createdAt: Timestamp, previousSecretExpiresAt: Timestamp.nullable().openapi({ description: 'Until when the previous secret still signs beside the new one, after a rotation; null when only one secret signs.' }) })
  .openapi('Webhook');
export const CreatedWebhook = WebhookView.extend({ secret: z.string().openapi({ description: 'Signs every delivery; shown only in this answer.', example: 'whsec_…' }) }).openapi('CreatedWebhook');
export const WebhookList = z.object({ webhooks: z.array(WebhookView) }).openapi('WebhookList');
export const RotatedWebhook = WebhookView.extend({ secret: z.string().openapi({ description: 'The new signing secret; shown only in this answer.', example: 'whsec_…' }) }).openapi('RotatedWebhook');
export const DeletedWebhook = z.object({ id: z.string(), deleted: z.literal(true) }).openapi('DeletedWebhook');
export const AttemptView = z
  .object({ attempt: z.number().int(), replay: z.boolean(), startedAt: Timestamp, durationMs: z.number().int(), statusCode: z.number().int().nullable(), error: z.string().nullable(), nextAttemptAt: Timestamp.nullable() })
  .openapi('DeliveryAttempt');
export const DeliveryView = z
  .object({
    id: z.string(),
    eventType: WebhookEventType,
    instanceId: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']),
    createdAt: Timestamp,
    deliveredAt: Timestamp.nullable(),
    nextAttemptAt: Timestamp.nullable(),
    attempts: z.array(AttemptView),
  })
  .openapi('Delivery');
export const DeliveryPage = z.object({ deliveries: z.array(DeliveryView), nextCursor: z.string().nullable() }).openapi('DeliveryPage');

/** The body of every webhook delivery. */
export const WebhookPayload = z
  .object({
    id: z.string().openapi({ description: 'The delivery id, also sent as Tandem-Event-Id; the same on retries and replays: deduplicate on it.' }),
    type: WebhookEventType,
    occurredAt: Timestamp,
    instance: InstanceView,
    task: TaskView.optional().openapi({ description: 'The task, on task.opened and task.decided.' }),
    facts: z.array(FactView).optional().openapi({ description: 'With a task: what its holder is shown, as your company may see it (the same list as GET /instances/{id}/tasks/{taskId}).' }),
  })
  .openapi('WebhookPayload');

// Directory
export const CompanyView = z.object({ id: z.string(), name: z.string(), kind: z.string(), createdAt: Timestamp }).openapi('Company');
export const CompanyList = z.object({ companies: z.array(CompanyView) }).openapi('CompanyList');
export const OutOfOffice = z.object({ delegateId: z.string(), delegateEmail: z.string(), from: Timestamp, until: Timestamp }).openapi('OutOfOffice');
export const DirectoryPerson = z
  .object({
    id: z.string().openapi({ example: 'per_0123456789abcdef0123' }),
    companyId: z.string(),
    email: z.string(),
    name: z.string(),
    active: z.boolean(),
    language: z.string().nullable(),
    groups: z.array(z.string()),
    outOfOffice: OutOfOffice.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('DirectoryPerson');
export const PeopleList = z.object({ people: z.array(DirectoryPerson) }).openapi('PeopleList');
export const ChangedPerson = DirectoryPerson.extend({ handedOver: z.array(z.string()).openapi({ description: 'Tasks handed on because the person was deactivated.' }) }).openapi('ChangedPerson');
export const GroupView = z.object({ name: z.string(), description: z.string().nullable(), members: z.array(z.string()) }).openapi('Group');
export const GroupList = z.object({ groups: z.array(GroupView) }).openapi('GroupList');
export const DeletedGroup = z.object({ name: z.string(), deleted: z.literal(true) }).openapi('DeletedGroup');
export const RelationshipView = z
  .object({ vendorCompanyId: z.string(), partnerCompanyId: z.string(), program: z.string(), status: z.enum(['invited', 'active', 'ended']), invitedAt: Timestamp, acceptedAt: Timestamp.nullable(), endedAt: Timestamp.nullable() })
  .openapi('Relationship');
export const RelationshipList = z.object({ relationships: z.array(RelationshipView) }).openapi('RelationshipList');

// Signing in, the signed-in person, identity providers
export const SignInSent = z.object({ message: z.string().openapi({ description: 'The same whether or not the address is known.' }) }).openapi('SignInSent');
export const Me = z
  .object({
    person: z.object({ id: z.string(), email: z.string(), name: z.string(), companyId: z.string() }),
    csrfToken: z.string().openapi({ description: 'Send it as X-CSRF-Token with every POST, PUT and DELETE of this session (it is also in the tandem_csrf cookie).' }),
    sessionExpiresAt: Timestamp,
    platform: z.boolean().openapi({ description: 'Whether you are a platform operator: the /me/templates routes and trials are yours.' }),
    admin: z.boolean().openapi({ description: 'Whether you are an admin of your company (in its `admins` group): your session then also manages its people, groups, API keys, webhooks and identity provider.' }),
  })
  .openapi('Me');
export const InstanceActionView = z
  .object({
    kind: z.enum(['cancel', 'withdraw', 'delegate', 'reassign']).openapi({ description: '`cancel` the instance; `withdraw` your company’s `party`; `delegate` task `taskId` you hold; `reassign` task `taskId` of your company (as its admin).' }),
    party: z.string().nullable(),
    taskId: z.string().nullable(),
  })
  .openapi('InstanceAction');
export const MyInstanceView = InstanceView.extend({ actions: z.array(InstanceActionView).openapi({ description: 'What you may do to the instance now; each is checked again when you do it.' }) }).openapi('MyInstance');
export const MyOutOfOffice = z.object({ outOfOffice: OutOfOffice.nullable() }).openapi('MyOutOfOffice');
export const SignedOut = z.object({ signedOut: z.literal(true) }).openapi('SignedOut');
export const SignedOutEverywhere = z.object({ signedOut: z.literal(true), sessionsEnded: z.number().int().openapi({ description: 'How many sessions ended, this one included.' }) }).openapi('SignedOutEverywhere');
export const IdentityProviderConnection = z
  .object({
    issuer: z.string(),
    clientId: z.string(),
    updatedAt: Timestamp,
    redirectUri: z.string().openapi({ description: 'Register this redirect URI at the identity provider.' }),
    signInUrl: z.string().openapi({ description: 'Where your people start signing in.' }),
  })
  .openapi('IdentityProviderConnection', { description: 'Your company’s identity provider, never with its secret.' });
export const DisconnectedIdentityProvider = z.object({ deleted: z.literal(true) }).openapi('DisconnectedIdentityProvider');

// The joint solutions board and cycle times
export const JointStage = z.enum(JOINT_STAGES).openapi('JointStage', { description: 'Where a joint solution stands; `ended` once it stopped, was unpublished or cancelled.' });
export const JointWorkstream = z
  .object({
    party: z.string().openapi({ example: 'company_b' }),
    companyId: z.string(),
    state: z.enum(WORKSTREAM_STATES).openapi({ description: 'As every company of the solution sees it: blocked once its company told the others so, rework while it reworks certification findings.' }),
    rework: z.boolean().openapi({ description: 'Flagged by the failed certification to rework, while the solution is back in build.' }),
    dueAt: Timestamp.nullable().openapi({ description: 'When the open workstream task is due; only for your own company’s workstream.' }),
  })
  .openapi('JointWorkstream');
export const JointSolutionCard = z
  .object({
    id: z.string(),
    name: z.string().openapi({ description: 'The solution’s name (input `solution_name`).' }),
    status: InstanceStatus,
    stage: JointStage,
    lifecycle: Lifecycle,
    companies: z.record(z.string(), z.string()).openapi({ description: 'Which company fills each party.' }),
    yourParties: z.array(z.string()).openapi({ description: 'The parties your company plays.' }),
    workstreams: z.array(JointWorkstream),
    findings: z.string().nullable().openapi({ description: 'The findings of the failed certification while the flagged workstreams rework them.' }),
    certifiedAt: Timestamp.nullable(),
    certificationExpiresAt: Timestamp.nullable().openapi({ description: 'When the current certification ends (re-certification reminder plus notice after it was certified).' }),
    updatedAt: Timestamp,
  })
  .openapi('JointSolution');
export const JointBoard = z.object({ stages: z.array(JointStage).openapi({ description: 'The stages in the order solutions move through them.' }), solutions: z.array(JointSolutionCard) }).openapi('JointBoard');
const Milliseconds = z.number().int().nullable();
export const CycleTimeRow = z
  .object({
    stepId: z.string(),
    stepTitle: z.string(),
    companyId: z.string().openapi({ description: 'The company the step waited on.' }),
    waits: z.number().int().openapi({ description: 'Finished waits (decided or timed out) the times are over.' }),
    open: z.number().int().openapi({ description: 'Tasks still waiting.' }),
    medianMs: Milliseconds,
    p90Ms: Milliseconds.openapi({ description: '90th percentile, interpolated between the nearest ranks.' }),
    maxMs: Milliseconds,
    slaMs: Milliseconds.openapi({ description: 'The SLA: the step’s `due` (median over the tasks that had one).' }),
    withSla: z.number().int(),
    breaches: z.number().int().openapi({ description: 'Tasks decided after their due time, timed out, or still open past it.' }),
  })
  .openapi('CycleTimeRow');
export const CycleTimes = z
  .object({
    templateId: z.string(),
    instances: z.number().int(),
    rows: z.array(CycleTimeRow).openapi({ description: 'One per step and company the step waited on, in the order the steps first opened.' }),
    templates: z.array(z.string()).openapi({ description: 'The templates your company has instances of.' }),
  })
  .openapi('CycleTimes');
