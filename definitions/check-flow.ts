/**
 * Checks the flow of a template as a whole: every step can be reached from the start,
 * every reachable step can still finish (reach an end step, or `join` inside a branch),
 * and no loop is made only of system steps, which would spin without anyone acting.
 */
import type { CheckContext } from './check-context.js';
import { resolvedStart } from './check-transitions.js';
import { withdrawalStep } from './check-withdrawal.js';
import { stronglyConnected } from './flow-graph.js';
import { JOIN, sameScope, transitionsOf, type PlacedStep, type Transition } from './step-graph.js';
import type { Step } from './template.js';
import { ErrorCode } from './template-error.js';

/** Reports a template without any end step. Returns whether one exists. */
export function checkHasEnd(context: CheckContext): boolean {
  if (context.placed.some(({ step }) => step.kind === 'end')) return true;
  context.report(['steps'], ErrorCode.MissingEnd, 'the template has no end step; add one, e.g. { id: done, kind: end, status: Completed }');
  return false;
}

/** Reports steps no path from the start reaches. Returns the reachable ones. */
export function checkReachable(context: CheckContext): Set<PlacedStep> {
  const start = resolvedStart(context);
  const reached = new Set<PlacedStep>();
  if (!start) return reached;
  // The onWithdraw step is entered when a party withdraws, not from another step.
  const withdrawal = withdrawalStep(context);
  const queue = withdrawal ? [start, withdrawal] : [start];
  for (let next = queue.pop(); next; next = queue.pop()) {
    if (reached.has(next)) continue;
    reached.add(next);
    queue.push(...context.flow.successors(next), ...context.flow.branchStarts(next));
  }
  for (const placed of context.placed) {
    if (reached.has(placed)) continue;
    // A second step with a taken id is reported as a duplicate; calling it unreachable too would only confuse.
    if (context.byId.get(placed.step.id) !== placed) continue;
    // A step inside an unreachable parallel step is unreachable because of it; one error is enough.
    const parallel = placed.scope ? context.byId.get(placed.scope.parallelId) : undefined;
    if (parallel && !reached.has(parallel)) continue;
    context.report(
      placed.path,
      ErrorCode.UnreachableStep,
      `step "${placed.step.id}" can never be reached: no step leads to it; connect it from another step's next, or remove it`,
    );
  }
  return reached;
}

/** Reports reachable steps from which no path finishes the instance (or, in a branch, the branch). */
export function checkCanFinish(context: CheckContext, reachable: ReadonlySet<PlacedStep>): void {
  // Backwards from the steps that finish: each step is looked at again only when one of
  // its successors (or, for a parallel step, one of its branches' first steps) finishes.
  const finishes = new Set<PlacedStep>();
  const pending = [...context.placed];
  for (let placed = pending.pop(); placed; placed = pending.pop()) {
    if (finishes.has(placed) || !canFinish(context, placed, finishes)) continue;
    finishes.add(placed);
    pending.push(...context.flow.predecessors(placed));
    const parallel = context.flow.parallelStartedBy(placed);
    if (parallel) pending.push(parallel);
  }
  for (const placed of context.placed) {
    if (!reachable.has(placed) || finishes.has(placed)) continue;
    const goal = placed.scope
      ? `finishes branch "${placed.scope.branchId}"; route an outcome to "${JOIN}" or toward an end step`
      : 'leads to an end step; route an outcome toward an end step';
    context.report(placed.path, ErrorCode.NoPathToEnd, `no path from step "${placed.step.id}" ${goal}`);
  }
}

function canFinish(context: CheckContext, placed: PlacedStep, finishes: ReadonlySet<PlacedStep>): boolean {
  const { step } = placed;
  if (step.kind === 'end') return true;
  if (step.kind === 'parallel') {
    const starts = context.flow.branchStarts(placed).map((first) => finishes.has(first));
    const branchesFinish = step.join === 'any' ? starts.some(Boolean) : starts.every(Boolean);
    if (!branchesFinish) return false;
  }
  const joins = placed.scope !== undefined || step.id === context.template.onWithdraw;
  if (joins && transitionsOf(step, placed.path).some(({ target }) => target === JOIN)) return true;
  return context.flow.successors(placed).some((next) => finishes.has(next));
}

/**
 * Reports loops that can go round with nobody acting, which would repeat forever: a loop
 * must pass a step that waits for people. Action, wait and decision steps never wait for
 * people. A task of an optional party is passed over when the party is left out, taking
 * only its `withdrawn` route; an approval whose approvers are all conditional (or of
 * optional parties) approves at once when none applies, taking only its `approve` route. A
 * parallel step waits if, with `join: all`, some branch cannot finish without such a step,
 * or, with `join: any`, no branch can.
 */
