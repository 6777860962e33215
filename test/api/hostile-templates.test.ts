/**
 * Hostile templates on the real stack: generated templates (names JavaScript gives a meaning,
 * loops, parallel steps, control characters, conditions and waits that may fail when they
 * run) go through the API's validate and publish routes. Each one is refused with a 4xx and
 * a machine-readable code, or it publishes, starts on a real worker and then ends, waits for
 * a person or a timer, or stops in an incident: never a workflow task that fails and is
 * retried, never a 500 on any route it touches.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, validateTemplate } from '../../definitions/validate.js';
import { acme, globex, vera } from '../fixtures/people.js';
import { hostileTemplate, inputValue, runnableHostileTemplate, type InputType } from '../definitions/hostile-arbitrary.js';
import { enrolFixtures } from '../support/directory.js';
import { eventually } from '../support/eventually.js';
import { call, keyFor, type HttpAnswer } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

/** The directory groups of test/fixtures/people.ts: acme's managers play the vendor, globex's requesters the other party. */
const GROUPS = { vendor: 'managers', other: 'requesters' };
const CODES = new Set<string>(Object.values(ErrorCode));

interface ErrorAnswer {
  error: { code: string; message: string; details?: Array<{ path: string; code: string; message: string }> };
}
interface View {
  lifecycle: string;
  currentSteps: string[];
  incident: { stepId: string | null; error: string } | null;
  tasks: Array<{ stepId: string; status: string }>;
}

let stack: TestStack;
let ops: string;
let vendor: string;
let partner: string;
let templates = 0;
/** Instances started from generated templates, so a run that started none says so. */
let instances = 0;

beforeAll(async () => {
  stack = await startTestStack({ api: true });
  await enrolFixtures(stack);
  ops = await keyFor(stack, 'platform', ['platform']);
  vendor = await keyFor(stack, acme);
  partner = await keyFor(stack, globex);
});
afterAll(async () => {
  await stack?.stop();
});

/** Calls a route and holds it to never answering 5xx. */
async function touch<T>(method: string, path: string, options: Parameters<typeof call>[3] = {}): Promise<HttpAnswer<T>> {
  const answer = await call<T>(stack, method, path, options);
  expect(answer.status, `${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 500)}`).toBeLessThan(500);
  return answer;
}

/** A refusal says what was wrong in a stable code and in words. */
function expectRefusal(answer: HttpAnswer<unknown>): ErrorAnswer['error'] {
  expect(answer.status).toBeGreaterThanOrEqual(400);
  const { error } = answer.body as ErrorAnswer;
  expect(error.code).toMatch(/^[a-z][a-z_]*$/);
  expect(error.message.length).toBeGreaterThan(0);
  return error;
}

/** Each step's kind by id, branches included. */
function kindsOf(steps: unknown): Map<string, string> {
  const kinds = new Map<string, string>();
  const visit = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    for (const step of list as Array<{ id?: unknown; kind?: unknown; branches?: Array<{ steps?: unknown }> }>) {
      if (typeof step.id === 'string' && typeof step.kind === 'string') kinds.set(step.id, step.kind);
      for (const branch of step.branches ?? []) visit(branch.steps);
    }
  };
  visit(steps);
  return kinds;
}

/**
 * Ended, stopped in an incident, or waiting where only a person or a timer moves it on: a task
 * open for someone (each company sees only its own tasks, so both views count), or a wait.
 */
function settled(views: View[], kinds: Map<string, string>): boolean {
  const [view] = views;
  if (!view || view.lifecycle !== 'running' || view.incident) return true;
  if (views.some((each) => each.tasks.some((task) => task.status === 'open'))) return true;
  return view.currentSteps.some((step) => kinds.get(step) === 'wait');
}

/** The workflow's history has no failed or timed-out workflow task, and the workflow itself did not fail. */
async function expectNoWorkflowTaskFailures(id: string): Promise<void> {
  const history = await stack.client.workflow.getHandle(id).fetchHistory();
  const failures = (history.events ?? []).filter((event) => event.workflowTaskFailedEventAttributes || event.workflowTaskTimedOutEventAttributes || event.workflowExecutionFailedEventAttributes);
  expect(failures.map((event) => JSON.stringify(event).slice(0, 800))).toEqual([]);
}

