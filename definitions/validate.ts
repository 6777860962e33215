/**
 * The one gate every template passes before it is published or started: first its
 * structure (the zod schema in `template.ts`), then the checks that need the whole
 * template (references between steps, roles, reachability, conditions, durations).
 *
 * All problems are reported at once, each with a path, a stable code and a message that
 * says how to fix it, so an author fixes a template in one round instead of many.
 */
import { checkFacts } from './check-facts.js';
import { checkConditions } from './check-conditions.js';
import { rawTemplateErrors } from './check-raw.js';
import { createCheckContext } from './check-context.js';
import { checkCanFinish, checkHasEnd, checkReachable, checkSystemLoops } from './check-flow.js';
import { checkFundsReleasedAtEnd } from './check-funds.js';
import { checkOptionalOwners } from './check-parties.js';
import { checkActions, checkDurations, checkFields, checkQuorums, checkRoles, checkWaits } from './check-references.js';
import { checkOutcomes, checkStart, checkStepIds, checkTransitionTargets } from './check-transitions.js';
import { checkOnWithdraw } from './check-withdrawal.js';
import { schemaErrors } from './schema-issues.js';
import { Template } from './template.js';
import type { TemplateError } from './template-error.js';

export type { TemplateError } from './template-error.js';
export { ErrorCode } from './template-error.js';

/** The result of {@link validateTemplate}. */
export type ValidationResult = { ok: true; template: Template } | { ok: false; errors: TemplateError[] };

/**
 * Checks a template that came from outside (a YAML file, an API request). On success
 * returns it parsed, with defaults filled in; otherwise every problem found.
 *
 * Limit errors (size, depth, reserved names, control characters) come alone, then
 * structural errors come alone: the whole-template checks need a well-formed template
 * to reason about, and would mostly repeat the structural problems in other words.
 */
export function validateTemplate(raw: unknown): ValidationResult {
  // Limits first: everything after this may assume a template of bounded size and depth.
  const rawErrors = rawTemplateErrors(raw);
  if (rawErrors.length > 0) return { ok: false, errors: rawErrors };
  const parsed = Template.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: schemaErrors(parsed.error.issues, raw) };
  const errors = semanticErrors(parsed.data);
  return errors.length === 0 ? { ok: true, template: parsed.data } : { ok: false, errors };
}

/** The whole-template checks, for a template that already has the right structure. */
export function semanticErrors(template: Template): TemplateError[] {
  const { context, errors } = createCheckContext(template);
  checkStepIds(context);
  checkStart(context);
  checkOnWithdraw(context);
  checkOutcomes(context);
  checkTransitionTargets(context);
  const hasEnd = checkHasEnd(context);
  const reachable = checkReachable(context);
  if (hasEnd) checkCanFinish(context, reachable);
  checkSystemLoops(context);
  checkRoles(context);
  checkOptionalOwners(context);
  checkQuorums(context);
  checkWaits(context);
  checkDurations(context);
  checkFields(context);
  checkActions(context);
  checkConditions(context);
  checkFundsReleasedAtEnd(context);
  checkFacts(context);
  return errors;
}
