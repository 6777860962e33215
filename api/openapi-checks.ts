/**
 * Compile-time proof that the views the handlers build are exactly what the OpenAPI document
 * says they answer: each view type and its response schema (api/responses.ts) must accept each
 * other and have the same fields. A field added to a view but not to its schema, or the other
 * way round, fails `npm run typecheck`. Nothing here runs.
 */
import type { z } from 'zod';
import type { Company, DirectoryPerson, Group, Relationship } from '../activities/directory/index.js';
import type { ApiKey } from './auth/keys.js';
import type { DeliveryProblem } from './delivery-problems.js';
import type { Allocation, Budget, MovementView } from './mdf/budgets.js';
import type { Funds, FundRequestView, StoredDocument } from './mdf/fund-requests.js';
import type { ActivityRow, ReportRow } from './mdf/report.js';
import type * as R from './responses.js';
import type { DisconnectedAnswer, IdentityProviderAnswer } from './routes/identity-provider.js';
import type { MeAnswer, MyOutOfOfficeAnswer, MyTasksAnswer, SignedOutAnswer, SignedOutEverywhereAnswer } from './routes/me.js';
import type { SignInAnswer } from './routes/sign-in.js';
import type { InstanceDiagramAnswer, MyInstanceAnswer, MyInstancePageAnswer, MyTaskDetailAnswer } from './routes/me-instances.js';
import type { InstanceAction } from './instance-actions.js';
import type { InstancePageAnswer } from './routes/instances.js';
import type { JointBoardAnswer } from './joint/solutions.js';
import type { CycleTimesAnswer } from './cycle-times/report.js';
import type { TrialAnswer } from './routes/me-templates.js';
import type { WebhookPayload } from './webhooks/payload.js';
import type { AttemptView, DeliveryView, rotateSecret, WebhookView } from './webhooks/subscriptions.js';
import type { EventView, InstanceView, TaskView } from './visibility.js';

/** True when A and B accept each other and name the same fields. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? ([keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false) : false) : false;

/**
 * The same, except for fields the document narrows to an enum that the code holds as a string
 * because the values come from data: statuses from the template's YAML, event types from
 * subscriptions stored after parsing with the same enum. test/api/openapi.test.ts checks those
 * values against the enums at run time.
 */
type SameExcept<A, B, K extends keyof A & keyof B> = Same<Omit<A, K>, Omit<B, K>>;

/** Each entry must be `true`; the compiler names the one that is not. */
export type ViewsMatchSchemas = [
  Same<InstanceView, z.infer<typeof R.InstanceView>>,
  Same<TaskView, z.infer<typeof R.TaskView>>,
  Same<EventView, z.infer<typeof R.EventView>>,
  SameExcept<FundRequestView, z.infer<typeof R.FundRequestView>, 'status'>,
  Same<Funds, z.infer<typeof R.Funds>>,
  Same<StoredDocument, z.infer<typeof R.StoredDocument>>,
  Same<Budget, z.infer<typeof R.BudgetView>>,
  Same<Budget['team'], z.infer<typeof R.BudgetView>['team']>,
  Same<Budget['settings'], z.infer<typeof R.BudgetView>['settings']>,
  Same<Allocation, z.infer<typeof R.AllocationView>>,
  Same<MovementView, z.infer<typeof R.MovementView>>,
  Same<ReportRow, z.infer<typeof R.ReportRow>>,
  Same<ActivityRow, z.infer<typeof R.ActivityReportRow>>,
  Same<ApiKey, z.infer<typeof R.KeyView>>,
  Same<DeliveryProblem, z.infer<typeof R.DeliveryProblem>>,
  SameExcept<WebhookView, z.infer<typeof R.WebhookView>, 'events'>,
  Same<AttemptView, z.infer<typeof R.AttemptView>>,
  SameExcept<DeliveryView, z.infer<typeof R.DeliveryView>, 'eventType'>,
  SameExcept<WebhookPayload, z.infer<typeof R.WebhookPayload>, 'type'>,
  Same<Company, z.infer<typeof R.CompanyView>>,
  Same<DirectoryPerson, z.infer<typeof R.DirectoryPerson>>,
  Same<Group, z.infer<typeof R.GroupView>>,
  Same<Relationship, z.infer<typeof R.RelationshipView>>,
  Same<JointBoardAnswer['solutions'][number], z.infer<typeof R.JointSolutionCard>>,
  Same<JointBoardAnswer['solutions'][number]['workstreams'][number], z.infer<typeof R.JointWorkstream>>,
  Same<CycleTimesAnswer, z.infer<typeof R.CycleTimes>>,
  SameExcept<NonNullable<Awaited<ReturnType<typeof rotateSecret>>>, z.infer<typeof R.RotatedWebhook>, 'events'>,
  Same<SignInAnswer, z.infer<typeof R.SignInSent>>,
  Same<MeAnswer, z.infer<typeof R.Me>>,
  Same<MeAnswer['person'], z.infer<typeof R.Me>['person']>,
  Same<MyTasksAnswer, z.infer<typeof R.Inbox>>,
  Same<MyTasksAnswer['tasks'][number], z.infer<typeof R.InboxTask>>,
  Same<MyOutOfOfficeAnswer, z.infer<typeof R.MyOutOfOffice>>,
  Same<InstanceDiagramAnswer, z.infer<typeof R.InstanceDiagram>>,
  Same<InstancePageAnswer, z.infer<typeof R.InstancePage>>,
  Same<MyInstancePageAnswer, z.infer<typeof R.MyInstancePage>>,
  Same<MyInstanceAnswer, z.infer<typeof R.MyInstanceView>>,
  Same<InstanceAction, z.infer<typeof R.InstanceActionView>>,
  SameExcept<MyTaskDetailAnswer, z.infer<typeof R.MyTaskDetail>, 'forms' | 'facts'>,
  Same<SignedOutAnswer, z.infer<typeof R.SignedOut>>,
  Same<TrialAnswer, z.infer<typeof R.TrialStarted>>,
  Same<SignedOutEverywhereAnswer, z.infer<typeof R.SignedOutEverywhere>>,
  Same<IdentityProviderAnswer, z.infer<typeof R.IdentityProviderConnection>>,
  Same<DisconnectedAnswer, z.infer<typeof R.DisconnectedIdentityProvider>>,
];

type AllTrue<T extends readonly boolean[]> = T[number] extends true ? true : false;
/** Fails to compile while any entry of {@link ViewsMatchSchemas} is false. */
export const viewsMatchSchemas: AllTrue<ViewsMatchSchemas> = true;
