/**
 * A joint-solution instance driven the way the companies drive it: each company acts
 * through the HTTP API with its own key, on the task mail its person received.
 */
import { expect } from 'vitest';
import { InstanceClient } from '../../api/instance-client.js';
import { instanceView, timelineView, type EventView, type InstanceView } from '../../api/visibility.js';
import type { interpreter } from '../../workflows/interpreter.js';
import type { InstanceState, Person } from '../../workflows/schemas.js';
import { eventually } from '../support/eventually.js';
import { call } from '../support/http.js';
import type { Instance } from '../support/instances.js';
import type { ReceivedMail } from '../support/smtp.js';
import type { TestStack } from '../support/stack.js';
import { enrol } from '../support/directory.js';
import { directoryOf, personOf, startBindingsFor, type Cast } from './people.js';

/** A started instance and the API key of every company in it. */
export interface JointInstance {
  id: string;
  stack: TestStack;
  /** Company id → that company's API key. */
  keys: Record<string, string>;
}

/** Durations short enough for a test; long ones keep their timers out of the way. */
export const QUIET_TIMERS = { build_due: '1h', build_reminder: '1h', build_escalation: '2h', recertification_reminder: '1h', recertification_notice: '1h' };

/** Company A's alliance lead starts the instance through the API with company A's key. */
export async function startJoint(stack: TestStack, keys: Record<string, string>, cast: Cast, businessKey: string, input: Record<string, unknown> = {}): Promise<JointInstance> {
  const initiatorCompany = cast.companies.company_a ?? '';
  await enrol(stack, directoryOf(cast));
  const started = await call<{ id: string }>(stack, 'POST', '/instances', {
    key: keys[initiatorCompany] ?? '',
    body: { templateId: 'joint-solution', businessKey, bindings: startBindingsFor(cast), input: { solution_name: 'Checkout Insights', ...QUIET_TIMERS, ...input }, initiator: personOf(initiatorCompany, 'alliance_lead').email },
  });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  return { id: started.body.id, stack, keys };
}

/** Mails from this instance. */
export function mailsOf(joint: JointInstance, person: Person, predicate: (mail: ReceivedMail) => boolean = () => true): ReceivedMail[] {
  return joint.stack.smtp.messages.filter((mail) => mail.to.includes(person.email) && mail.headers.get('x-tandem-instance') === joint.id && predicate(mail));
}

/** Waits until `person` has received the task mail for `taskId`. */
export function taskMail(joint: JointInstance, person: Person, taskId: string): Promise<ReceivedMail> {
  return joint.stack.smtp.waitFor((mail) => mail.to.includes(person.email) && mail.headers.get('x-tandem-task') === taskId && mail.headers.get('x-tandem-instance') === joint.id);
}

/** Waits until `person` has received `count` notifications with `subject` from this instance; returns the last. */
export async function notification(joint: JointInstance, person: Person, subject: string, count = 1): Promise<ReceivedMail> {
  return eventually(() => {
    const found = mailsOf(joint, person, (mail) => mail.subject === subject);
    if (found.length < count) throw new Error(`${person.email} has ${found.length} of ${count} mails "${subject}"`);
    const last = found[count - 1];
    if (!last) throw new Error('unreachable');
    return last;
  });
}

/** Waits for the task mail, then decides the task through the API with the person's company key. */
export async function actOnMail(joint: JointInstance, person: Person, taskId: string, outcome: string, extra: { form?: Record<string, unknown>; comment?: string } = {}): Promise<InstanceView> {
  await taskMail(joint, person, taskId);
  const answer = await call<InstanceView>(joint.stack, 'POST', `/instances/${joint.id}/tasks/${taskId}/decision`, {
    key: joint.keys[person.company] ?? '',
    body: { actor: person.email, outcome, ...extra },
  });
  expect(answer.status, `${person.email} deciding ${taskId}: ${JSON.stringify(answer.body)}`).toBe(200);
  return answer.body;
}

/** The instance's workflow handle, for its query, result and history. */
export function handleOf(joint: JointInstance): Instance {
  return joint.stack.client.workflow.getHandle<typeof interpreter>(joint.id);
}

/** The workflow's own state, from its query. */
export function queryState(joint: JointInstance): Promise<InstanceState> {
  const handle = handleOf(joint);
  return new InstanceClient(handle.client).state(handle.workflowId);
}

/** What one company sees, from both sides: derived from the workflow's query, and answered by the API. */
export interface CompanyViews {
  state: InstanceState;
  derived: InstanceView;
  derivedTimeline: EventView[];
  api: InstanceView;
  timeline: EventView[];
}

/** Both views of `company` at the same revision (once the projection has caught up with the workflow). */
export async function viewsOf(joint: JointInstance, company: string): Promise<CompanyViews> {
  return eventually(async () => {
    const state = await queryState(joint);
    const key = joint.keys[company] ?? '';
    const api = await call<InstanceView>(joint.stack, 'GET', `/instances/${joint.id}`, { key });
    const timeline = await call<{ events: EventView[] }>(joint.stack, 'GET', `/instances/${joint.id}/timeline`, { key });
    expect(api.status).toBe(200);
    expect(api.body.revision).toBe(state.revision);
    expect(timeline.status).toBe(200);
    return { state, derived: instanceView(state, company), derivedTimeline: timelineView(state, company), api: api.body, timeline: timeline.body.events };
  });
}

/** Waits until the instance's status (as the workflow reports it) is `status`. */
export function statusBecomes(joint: JointInstance, status: string, timeoutMs?: number): Promise<InstanceState> {
  return eventually(async () => {
    const state = await queryState(joint);
    expect(state.status).toBe(status);
    return state;
  }, timeoutMs);
}
