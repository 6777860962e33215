/**
 * The one workflow that runs any template snapshot: a thin shell around the core
 * (`core/`), which decides everything. The shell owns what only Temporal can do: handlers,
 * activities, sleeping until input or the next timer, and continue-as-new.
 *
 * Shape: update handlers apply their command to the core and mark the instance dirty; one
 * main loop advances the core, runs the activities it asks for, writes the projection with
 * the mail it makes due, then sleeps. Updates return once the loop has settled, so the caller
 * sees the state after the instance moved on; mail is sent afterwards by the mail dispatcher
 * (activities/mail/dispatcher.ts), never while a decision waits.
 */
import { ActivityFailure, ApplicationFailure, allHandlersFinished, condition, continueAsNew, patched, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { ActionResult, InterpreterActivities, MailRequest, ProjectionWrite } from '../activities/contracts.js';
import * as core from './core/index.js';
import { Failure } from './core/failures.js';
import { cancelUpdate, decideUpdate, delegateUpdate, handOverUpdate, migrateUpdate, reassignUpdate, resolveIncidentUpdate, stateQuery, withdrawUpdate } from './handlers.js';
import { dueMail } from './mail-due.js';
import type { InstanceResult, InstanceState, InterpreterInput } from './schemas.js';

const RETRY = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' } as const;
/** Runs from before incidents retry every activity until it succeeds. */
const unbounded = proxyActivities<InterpreterActivities>({ startToCloseTimeout: '30 seconds', retry: RETRY });
/**
 * Since incidents, a projection write or action that keeps failing gives up after about ten
 * minutes (a refusal the activity knows is permanent, at once) and becomes an incident.
 */
const bounded = proxyActivities<InterpreterActivities>({ startToCloseTimeout: '30 seconds', retry: { ...RETRY, maximumAttempts: 12 } });

/** The activities this run calls: bounded from the incidents patch on. */
function activities(): InterpreterActivities {
  return patched(core.INCIDENTS_PATCH) ? bounded : unbounded;
}

/** What an activity's final failure says, for the incident. */
function failureMessage(error: ActivityFailure): string {
  return error.cause?.message ?? error.message;
}

const DEFAULT_HISTORY_LIMIT = 5000;

/**
 * Instances that record this marker queue their mail with the projection write and fire timers
 * that are already due before writing; older ones send each mail with sendMail while they settle.
 */
const MAIL_DISPATCHER = 'mail-dispatcher';

/** Runs one instance of a template from its first step to an end step. */
export async function interpreter(input: InterpreterInput): Promise<InstanceResult> {
  const ports: core.Ports = { patched };
  const m = fromCore(() => (input.kind === 'start' ? core.start(input, workflowInfo().workflowId, Date.now(), ports) : core.resume(input.template, input.state, Date.now(), ports)));
  const state = m.state;
  const historyLimit = input.historyLimit ?? DEFAULT_HISTORY_LIMIT;
  /** Whether a handler changed the state since the loop last looked. */
  let dirty = false;
  /** The revision the loop has fully acted on. */
  let settled = -1;

  /** Applies a command, then resolves with the state once the main loop has acted on it. */
  const settleAfter = async (event: core.Event): Promise<InstanceState> => {
    fromCore(() => core.dispatch(m, event, Date.now()));
    const target = state.revision;
    dirty = true;
    await condition(() => settled >= target || state.lifecycle !== 'running');
    if (state.lifecycle !== 'running') await condition(() => settled >= target);
    return state;
  };
  /** A validator: the command's check, its refusal as a failure of the same type. */
  const validator =
    <C>(check: (machine: core.Machine, command: C) => void) =>
    (command: C) =>
      fromCore(() => check(m, command));

  // Handlers before the first await, as Temporal requires. Updates that arrived with the
  // start are dispatched the moment their handler is set, so the first human steps are
  // opened (synchronously) before that: a decision sent right after the start finds its task.
  setHandler(stateQuery, () => state);
  fromCore(() => core.advance(m, Date.now(), { synchronousOnly: true }));
  const { commands } = core;
  setHandler(decideUpdate, async (decision) => {
    // An outcome that holds funds asks the ledger what the allocation has available first (a
    // validator cannot wait for an activity); the decision is checked again after the wait,
    // since another update may have changed the task meanwhile.
    if (fromCore(() => commands.decide.fundsNeeded(m, decision))) {
      const funds = await activities().availableFunds(state.instanceId);
      fromCore(() => commands.decide.check(m, decision));
      fromCore(() => commands.decide.checkFunds(m, decision, funds));
    }
    return settleAfter({ type: 'decision', decision });
  }, { validator: validator(commands.decide.check) });
  setHandler(delegateUpdate, (delegation) => settleAfter({ type: 'delegation', delegation }), { validator: validator(commands.delegate.check) });
  setHandler(reassignUpdate, (reassignment) => settleAfter({ type: 'reassignment', reassignment }), { validator: validator(commands.reassign.check) });
  setHandler(handOverUpdate, (handOver) => settleAfter({ type: 'hand-over', handOver }), { validator: validator(commands.handOver.check) });
  setHandler(cancelUpdate, (cancellation) => settleAfter({ type: 'cancel', cancellation }), { validator: validator(commands.cancel.check) });
  setHandler(withdrawUpdate, (withdrawal) => settleAfter({ type: 'withdrawal', withdrawal }), { validator: validator(commands.withdraw.check) });
  setHandler(migrateUpdate, (migration) => settleAfter({ type: 'migration', migration }), { validator: validator(commands.migrate.check) });
  setHandler(resolveIncidentUpdate, (resolution) => settleAfter({ type: 'incident-resolution', resolution }), { validator: validator(commands.incident.check) });

  /** Mail whose write the database refused: it goes with the next write. */
  let undelivered: MailRequest[] = [];
  /** Writes the projection; a write whose retries are spent becomes an incident, and `refused` runs. */
  const projectOrIncident = async (run: InterpreterActivities, write: ProjectionWrite, refused: () => void): Promise<void> => {
    try {
      await run.projectInstance(write);
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      refused();
      // The activity marked the row; the instance shows the incident until ops retry.
      fromCore(() => core.dispatch(m, { type: 'projection-failed', error: failureMessage(error), write }, Date.now()));
    }
  };
  /** Writes the projection with the mail it makes due (older instances: then sends the mail). Idempotent by business key. */
  const flush = async (): Promise<void> => {
    const { project, mails } = core.flush(m);
    const run = activities();
    if (patched(MAIL_DISPATCHER)) {
      // Mail made due by a write that was refused goes with the next write.
      const due = [...undelivered, ...dueMail(state, mails)];
      undelivered = [];
      const write = project ?? (due.length > 0 ? { state, tasks: [], events: [] } : undefined);
      if (write) await projectOrIncident(run, due.length > 0 ? { ...write, mails: due } : write, () => (undelivered = due));
      return;
    }
    if (project) await projectOrIncident(run, project, () => undefined);
    // Mail keeps retrying: a mail server that is down for a while is no incident of the instance.
    await Promise.all(mails.map((mail) => unbounded.sendMail(mail)));
  };
  /** Performs what the core waits on, one at a time, and reports each back. */
  const perform = async (next: () => core.Pending | undefined): Promise<void> => {
    for (let pending = fromCore(next); pending; pending = fromCore(next)) {
      const { owner } = pending;
      let result: ActionResult = {};
      if (pending.type === 'run-action') {
        try {
          result = await activities().performAction(pending.request);
        } catch (error) {
          if (error instanceof ActivityFailure && fromCore(() => core.actionFailed(m, owner, failureMessage(error), Date.now()))) continue;
          throw error;
        }
      } else await flush();
      fromCore(() => core.dispatch(m, { type: 'action-completed', owner, result }, Date.now()));
    }
  };

  /**
   * Fires timers that are already due (a wait until a date in the past) before the state is
   * written, so a task they close in passing (the activity that already ended) is never mailed.
   */
  const fireDueTimers = async (): Promise<void> => {
    // Bounded, in case a template keeps setting timers in the past; the loop fires the rest.
    for (let round = 0; round < 100; round++) {
      const next = core.nextTimerAt(state);
      if (next === undefined || next > Date.now() || state.lifecycle !== 'running' || !patched(MAIL_DISPATCHER)) return;
      fromCore(() => core.dispatch(m, { type: 'timers-due' }, Date.now()));
      await perform(() => core.advance(m, Date.now()));
    }
  };

  for (;;) {
    await perform(() => core.advance(m, Date.now()));
    await fireDueTimers();
    if (state.lifecycle === 'cancelled') {
      core.beginOnCancel(m, { late: false });
      await perform(() => core.nextHookAction(m));
    }
    if (state.lifecycle !== 'running') {
      core.beginOnEnd(m);
      await perform(() => core.nextHookAction(m));
    }
    await flush();
    // A handler that changed the state during this pass has not been acted on yet.
    if (!dirty) settled = state.revision;
    if (state.lifecycle !== 'running') break;
    if (workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > historyLimit) {
      // Let callers of settled updates get their answer first; new input is handled before moving on.
      await condition(() => dirty || allHandlersFinished());
      if (!dirty) await continueAsNew<typeof interpreter>({ kind: 'continued', template: m.template, state: core.nextRun(m), historyLimit });
    }
    const nextTimer = core.nextTimerAt(state);
    const wake = () => dirty;
    if (nextTimer === undefined) await condition(wake);
    else if (nextTimer > Date.now()) await condition(wake, nextTimer - Date.now());
    dirty = false;
    fromCore(() => core.dispatch(m, { type: 'timers-due' }, Date.now()));
  }
  // An update may have ended the instance while the loop was writing out its last pass.
  if (state.lifecycle === 'cancelled') {
    core.beginOnCancel(m, { late: true });
    await perform(() => core.nextHookAction(m));
  }
  core.beginOnEnd(m);
  await perform(() => core.nextHookAction(m));
  // Let updates that are waiting for the final state return it before the run closes.
  await flush();
  settled = state.revision;
  await condition(allHandlersFinished);
  return { lifecycle: state.lifecycle === 'cancelled' ? 'cancelled' : 'completed', status: state.status };
}

/** Runs core code; a refusal or template defect becomes a non-retryable failure of its type. */
function fromCore<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    // Details ride along for pages that word the refusal; an update's failure is not replayed, so older histories are unaffected.
    if (error instanceof Failure) throw ApplicationFailure.nonRetryable(error.message, error.type, ...(error.details ? [error.details] : []));
    throw error;
  }
}
