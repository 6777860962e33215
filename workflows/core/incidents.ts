/**
 * Incidents: a run-time problem with a template's data stops the token at its step instead
 * of failing the workflow task, which Temporal would retry forever. Evaluating a condition,
 * a duration, an expression or a snapshot that cannot run (`TemplateDefect`) throws; the
 * throw is caught around each step-kind call, the token's half-opened tasks and timers go,
 * the token waits in phase `incident`, and the instance records when, where and why. Other
 * branches go on; the instance stays open until ops resolve the incident.
 *
 * Resolving is one function for every way ops do it: `retry` and `cancel` here, and moving
 * the instance to a fixed template version (a migration) calls {@link resolveIncidents} too,
 * then re-enters the tokens it moved.
 */
import type { ActionOwner } from './effects.js';
import type { ProjectionWrite } from '../../activities/contracts.js';
import type { Incident, IncidentResolution, Token } from '../schemas.js';
import { Failure, FailureType, fail } from './failures.js';
import { closeTask, openTasksOf, record, type Machine } from './machine.js';
import { removeTimersOf } from './tokens.js';
import * as cancel from './commands/cancel.js';
import { requireRunning } from './commands/guards.js';

/** The patch that turns a failing step into an incident; old histories failed the run instead. */
export const INCIDENTS_PATCH = 'incidents';

/** Refusals are answers to a command, not incidents: they leave the state as it was. */
function isRefusal(error: unknown): boolean {
  return error instanceof Failure && error.type !== FailureType.TemplateDefect;
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

/**
 * Runs what a step does for `token` (enter it, take a decision, fire a timer, take an action's
 * result). When it throws over the template's data, the token stops at its step in an
 * incident instead; a refusal still throws, as does everything in runs from before the patch.
 */
export function atStep<T>(m: Machine, token: Token, run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (isRefusal(error) || !m.ports.patched(INCIDENTS_PATCH)) throw error;
    stopAt(m, token, error);
    return undefined;
  }
}

/** Stops `token` at its step: what the failed entry opened goes, the incident is recorded. */
function stopAt(m: Machine, token: Token, error: unknown): void {
  removeTimersOf(m, token.id);
  for (const task of openTasksOf(m, token)) closeTask(m, task, 'cancelled');
  // A throw after the token moved on (a transition's target failed) still stops it where it is now.
  if (!m.state.tokens.includes(token)) m.state.tokens.push(token);
  token.phase = 'incident';
  open(m, { id: `i${m.state.nextId++}`, kind: 'step', stepId: token.stepId, tokenId: token.id, error: messageOf(error), at: m.now });
}

/**
 * The projection refused the instance's data (the shell reports it once its bounded retries
 * are spent). Nothing stops in the core; the incident makes it visible and ops retry the
 * write. One such incident at a time.
 */
export function projectionFailed(m: Machine, error: string, write: ProjectionWrite): void {
  // What the refused write carried goes again with the next one.
  const firstSeq = write.events[0]?.seq;
  if (firstSeq !== undefined) m.projectedSeq = Math.min(m.projectedSeq, firstSeq - 1);
  for (const task of write.tasks) m.changedTasks.add(task.id);
  if (m.state.lifecycle !== 'running' || (m.state.incidents ?? []).some((incident) => incident.kind === 'projection')) return;
  const last = [...m.state.history].reverse().find((event) => event.stepId !== undefined);
  open(m, { id: `i${m.state.nextId++}`, kind: 'projection', ...(last?.stepId ? { stepId: last.stepId } : {}), error: messageOf(error), at: m.now });
}

/**
 * A registry action the shell ran failed for good (its error is not one retrying fixes, or
 * its bounded retries are spent): the step's token stops in an incident, and this returns
 * true. A hook's action (after the instance ended) has no step to stop at, and runs from
 * before the patch failed: false, and the shell lets the failure end the run as before.
 */
export function actionFailed(m: Machine, owner: ActionOwner, error: string, now: number): boolean {
  if (owner.kind === 'hook' || !m.ports.patched(INCIDENTS_PATCH)) return false;
  m.now = now;
  if (!m.state.tokens.includes(owner.token)) return true; // discarded while it ran (a cancel)
  stopAt(m, owner.token, new Error(`action ${owner.token.stepId} failed: ${error}`));
  return true;
}

function open(m: Machine, incident: Incident): void {
  (m.state.incidents ??= []).push(incident);
  record(m, { type: 'incident', ...(incident.stepId ? { stepId: incident.stepId } : {}), details: { incident: incident.id, kind: incident.kind, error: incident.error } });
}

/** The instance's open incidents. */
export function openIncidents(m: Machine): Incident[] {
  return m.state.incidents ?? [];
}

/**
 * Closes every open incident as `resolution` and returns the tokens they stopped, still in
 * phase `incident`: the caller puts each where it should go on (retry: its own step again; a
 * migration: the mapped step of the new version) and sets it to `enter`.
 */
export function resolveIncidents(m: Machine, resolution: 'retried' | 'cancelled' | 'migrated', details: Record<string, unknown> = {}): Token[] {
  const incidents = openIncidents(m);
  const tokens: Token[] = [];
  for (const incident of incidents) {
    const token = m.state.tokens.find((candidate) => candidate.id === incident.tokenId);
    if (token) tokens.push(token);
    record(m, { type: 'incident_resolved', ...(incident.stepId ? { stepId: incident.stepId } : {}), outcome: resolution, details: { incident: incident.id, ...details } });
  }
  m.state.incidents = [];
  return tokens;
}

/** Refuses a resolution of an instance that has ended or has no open incident. */
export function check(m: Machine, resolution: IncidentResolution): void {
  requireRunning(m);
  if (openIncidents(m).length === 0) fail(FailureType.NoIncident, `instance ${m.state.instanceId} has no open incident`);
  for (const name of Object.keys(resolution.vars ?? {})) {
    if (name === '__proto__' || name === 'constructor' || name === 'prototype') fail(FailureType.InvalidVariable, `"${name}" cannot name a variable; choose another name`);
  }
}

/** Retries every stopped step (entering it as a new visit), or cancels the instance. */
export function apply(m: Machine, resolution: IncidentResolution): void {
  const via = resolution.via ? { via: resolution.via } : {};
  if (resolution.action === 'cancel') return cancel.apply(m, { actor: '', reason: resolution.reason, ...via });
  for (const [name, value] of Object.entries(resolution.vars ?? {})) m.state.vars[name] = value;
  for (const token of resolveIncidents(m, 'retried', { reason: resolution.reason, ...(resolution.vars ? { vars: Object.keys(resolution.vars) } : {}), ...via })) {
    token.visit = (m.state.visits[token.stepId] ?? 0) + 1;
    token.phase = 'enter';
  }
}
