/**
 * What every semantic check of a template reads: the template, its steps with their
 * places, and a list the checks add their errors to.
 */
import { findAction } from './actions.js';
import { buildFlowGraph, type FlowGraph } from './flow-graph.js';
import { JOIN, placeSteps, type PlacedStep } from './step-graph.js';
import type { Template } from './template.js';
import { NameIndex, templateError, type ErrorCode, type TemplateError, type TemplatePath } from './template-error.js';

/** A structurally valid template under semantic checks. */
export interface CheckContext {
  template: Template;
  /** Every step in template order, nested branches included. */
  placed: PlacedStep[];
  /** Steps by id; the first one wins where ids repeat (duplicates are reported separately). */
  byId: ReadonlyMap<string, PlacedStep>;
  /** Variables some `record`-like action writes, readable as `vars.<name>`. */
  vars: ReadonlySet<string>;
  /** Transitions between steps, built once. */
  flow: FlowGraph;
  /** Every step id, to suggest one for a misspelt name. */
  stepNames: NameIndex;
  /** Every step id and `join`, for targets inside a branch. */
  branchTargetNames: NameIndex;
  /** Records an error. */
  report(path: TemplatePath, code: ErrorCode, message: string): void;
  /** Records an error whose path is already written out. */
  add(error: TemplateError): void;
}

/** Builds the context and the list its `report` fills. */
export function createCheckContext(template: Template): { context: CheckContext; errors: TemplateError[] } {
  const errors: TemplateError[] = [];
  const placed = placeSteps(template);
  const byId = new Map<string, PlacedStep>();
  for (const entry of placed) if (!byId.has(entry.step.id)) byId.set(entry.step.id, entry);
  const context: CheckContext = {
    template,
    placed,
    byId,
    vars: writtenVars(placed),
    flow: buildFlowGraph(placed, byId),
    stepNames: new NameIndex(byId.keys()),
    branchTargetNames: new NameIndex([...byId.keys(), JOIN]),
    report: (path, code, message) => errors.push(templateError(path, code, message)),
    add: (error) => errors.push(error),
  };
  return { context, errors };
}

function writtenVars(placed: readonly PlacedStep[]): Set<string> {
  const vars = new Set<string>();
  for (const { step } of placed) {
    if (step.kind !== 'action') continue;
    const action = findAction(step.action);
    const args = action?.arguments.safeParse(step.with ?? {});
    if (!action?.references || !args?.success) continue;
    for (const name of action.references(args.data).writes ?? []) vars.add(name);
  }
  return vars;
}
