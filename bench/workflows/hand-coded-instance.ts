/**
 * What a hand-coded workflow of a Tandem process keeps and writes out, so the baselines do
 * the same outside work as the interpreter: the same read model (projection activity), the
 * same task mails with signed links (mail activity) and the same `decide` update, which
 * returns once the process has moved on. Only the step order is code instead of a template.
 */
import { ApplicationFailure, condition, proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import type { ActionResult, InterpreterActivities, MailRequest } from '../../activities/contracts.js';
import { decideUpdate, FailureType, stateQuery } from '../../workflows/handlers.js';
import type { AuditEvent, Bindings, Decision, InstanceResult, InstanceState, Person, Task } from '../../workflows/schemas.js';

const { projectInstance, sendMail, performAction } = proxyActivities<InterpreterActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** What a hand-coded process is started with: the template's start input without the template. */
export interface HandCodedInput {
  businessKey: string;
  bindings: Bindings;
  input: Record<string, unknown>;
  initiator: Person;
}

/** The template a hand-coded process stands in for, so mails and pages find its titles. */
export interface Stands {
  templateId: string;
  templateVersion: number;
  title: string;
}

/** One instance of a hand-coded process: its state and the writes still to make. */
export class HandCodedInstance {
  readonly state: InstanceState;
  private changedTasks = new Set<string>();
  private projectedSeq = 0;
  private outbox: MailRequest[] = [];
  private received = 0;
  private settled = 0;

  constructor(start: HandCodedInput, readonly stands: Stands) {
    const now = Date.now();
    this.state = {
      instanceId: workflowInfo().workflowId,
      templateId: stands.templateId,
      templateVersion: stands.templateVersion,
      businessKey: start.businessKey,
      title: stands.title,
      lifecycle: 'running',
      status: 'Started',
      bindings: start.bindings,
      input: start.input,
      initiator: start.initiator,
      visits: {},
      steps: {},
      vars: {},
      tokens: [],
      timers: [],
      tasks: [],
      history: [],
      withdrawn: [],
      joins: {},
      revision: 0,
      run: 1,
      nextId: 1,
      startedAt: now,
      updatedAt: now,
    };
    this.record({ type: 'started', actor: start.initiator });
  }

  /**
   * Registers the query and the `decide` update. Call it after opening the first task and
   * before the first await: a decision sent with the start is dispatched right here.
   */
  listen(): void {
    setHandler(stateQuery, () => this.state);
    setHandler(decideUpdate, (decision) => this.decide(decision), { validator: (decision: Decision) => void this.openTask(decision) });
  }

  /** Opens a human task for `role` and mails its holders (sent at the next {@link flush}). */
  open(stepId: string, kind: Task['kind'], role: string, outcomes: string[], title: string, status?: string): Task {
    const party = role.split('.')[0] ?? role;
    const visit = (this.state.visits[stepId] ?? 0) + 1;
    this.state.visits[stepId] = visit;
    if (status) this.state.status = status;
    this.record({ type: 'step_entered', stepId, details: { kind, visit } });
    const task: Task = {
      id: `${stepId}.${visit}.${role}`,
      stepId,
      visit,
      kind,
      title,
      role,
      party,
      companyId: this.state.bindings.companies[party] ?? party,
      status: 'open',
      assignees: [...(this.state.bindings.participants[role] ?? [])],
      outcomes,
      openedAt: Date.now(),
    };
    this.state.tasks.push(task);
    this.changedTasks.add(task.id);
    this.record({ type: 'task_opened', stepId, taskId: task.id, details: { role } });
    for (const person of task.assignees) {
      this.outbox.push({
        key: `${this.state.instanceId}/${task.id}/${person.email}/task`,
        purpose: 'task',
        to: person,
        instance: this.mailInstance(),
        task: { id: task.id, title: task.title, role: task.role, companyId: task.companyId, outcomes: task.outcomes, stepId },
      });
    }
    return task;
  }

  /** Writes the read model and sends queued mail, then answers the decisions that led here. */
  async flush(): Promise<void> {
    const events = this.state.history.filter((event) => event.seq > this.projectedSeq);
    const tasks = this.state.tasks.filter((task) => this.changedTasks.has(task.id));
    this.changedTasks.clear();
    const mails = this.outbox.splice(0);
    if (events.length > 0 || tasks.length > 0) {
      await projectInstance({ state: this.state, tasks, events });
      this.projectedSeq = events[events.length - 1]?.seq ?? this.projectedSeq;
    }
    await Promise.all(mails.map((mail) => sendMail(mail)));
    this.settled = this.received;
  }

  /** Opens the task, writes it out and waits for its decision. */
  async ask(stepId: string, kind: Task['kind'], role: string, outcomes: string[], title: string, status?: string): Promise<Task> {
    return this.answerOf(this.open(stepId, kind, role, outcomes, title, status));
  }

  /** Writes out an opened task and waits for its decision. */
  async answerOf(task: Task): Promise<Task> {
    await this.flush();
    await condition(() => task.status !== 'open');
    return task;
  }

  /** Writes out an opened task and waits up to `ms` for its decision; false when the time ran out first. */
  async answerWithin(task: Task, ms: number): Promise<boolean> {
    await this.flush();
    return condition(() => task.status !== 'open', Math.max(0, ms));
  }

  /** Closes a task nobody answered: `timed_out` when its time ran out, `cancelled` when the process moved on. */
  close(task: Task, status: 'timed_out' | 'cancelled', outcome?: string): void {
    task.status = status;
    task.decidedAt = Date.now();
    if (status === 'timed_out') task.decidedBy = 'system';
    this.changedTasks.add(task.id);
    if (outcome) this.record({ type: 'timed_out', stepId: task.stepId, outcome, actor: 'system' });
  }

  /** Like {@link ask}, but a task step that times out with `timeoutOutcome` after `ms`; returns the outcome. */
  async askUntil(ms: number, timeoutOutcome: string, stepId: string, role: string, outcomes: string[], title: string, status?: string): Promise<Task> {
    const task = this.open(stepId, 'task', role, outcomes, title, status);
    if (!(await this.answerWithin(task, ms))) {
      this.close(task, 'timed_out', timeoutOutcome);
      task.outcome = timeoutOutcome;
    }
    return task;
  }

  /** Runs a registered action (ledger, audit sample) through the same activity as the interpreter. */
  async act(stepId: string, action: string, args: Record<string, unknown>, status?: string): Promise<ActionResult> {
    if (status) this.state.status = status;
    const visit = (this.state.visits[stepId] ?? 0) + 1;
    this.state.visits[stepId] = visit;
    const result = await performAction({
      key: `${this.state.instanceId}/${stepId}.${visit}`,
      instanceId: this.state.instanceId,
      templateId: this.state.templateId,
      stepId,
      action,
      args,
      scope: { input: this.state.input, steps: this.state.steps, vars: this.state.vars },
      companies: this.state.bindings.companies,
    });
    Object.assign(this.state.vars, result.vars ?? {});
    this.state.steps[stepId] = { outcome: result.outcome ?? 'done' };
    this.record({ type: 'action', stepId, outcome: result.outcome ?? 'done', details: { action } });
    return result;
  }

  /** Mails people of `roles` and writes the change out before the process goes on. */
  async notify(stepId: string, roles: string[], subject: string, message: string, status?: string): Promise<void> {
    if (status) this.state.status = status;
    const people = roles.flatMap((role) => this.state.bindings.participants[role] ?? []);
    for (const person of people) {
      this.outbox.push({ key: `${this.state.instanceId}/${stepId}/${person.email}/notify`, purpose: 'notify', to: person, instance: this.mailInstance(), subject, message });
    }
    this.record({ type: 'action', stepId, details: { action: 'notify' } });
    await this.flush();
  }

  /** Waits `ms`, writing out what changed before. */
  async wait(stepId: string, ms: number, status?: string): Promise<void> {
    if (status) this.state.status = status;
    this.record({ type: 'step_entered', stepId, details: { kind: 'wait' } });
    await this.flush();
    await sleep(ms);
    this.state.steps[stepId] = { outcome: 'done' };
  }

  /** Ends the instance with `status` and mails the initiator the result. */
  async end(stepId: string, status: string): Promise<InstanceResult> {
    for (const task of this.state.tasks) {
      if (task.status !== 'open') continue;
      task.status = 'cancelled';
      this.changedTasks.add(task.id);
    }
    this.state.lifecycle = 'completed';
    this.state.status = status;
    this.state.endedAt = Date.now();
    this.record({ type: 'ended', stepId, outcome: status });
    this.outbox.push({ key: `${this.state.instanceId}/result/${this.state.initiator.email}`, purpose: 'result', to: this.state.initiator, instance: this.mailInstance(), subject: `${this.state.title}: ${status}` });
    await this.flush();
    return { lifecycle: 'completed', status };
  }

  private openTask(decision: Decision): Task {
    const task = this.state.tasks.find((candidate) => candidate.id === decision.taskId);
    if (!task) throw ApplicationFailure.nonRetryable(`there is no task ${decision.taskId}`, FailureType.UnknownTask);
    if (task.status !== 'open') throw ApplicationFailure.nonRetryable(`task ${task.id} is already ${task.status}`, FailureType.TaskNotOpen);
    if (!task.assignees.some((person) => person.email === decision.actor)) throw ApplicationFailure.nonRetryable(`${decision.actor} is not assigned task ${task.id}`, FailureType.NotYourTask);
    if (!task.outcomes.includes(decision.outcome)) throw ApplicationFailure.nonRetryable(`outcome "${decision.outcome}" is not allowed on task ${task.id}`, FailureType.OutcomeNotAllowed);
    return task;
  }

  private async decide(decision: Decision): Promise<InstanceState> {
    const task = this.openTask(decision);
    const actor = task.assignees.find((person) => person.email === decision.actor);
    task.status = 'decided';
    task.outcome = decision.outcome;
    task.decidedBy = actor ?? 'system';
    task.decidedAt = Date.now();
    task.form = decision.form ?? {};
    this.changedTasks.add(task.id);
    this.state.steps[task.stepId] = { outcome: decision.outcome, form: task.form, ...(actor ? { decidedBy: actor.email } : {}) };
    this.record({ type: 'decided', stepId: task.stepId, taskId: task.id, outcome: decision.outcome, ...(actor ? { actor } : {}) });
    const mine = ++this.received;
    await condition(() => this.settled >= mine);
    return this.state;
  }

  private record(event: Omit<AuditEvent, 'seq' | 'at'>): void {
    const last = this.state.history[this.state.history.length - 1];
    this.state.history.push({ seq: (last?.seq ?? 0) + 1, at: Date.now(), ...event });
    this.state.revision += 1;
    this.state.updatedAt = Date.now();
  }

  private mailInstance(): MailRequest['instance'] {
    return { id: this.state.instanceId, title: this.state.title, status: this.state.status, templateTitle: this.stands.title };
  }
}
