/**
 * The one workflow that runs any template snapshot.
 *
 * Shape: handlers (query, updates) change the state and mark it dirty; a single main
 * loop moves tokens through steps, runs activities, writes the projection and mails,
 * then sleeps until new input or the next timer. Updates return once the loop has
 * settled, so the caller sees the state after the instance moved on.
 */
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { InterpreterActivities, MailRequest } from '../activities/contracts.js';
import type { NotifyArguments, RecordArguments } from '../definitions/actions.js';
import { evaluate, evaluateCondition, evaluateTimestamp, type ConditionScope } from '../definitions/condition.js';
import { resolveDuration } from '../definitions/duration.js';
import { checkForm } from '../definitions/form-check.js';
import { inputVisibilityOf } from '../definitions/input-visibility.js';
import type { ActionCall, ApprovalStep, DurationRef, Fields, Step, TaskStep, Template } from '../definitions/template.js';
import { approvalOutcome } from './approval.js';
import { cancelUpdate, decideUpdate, delegateUpdate, FailureType, handOverUpdate, reassignUpdate, stateQuery, withdrawUpdate } from './definitions.js';
import { JOIN, indexSteps, nextOf, outcomesOf, startStepId, type StepIndex } from './graph.js';
import type {
  AuditEvent,
  Cancellation,
  Decision,
  Delegation,
  HandOver,
  InstanceResult,
  InstanceState,
  InterpreterInput,
  Person,
  Reassignment,
  StartInstance,
  Task,
  Timer,
  Token,
  Withdrawal,
} from './types.js';

const { projectInstance, sendMail, performAction } = proxyActivities<InterpreterActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute', nonRetryableErrorTypes: ['InvalidProjection'] },
});

/** Outcomes that do not need the step's required form fields. */
const OUTCOMES_WITHOUT_FORM = new Set(['reject', 'request_changes', 'cancel', 'withdraw']);

const DEFAULT_HISTORY_LIMIT = 5000;

/** Runs one instance of a template from its first step to an end step. */
export async function interpreter(input: InterpreterInput): Promise<InstanceResult> {
  const template = input.template;
  const steps = indexSteps(template);
  const state = input.kind === 'start' ? initialState(input) : input.state;
  const historyLimit = input.historyLimit ?? DEFAULT_HISTORY_LIMIT;
  const run = new Run(template, steps, state);

  // Handlers before the first await, as Temporal requires. Updates that arrived with the
  // start are dispatched the moment their handler is set, so the first human steps are
  // opened (synchronously) before that: a decision sent right after the start finds its task.
  setHandler(stateQuery, () => state);
  if (input.kind === 'start') run.begin();
  run.enterSynchronousSteps();
  setHandler(decideUpdate, (decision) => run.settleAfter(() => run.decide(decision)), { validator: (decision: Decision) => run.checkDecision(decision) });
  setHandler(delegateUpdate, (delegation) => run.settleAfter(() => run.delegate(delegation, 'delegated')), {
    validator: (delegation: Delegation) => run.checkDelegation(delegation),
  });
  setHandler(reassignUpdate, (reassignment) => run.settleAfter(() => run.delegate(reassignment, 'reassigned')), {
    validator: (reassignment: Reassignment) => run.checkReassignment(reassignment),
  });
  setHandler(handOverUpdate, (handOver) => run.settleAfter(() => run.handOver(handOver)), { validator: (handOver: HandOver) => run.checkHandOver(handOver) });
  setHandler(cancelUpdate, (cancellation) => run.settleAfter(() => run.cancel(cancellation)), {
    validator: (cancellation: Cancellation) => run.checkCancellation(cancellation),
  });
  setHandler(withdrawUpdate, (withdrawal) => run.settleAfter(() => run.withdraw(withdrawal)), {
    validator: (withdrawal: Withdrawal) => run.checkWithdrawal(withdrawal),
  });

  for (;;) {
    await run.advance();
    if (state.lifecycle === 'cancelled') await run.undoOnCancel();
    if (state.lifecycle !== 'running') await run.finishOnEnd();
    await run.flush();
    // A handler that changed the state during this pass has not been acted on yet.
    if (!run.dirty) run.settled = state.revision;
    if (state.lifecycle !== 'running') break;
    if (workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > historyLimit) {
      // Let callers of settled updates get their answer first; new input is handled before moving on.
      await condition(() => run.dirty || allHandlersFinished());
      if (!run.dirty) {
        state.run += 1;
        await continueAsNew<typeof interpreter>({ kind: 'continued', template, state, historyLimit });
      }
    }
    const nextTimer = run.nextTimerAt();
    const wake = () => run.dirty;
    if (nextTimer === undefined) await condition(wake);
    else if (nextTimer > Date.now()) await condition(wake, nextTimer - Date.now());
    run.dirty = false;
    run.fireDueTimers();
  }
  // An update may have ended the instance while the loop was writing out its last pass.
  if (state.lifecycle === 'cancelled') await run.undoOnCancelLate();
  await run.finishOnEnd();
  // Let updates that are waiting for the final state return it before the run closes.
  await run.flush();
  run.settled = state.revision;
  await condition(allHandlersFinished);
  return { lifecycle: state.lifecycle === 'cancelled' ? 'cancelled' : 'completed', status: state.status };
}

