/**
 * Checks what optional parties imply. A party marked `optional` may be left out when an
 * instance starts; its task steps are then passed over as if it had withdrawn. Inside a
 * parallel branch that finishes the branch, but at the top level it would end the whole
 * instance, so such a step must say where to go instead.
 */
import type { CheckContext } from './check-context.js';
import { ErrorCode } from './template-error.js';

/** Reports top-level task steps of an optional party that do not route `withdrawn`. */
export function checkOptionalOwners(context: CheckContext): void {
  const parties = context.template.parties;
  for (const { step, path, scope } of context.placed) {
    if (step.kind !== 'task' || scope) continue;
    const [party = ''] = step.owner.split('.');
    if (!Object.hasOwn(parties, party) || !parties[party]?.optional) continue;
    if (typeof step.next !== 'string' && Object.hasOwn(step.next, 'withdrawn')) continue;
    context.report(
      [...path, 'owner'],
      ErrorCode.OptionalOwner,
      `party "${party}" is optional, so step "${step.id}" may have nobody to do it and the instance would end there; put the step in a branch of a parallel step, or add "withdrawn: <step id>" to next`,
    );
  }
}
