/**
 * Checks the flow of a template as a whole: every step can be reached from the start,
 * every reachable step can still finish (reach an end step, or `join` inside a branch),
 * and no loop is made only of system steps, which would spin without anyone acting.
 */
import type { CheckContext } from './check-context.js';
import { resolvedStart } from './check-transitions.js';
import { withdrawalStep } from './check-withdrawal.js';
import { JOIN, sameScope, transitionsOf, type PlacedStep } from './step-graph.js';
import { ErrorCode, closestMatch } from './template-error.js';

/** Steps a loop may not consist of alone: nobody acts on them, so nothing would stop the loop. */
const SYSTEM_KINDS = new Set(['action', 'wait', 'decision']);

/**
 * Targets of a step's transitions in the same branch. A misspelt target (reported as
 * unknown_step) is read as the step it was most likely meant to be, so one typo does not
 * also mark every step after it unreachable.
 */
function successors(context: CheckContext, placed: PlacedStep): PlacedStep[] {
  const result: PlacedStep[] = [];
  for (const { target } of transitionsOf(placed.step, placed.path)) {
    const found = context.byId.get(target) ?? likelyMeant(context, placed, target);
    if (found && sameScope(found.scope, placed.scope)) result.push(found);
  }
  return result;
}

function likelyMeant(context: CheckContext, placed: PlacedStep, target: string): PlacedStep | undefined {
  const neighbours = context.placed.filter((other) => sameScope(other.scope, placed.scope)).map(({ step }) => step.id);
  const guess = closestMatch(target, neighbours);
  return guess === undefined ? undefined : context.byId.get(guess);
}

function branchStarts(context: CheckContext, placed: PlacedStep): PlacedStep[] {
  if (placed.step.kind !== 'parallel') return [];
  return placed.step.branches.flatMap((branch) => {
    const first = branch.steps[0];
    const found = first ? context.byId.get(first.id) : undefined;
    return found ? [found] : [];
  });
}

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
    queue.push(...successors(context, next), ...branchStarts(context, next));
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
  const finishes = new Set<PlacedStep>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const placed of context.placed) {
      if (finishes.has(placed) || !canFinish(context, placed, finishes)) continue;
      finishes.add(placed);
      changed = true;
    }
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
    const starts = branchStarts(context, placed).map((first) => finishes.has(first));
    const branchesFinish = step.join === 'any' ? starts.some(Boolean) : starts.every(Boolean);
    if (!branchesFinish) return false;
  }
  const joins = placed.scope !== undefined || step.id === context.template.onWithdraw;
  if (joins && transitionsOf(step, placed.path).some(({ target }) => target === JOIN)) return true;
  return successors(context, placed).some((next) => finishes.has(next));
}

/** Reports loops made only of action, wait and decision steps. */
export function checkSystemLoops(context: CheckContext): void {
  const nodes = context.placed.filter(({ step }) => SYSTEM_KINDS.has(step.kind));
  const edges = new Map(nodes.map((node) => [node, successors(context, node).filter((next) => SYSTEM_KINDS.has(next.step.kind))]));
  for (const component of stronglyConnected(nodes, edges)) {
    const first = component[0];
    const loops = component.length > 1 || (first !== undefined && (edges.get(first) ?? []).includes(first));
    if (!first || !loops) continue;
    const ids = component.map(({ step }) => step.id);
    context.report(
      first.path,
      ErrorCode.CycleWithoutHumanStep,
      `steps ${[...ids, ids[0]].map((id) => `"${id}"`).join(' → ')} form a loop with no task or approval, so it would repeat forever; put a human step in the loop or let it exit`,
    );
  }
}

/** Tarjan's algorithm; each component in template order. */
function stronglyConnected(nodes: readonly PlacedStep[], edges: ReadonlyMap<PlacedStep, PlacedStep[]>): PlacedStep[][] {
  const order = new Map(nodes.map((node, index) => [node, index]));
  const index = new Map<PlacedStep, number>();
  const low = new Map<PlacedStep, number>();
  const stack: PlacedStep[] = [];
  const onStack = new Set<PlacedStep>();
  const components: PlacedStep[][] = [];
  let counter = 0;
  const visit = (node: PlacedStep): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: PlacedStep[] = [];
    for (let member = stack.pop(); member; member = stack.pop()) {
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    components.push(component.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return components;
}
