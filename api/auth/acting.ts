/**
 * A company key acting for a person. The person must be an active person of the key's own
 * company's directory (whether they hold the task, the workflow checks when it decides); the
 * audit trail then records both the person and the key that spoke for them.
 */
import type pg from 'pg';
import { activePerson, DirectoryError } from '../../activities/directory/index.js';
import type { Speaker } from '../../workflows/schemas.js';
import { asTenant } from '../tenant.js';
import type { Caller } from './keys.js';
import { tenantOf } from './middleware.js';

/** Who decides and through which key: `actor` as the workflow takes it, `via` for the audit trail. */
export interface Acting {
  actor: string;
  via: Speaker;
}

/**
 * Checks that `email` is an active person of the caller's company; refuses with
 * `not_your_person` (not in its directory) or `inactive_person`.
 */
export async function actingFor(pool: pg.Pool, caller: Caller, email: string): Promise<Acting> {
  try {
    const person = await asTenant(pool, tenantOf(caller), (db) => activePerson(db, caller.companyId, email), { readOnly: true });
    return { actor: person.email, via: { keyId: caller.keyId, keyName: caller.keyName } };
  } catch (error) {
    if (error instanceof DirectoryError && error.code === 'unknown_person') {
      throw new DirectoryError('not_your_person', `${email.toLowerCase()} is not a person of your company's directory (${caller.companyId}); a key acts only for its own company's people.`);
    }
    throw error;
  }
}
