/**
 * Ops move a running instance onto a later version of its template, e.g. one that fixes a
 * step: every token moves to the step the mapping names (a step not listed keeps its id),
 * the tasks of the visits in progress move with it, and the instance runs the new snapshot
 * from then on (continue-as-new carries it).
 *
 * What stays, so nothing a person holds breaks: task ids and holders (emailed links are
 * bound to the task id, activities/mail/link-token.ts), token ids and so their timers
 * (reminders, timeouts, waits keep their times), visits, and what earlier steps recorded.
 * Hence the refusals: a current position must map to a step of the same kind, in the same
 * branch of the same parallel step, offering every outcome its open tasks offer (a link may
 * carry any of them); and the new version may not need a party, role or input the instance
 * was started without.
 */
import { humanOutcomes, indexSteps, type StepIndex } from '../../../definitions/flow.js';
import { inputVisibilityOf } from '../../../definitions/input-visibility.js';
import type { Migration, Token } from '../../schemas.js';
import { fail, FailureType } from '../failures.js';
import { resolveIncidents } from '../incidents.js';
import { record, stepOf, touchTask, type Machine } from '../machine.js';

/**
 * Refuses to migrate an instance that is not in a state to be moved. One rule on its own, so
 * another state that may be moved (an instance stopped at an incident) is one condition more.
 */
export function requireMigratable(m: Machine): void {
  if (m.state.lifecycle !== 'running') fail(FailureType.InstanceNotRunning, `instance ${m.state.instanceId} is ${m.state.lifecycle}; only running instances can be migrated`);
}

/** Refuses a migration that does not fit the instance as it stands; changes nothing. */
export function check(m: Machine, migration: Migration): void {
  requireMigratable(m);
  plan(m, migration);
}

/** Moves the instance onto the new version and records it in the timeline. */
export function apply(m: Machine, migration: Migration): void {
  const { target, moves } = plan(m, migration);
  const from = m.template.version;
  // Each token takes the tasks of its visit along; all are found before any moves, so a
  // mapping that swaps two steps does not move a task twice.
  const taken = moves.map(({ token, to }) => ({ token, to, tasks: m.state.tasks.filter((task) => task.stepId === token.stepId && task.visit === token.visit) }));
  for (const { token, to, tasks } of taken) {
    const step = target.get(to)?.step;
    for (const task of tasks) {
      task.stepId = to;
      if (task.status === 'open' && step) task.outcomes = [...humanOutcomes(step)];
      touchTask(m, task);
    }
    token.stepId = to;
  }
  // Later visits of a renamed step count on from the old one's, so task ids never repeat,
  // and conditions of the new version read what the old step recorded under its new id.
  for (const [old, renamed] of Object.entries(migration.mapping)) {
    if (old === renamed) continue;
    const visits = m.state.visits[old];
    if (visits !== undefined) m.state.visits[renamed] = Math.max(visits, m.state.visits[renamed] ?? 0);
    const recorded = m.state.steps[old];
    if (recorded !== undefined && m.state.steps[renamed] === undefined) m.state.steps[renamed] = recorded;
  }
  m.template = migration.template;
  m.steps = target;
  m.state.templateVersion = migration.template.version;
  const inputVisibility = inputVisibilityOf(migration.template.inputs);
  if (inputVisibility) m.state.inputVisibility = inputVisibility;
  else delete m.state.inputVisibility;
  record(m, {
    type: 'migrated',
    actor: 'system',
    ...(migration.reason ? { comment: migration.reason } : {}),
    details: { fromVersion: from, toVersion: migration.template.version, mapping: migration.mapping, by: migration.actor },
  });
  // A step stopped in an incident is entered afresh at its mapped step of the fixed version.
  for (const token of resolveIncidents(m, 'migrated', { toVersion: migration.template.version })) {
    token.visit = (m.state.visits[token.stepId] ?? 0) + 1;
    token.phase = 'enter';
  }
}

/** A token and the step of the new version it moves to. */
interface Move {
  token: Token;
  to: string;
}

