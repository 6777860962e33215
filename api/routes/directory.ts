/**
 * The directory over HTTP. The platform operator creates companies (/admin/companies); each
 * company then keeps its own people and groups (/directory/…: `read` to look, `admin` to
 * change) and its relationships to other companies (/relationships). Everything runs as the
 * API role with the caller's company set, so another company's people are never in reach.
 */
import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type pg from 'pg';
import { z } from 'zod';
import {
  acceptInvitation,
  addMember,
  addPerson,
  createCompany,
  createGroup,
  deleteGroup,
  endRelationship,
  findCompany,
  findGroup,
  findPerson,
  findPersonByEmail,
  invitePartner,
  listCompanies,
  listGroups,
  listPeople,
  listRelationships,
  unknownCompany,
  unknownPerson,
  updateCompany,
  updatePerson,
  type DirectoryPerson,
} from '../../activities/directory/index.js';
import { callerOf, requireScope, requireScopeByMethod, tenantOf } from '../auth/middleware.js';
import { checkHandOver, handOverTasksOf } from '../directory/deactivation.js';
import {
  AcceptBody,
  AddPersonBody,
  CompanyParams,
  CreateCompanyBody,
  CreateGroupBody,
  EndRelationshipBody,
  GroupParams,
  InviteBody,
  MemberBody,
  MemberParams,
  PeopleQuery,
  PersonParams,
  UpdateCompanyBody,
  UpdatePersonBody,
} from '../directory/schemas.js';
import { ApiError, notFound } from '../errors.js';
import { documentRoute } from '../openapi.js';
import { asTenant } from '../tenant.js';
import { body, params, query } from '../validation.js';

/** What the directory routes need. */
export interface DirectoryRouteDependencies {
  pool: pg.Pool;
  client: Client;
}

const json = { 'application/json': { schema: z.object({}).passthrough() } };
const jsonBody = (schema: z.ZodType) => ({ body: { content: { 'application/json': { schema } } } });
const ok = (description: string) => ({ 200: { description, content: json } });

documentRoute({ method: 'post', path: '/admin/companies', summary: 'Create a company (platform)', request: jsonBody(CreateCompanyBody), responses: { 201: { description: 'Created', content: json }, 409: { description: 'company_exists' } } });
documentRoute({ method: 'get', path: '/admin/companies', summary: 'List companies (platform)', responses: ok('Companies') });
documentRoute({ method: 'patch', path: '/admin/companies/{companyId}', summary: 'Rename a company or change its kind (platform)', request: { params: CompanyParams, ...jsonBody(UpdateCompanyBody) }, responses: ok('Changed') });
documentRoute({ method: 'get', path: '/directory/company', summary: 'Your company as the directory knows it', responses: ok('Your company') });
documentRoute({ method: 'get', path: '/directory/people', summary: 'People of your directory', request: { query: PeopleQuery }, responses: ok('People') });
documentRoute({ method: 'post', path: '/directory/people', summary: 'Add a person to your directory (admin)', request: jsonBody(AddPersonBody), responses: { 201: { description: 'Added', content: json }, 409: { description: 'duplicate_email' }, 422: { description: 'unknown_group' } } });
documentRoute({ method: 'get', path: '/directory/people/{personId}', summary: 'One person of your directory', request: { params: PersonParams }, responses: ok('The person') });
documentRoute({ method: 'patch', path: '/directory/people/{personId}', summary: 'Change or deactivate a person (admin); their open tasks are handed on', request: { params: PersonParams, ...jsonBody(UpdatePersonBody) }, responses: { ...ok('Changed, with the instances whose tasks were handed on'), 409: { description: 'duplicate_email, nobody_left' } } });
documentRoute({ method: 'get', path: '/directory/groups', summary: 'Groups of your directory with their members', responses: ok('Groups') });
documentRoute({ method: 'post', path: '/directory/groups', summary: 'Create a group (admin)', request: jsonBody(CreateGroupBody), responses: { 201: { description: 'Created', content: json }, 409: { description: 'group_exists' } } });
documentRoute({ method: 'delete', path: '/directory/groups/{group}', summary: 'Delete a group (admin)', request: { params: GroupParams }, responses: ok('Deleted') });
documentRoute({ method: 'post', path: '/directory/groups/{group}/members', summary: 'Put an active person into a group (admin)', request: { params: GroupParams, ...jsonBody(MemberBody) }, responses: ok('The group') });
documentRoute({ method: 'delete', path: '/directory/groups/{group}/members/{personId}', summary: 'Take a person out of a group (admin)', request: { params: MemberParams }, responses: ok('The group') });
documentRoute({ method: 'get', path: '/relationships', summary: 'Your relationships to other companies, both sides', responses: ok('Relationships') });
documentRoute({ method: 'post', path: '/relationships', summary: 'Invite a partner company into a program (admin, vendor)', request: jsonBody(InviteBody), responses: { 201: { description: 'Invited', content: json }, 409: { description: 'relationship_exists' } } });
documentRoute({ method: 'post', path: '/relationships/accept', summary: 'Accept a vendor’s invitation (admin, partner)', request: jsonBody(AcceptBody), responses: { ...ok('Active'), 409: { description: 'not_invited' } } });
documentRoute({ method: 'post', path: '/relationships/end', summary: 'End a relationship (admin, either side); existing allocations stay', request: jsonBody(EndRelationshipBody), responses: ok('Ended') });

