/**
 * A budget's team: the vendor's people for each vendor role of its fund requests. They are
 * people of the vendor's directory when the budget is made, and again when each fund request
 * starts (someone deactivated since is left out; a role left with nobody stops the start).
 */
import { activePeopleOf, activePerson, asBound, DirectoryError, type Db } from '../../activities/directory/index.js';
import type { BudgetTeam, BudgetTeamInput } from './schemas.js';

const ROLES = ['channel_manager', 'marketing_approver', 'finance', 'compliance'] as const;

/** The team named by email, each an active person of the vendor's own directory. */
export async function resolveTeam(db: Db, vendorCompanyId: string, input: BudgetTeamInput): Promise<BudgetTeam> {
  const team: BudgetTeam = { channel_manager: [], marketing_approver: [], finance: [], compliance: [] };
  for (const role of ROLES) {
    for (const email of new Set(input[role])) team[role].push(asBound(await activePerson(db, vendorCompanyId, email)));
  }
  return team;
}

/** The budget's team as the vendor's directory has it now; refuses (`role_unresolved`) if a role has nobody active left. */
export async function currentTeam(db: Db, vendorCompanyId: string, team: BudgetTeam): Promise<BudgetTeam> {
  const emails = ROLES.flatMap((role) => team[role].map((person) => person.email));
  const active = await activePeopleOf(db, vendorCompanyId, emails);
  const current: BudgetTeam = { channel_manager: [], marketing_approver: [], finance: [], compliance: [] };
  for (const role of ROLES) {
    current[role] = team[role].flatMap((person) => {
      const found = active.get(person.email.toLowerCase());
      return found && person.company === vendorCompanyId ? [asBound(found)] : [];
    });
    if (current[role].length === 0) {
      throw new DirectoryError('role_unresolved', `Nobody of the budget's ${role.replace('_', ' ')} team is an active person of ${vendorCompanyId} any more; ${vendorCompanyId} has to name one before funds can be requested.`);
    }
  }
  return current;
}
