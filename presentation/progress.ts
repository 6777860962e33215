/**
 * Where an instance stands, step by step, as one company sees it: the steps it went through,
 * the steps where it is now and the reader's company acts (or the instance works by itself),
 * and the steps where it waits on another company or a timer. The instance page marks the
 * template's diagram with it.
 *
 * Which steps an instance reached and where it is now are shared milestones every company
 * taking part sees (visibility.ts; the timeline shows each step entered); who holds another
 * company's task, and what they decided, stay hidden: a step only says it waits on others.
 */
import type { InstanceState } from '../workflows/schemas.js';

/** Step ids by how the instance stands at them. */
export interface StepProgress {
  visited: string[];
  current: string[];
  waiting: string[];
}

/** The progress of the instance as `companyId` sees it. */
export function stepProgress(state: Pick<InstanceState, 'tasks' | 'tokens' | 'visits'>, companyId: string): StepProgress {
  const current = new Set<string>();
  const waiting = new Set<string>();
  for (const token of state.tokens) {
    const open = state.tasks.filter((task) => task.stepId === token.stepId && task.status === 'open');
    // Waiting: on tasks of other companies only, or on a timer; current: the reader's company acts, or the instance works.
    const othersOnly = open.length > 0 && open.every((task) => task.companyId !== companyId);
    if (token.phase === 'waiting' && (othersOnly || open.length === 0)) waiting.add(token.stepId);
    else current.add(token.stepId);
  }
  const visited = Object.entries(state.visits)
    .filter(([stepId, count]) => count > 0 && !current.has(stepId) && !waiting.has(stepId))
    .map(([stepId]) => stepId);
  return { visited: visited.sort(), current: [...current].sort(), waiting: [...waiting].sort() };
}