/** The directory routes. */
export function directoryRoutes({ pool, client }: DirectoryRouteDependencies): Router {
  const router = Router();
  router.use('/admin/companies', requireScope('platform'));
  router.use(['/directory', '/relationships'], requireScopeByMethod('read', 'admin'));

  router.post('/admin/companies', async (request, response) => {
    const company = body(request, CreateCompanyBody);
    response.status(201).json(await asTenant(pool, tenantOf(callerOf(response)), (db) => createCompany(db, company)));
  });
  router.get('/admin/companies', async (_request, response) => {
    response.json({ companies: await asTenant(pool, tenantOf(callerOf(response)), (db) => listCompanies(db), { readOnly: true }) });
  });
  router.patch('/admin/companies/:companyId', async (request, response) => {
    const { companyId } = params(request, CompanyParams);
    const change = body(request, UpdateCompanyBody);
    response.json(await asTenant(pool, tenantOf(callerOf(response)), (db) => updateCompany(db, companyId, change)));
  });

  router.get('/directory/company', async (_request, response) => {
    const caller = callerOf(response);
    const company = await asTenant(pool, tenantOf(caller), (db) => findCompany(db, caller.companyId), { readOnly: true });
    if (!company) throw unknownCompany(caller.companyId);
    response.json(company);
  });

  router.get('/directory/people', async (request, response) => {
    const caller = callerOf(response);
    const filter = query(request, PeopleQuery);
    const people = await asTenant(
      pool,
      tenantOf(caller),
      async (db) => {
        if (filter.email) {
          const found = await findPersonByEmail(db, caller.companyId, filter.email);
          return found ? [found] : [];
        }
        if (filter.group) await findGroup(db, caller.companyId, filter.group);
        return listPeople(db, caller.companyId, filter);
      },
      { readOnly: true },
    );
    response.json({ people });
  });

  router.post('/directory/people', async (request, response) => {
    const caller = callerOf(response);
    const person = body(request, AddPersonBody);
    const added = await asTenant(pool, tenantOf(caller), async (db) => {
      const created = await addPerson(db, caller.companyId, person);
      for (const group of person.groups ?? []) await addMember(db, caller.companyId, group, created.email);
      return (await findPerson(db, caller.companyId, created.id)) ?? created;
    });
    response.status(201).json(added);
  });

  router.get('/directory/people/:personId', async (request, response) => {
    const caller = callerOf(response);
    const { personId } = params(request, PersonParams);
    const person = await asTenant(pool, tenantOf(caller), (db) => findPerson(db, caller.companyId, personId), { readOnly: true });
    if (!person) throw notFound('person');
    response.json(person);
  });

  router.patch('/directory/people/:personId', async (request, response) => {
    const caller = callerOf(response);
    const tenant = tenantOf(caller);
    const { personId } = params(request, PersonParams);
    const change = body(request, UpdatePersonBody);
    const before = await asTenant(pool, tenant, (db) => findPerson(db, caller.companyId, personId), { readOnly: true });
    if (!before) throw notFound('person');
    const deactivating = change.active === false;
    if (deactivating && change.email !== undefined) throw new ApiError(422, 'invalid_request', 'Deactivate a person and change their email in two requests.');
    // Refused before anything changes if a task would be left with nobody to act.
    if (deactivating) await checkHandOver(pool, tenant, before);
    const person: DirectoryPerson = await asTenant(pool, tenant, (db) => updatePerson(db, caller.companyId, personId, change));
    const handedOver = deactivating ? await handOverTasksOf(pool, client, tenant, person) : [];
    response.json({ ...person, handedOver });
  });

  router.get('/directory/groups', async (_request, response) => {
    const caller = callerOf(response);
    response.json({ groups: await asTenant(pool, tenantOf(caller), (db) => listGroups(db, caller.companyId), { readOnly: true }) });
  });
  router.post('/directory/groups', async (request, response) => {
    const caller = callerOf(response);
    const group = body(request, CreateGroupBody);
    response.status(201).json(await asTenant(pool, tenantOf(caller), (db) => createGroup(db, caller.companyId, group)));
  });
  router.delete('/directory/groups/:group', async (request, response) => {
    const caller = callerOf(response);
    const { group } = params(request, GroupParams);
    await asTenant(pool, tenantOf(caller), (db) => deleteGroup(db, caller.companyId, group));
    response.json({ name: group, deleted: true });
  });
  router.post('/directory/groups/:group/members', async (request, response) => {
    const caller = callerOf(response);
    const { group } = params(request, GroupParams);
    const { email } = body(request, MemberBody);
    response.json(await asTenant(pool, tenantOf(caller), (db) => addMember(db, caller.companyId, group, email)));
  });
  router.delete('/directory/groups/:group/members/:personId', async (request, response) => {
    const caller = callerOf(response);
    const { group, personId } = params(request, MemberParams);
    const changed = await asTenant(pool, tenantOf(caller), async (db) => {
      const person = await findPerson(db, caller.companyId, personId);
      if (!person) throw unknownPerson(personId, caller.companyId);
      await findGroup(db, caller.companyId, group);
      await db.query('DELETE FROM group_members WHERE company_id = $1 AND group_name = $2 AND person_id = $3', [caller.companyId, group, personId]);
      return findGroup(db, caller.companyId, group);
    });
    response.json(changed);
  });

  router.get('/relationships', async (_request, response) => {
    const caller = callerOf(response);
    response.json({ relationships: await asTenant(pool, tenantOf(caller), (db) => listRelationships(db, caller.companyId), { readOnly: true }) });
  });
  router.post('/relationships', async (request, response) => {
    const caller = callerOf(response);
    const { partnerCompanyId, program } = body(request, InviteBody);
    response.status(201).json(await asTenant(pool, tenantOf(caller), (db) => invitePartner(db, caller.companyId, partnerCompanyId, program)));
  });
  router.post('/relationships/accept', async (request, response) => {
    const caller = callerOf(response);
    const { vendorCompanyId, program } = body(request, AcceptBody);
    response.json(await asTenant(pool, tenantOf(caller), (db) => acceptInvitation(db, caller.companyId, vendorCompanyId, program)));
  });
  router.post('/relationships/end', async (request, response) => {
    const caller = callerOf(response);
    const { vendorCompanyId, partnerCompanyId, program } = body(request, EndRelationshipBody);
    response.json(await asTenant(pool, tenantOf(caller), (db) => endRelationship(db, caller.companyId, vendorCompanyId, partnerCompanyId, program)));
  });

  return router;
}