export function checkSystemLoops(context: CheckContext): void {
  const moves = unattendedMoves(context);
  const nodes = context.placed.filter((placed) => moves.has(placed));
  const edges = (node: PlacedStep): readonly PlacedStep[] => moves.get(node)?.targets ?? [];
  for (const component of stronglyConnected(nodes, edges)) {
    const first = component[0];
    const loops = component.length > 1 || (first !== undefined && edges(first).includes(first));
    if (!first || !loops) continue;
    const ids = component.map(({ step }) => step.id);
    const reasons = component.flatMap((placed) => {
      const reason = whyUnattended(context, placed.step);
      return reason ? [reason] : [];
    });
    context.report(
      first.path,
      ErrorCode.CycleWithoutHumanStep,
      `steps ${[...ids, ids[0]].map((id) => `"${id}"`).join(' → ')} form a loop with no task or approval that someone must act on, so it would repeat forever${reasons.length ? ` (${reasons.join('; ')})` : ''}; put a human step in the loop or let it exit`,
    );
  }
}

/** Where a step may lead with nobody acting, and whether it may so finish its branch. */
interface UnattendedMove {
  targets: PlacedStep[];
  joins: boolean;
}

/**
 * The moves every step can make with nobody acting; steps that always wait for people are
 * left out. Inner parallel steps come after outer ones in template order, so walking
 * backwards decides every inner parallel step before the one that holds it.
 */
function unattendedMoves(context: CheckContext): Map<PlacedStep, UnattendedMove> {
  const moves = new Map<PlacedStep, UnattendedMove>();
  for (let position = context.placed.length - 1; position >= 0; position--) {
    const placed = context.placed[position];
    if (!placed) continue;
    const routes = unattendedRoutes(context, placed, moves);
    if (routes === undefined) continue;
    const targets: PlacedStep[] = [];
    let joins = routes.finishesBranch;
    for (const { target } of routes.transitions) {
      if (target === JOIN) joins = true;
      const found = context.byId.get(target);
      if (found && sameScope(found.scope, placed.scope)) targets.push(found);
    }
    moves.set(placed, { targets, joins });
  }
  return moves;
}

/** The transitions a step may take with nobody acting, or undefined if it always waits for people. */
function unattendedRoutes(
  context: CheckContext,
  placed: PlacedStep,
  moves: ReadonlyMap<PlacedStep, UnattendedMove>,
): { transitions: Transition[]; finishesBranch: boolean } | undefined {
  const { step } = placed;
  const transitions = transitionsOf(step, placed.path);
  if (step.kind === 'task') {
    if (optionalParty(context, step.owner) === undefined) return undefined;
    const withdrawn = transitions.filter(({ label }) => label === 'withdrawn');
    // Without a `withdrawn` route, a passed-over task finishes its branch (see check-parties.ts for the top level).
    return { transitions: withdrawn, finishesBranch: withdrawn.length === 0 && placed.scope !== undefined };
  }
  if (step.kind === 'approval') {
    if (!mayApproveUnasked(context, step)) return undefined;
    return { transitions: transitions.filter(({ label }) => label === undefined || label === 'approve'), finishesBranch: false };
  }
  if (step.kind === 'parallel') {
    const finish = context.flow.branchStarts(placed).map((first) => mayFinishUnattended(first, moves));
    const waits = step.join === 'any' ? !finish.some(Boolean) : !finish.every(Boolean);
    if (waits && finish.length > 0) return undefined;
  }
  return { transitions, finishesBranch: false };
}

/** Whether a branch may get from its first step to its end with nobody acting. */
function mayFinishUnattended(first: PlacedStep, moves: ReadonlyMap<PlacedStep, UnattendedMove>): boolean {
  const seen = new Set<PlacedStep>();
  const queue = [first];
  for (let placed = queue.pop(); placed; placed = queue.pop()) {
    const move = moves.get(placed);
    if (seen.has(placed) || !move) continue;
    seen.add(placed);
    if (move.joins) return true;
    queue.push(...move.targets);
  }
  return false;
}

function optionalParty(context: CheckContext, role: string): string | undefined {
  const [party = ''] = role.split('.');
  const parties = context.template.parties;
  return Object.hasOwn(parties, party) && parties[party]?.optional ? party : undefined;
}

/** Whether every approver may be left out: conditional, or of a party that may be absent. */
function mayApproveUnasked(context: CheckContext, step: Extract<Step, { kind: 'approval' }>): boolean {
  return step.approvers.every((approver) =>
    typeof approver === 'string' ? optionalParty(context, approver) !== undefined : approver.when !== undefined || optionalParty(context, approver.role) !== undefined,
  );
}

function whyUnattended(context: CheckContext, step: Step): string | undefined {
  if (step.kind === 'task') return `"${step.id}" belongs to optional party "${optionalParty(context, step.owner) ?? ''}", so an instance without it passes the task over`;
  if (step.kind === 'approval') return `every approver of "${step.id}" is conditional or of an optional party, so it may approve with nobody asked`;
  if (step.kind === 'parallel') return `parallel step "${step.id}" can finish without anyone acting in its branches`;
  return undefined;
}
