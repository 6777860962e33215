/**
 * The steps of a template as a directed graph, built once per validation so that the flow
 * checks each read it in time proportional to its size: successors, predecessors, the
 * first step of each branch, and strongly connected components found without recursion.
 */
import type { BranchScope, PlacedStep } from './step-graph.js';
import { sameScope, transitionsOf } from './step-graph.js';
import { NameIndex } from './template-error.js';

/** Edges between steps; every list is in template order. */
export interface FlowGraph {
  /** Targets of a step's transitions in its own branch (a misspelt target counts as the step it most likely means). */
  successors(placed: PlacedStep): readonly PlacedStep[];
  /** Steps whose transitions lead to this one. */
  predecessors(placed: PlacedStep): readonly PlacedStep[];
  /** The first step of each branch of a parallel step. */
  branchStarts(placed: PlacedStep): readonly PlacedStep[];
  /** The parallel step whose branch this step starts, if it starts one. */
  parallelStartedBy(placed: PlacedStep): PlacedStep | undefined;
}

/**
 * Builds the graph. A misspelt target (reported as unknown_step elsewhere) is read as the
 * step it was most likely meant to be, so one typo does not also mark every step after it
 * unreachable; each misspelling is looked up once, against the steps of its branch.
 */
export function buildFlowGraph(placed: readonly PlacedStep[], byId: ReadonlyMap<string, PlacedStep>): FlowGraph {
  const successors = new Map<PlacedStep, PlacedStep[]>();
  const predecessors = new Map<PlacedStep, PlacedStep[]>();
  const branchStarts = new Map<PlacedStep, PlacedStep[]>();
  const parallelOf = new Map<PlacedStep, PlacedStep>();
  const neighbours = new Map<string, string[]>();
  for (const entry of placed) {
    const key = scopeKey(entry.scope);
    const ids = neighbours.get(key) ?? [];
    ids.push(entry.step.id);
    neighbours.set(key, ids);
  }
  const indexes = new Map<string, NameIndex>();
  const likelyMeant = (from: PlacedStep, target: string): PlacedStep | undefined => {
    const key = scopeKey(from.scope);
    let index = indexes.get(key);
    if (!index) {
      index = new NameIndex(neighbours.get(key) ?? []);
      indexes.set(key, index);
    }
    const guess = index.closest(target);
    return guess === undefined ? undefined : byId.get(guess);
  };
  for (const entry of placed) {
    const next: PlacedStep[] = [];
    for (const { target } of transitionsOf(entry.step, entry.path)) {
      const found = byId.get(target) ?? likelyMeant(entry, target);
      if (!found || !sameScope(found.scope, entry.scope)) continue;
      next.push(found);
      const before = predecessors.get(found) ?? [];
      before.push(entry);
      predecessors.set(found, before);
    }
    successors.set(entry, next);
    if (entry.step.kind !== 'parallel') continue;
    const starts: PlacedStep[] = [];
    for (const branch of entry.step.branches) {
      const first = branch.steps[0];
      const found = first ? byId.get(first.id) : undefined;
      if (!found) continue;
      starts.push(found);
      parallelOf.set(found, entry);
    }
    branchStarts.set(entry, starts);
  }
  return {
    successors: (step) => successors.get(step) ?? [],
    predecessors: (step) => predecessors.get(step) ?? [],
    branchStarts: (step) => branchStarts.get(step) ?? [],
    parallelStartedBy: (step) => parallelOf.get(step),
  };
}

function scopeKey(scope: BranchScope | undefined): string {
  return scope ? `${scope.parallelId}\u0000${scope.branchId}` : '';
}

/**
 * Tarjan's algorithm with an explicit stack (a chain of thousands of steps must not
 * overflow the call stack). Each component comes in template order.
 */
export function stronglyConnected(nodes: readonly PlacedStep[], edges: (node: PlacedStep) => readonly PlacedStep[]): PlacedStep[][] {
  const order = new Map(nodes.map((node, position) => [node, position]));
  const index = new Map<PlacedStep, number>();
  const low = new Map<PlacedStep, number>();
  const stack: PlacedStep[] = [];
  const onStack = new Set<PlacedStep>();
  const components: PlacedStep[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: Array<{ node: PlacedStep; next: number }> = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    for (let frame = work.at(-1); frame; frame = work.at(-1)) {
      const target = edges(frame.node)[frame.next];
      if (target) {
        frame.next++;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(target) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: PlacedStep[] = [];
      for (let member = stack.pop(); member; member = stack.pop()) {
        onStack.delete(member);
        component.push(member);
        if (member === frame.node) break;
      }
      components.push(component.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
    }
  }
  return components;
}
