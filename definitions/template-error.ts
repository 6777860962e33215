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
  ReservedName: 'reserved_name',
  ControlCharacter: 'control_character',
  TooLarge: 'too_large',
  Encoding: 'encoding',
  ConditionType: 'condition_type',
  ConditionCost: 'condition_cost',
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
 * Ties go to the candidate listed first.
 */
export function closestMatch(name: string, candidates: Iterable<string>): string | undefined {
  return new NameIndex(candidates).closest(name);
}

/** ` Did you mean "x"?`, or an empty string when nothing is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  return suggestion(closestMatch(name, candidates));
}

function suggestion(match: string | undefined): string {
  return match === undefined ? '' : `; did you mean "${match}"?`;
}

/**
 * Many names to suggest from, e.g. every step id of a large template: candidates are kept
 * by length (a typo changes the length by at most 3), each unknown name is looked up once,
 * and the distance stops counting as soon as it passes the limit. Validation with many
 * misspellings stays proportional to their number instead of to every pass of every check.
 */
export class NameIndex {
  private readonly byLength = new Map<number, Array<{ name: string; lower: string; order: number }>>();
  private readonly answers = new Map<string, string | undefined>();

  constructor(candidates: Iterable<string>) {
    let order = 0;
    for (const name of candidates) {
      const lower = name.toLowerCase();
      const bucket = this.byLength.get(lower.length) ?? [];
      bucket.push({ name, lower, order: order++ });
      this.byLength.set(lower.length, bucket);
    }
  }

  /** The candidate closest to `name` (see {@link closestMatch}). */
  closest(name: string): string | undefined {
    if (this.answers.has(name)) return this.answers.get(name);
    const lower = name.toLowerCase();
    const limit = Math.min(3, Math.floor((name.length + 1) / 3));
    let best: { name: string; distance: number; order: number } | undefined;
    for (let length = lower.length - limit; length <= lower.length + limit; length++) {
      for (const candidate of this.byLength.get(length) ?? []) {
        const bound = best ? Math.min(limit, best.distance) : limit;
        const distance = boundedEditDistance(lower, candidate.lower, bound);
        if (distance > bound) continue;
        if (!best || distance < best.distance || (distance === best.distance && candidate.order < best.order)) best = { ...candidate, distance };
      }
    }
    this.answers.set(name, best?.name);
    return best?.name;
  }

  /** ` Did you mean "x"?`, or an empty string when nothing is close. */
  didYouMean(name: string): string {
    return suggestion(this.closest(name));
  }
}

/** Names in quotes, for "use one of ..." messages. */
export function listNames(names: Iterable<string>): string {
  const list = [...names];
  return list.length === 0 ? '(none)' : list.join(', ');
}

/**
 * Levenshtein distance (insertions, deletions and substitutions each cost one), or any
 * number above `bound` once the distance is known to exceed it.
 */
function boundedEditDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const cell = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      current.push(cell);
      if (cell < rowMinimum) rowMinimum = cell;
    }
    if (rowMinimum > bound) return bound + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
