/**
 * Why the directory refused a change or a lookup. Each refusal has a stable code the API
 * maps to an HTTP status (api/errors.ts) and a message that says what to do instead.
 */

/** Codes of {@link DirectoryError}, with the HTTP status each stands for. */
export const DIRECTORY_REFUSALS = {
  unknown_company: 404,
  company_exists: 409,
  unknown_person: 422,
  inactive_person: 422,
  person_of_other_company: 422,
  duplicate_email: 409,
  unknown_group: 422,
  group_exists: 409,
  relationship_missing: 422,
  relationship_exists: 409,
  not_invited: 409,
  delegation_loop: 422,
  self_delegation: 422,
  invalid_range: 422,
  role_of_other_company: 403,
  role_unresolved: 422,
  unknown_role: 422,
  not_your_party: 403,
  not_a_party: 403,
  not_your_person: 403,
  not_task_holder: 403,
  nobody_left: 409,
} as const;

export type DirectoryRefusal = keyof typeof DIRECTORY_REFUSALS;

/** A refusal of the directory (or of a rule it enforces), never a fault. */
export class DirectoryError extends Error {
  override readonly name = 'DirectoryError';
  constructor(
    readonly code: DirectoryRefusal,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** The HTTP status this refusal stands for. */
  get status(): number {
    return DIRECTORY_REFUSALS[this.code];
  }
}

/** Postgres error codes the directory turns into refusals. */
export function pgCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** The name of the constraint a Postgres error is about, if any. */
export function pgConstraint(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'constraint' in error && typeof error.constraint === 'string' ? error.constraint : undefined;
}
