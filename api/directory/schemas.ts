/** Request shapes of the directory routes, parsed at the edge. */
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { CompanyId, CompanyKind, GroupName, Language, Program } from '../../activities/directory/index.js';

extendZodWithOpenApi(z);

export const CreateCompanyBody = z.strictObject({ id: CompanyId, name: z.string().min(1).max(200), kind: CompanyKind }).openapi('CreateCompany');
export const UpdateCompanyBody = z.strictObject({ name: z.string().min(1).max(200).optional(), kind: CompanyKind.optional() }).openapi('UpdateCompany');
export const CompanyParams = z.strictObject({ companyId: CompanyId });

export const AddPersonBody = z
  .strictObject({
    email: z.email().max(320),
    name: z.string().min(1).max(200),
    language: Language.optional(),
    groups: z.array(GroupName).max(50).optional().openapi({ description: 'Groups of your directory to put the person in (they must exist).' }),
  })
  .openapi('AddPerson');
export const UpdatePersonBody = z
  .strictObject({
    email: z.email().max(320).optional(),
    name: z.string().min(1).max(200).optional(),
    language: Language.nullable().optional(),
    active: z.boolean().optional().openapi({ description: 'false deactivates: their open tasks go to the role’s other holders or the party’s admins.' }),
  })
  .openapi('UpdatePerson');
export const PersonParams = z.strictObject({ personId: z.string().regex(/^per_[0-9a-f]{20}$/) });
export const PeopleQuery = z.strictObject({ active: z.enum(['true', 'false']).transform((value) => value === 'true').optional(), group: GroupName.optional(), email: z.email().optional() });

export const CreateGroupBody = z.strictObject({ name: GroupName, description: z.string().max(500).optional() }).openapi('CreateGroup');
export const GroupParams = z.strictObject({ group: GroupName });
export const MemberBody = z.strictObject({ email: z.email().max(320) }).openapi('GroupMember');
export const MemberParams = z.strictObject({ group: GroupName, personId: z.string().regex(/^per_[0-9a-f]{20}$/) });

export const InviteBody = z.strictObject({ partnerCompanyId: CompanyId, program: Program }).openapi('InvitePartner');
export const AcceptBody = z.strictObject({ vendorCompanyId: CompanyId, program: Program }).openapi('AcceptInvitation');
export const EndRelationshipBody = z.strictObject({ vendorCompanyId: CompanyId, partnerCompanyId: CompanyId, program: Program }).openapi('EndRelationship');
