/**
 * A problem found in a template, and the helpers that make its message useful: a path
 * to the exact place (`steps[3].approvers[1].role`) and a "did you mean" for misspellings.
 */

/**
 * One problem in a template. `code` is stable for machines (editors, tests, the API);
 * `message` says what is wrong and how to fix it.
 */
export interface TemplateError {
  path: string;
  code: string;
  message: string;
}

/** Stable codes of template errors; editors, the API and tests branch on these. */
export const ErrorCode = {
  Syntax: 'syntax',
  UnknownStepKind: 'unknown_step_kind',
  UnknownProperty: 'unknown_property',
  MissingProperty: 'missing_property',
  InvalidValue: 'invalid_value',
  DuplicateStepId: 'duplicate_step_id',
  ReservedStepId: 'reserved_step_id',
  DuplicateBranchId: 'duplicate_branch_id',
  DuplicateOutcome: 'duplicate_outcome',
  UnknownStep: 'unknown_step',
  EntersBranch: 'enters_branch',
  BranchLeaves: 'branch_leaves',
  JoinOutsideBranch: 'join_outside_branch',
  UnknownOutcome: 'unknown_outcome',
  MissingTransition: 'missing_transition',
  UnreachableStep: 'unreachable_step',
  NoPathToEnd: 'no_path_to_end',
  MissingEnd: 'missing_end',
  CycleWithoutHumanStep: 'cycle_without_human_step',
  UnknownParty: 'unknown_party',
  UnknownRole: 'unknown_role',
  QuorumTooLarge: 'quorum_too_large',
  ConditionSyntax: 'condition_syntax',
  UnknownField: 'unknown_field',
  UnguardedOptional: 'unguarded_optional',
  BadDuration: 'bad_duration',
  UnknownInput: 'unknown_input',
  WaitTiming: 'wait_timing',
  BoundsInverted: 'bounds_inverted',
  UnknownAction: 'unknown_action',
  ActionArguments: 'action_arguments',
  OptionalOwner: 'optional_owner',
  WithdrawalStep: 'withdrawal_step',
  FundsHeldAtEnd: 'funds_held_at_end',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A location inside a template, as object keys and array indexes. */
export type TemplatePath = ReadonlyArray<PropertyKey>;

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Writes a path as people read it: `steps[2].branches[0].steps[1].next.approve`. */
export function formatPath(path: TemplatePath): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && PLAIN_KEY.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

/** Builds a {@link TemplateError} at a path. */
export function templateError(path: TemplatePath, code: ErrorCode, message: string): TemplateError {
  return { path: formatPath(path), code, message };
}

/**
 * The candidate closest to a misspelled name, if one is close enough to be a likely typo
 * (about a third of the letters differ, never more than 3; a one-letter name has no typos).
 */
export function closestMatch(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(3, Math.floor((name.length + 1) / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** ` Did you mean "x"?`, or an empty string when nothing is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const match = closestMatch(name, candidates);
  return match === undefined ? '' : `; did you mean "${match}"?`;
}

/** Names in quotes, for "use one of ..." messages. */
export function listNames(names: Iterable<string>): string {
  const list = [...names];
  return list.length === 0 ? '(none)' : list.join(', ');
}

/** Levenshtein distance: insertions, deletions and substitutions each cost one. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
