/**
 * Deactivating a person hands their open tasks on: each task keeps its other holders, and one
 * left with nobody goes to the admins of the role's party (the template's admin roles of that
 * party, else the company's `admins` directory group). A deactivation that would leave a task
 * with nobody at all is refused before anything changes (`nobody_left`).
 */
import type { Client } from '@temporalio/client';
import type pg from 'pg';
import { ADMINS_GROUP, DirectoryError, listPeople, type DirectoryPerson } from '../../activities/directory/index.js';
import { InstanceClient } from '../instance-client.js';
import type { InstanceState, Person } from '../../workflows/schemas.js';
import { toApiError } from '../errors.js';
import { findTemplate } from '../template-catalog.js';
import { asTenant, type Tenant } from '../tenant.js';

/** One instance the person holds something in, with who takes over each of their roles if nobody is left. */
interface HandOverPlan {
  instanceId: string;
  fallback: Record<string, Person[]>;
}

const partyOf = (role: string) => role.split('.')[0] ?? role;

/** The running instances in which `person` holds a role or an open task, and the fallback people for each of their roles. */
async function plan(pool: pg.Pool, tenant: Tenant, person: DirectoryPerson): Promise<HandOverPlan[]> {
  const { states, admins } = await asTenant(
    pool,
    tenant,
    async (db) => {
      const rows = await db.query<{ state: InstanceState }>(`SELECT state FROM instances WHERE lifecycle = 'running' AND $1 = ANY (company_ids)`, [person.companyId]);
      const group = await listPeople(db, person.companyId, { active: true, group: ADMINS_GROUP });
      return { states: rows.rows.map((row) => row.state), admins: group };
    },
    { readOnly: true },
  );
  const mine = (candidate: Person) => candidate.email === person.email && candidate.company === person.companyId;
  const directoryAdmins: Person[] = admins.filter((admin) => admin.id !== person.id).map((admin) => ({ name: admin.name, email: admin.email, company: admin.companyId }));
  const plans: HandOverPlan[] = [];
  for (const state of states) {
    const roles = Object.entries(state.bindings.participants).filter(([, people]) => people.some(mine)).map(([role]) => role);
    const taskRoles = state.tasks.filter((task) => task.status === 'open' && task.companyId === person.companyId && task.assignees.some(mine)).map((task) => task.role);
    const affected = [...new Set([...roles, ...taskRoles])];
    if (affected.length === 0) continue;
    const template = (await findTemplate(pool, state.templateId, state.templateVersion))?.template;
    const fallback: Record<string, Person[]> = {};
    for (const role of affected) {
      const adminRoles = (template?.admins ?? []).filter((admin) => partyOf(admin) === partyOf(role));
      const templateAdmins = adminRoles.flatMap((admin) => state.bindings.participants[admin] ?? []).filter((candidate) => !mine(candidate) && candidate.company === person.companyId);
      const people = templateAdmins.length > 0 ? templateAdmins : directoryAdmins;
      const others = (state.bindings.participants[role] ?? []).filter((candidate) => !mine(candidate));
      const openWithNobody = state.tasks.some((task) => task.status === 'open' && task.role === role && task.assignees.every(mine));
      if (people.length === 0 && (others.length === 0 || openWithNobody)) {
        throw new DirectoryError(
          'nobody_left',
          `${person.email} is the last holder of role "${role}" in ${state.instanceId} and ${person.companyId} has no admin to take over; add someone to the "${ADMINS_GROUP}" group first.`,
          { instanceId: state.instanceId, role },
        );
      }
      fallback[role] = people;
    }
    plans.push({ instanceId: state.instanceId, fallback });
  }
  return plans;
}

/** Checks that deactivating `person` leaves nobody's task without a holder; throws `nobody_left` otherwise. */
export async function checkHandOver(pool: pg.Pool, tenant: Tenant, person: DirectoryPerson): Promise<void> {
  await plan(pool, tenant, person);
}

/**
 * Hands a deactivated person's roles and open tasks on, in every running instance of their
 * company, and revokes their unused links. Safe to run again (an instance they no longer hold
 * anything in is passed by). Returns the instances that changed.
 */
export async function handOverTasksOf(pool: pg.Pool, client: Client, tenant: Tenant, person: DirectoryPerson): Promise<string[]> {
  const changed: string[] = [];
  const instances = new InstanceClient(client);
  for (const { instanceId, fallback } of await plan(pool, tenant, person)) {
    try {
      await instances.handOver(instanceId, { email: person.email, companyId: person.companyId, fallback, reason: `${person.email} was deactivated in the directory` });
      changed.push(instanceId);
    } catch (error) {
      // Ended or already handed over since it was read: nothing left to hand on there.
      const mapped = toApiError(error);
      if (mapped?.code !== 'instance_not_running' && mapped?.code !== 'holds_nothing' && mapped?.code !== 'not_found') throw error;
    }
  }
  await asTenant(pool, tenant, (db) =>
    db.query(`UPDATE action_links SET revoked_at = now(), revoked_reason = 'deactivated' WHERE company_id = $1 AND recipient = $2 AND used_at IS NULL AND revoked_at IS NULL`, [person.companyId, person.email]),
  );
  return changed;
}
