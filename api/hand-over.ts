/**
 * Handing a task to a colleague: delegation by one of its holders, reassignment by an admin
 * of the task's company (its directory's `admins` group). Both routes for keys and the
 * signed-in person's routes come here, so the rules are the same on every path:
 *
 * - the actor is an active person of the caller's company; a delegating actor holds the
 *   task, a reassigning one is in the company's `admins` group;
 * - the new holder is an active colleague in the same company's directory, not the actor;
 * - no loops: a task is not handed back to the person who just handed it over (A→B→A), nor
 *   to a colleague whose out-of-office would hand it straight back;
 * - the workflow's `delegate` / `reassign` update records it, revokes the old holder's links
 *   (their next mail is composed without them) and mails the new holder.
 */
import type { Client } from '@temporalio/client';
import type pg from 'pg';
import { activePerson, ADMINS_GROUP, DirectoryError, holderAt, isCompanyAdmin, type DirectoryPerson } from '../activities/directory/index.js';
import { InstanceClient } from './instance-client.js';
import type { InstanceState, Speaker } from '../workflows/schemas.js';
import { ApiError, notFound, toApiError } from './errors.js';
import { readInstance } from './projection.js';
import { asTenant } from './tenant.js';

/** One hand-over asked for. */
export interface HandOver {
  kind: 'delegate' | 'reassign';
  /** The caller's company (from the key or the session, never from the request). */
  companyId: string;
  instanceId: string;
  taskId: string;
  actorEmail: string;
  toEmail: string;
  comment?: string | undefined;
  /** The key that speaks for the actor, recorded in the timeline; none for a signed-in person. */
  via?: Speaker | undefined;
}

/** Hands the task over and returns the instance as the workflow has it afterwards. */
export async function handOver(pool: pg.Pool, client: Client, request: HandOver): Promise<InstanceState> {
  const found = await readInstance(pool, request.instanceId, request.companyId);
  const task = found?.state.tasks.find((candidate) => candidate.id === request.taskId && candidate.companyId === request.companyId);
  if (!found || !task) throw notFound('task');
  if (task.status !== 'open') throw new ApiError(409, 'task_not_open', `Task ${task.id} is ${task.status}; only open tasks can be handed over.`);
  // Directory refusals (unknown or inactive person) reach the client through api/errors.ts.
  const { actor, to, chain, admin } = await asTenant(pool, { companyId: request.companyId }, async (db) => {
      const actor = await activePerson(db, request.companyId, request.actorEmail).catch((error: unknown) => {
        if (error instanceof DirectoryError && error.code === 'unknown_person') {
          throw new DirectoryError('not_your_person', `${request.actorEmail.toLowerCase()} is not a person of your company's directory (${request.companyId}); only your own people hand over your tasks.`);
        }
        throw error;
      });
      const to = await activePerson(db, request.companyId, request.toEmail);
      const chain = await holderAt(db, request.companyId, to.email, new Date());
      return { actor, to, chain, admin: await isCompanyAdmin(db, request.companyId, actor.id) };
    });
  if (request.kind === 'delegate' && !task.assignees.some((person) => person.email === actor.email)) {
    throw new ApiError(403, 'not_task_holder', `${actor.email} does not hold task ${task.id}; only its holders delegate it (an admin of your company can reassign it).`);
  }
  if (request.kind === 'reassign' && !admin) {
    throw new ApiError(403, 'not_party_admin', `${actor.email} is not in your company's "${ADMINS_GROUP}" group; ask one of your admins to reassign the task.`);
  }
  if (to.id === actor.id) throw new ApiError(422, 'self_delegation', 'You already hold this task; name a colleague to hand it to.');
  refuseLoop(found.state, task.id, actor, to, chain);
  const change = { taskId: task.id, actor: actor.email, to: { name: to.name, email: to.email, company: request.companyId }, ...(request.comment ? { comment: request.comment } : {}), ...(request.via ? { via: request.via } : {}) };
  try {
    const instances = new InstanceClient(client);
    return request.kind === 'delegate' ? await instances.delegate(request.instanceId, change) : await instances.reassign(request.instanceId, { ...change, partyAdmin: true });
  } catch (error) {
    throw toApiError(error) ?? error;
  }
}

/** Refuses A→B→A: back to whoever handed this task to the actor, or into an out-of-office chain that leads back. */
function refuseLoop(state: InstanceState, taskId: string, actor: DirectoryPerson, to: DirectoryPerson, chain: DirectoryPerson[]): void {
  const lastHandOver = [...state.history].reverse().find((event) => event.taskId === taskId && (event.type === 'delegated' || event.type === 'reassigned'));
  const handedBy = typeof lastHandOver?.actor === 'object' ? lastHandOver.actor.email : undefined;
  const handedTo = lastHandOver?.details?.['to'];
  const toActor = typeof handedTo === 'object' && handedTo !== null && 'email' in handedTo && handedTo.email === actor.email;
  if (handedBy === to.email && toActor) {
    throw new ApiError(422, 'delegation_loop', `${to.email} handed this task to you; handing it back would go round in a circle. Decide it, hand it to someone else, or ask an admin to reassign it.`);
  }
  if (chain.slice(1).some((person) => person.id === actor.id)) {
    const path = [actor.email, ...chain.map((person) => person.email)].join(' → ');
    throw new ApiError(422, 'delegation_loop', `${to.email} is out of office and their tasks come back to you (${path}); choose a colleague who is in.`);
  }
}
