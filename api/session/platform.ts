/**
 * Which signed-in people carry the platform rights: the people the platform named platform
 * operators in the directory (migration 0039, `tandem operators grant`). A session of anyone
 * else carries no scope beyond the person's own routes; keys keep their scopes (api/auth/).
 */
import type { RequestHandler } from 'express';
import type pg from 'pg';
import { isPlatformOperator } from '../../activities/directory/index.js';
import { ApiError } from '../errors.js';
import { asTenant } from '../tenant.js';
import { personOf } from './middleware.js';
import type { SessionPerson } from './sessions.js';

/** Whether the signed-in person is a platform operator (read as themselves: their own row only). */
export function holdsPlatformRights(pool: pg.Pool, person: Pick<SessionPerson, 'companyId' | 'personId'>): Promise<boolean> {
  return asTenant(pool, { companyId: person.companyId, personId: person.personId }, (db) => isPlatformOperator(db, person.companyId, person.personId), { readOnly: true });
}

/** Requires the session's person to be a platform operator (after `requirePerson`); 403 `not_platform_operator` otherwise. */
export function requirePlatformPerson(pool: pg.Pool): RequestHandler {
  return (_request, response, next) => {
    const person = personOf(response);
    holdsPlatformRights(pool, person).then(
      (holds) => next(holds ? undefined : new ApiError(403, 'not_platform_operator', 'Templates are the platform operator’s work; you are not one of its operators. Ask the platform to name you (tandem operators grant).')),
      next,
    );
  };
}