/**
 * Publishes `generated` under an id of its own through the API and, once published, starts
 * an instance of it and waits until it has settled. Returns whether the API accepted it.
 */
async function tryTemplate(generated: Record<string, unknown>, inputs: Array<[string, InputType]>, seed: number, bindOptional: boolean): Promise<boolean> {
  const templateId = `hostile-${++templates}`;
  const template: Record<string, unknown> = { ...generated, id: templateId };
  const checked = await touch<{ valid: boolean; errors: Array<{ path: string; code: string; message: string }> }>('POST', '/templates/validate', { key: ops, body: template });
  expect(checked.status).toBe(200);
  const published = await touch<unknown>('POST', '/templates', { key: ops, body: template });
  if (!checked.body.valid) {
    expect(published.status).toBe(422);
    const error = expectRefusal(published);
    expect(error.code).toBe('invalid_template');
    for (const detail of error.details ?? []) {
      expect(detail.path, JSON.stringify(detail)).not.toBe('');
      expect(CODES.has(detail.code), JSON.stringify(detail)).toBe(true);
    }
    expect(error.details?.length).toBeGreaterThan(0);
    return false;
  }
  expect(published.status, JSON.stringify(published.body)).toBe(201);
  expect((await touch('GET', `/templates/${templateId}/versions/1`, { key: vendor })).status).toBe(200);

  const parties = Object.entries((template['parties'] ?? {}) as Record<string, { optional?: boolean }>);
  const companies = Object.fromEntries(parties.filter(([party, definition]) => party === 'vendor' || bindOptional || !definition.optional).map(([party]) => [party, party === 'vendor' ? acme : globex]));
  const input = Object.fromEntries(inputs.map(([field, type]) => [field, inputValue(type, seed)]));
  const started = await touch<{ id: string }>('POST', '/instances', { key: vendor, body: { templateId, businessKey: `case-${seed}`, bindings: { companies }, input, initiator: vera.email } });
  if (started.status !== 201) {
    // Inputs the template cannot run with (a duration that is none) are the caller's to fix.
    expectRefusal(started);
    return true;
  }
  const { id } = started.body;
  instances++;
  const kinds = kindsOf(template['steps']);
  await eventually(async () => {
    const read = await touch<View>('GET', `/instances/${encodeURIComponent(id)}`, { key: vendor });
    if (read.status !== 200) throw new Error(`GET answered ${read.status}`);
    const views = [read.body];
    if (companies[Object.keys(companies).find((party) => party !== 'vendor') ?? ''] === globex) {
      const theirs = await touch<View>('GET', `/instances/${encodeURIComponent(id)}`, { key: partner });
      if (theirs.status === 200) views.push(theirs.body);
    }
    if (!settled(views, kinds)) throw new Error(`not settled: ${JSON.stringify(read.body).slice(0, 800)}`);
  }, 30_000);
  expect((await touch('GET', `/instances/${encodeURIComponent(id)}/timeline`, { key: vendor })).status).toBe(200);
  await expectNoWorkflowTaskFailures(id);
  return true;
}

describe('hostile templates on the real stack', () => {
  it('runs every generated template the API publishes to an end, a wait or an incident, without a workflow task failure or a 500', async () => {
    const runnable = runnableHostileTemplate(GROUPS).filter(({ template }) => validateTemplate(template).ok);
    await fc.assert(
      fc.asyncProperty(runnable, fc.nat({ max: 1_000 }), fc.boolean(), async ({ template, inputs }, seed, bindOptional) => {
        expect(await tryTemplate(template, inputs, seed, bindOptional)).toBe(true);
      }),
      // Each run starts a workflow; shrinking would start hundreds more. The counterexample is printed as generated.
      { numRuns: 14, endOnFailure: true },
    );
    expect(instances).toBeGreaterThan(0);
  }, 240_000);

  it('refuses the templates the validator refuses with 422 and a code per error, and runs the others', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(hostileTemplate({ runtimeFailures: true, groups: GROUPS }), fc.nat({ max: 1_000 }), fc.boolean(), async ({ template, inputs }, seed, bindOptional) => {
        if (!(await tryTemplate(template, inputs, seed, bindOptional))) refused++;
      }),
      { numRuns: 8, endOnFailure: true },
    );
    expect(refused).toBeGreaterThan(0);
  }, 120_000);
});