function initialState(input: StartInstance): InstanceState {
  const now = Date.now();
  const inputVisibility = inputVisibilityOf(input.template.inputs);
  return {
    instanceId: workflowInfo().workflowId,
    templateId: input.template.id,
    templateVersion: input.template.version,
    businessKey: input.businessKey,
    title: input.template.title,
    lifecycle: 'running',
    status: 'Started',
    bindings: input.bindings,
    input: input.input,
    ...(inputVisibility ? { inputVisibility } : {}),
    initiator: input.initiator,
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
}

function fail(message: string, type: FailureType): never {
  throw ApplicationFailure.nonRetryable(message, type);
}

/** The mutable side of one workflow run: state plus what still has to be written out. */
class Run {
  dirty = false;
  settled = -1;
  /** Whether the `onEnd` actions have run in this run. */
  private ended = false;
  /** Whether the `onCancel` actions have run in this run. */
  private undone = false;
  private projectedSeq = 0;
  private changedTasks = new Set<string>();
  private outbox: MailRequest[] = [];

  constructor(
    private readonly template: Template,
    private readonly steps: StepIndex,
    private readonly state: InstanceState,
  ) {
    this.projectedSeq = state.history.length === 0 ? 0 : (state.history[state.history.length - 1]?.seq ?? 0);
  }

  // ── start and the main loop ───────────────────────────────────────────────

  begin(): void {
    this.record({ type: 'started', actor: this.state.initiator, details: { templateVersion: this.template.version } });
    this.spawn(startStepId(this.template));
  }

  /** Enters every token waiting to enter its step, until all wait on people or time. */
  async advance(): Promise<void> {
    for (;;) {
      if (this.state.lifecycle !== 'running') return;
      const token = this.state.tokens.find((candidate) => candidate.phase === 'enter');
      if (!token) return;
      await this.enter(token);
    }
  }

  /** Enters tokens as long as their steps need no activity (everything but some actions). */
  enterSynchronousSteps(): void {
    for (;;) {
      if (this.state.lifecycle !== 'running') return;
      const token = this.state.tokens.find((candidate) => candidate.phase === 'enter' && !this.needsActivity(candidate.stepId));
      if (!token) return;
      void this.enter(token);
    }
  }

  private needsActivity(stepId: string): boolean {
    const step = this.step(stepId);
    return step.kind === 'action' && step.action !== 'record';
  }

  /** Writes the projection and sends queued mail. Both are idempotent by business key. */
  async flush(): Promise<void> {
    const events = this.state.history.filter((event) => event.seq > this.projectedSeq);
    const mails = this.outbox.splice(0);
    if (events.length > 0 || this.changedTasks.size > 0) {
      const tasks = this.state.tasks.filter((task) => this.changedTasks.has(task.id));
      this.changedTasks.clear();
      await projectInstance({ state: this.state, tasks, events });
      this.projectedSeq = events[events.length - 1]?.seq ?? this.projectedSeq;
    }
    await Promise.all(mails.map((mail) => sendMail(mail)));
  }

  /** Runs `change`, then resolves with the state once the main loop has acted on it. */
  async settleAfter(change: () => void): Promise<InstanceState> {
    change();
    const target = this.state.revision;
    this.dirty = true;
    await condition(() => this.settled >= target || this.state.lifecycle !== 'running');
    if (this.state.lifecycle !== 'running') await condition(() => this.settled >= target);
    return this.state;
  }

  nextTimerAt(): number | undefined {
    let earliest: number | undefined;
    for (const timer of this.state.timers) if (earliest === undefined || timer.at < earliest) earliest = timer.at;
    return earliest;
  }

  fireDueTimers(): void {
    const now = Date.now();
    const due = this.state.timers.filter((timer) => timer.at <= now).sort((a, b) => a.at - b.at);
    for (const timer of due) {
      if (!this.state.timers.includes(timer)) continue; // removed by an earlier timer in this batch
      this.state.timers = this.state.timers.filter((other) => other !== timer);
      this.fire(timer);
    }
  }

  // ── steps ─────────────────────────────────────────────────────────────────

  private async enter(token: Token): Promise<void> {
    const step = this.step(token.stepId);
    token.phase = 'waiting';
    this.state.visits[step.id] = token.visit;
    if (step.status) this.state.status = step.status;
    this.record({ type: 'step_entered', stepId: step.id, details: { kind: step.kind, visit: token.visit } });
    switch (step.kind) {
      case 'task':
        return this.openTaskStep(token, step);
      case 'approval':
        return this.openApprovalStep(token, step);
      case 'action':
        return this.runAction(token, step);
      case 'wait': {
        const at = step.until
          ? evaluateTimestamp(step.until, this.scope()) + (step.plus ? this.duration(step.plus) : 0)
          : Date.now() + this.duration(step.duration ?? '0s');
        this.addTimer('wait', token, at);
        return;
      }
      case 'decision': {
        const match = step.cases.find((candidate) => evaluateCondition(candidate.when, this.scope()));
        const target = match ? match.next : step.otherwise;
        this.state.steps[step.id] = { outcome: match ? target : 'otherwise' };
        return this.moveTo(token, target);
      }
      case 'parallel':
        for (const branch of step.branches) {
          const first = branch.steps[0];
          if (first) this.spawn(first.id, { tokenId: token.id, branchId: branch.id });
        }
        return;
      case 'end':
        return this.end(step.id, step.status);
    }
  }

  private openTaskStep(token: Token, step: TaskStep): void {
    const party = partyOf(step.owner);
    if (this.isAbsent(party)) return this.passOver(token, step, party);
    this.openTask(token, step, step.owner);
    this.scheduleHumanTimers(token, step);
  }

  private openApprovalStep(token: Token, step: ApprovalStep): void {
    const scope = this.scope();
    const roles = step.approvers
      .map((approver) => (typeof approver === 'string' ? { role: approver } : approver))
      .filter((approver) => !approver.when || evaluateCondition(approver.when, scope))
      .map((approver) => approver.role)
      .filter((role) => this.isBound(partyOf(role)) && !this.state.withdrawn.includes(partyOf(role)));
    if (roles.length === 0) {
      // Every approver was conditional and none applies (e.g. below a threshold): nothing to approve.
      this.state.steps[step.id] = { outcome: 'approve' };
      this.record({ type: 'decided', stepId: step.id, actor: 'system', outcome: 'approve', comment: 'no approver required' });
      return this.transition(token, 'approve');
    }
    for (const role of roles) this.openTask(token, step, role);
    this.scheduleHumanTimers(token, step);
  }

  private openTask(token: Token, step: TaskStep | ApprovalStep, role: string): void {
    const party = partyOf(role);
    const dueAt = step.due ? Date.now() + this.duration(step.due) : undefined;
    const task: Task = {
      id: `${step.id}.${token.visit}.${role}`,
      stepId: step.id,
      visit: token.visit,
      kind: step.kind,
      title: step.title ?? step.id,
      role,
      party,
      companyId: this.state.bindings.companies[party] ?? party,
      status: 'open',
      assignees: [...(this.state.bindings.participants[role] ?? [])],
      outcomes: outcomesOf(step),
      ...(step.shared ? { shared: true } : {}),
      openedAt: Date.now(),
      ...(dueAt === undefined ? {} : { dueAt }),
    };
    this.state.tasks.push(task);
    this.touchTask(task);
    this.record({ type: 'task_opened', stepId: step.id, taskId: task.id, details: { role, assignees: task.assignees.map((person) => person.email) } });
    for (const person of task.assignees) this.mail('task', task, person);
  }

  private scheduleHumanTimers(token: Token, step: TaskStep | ApprovalStep): void {
    const now = Date.now();
    for (const reminder of step.reminders ?? []) this.addTimer('reminder', token, now + this.duration(reminder));
    if (step.escalation) this.addTimer('escalation', token, now + this.duration(step.escalation.after));
    if (step.timeout) this.addTimer('timeout', token, now + this.duration(step.timeout.after));
  }

  private async runAction(token: Token, step: Extract<Step, { kind: 'action' }>): Promise<void> {
    if (step.action === 'record') {
      const args = recordArguments(step.with);
      const value = evaluate(args.value, this.scope());
      this.state.vars[args.name] = value;
      this.record({ type: 'action', stepId: step.id, details: { action: 'record', name: args.name, value } });
      return this.transition(token, 'done');
    }
    if (step.action === 'notify') {
      const args = notifyArguments(step.with);
      // A party that withdrew hears no more from the instance; instances from before the patch mailed it.
      const roles = args.to.filter((role) => !(this.state.withdrawn.includes(partyOf(role)) && patched('no-mail-to-withdrawn-parties')));
      const people = roles.flatMap((role) => this.state.bindings.participants[role] ?? []);
      const details = args.details === undefined ? undefined : evaluate(args.details, this.scope());
      const message = details === undefined ? args.message : `${args.message}\n\n${typeof details === 'string' ? details : JSON.stringify(details)}`;
      for (const person of people) {
        this.outbox.push({
          key: `${this.state.instanceId}/${step.id}.${token.visit}/${person.email}/notify`,
          purpose: 'notify',
          to: person,
          instance: this.mailInstance(),
          subject: args.subject,
          message,
        });
      }
      this.record({ type: 'action', stepId: step.id, details: { action: 'notify', to: people.map((person) => person.email) } });
      // Send before moving on, so a step after a notification never overtakes it.
      await this.flush();
      return this.transition(token, 'done');
    }
    const result = await this.systemAction(`${step.id}.${token.visit}`, step.id, step.action, step.with);
    const outcome = result.outcome ?? 'done';
    this.state.steps[step.id] = { outcome };
    this.record({ type: 'action', stepId: step.id, outcome, details: { action: step.action, ...(result.details ?? {}) } });
    return this.transition(token, outcome);
  }

  /**
   * Runs a registry action as an activity and keeps the variables it records. `occurrence`
   * names this run of it within the instance (step and visit), which makes the idempotency key.
   */
  private async systemAction(occurrence: string, stepId: string, action: string, args: Record<string, unknown> | undefined) {
    const result = await performAction({
      key: `${this.state.instanceId}/${occurrence}`,
      instanceId: this.state.instanceId,
      templateId: this.template.id,
      stepId,
      action,
      args: args ?? {},
      scope: this.scope(),
      companies: this.state.bindings.companies,
      runStartedAt: this.state.startedAt,
    });
    Object.assign(this.state.vars, result.vars ?? {});
    return result;
  }

  /** Follows `outcome` from the token's step. */
  private transition(token: Token, outcome: string): void {
    const step = this.step(token.stepId);
    const target = nextOf(step, outcome);
    if (target === undefined) {
      throw ApplicationFailure.nonRetryable(`step ${step.id} has no transition for outcome "${outcome}"`, 'TemplateDefect');
    }
    this.moveTo(token, target);
  }

  private moveTo(token: Token, target: string): void {
    this.removeTimersOf(token.id);
    if (target === JOIN) return this.finishBranch(token);
    token.stepId = target;
    token.visit = (this.state.visits[target] ?? 0) + 1;
    token.phase = 'enter';
    this.touch();
  }

  private finishBranch(token: Token): void {
    const parent = token.parent;
    this.state.tokens = this.state.tokens.filter((other) => other !== token);
    this.touch();
    if (!parent) return;
    const parallelToken = this.state.tokens.find((other) => other.id === parent.tokenId);
    if (!parallelToken) return;
    const parallel = this.step(parallelToken.stepId);
    if (parallel.kind !== 'parallel') return;
    (this.state.joins[parallelToken.id] ??= []).push(parent.branchId);
    const stillRunning = this.state.tokens.filter((other) => other.parent?.tokenId === parallelToken.id);
    if (parallel.join === 'any' || stillRunning.length === 0) {
      for (const other of stillRunning) this.discard(other, 'cancelled');
      delete this.state.joins[parallelToken.id];
      this.state.steps[parallel.id] = { outcome: 'done' };
      this.transition(parallelToken, 'done');
    }
  }

  /** Removes a token and everything under it: open tasks close, timers go. */
  private discard(token: Token, reason: 'cancelled'): void {
    for (const child of this.state.tokens.filter((other) => other.parent?.tokenId === token.id)) this.discard(child, reason);
    this.removeTimersOf(token.id);
    for (const task of this.openTasksOf(token)) this.closeTask(task, reason);
    this.state.tokens = this.state.tokens.filter((other) => other !== token);
    this.touch();
  }

  private end(stepId: string, status: string): void {
    for (const token of [...this.state.tokens]) this.discard(token, 'cancelled');
    this.state.lifecycle = 'completed';
    this.state.status = status;
    this.state.endedAt = Date.now();
    this.record({ type: 'ended', stepId, outcome: status });
    this.mailResult();
  }

  // ── timers ────────────────────────────────────────────────────────────────

  private fire(timer: Timer): void {
    const token = this.state.tokens.find((candidate) => candidate.id === timer.tokenId);
    if (!token) return;
    const step = this.step(token.stepId);
    if (timer.kind === 'wait') {
      this.state.steps[step.id] = { outcome: 'done' };
      return this.transition(token, 'done');
    }
    if (step.kind !== 'task' && step.kind !== 'approval') return;
    const open = this.openTasksOf(token);
    if (timer.kind === 'reminder') {
      for (const task of open) {
        this.record({ type: 'reminded', stepId: step.id, taskId: task.id });
        for (const person of task.assignees) this.mail('reminder', task, person, timer.id);
      }
      return;
    }
    if (timer.kind === 'escalation' && step.escalation) {
      const extra = this.state.bindings.participants[step.escalation.to] ?? [];
      for (const task of open) {
        const added = extra.filter((person) => !task.assignees.some((assignee) => assignee.email === person.email));
        task.assignees.push(...added);
        task.escalatedTo = step.escalation.to;
        this.touchTask(task);
        this.record({ type: 'escalated', stepId: step.id, taskId: task.id, details: { to: step.escalation.to } });
        for (const person of added) this.mail('escalation', task, person);
      }
      return;
    }
    if (timer.kind === 'timeout' && step.timeout) {
      for (const task of open) this.closeTask(task, 'timed_out');
      this.record({ type: 'timed_out', stepId: step.id, outcome: step.timeout.outcome, actor: 'system' });
      this.state.steps[step.id] = { outcome: step.timeout.outcome };
      this.transition(token, step.timeout.outcome);
    }
  }

  private addTimer(kind: Timer['kind'], token: Token, at: number): void {
    this.state.timers.push({ id: `t${this.state.nextId++}`, kind, tokenId: token.id, at });
  }

  private removeTimersOf(tokenId: string): void {
    this.state.timers = this.state.timers.filter((timer) => timer.tokenId !== tokenId);
  }

  // ── decisions and other updates ───────────────────────────────────────────

  checkDecision(decision: Decision): void {
    const task = this.openTaskFor(decision.taskId, decision.actor);
    if (!task.outcomes.includes(decision.outcome)) {
      fail(`outcome "${decision.outcome}" is not allowed on task ${task.id}; use one of ${task.outcomes.join(', ')}`, FailureType.OutcomeNotAllowed);
    }
    const step = this.step(task.stepId);
    const fields = step.kind === 'task' || step.kind === 'approval' ? step.form : undefined;
    if (!fields && decision.form && Object.keys(decision.form).length > 0) {
      fail(`task ${task.id} has no form; leave out the form fields`, FailureType.InvalidForm);
    }
    if (fields) {
      const problems = checkForm(fields, decision.form ?? {}, { partial: OUTCOMES_WITHOUT_FORM.has(decision.outcome) });
      if (problems.length > 0) fail(`the form of task ${task.id} is not valid: ${problems.join('; ')}`, FailureType.InvalidForm);
      this.checkCurrencies(task, fields, decision.form ?? {});
    }
  }

  /**
   * Refuses, before anything is recorded, an amount in another currency than its field's
   * `currencyFrom` gives (e.g. the allocation's): every path that decides (API, emailed link,
   * CLI) runs this validator, so no amount in a foreign currency reaches the ledger as its own.
   */
  private checkCurrencies(task: Task, fields: Fields, form: Record<string, unknown>): void {
    for (const [name, field] of Object.entries(fields)) {
      if (field.type !== 'money' || field.currencyFrom === undefined) continue;
      const value = form[name];
      if (!isRecord(value) || typeof value['currency'] !== 'string') continue;
      const expected = this.currencyOf(field.currencyFrom);
      if (expected !== undefined && value['currency'] !== expected) {
        fail(`${name} of task ${task.id} is in ${value['currency']}, but the funds of this instance are in ${expected}; give the amount in ${expected}`, FailureType.CurrencyMismatch);
      }
    }
  }

  /** The currency an expression gives, or undefined while it has none (e.g. before the funds are checked). */
  private currencyOf(expression: string): string | undefined {
    try {
      const value = evaluate(expression, this.scope());
      return typeof value === 'string' && value !== '' ? value : undefined;
    } catch {
      return undefined;
    }
  }

  decide(decision: Decision): void {
    const task = this.openTaskFor(decision.taskId, decision.actor);
    const actor = task.assignees.find((person) => person.email === decision.actor);
    const step = this.step(task.stepId);
    const form = decision.form ?? {};
    task.status = 'decided';
    task.outcome = decision.outcome;
    task.decidedBy = actor ?? 'system';
    if (decision.via) task.decidedVia = decision.via;
    task.decidedAt = Date.now();
    if (decision.comment !== undefined) task.comment = decision.comment;
    task.form = form;
    this.touchTask(task);
    this.record({ type: 'decided', stepId: step.id, taskId: task.id, ...(actor ? { actor } : {}), outcome: decision.outcome, ...(decision.comment ? { comment: decision.comment } : {}), details: { form, ...(decision.via ? { via: decision.via } : {}) } });
    const token = this.state.tokens.find((candidate) => candidate.stepId === task.stepId && candidate.visit === task.visit && candidate.phase === 'waiting');
    if (!token) return;
    if (step.kind === 'task') {
      this.state.steps[step.id] = { outcome: decision.outcome, form, ...(actor ? { decidedBy: actor.email } : {}) };
      return this.transition(token, decision.outcome);
    }
    if (step.kind !== 'approval') return;
    this.settleApproval(token, step);
  }

  private settleApproval(token: Token, step: ApprovalStep): void {
    const tasks = this.state.tasks.filter((task) => task.stepId === step.id && task.visit === token.visit);
    const votes = tasks.map((task) => ({ counted: !this.state.withdrawn.includes(task.party), ...(task.outcome ? { outcome: task.outcome } : {}) }));
    const outcome = approvalOutcome(step.policy, votes);
    if (outcome === undefined) return;
    const form = Object.assign({}, ...tasks.map((task) => task.form ?? {})) as Record<string, unknown>;
    const decider = tasks.find((task) => task.outcome === outcome)?.decidedBy;
    this.state.steps[step.id] = { outcome, form, ...(decider && decider !== 'system' ? { decidedBy: decider.email } : {}) };
    for (const task of tasks) if (task.status === 'open') this.closeTask(task, 'cancelled');
    this.transition(token, outcome);
  }

  checkDelegation(delegation: Delegation): void {
    const task = this.openTaskFor(delegation.taskId, delegation.actor);
    this.checkRecipient(task, delegation.to);
  }

  checkReassignment(reassignment: Reassignment): void {
    this.requireRunning();
    const task = this.findTask(reassignment.taskId);
    if (task.status !== 'open') fail(`task ${task.id} is ${task.status}, not open`, FailureType.TaskNotOpen);
    // A party admin's authority comes from the directory, checked by the API; the workflow
    // still refuses a task of another company and a recipient who already holds it.
    if (!reassignment.partyAdmin && !this.isAdmin(reassignment.actor)) {
      fail(`${reassignment.actor} may not reassign tasks: only ${(this.template.admins ?? []).join(', ') || 'template admins'} may`, FailureType.NotAllowed);
    }
    this.checkRecipient(task, reassignment.to);
  }

  delegate(change: Delegation, type: 'delegated' | 'reassigned'): void {
    const task = this.findTask(change.taskId);
    const actor = this.personByEmail(change.actor);
    task.assignees = type === 'delegated' ? [...task.assignees.filter((person) => person.email !== change.actor), change.to] : [change.to];
    this.touchTask(task);
    this.record({ type, stepId: task.stepId, taskId: task.id, ...(actor ? { actor } : {}), ...(change.comment ? { comment: change.comment } : {}), details: { to: change.to, ...(change.via ? { via: change.via } : {}) } });
    this.mail('delegated', task, change.to);
  }

  checkHandOver(handOver: HandOver): void {
    this.requireRunning();
    const holds = Object.values(this.state.bindings.participants).some((people) => people.some((person) => person.email === handOver.email && person.company === handOver.companyId));
    const assigned = this.state.tasks.some((task) => task.status === 'open' && task.companyId === handOver.companyId && task.assignees.some((person) => person.email === handOver.email));
    if (!holds && !assigned) fail(`${handOver.email} holds nothing in instance ${this.state.instanceId}`, FailureType.NotAllowed);
  }

  /**
   * Takes the person out of their roles and open tasks of their company. Each task keeps its
   * other holders; one left with nobody goes to the role's fallback (the party's admins), who
   * are mailed. Roles are updated the same way, so later tasks open for the people who remain.
   */
  handOver(handOver: HandOver): void {
    const leaving = (person: Person) => person.email === handOver.email && person.company === handOver.companyId;
    const fallbackFor = (role: string) => (handOver.fallback[role] ?? []).filter((person) => !leaving(person) && person.company === handOver.companyId);
    for (const [role, people] of Object.entries(this.state.bindings.participants)) {
      if (!people.some(leaving)) continue;
      const remaining = people.filter((person) => !leaving(person));
      this.state.bindings.participants[role] = remaining.length > 0 ? remaining : fallbackFor(role);
    }
    for (const task of this.state.tasks) {
      if (task.status !== 'open' || task.companyId !== handOver.companyId || !task.assignees.some(leaving)) continue;
      const remaining = task.assignees.filter((person) => !leaving(person));
      const added = remaining.length > 0 ? [] : fallbackFor(task.role);
      task.assignees = [...remaining, ...added];
      this.touchTask(task);
      this.record({ type: 'reassigned', stepId: task.stepId, taskId: task.id, actor: 'system', comment: handOver.reason, details: { from: handOver.email, to: task.assignees.map((person) => person.email) } });
      for (const person of added) this.mail('delegated', task, person);
    }
    this.touch();
  }

  checkCancellation(cancellation: Cancellation): void {
    this.requireRunning();
    if (cancellation.actor !== this.state.initiator.email && !this.isAdmin(cancellation.actor)) {
      fail(`${cancellation.actor} may not cancel this instance: only its initiator ${this.state.initiator.email} or an admin may`, FailureType.NotAllowed);
    }
  }

  cancel(cancellation: Cancellation): void {
    for (const token of [...this.state.tokens]) this.discard(token, 'cancelled');
    this.state.lifecycle = 'cancelled';
    this.state.status = 'Cancelled';
    this.state.endedAt = Date.now();
    const actor = this.personByEmail(cancellation.actor);
    this.record({ type: 'cancelled', ...(actor ? { actor } : {}), comment: cancellation.reason, ...(cancellation.via ? { details: { via: cancellation.via } } : {}) });
    this.mailResult();
  }

  /**
   * Runs the template's `onCancel` actions, in order, before the cancel update answers: a
   * caller who cancelled sees, for instance, the held funds already released.
   */
  async undoOnCancel(): Promise<void> {
    this.undone = true;
    await this.runHook('onCancel', this.template.onCancel ?? []);
  }

  /**
   * Runs the `onCancel` actions for a cancel that arrived while the loop was writing out its
   * last pass, which the loop no longer saw. Instances from before the patch ended without them.
   */
  async undoOnCancelLate(): Promise<void> {
    const calls = this.template.onCancel ?? [];
    if (this.undone || calls.length === 0 || !patched('on-cancel-after-last-pass')) return;
    await this.undoOnCancel();
  }

  /**
   * Runs the template's `onEnd` actions, in order, once the instance has ended however it
   * ended (end step, withdrawal, cancel), before the update that ended it answers. The main
   * loop leaves after this, so they run once per instance. Templates without `onEnd` (all
   * recorded before it existed) schedule nothing here, so their histories replay unchanged.
   * Called again after the main loop, for an ending that arrived while the loop was writing
   * out its last pass; it runs once.
   */
  async finishOnEnd(): Promise<void> {
    const calls = this.template.onEnd ?? [];
    if (this.ended || calls.length === 0 || !patched('on-end-actions')) return;
    this.ended = true;
    await this.runHook('onEnd', calls);
  }

  private async runHook(hook: 'onCancel' | 'onEnd', calls: readonly ActionCall[]): Promise<void> {
    for (const [index, call] of calls.entries()) {
      const stepId = `${hook}.${index}`;
      const result = await this.systemAction(stepId, stepId, call.action, call.with);
      this.record({ type: 'action', stepId, ...(result.outcome ? { outcome: result.outcome } : {}), details: { action: call.action, ...(result.details ?? {}) } });
    }
  }

  checkWithdrawal(withdrawal: Withdrawal): void {
    this.requireRunning();
    if (!this.template.parties[withdrawal.party]) fail(`there is no party "${withdrawal.party}" in this template`, FailureType.NotAllowed);
    if (this.state.withdrawn.includes(withdrawal.party)) fail(`party "${withdrawal.party}" has already withdrawn`, FailureType.NotAllowed);
    const holds = Object.entries(this.state.bindings.participants).some(
      ([role, people]) => partyOf(role) === withdrawal.party && people.some((person) => person.email === withdrawal.actor),
    );
    if (!holds) fail(`${withdrawal.actor} holds no role in party "${withdrawal.party}" and may not withdraw it`, FailureType.NotAllowed);
  }

  withdraw(withdrawal: Withdrawal): void {
    const actor = this.personByEmail(withdrawal.actor);
    this.state.withdrawn.push(withdrawal.party);
    this.record({ type: 'withdrawn', ...(actor ? { actor } : {}), comment: withdrawal.reason, details: { party: withdrawal.party, ...(withdrawal.via ? { via: withdrawal.via } : {}) } });
    for (const token of [...this.state.tokens]) {
      const step = this.step(token.stepId);
      if (token.phase !== 'waiting' || (step.kind !== 'task' && step.kind !== 'approval')) continue;
      const mine = this.openTasksOf(token).filter((task) => task.party === withdrawal.party);
      if (mine.length === 0) continue;
      for (const task of mine) this.closeTask(task, 'cancelled');
      if (step.kind === 'approval') {
        this.settleApproval(token, step);
        continue;
      }
      this.leaveWithoutOwner(token, step);
      if (this.state.lifecycle !== 'running') return;
    }
    // The remaining parties decide, beside the running steps, whether to go on without it.
    if (this.template.onWithdraw) this.spawn(this.template.onWithdraw);
  }

  /** Where a task step goes once its owner's party is gone: its `withdrawn` route, the end of its branch, or the end of the instance. */
  private leaveWithoutOwner(token: Token, step: TaskStep): void {
    if (nextOf(step, 'withdrawn') !== undefined && typeof step.next !== 'string') return this.transition(token, 'withdrawn');
    if (token.parent) return this.finishBranch(token);
    this.end(step.id, 'Withdrawn');
  }

  /** Moves past a task step whose owner's party takes no part, as if it had just withdrawn. */
  private passOver(token: Token, step: TaskStep, party: string): void {
    this.record({ type: 'decided', stepId: step.id, actor: 'system', outcome: 'withdrawn', comment: `party "${party}" takes no part in this instance` });
    this.leaveWithoutOwner(token, step);
  }

  /** Whether a company fills this party; an optional party may be left unbound at the start. */
  private isBound(party: string): boolean {
    return Object.hasOwn(this.state.bindings.companies, party);
  }

  /**
   * Whether a party has nobody to act in this instance: left unbound, or withdrawn. Before the
   * patch, a task of a withdrawn party still opened; instances recorded then replay as they ran.
   */
  private isAbsent(party: string): boolean {
    if (!this.isBound(party)) return true;
    return this.state.withdrawn.includes(party) && patched('pass-over-withdrawn-owners');
  }

  // ── helpers ───────────────────────────────────────────────────────────────

  private requireRunning(): void {
    if (this.state.lifecycle !== 'running') fail(`instance ${this.state.instanceId} is ${this.state.lifecycle}`, FailureType.InstanceNotRunning);
  }

  private findTask(taskId: string): Task {
    const task = this.state.tasks.find((candidate) => candidate.id === taskId);
    if (!task) fail(`there is no task ${taskId} in instance ${this.state.instanceId}`, FailureType.UnknownTask);
    return task;
  }

  /** The open task `taskId`, if `actor` is one of its assignees; else a typed refusal. */
  private openTaskFor(taskId: string, actor: string): Task {
    this.requireRunning();
    const task = this.findTask(taskId);
    if (task.status !== 'open') {
      const by = task.decidedBy && task.decidedBy !== 'system' ? ` by ${task.decidedBy.email}` : '';
      fail(`task ${task.id} is already ${task.status}${by}`, FailureType.TaskNotOpen);
    }
    if (!task.assignees.some((person) => person.email === actor)) {
      fail(`${actor} is not assigned task ${task.id} (role ${task.role})`, FailureType.NotYourTask);
    }
    return task;
  }

  private checkRecipient(task: Task, to: Person): void {
    if (to.company !== task.companyId) fail(`task ${task.id} belongs to ${task.companyId}; it can only go to someone at that company`, FailureType.NotAllowed);
    if (task.assignees.some((person) => person.email === to.email)) fail(`${to.email} already holds task ${task.id}`, FailureType.NotAllowed);
  }

  private isAdmin(email: string): boolean {
    return (this.template.admins ?? []).some((role) => (this.state.bindings.participants[role] ?? []).some((person) => person.email === email));
  }

  private personByEmail(email: string): Person | undefined {
    for (const people of Object.values(this.state.bindings.participants)) {
      const found = people.find((person) => person.email === email);
      if (found) return found;
    }
    for (const task of this.state.tasks) {
      const found = task.assignees.find((person) => person.email === email);
      if (found) return found;
    }
    return email === this.state.initiator.email ? this.state.initiator : undefined;
  }

  private openTasksOf(token: Token): Task[] {
    return this.state.tasks.filter((task) => task.stepId === token.stepId && task.visit === token.visit && task.status === 'open');
  }

  private closeTask(task: Task, status: 'cancelled' | 'timed_out'): void {
    task.status = status;
    task.decidedAt = Date.now();
    if (status === 'timed_out') task.decidedBy = 'system';
    this.touchTask(task);
  }

  private spawn(stepId: string, parent?: Token['parent']): void {
    const token: Token = { id: `k${this.state.nextId++}`, stepId, visit: (this.state.visits[stepId] ?? 0) + 1, phase: 'enter', ...(parent ? { parent } : {}) };
    this.state.tokens.push(token);
    this.touch();
  }

  private step(stepId: string): Step {
    const placed = this.steps.get(stepId);
    if (!placed) throw ApplicationFailure.nonRetryable(`the template has no step "${stepId}"`, 'TemplateDefect');
    return placed.step;
  }

  private duration(ref: DurationRef): number {
    return resolveDuration(ref, this.state.input, this.template);
  }

  private scope(): ConditionScope {
    return { input: this.state.input, steps: this.state.steps, vars: this.state.vars };
  }

  private record(event: Omit<AuditEvent, 'seq' | 'at'>): void {
    const last = this.state.history[this.state.history.length - 1];
    this.state.history.push({ seq: (last?.seq ?? 0) + 1, at: Date.now(), ...event });
    this.touch();
  }

  private touch(): void {
    this.state.revision += 1;
    this.state.updatedAt = Date.now();
  }

  private touchTask(task: Task): void {
    this.changedTasks.add(task.id);
    this.touch();
  }

  private mailInstance(): MailRequest['instance'] {
    return { id: this.state.instanceId, title: this.state.title, status: this.state.status, templateTitle: this.template.title };
  }

  private mail(purpose: MailRequest['purpose'], task: Task, to: Person, discriminator = ''): void {
    this.outbox.push({
      key: `${this.state.instanceId}/${task.id}/${to.email}/${purpose}${discriminator ? `/${discriminator}` : ''}`,
      purpose,
      to,
      instance: this.mailInstance(),
      task: { id: task.id, title: task.title, role: task.role, companyId: task.companyId, outcomes: task.outcomes, stepId: task.stepId, ...(task.dueAt ? { dueAt: task.dueAt } : {}) },
    });
  }

  private mailResult(): void {
    this.outbox.push({
      key: `${this.state.instanceId}/result/${this.state.initiator.email}`,
      purpose: 'result',
      to: this.state.initiator,
      instance: this.mailInstance(),
      subject: `${this.state.title}: ${this.state.status}`,
    });
  }
}

function partyOf(role: string): string {
  return role.split('.')[0] ?? role;
}

/*
 * Action arguments were checked against each action's zod schema when the template was
 * published, so the interpreter only guards the snapshot's shape: importing the schemas would
 * give every workflow the worker holds its own copy of zod and the template language.
 */

/** The arguments of a `record` step. */
function recordArguments(args: unknown): RecordArguments {
  if (isRecord(args) && typeof args['name'] === 'string' && typeof args['value'] === 'string') return { name: args['name'], value: args['value'] };
  throw ApplicationFailure.nonRetryable('a record step needs the text arguments name and value', 'TemplateDefect');
}

/** The arguments of a `notify` step. */
function notifyArguments(args: unknown): NotifyArguments {
  if (isRecord(args)) {
    const { to, subject, message, details } = args;
    if (Array.isArray(to) && to.every((role) => typeof role === 'string') && typeof subject === 'string' && typeof message === 'string') {
      if (details === undefined) return { to, subject, message };
      if (typeof details === 'string') return { to, subject, message, details };
    }
  }
  throw ApplicationFailure.nonRetryable('a notify step needs the arguments to (a list of roles), subject and message, and optionally details', 'TemplateDefect');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
