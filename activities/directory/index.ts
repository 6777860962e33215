/**
 * The directory: companies, their people and groups, relationships between companies, and
 * the binding of template roles to people. Every function takes a {@link Db}: a client in a
 * transaction the caller opened, as the API role with the company set (api/tenant.ts), so
 * row-level security confines it to that company's rows.
 */
export type { Db } from './db.js';
export { DIRECTORY_REFUSALS, DirectoryError, type DirectoryRefusal } from './errors.js';
export { CompanyId, CompanyKind, createCompany, findCompany, listCompanies, unknownCompany, updateCompany, type Company } from './companies.js';
export {
  activePeopleOf,
  activePerson,
  addPerson,
  findPerson,
  findPersonByEmail,
  holderAt,
  Language,
  listPeople,
  setOutOfOffice,
  unknownPerson,
  updatePerson,
  type DirectoryPerson,
  type OutOfOffice,
} from './people.js';
export { ADMINS_GROUP, addMember, isCompanyAdmin, createGroup, deleteGroup, findGroup, GroupName, groupMembers, listGroups, removeMember, unknownGroup, type Group, type GroupMember } from './groups.js';
export { acceptInvitation, areRelated, endRelationship, invitePartner, listRelationships, Program, requireRelated, type Relationship } from './relationships.js';
export { asBound, resolveBindings, type BindingRequest } from './bindings.js';
export { grantPlatformOperator, isPlatformOperator, listPlatformOperators, revokePlatformOperator } from './platform-operators.js';
