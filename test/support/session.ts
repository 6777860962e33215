/** A signed-in person's session, made directly in the test database (the sign-in flow has tests of its own). */
import { createSession, SESSION_COOKIE } from '../../api/session/sessions.js';
import type { Person } from '../../workflows/schemas.js';
import type { TestStack } from './stack.js';

/** A session of `person` (enrolled in the directory): the cookie's value, a `Cookie` header and the CSRF token. */
export async function sessionOf(stack: Pick<TestStack, 'pool'>, person: Person): Promise<{ token: string; cookie: string; csrf: string }> {
  const row = await stack.pool.query<{ id: string }>('SELECT id FROM people WHERE company_id = $1 AND email = $2', [person.company, person.email.toLowerCase()]);
  const personId = row.rows[0]?.id;
  if (!personId) throw new Error(`${person.email} is not in the directory of ${person.company}`);
  const session = await createSession(stack.pool, { companyId: person.company, personId }, 'link', { idleMs: 3_600_000, maxMs: 3_600_000 });
  return { token: session.token, cookie: `${SESSION_COOKIE}=${session.token}`, csrf: session.csrfToken };
}