/** The new version's index and where each token goes; refuses anything that does not fit. */
function plan(m: Machine, migration: Migration): { target: StepIndex; moves: Move[] } {
  const { template, mapping } = migration;
  const current = m.template;
  if (template.id !== current.id) fail(FailureType.MigrationTargetInvalid, `instance ${m.state.instanceId} runs template ${current.id}; it cannot move to template ${template.id}`);
  if (template.version <= current.version) {
    fail(FailureType.MigrationTargetInvalid, `instance ${m.state.instanceId} runs ${current.id} version ${current.version}; it can only move to a later version, not ${template.version}`);
  }
  const target = indexSteps(template);
  for (const [old, renamed] of Object.entries(mapping)) {
    if (!m.steps.has(old)) fail(FailureType.MigrationMappingInvalid, `the mapping names step "${old}", which version ${current.version} does not have`);
    if (!target.has(renamed)) fail(FailureType.MigrationMappingInvalid, `the mapping moves step "${old}" to "${renamed}", which version ${template.version} does not have`);
  }
  const destination = (stepId: string) => (Object.hasOwn(mapping, stepId) ? (mapping[stepId] ?? stepId) : stepId);
  const moves: Move[] = [];
  const taken = new Map<string, string>();
  for (const token of m.state.tokens) {
    const to = destination(token.stepId);
    const placed = target.get(to);
    if (!placed) {
      fail(FailureType.MigrationStepUnmapped, `the instance is at step "${token.stepId}", which version ${template.version} does not have; map it to a step of version ${template.version} ("mapping": { "${token.stepId}": "<step>" })`);
    }
    const old = stepOf(m, token.stepId);
    const where = `step "${token.stepId}" (where the instance is now) maps to "${to}"`;
    if (placed.step.kind !== old.kind) fail(FailureType.MigrationStepIncompatible, `${where}, ${kindName(placed.step.kind)}; it must be ${kindName(old.kind)} like "${token.stepId}"`);
    const parentStep = token.parent ? m.state.tokens.find((other) => other.id === token.parent?.tokenId)?.stepId : undefined;
    const wantedScope = token.parent && parentStep !== undefined ? { parallelId: destination(parentStep), branchId: token.parent.branchId } : undefined;
    const scope = placed.scope && { parallelId: placed.scope.parallelId, branchId: placed.scope.branchId };
    if (wantedScope?.parallelId !== scope?.parallelId || wantedScope?.branchId !== scope?.branchId) {
      const wanted = wantedScope ? `in branch "${wantedScope.branchId}" of parallel step "${wantedScope.parallelId}"` : 'at the top level';
      fail(FailureType.MigrationStepIncompatible, `${where}, which is not ${wanted} as the instance's position there is`);
    }
    const offered = humanOutcomes(placed.step);
    for (const task of m.state.tasks) {
      if (task.stepId !== token.stepId || task.visit !== token.visit || task.status !== 'open') continue;
      const missing = task.outcomes.filter((outcome) => !offered.includes(outcome));
      if (missing.length > 0) {
        fail(FailureType.MigrationStepIncompatible, `${where}, which does not offer ${missing.map((outcome) => `"${outcome}"`).join(', ')}; open task ${task.id} offers it and its emailed links may carry it`);
      }
    }
    const other = taken.get(to);
    if (other !== undefined && other !== token.stepId) fail(FailureType.MigrationStepIncompatible, `steps "${other}" and "${token.stepId}" (both where the instance is now) map to the same step "${to}"`);
    taken.set(to, token.stepId);
    moves.push({ token, to });
  }
  requireBindings(m, migration);
  return { target, moves };
}

/** "an approval step", "a wait step". */
function kindName(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} step`;
}

/** Refuses a new version that needs a party, role or input the instance was started without. */
function requireBindings(m: Machine, { template }: Migration): void {
  const missing: string[] = [];
  for (const [party, definition] of Object.entries(template.parties)) {
    const bound = Object.hasOwn(m.state.bindings.companies, party);
    if (!bound) {
      if (!definition.optional) missing.push(`party "${party}"`);
      continue;
    }
    const known = Object.hasOwn(m.template.parties, party) ? (m.template.parties[party]?.roles ?? {}) : {};
    for (const role of Object.keys(definition.roles)) {
      const ref = `${party}.${role}`;
      if (Object.hasOwn(known, role)) continue;
      if ((m.state.bindings.participants[ref] ?? []).length === 0) missing.push(`role "${ref}"`);
    }
  }
  for (const [name, field] of Object.entries(template.inputs)) {
    if (field.required && !Object.hasOwn(m.state.input, name)) missing.push(`input "${name}"`);
  }
  if (missing.length > 0) {
    fail(FailureType.MigrationBindingsMissing, `version ${template.version} needs ${missing.join(', ')}, which instance ${m.state.instanceId} was started without; publish a version that does without, or start a new instance`);
  }
}
