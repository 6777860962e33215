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
  FactHidden: 'fact_hidden',
  FactFormat: 'fact_format',
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
 * and the distance stops counting as soon as it passes the limit. After
 * {@link NameIndex.limit} different names, no more are suggested: a template with hundreds
 * of misspellings gets its errors without a guess for each, in time proportional to its size.
 */
export class NameIndex {
  /** How many different names one index suggests for. */
  static readonly limit = 100;

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
    if (this.answers.size >= NameIndex.limit) return undefined;
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

/** Stands for "more than any bound" in the distance rows. */
const FAR = 1 << 20;
// Two rows reused across calls: suggestions are computed synchronously, one at a time.
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/**
 * Levenshtein distance (insertions, deletions and substitutions each cost one), or
 * `bound + 1` once it is known to exceed `bound`. Only the cells within `bound` of the
 * diagonal can stay within it (Ukkonen's band), so each row costs at most 2 × bound + 1.
 */
function boundedEditDistance(a: string, b: string, bound: number): number {
  const rows = a.length;
  const columns = b.length;
  if (Math.abs(rows - columns) > bound) return bound + 1;
  if (previousRow.length < columns + 2) {
    previousRow = new Int32Array(columns + 2);
    currentRow = new Int32Array(columns + 2);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= columns; j++) previous[j] = j <= bound ? j : FAR;
  previous[columns + 1] = FAR;
  for (let i = 1; i <= rows; i++) {
    const from = Math.max(1, i - bound);
    const to = Math.min(columns, i + bound);
    current[from - 1] = from === 1 && i <= bound ? i : FAR;
    let rowMinimum = FAR;
    const letter = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const substitution = (previous[j - 1] ?? FAR) + (letter === b.charCodeAt(j - 1) ? 0 : 1);
      const cell = Math.min((previous[j] ?? FAR) + 1, (current[j - 1] ?? FAR) + 1, substitution);
      current[j] = cell;
      if (cell < rowMinimum) rowMinimum = cell;
    }
    // The next row reads one cell past this row's band; beyond the band is out of reach.
    if (to < columns) current[to + 1] = FAR;
    if (rowMinimum > bound) return bound + 1;
    [previous, current] = [current, previous];
  }
  const distance = previous[columns] ?? FAR;
  return distance > bound ? bound + 1 : distance;
}
