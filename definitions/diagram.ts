/**
 * Draws a template as a Mermaid flowchart, so authors and partners can see the process
 * they agree on: one shape per step kind, edges labelled by outcome, parallel steps as
 * boxes holding their branches, and who acts written on each human step.
 */
import { JOIN, startStepId, transitionsOf } from './step-graph.js';
import type { Approver, ApprovalStep, Step, Template } from './template.js';

/** How an instance stands at a step, as the instance page marks it on the diagram. */
export type StepMark = 'visited' | 'current' | 'waiting';

/**
 * A Mermaid `flowchart TD` of the template. Labels are escaped, so any title is safe. With
 * `marks`, each marked step's node gets the mark as its CSS class (`class s_review current`),
 * for the page's own style sheet to colour.
 */
export function toMermaid(template: Template, marks: Partial<Record<StepMark, readonly string[]>> = {}): string {
  const lines = ['flowchart TD', `  ${START_NODE}(("start"))`];
  const start = startStepId(template);
  if (start !== undefined) lines.push(`  ${START_NODE} --> ${nodeId(start)}`);
  if (template.onWithdraw !== undefined) {
    // Entered beside the main flow when a party withdraws; its `join` means "carry on".
    lines.push(`  ${WITHDRAW_NODE}(("a party withdraws")) --> ${nodeId(template.onWithdraw)}`, `  ${CARRY_ON_NODE}(("carry on"))`);
  }
  drawSteps(template.steps, undefined, '  ', lines);
  for (const mark of ['visited', 'current', 'waiting'] as const) {
    const ids = (marks[mark] ?? []).filter((stepId) => SAFE_ID.test(stepId)).map(nodeId);
    if (ids.length > 0) lines.push(`  class ${ids.join(',')} ${mark}`);
  }
  return `${lines.join('\n')}\n`;
}

// Step ids are checked by the template schema; a mark for anything else is dropped rather than written into the chart.
const SAFE_ID = /^[A-Za-z0-9_-]+$/;
const START_NODE = 'start__';
const WITHDRAW_NODE = 'withdraw__';
const CARRY_ON_NODE = 'carry_on__';

/** Mermaid ids get a prefix: a step called `end` would otherwise close a subgraph. */
function nodeId(stepId: string): string {
  return `s_${stepId}`;
}

function joinId(parallelId: string): string {
  return `${nodeId(parallelId)}__join`;
}

function drawSteps(steps: readonly Step[], parallelId: string | undefined, indent: string, lines: string[]): void {
  for (const step of steps) {
    if (step.kind === 'parallel') {
      lines.push(`${indent}subgraph ${nodeId(step.id)} [${quote(`${step.title ?? step.id} · parallel, join ${step.join}`)}]`);
      lines.push(`${indent}  direction TB`);
      for (const branch of step.branches) {
        lines.push(`${indent}  subgraph ${nodeId(step.id)}__${branch.id} [${quote(branch.title ?? branch.id)}]`);
        drawSteps(branch.steps, step.id, `${indent}    `, lines);
        lines.push(`${indent}  end`);
      }
      lines.push(`${indent}  ${joinId(step.id)}((${quote(JOIN)}))`);
      lines.push(`${indent}end`);
    } else {
      lines.push(`${indent}${shape(step)}`);
    }
    for (const transition of transitionsOf(step, [])) {
      const join = parallelId === undefined ? CARRY_ON_NODE : joinId(parallelId);
      const target = transition.target === JOIN ? join : nodeId(transition.target);
      const label = transition.label === undefined ? '' : `|${quote(transition.label)}|`;
      lines.push(`${indent}${nodeId(step.id)} -->${label} ${target}`);
    }
  }
}

/** The node of a step: its Mermaid shape by kind, with a label saying what happens there. */
function shape(step: Exclude<Step, { kind: 'parallel' }>): string {
  const id = nodeId(step.id);
  const title = step.title ?? step.id;
  switch (step.kind) {
    case 'task':
      return `${id}[${quote(`${title}\ntask · ${step.owner}`)}]`;
    case 'approval':
      return `${id}{{${quote(`${title}\napproval (${policyText(step)}) · ${step.approvers.map(approverText).join(', ')}`)}}}`;
    case 'action':
      return `${id}[[${quote(`${title}\naction · ${step.action}`)}]]`;
    case 'wait':
      return `${id}[/${quote(`${title}\n${waitText(step)}`)}/]`;
    case 'decision':
      return `${id}{${quote(title)}}`;
    case 'end':
      return `${id}(((${quote(`${title}\n${step.status}`)})))`;
  }
}

function approverText(approver: Approver): string {
  if (typeof approver === 'string') return approver;
  return approver.when === undefined ? approver.role : `${approver.role} if ${approver.when}`;
}

function policyText(step: ApprovalStep): string {
  return typeof step.policy === 'string' ? step.policy : `quorum ${step.policy.quorum}`;
}

function waitText(step: Extract<Step, { kind: 'wait' }>): string {
  const duration = (ref: NonNullable<typeof step.duration>): string => (typeof ref === 'string' ? ref : `input ${ref.input}`);
  if (step.until !== undefined) return `wait until ${step.until}${step.plus ? ` + ${duration(step.plus)}` : ''}`;
  return step.duration ? `wait ${duration(step.duration)}` : 'wait';
}

/**
 * A quoted Mermaid label. Characters Mermaid would read as syntax become entity codes
 * (`#quot;`), so a title like `Say "hi" <now>` cannot break or inject into the chart.
 */
function quote(text: string): string {
  const escaped = text
    .replace(/#/g, '#35;')
    .replace(/&/g, '#amp;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/\|/g, '#124;')
    .replace(/\r?\n/g, '<br/>');
  return `"${escaped}"`;
}
