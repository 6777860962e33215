/**
 * The template language as JSON Schema, for editors: with it, VS Code and friends complete
 * and check YAML templates as they are typed (`# yaml-language-server: $schema=...`).
 * It covers structure only; `validate.ts` remains the authority on whole-template rules.
 */
import { z } from 'zod';
import {
  ActionStep,
  ApprovalPolicy,
  ApprovalStep,
  Approver,
  Branch,
  DecisionStep,
  DurationRef,
  EndStep,
  Field,
  Fields,
  Identifier,
  Next,
  ParallelStep,
  Party,
  RoleRef,
  Step,
  TaskStep,
  Template,
  WaitStep,
} from './template.js';

/** Named definitions, so the schema reads `#/$defs/ApprovalStep` rather than `__schema7`. */
const NAMED: ReadonlyArray<[z.ZodType, string]> = [
  [Identifier, 'Identifier'],
  [RoleRef, 'RoleRef'],
  [DurationRef, 'DurationRef'],
  [Field, 'Field'],
  [Fields, 'Fields'],
  [Party, 'Party'],
  [Next, 'Next'],
  [Approver, 'Approver'],
  [ApprovalPolicy, 'ApprovalPolicy'],
  [Step, 'Step'],
  [TaskStep, 'TaskStep'],
  [ApprovalStep, 'ApprovalStep'],
  [ActionStep, 'ActionStep'],
  [WaitStep, 'WaitStep'],
  [DecisionStep, 'DecisionStep'],
  [EndStep, 'EndStep'],
  [ParallelStep, 'ParallelStep'],
  [Branch, 'Branch'],
];

/** The schema's own identifier. Editors find the file by path (see the YAML templates' first line). */
export const TEMPLATE_SCHEMA_ID = 'urn:tandem:template';

/** The JSON Schema (draft 2020-12) of a template as authors write it (defaults optional). */
export function templateJsonSchema(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of NAMED) registry.add(schema, { id });
  const schema = z.toJSONSchema(Template, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
    cycles: 'ref',
    reused: 'inline',
    metadata: registry,
  });
  const { $schema, ...rest } = schema;
  return { $schema, $id: TEMPLATE_SCHEMA_ID, title: 'Tandem workflow template', ...rest };
}

/** The schema as the committed file holds it: two-space JSON with a final newline. */
export function templateJsonSchemaText(): string {
  return `${JSON.stringify(templateJsonSchema(), null, 2)}\n`;
}
