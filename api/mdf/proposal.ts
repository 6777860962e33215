/**
 * Starting a fund request: the checks a proposal must pass before anything starts (so a
 * request that cannot fit is refused at once, with a specific error), and the instance's
 * bindings and inputs taken from the allocation's budget.
 */
import type { Client } from '@temporalio/client';
import type pg from 'pg';
import type { InstanceState, Person } from '../../workflows/schemas.js';
import { ApiError, notFound } from '../errors.js';
import { startBoundWithDecision } from '../bound-start.js';
import { findTemplate } from '../template-catalog.js';
import type { Tenant } from '../tenant.js';
import type { Allocation, Budget } from './budgets.js';
import { FUND_REQUEST_TEMPLATE } from './fund-requests.js';
import type { BudgetTeam, Proposal } from './schemas.js';
import { firstTaskId, MDF_STEPS } from './steps.js';

/**
 * Refuses a proposal that cannot be funded from `allocation` as it stands now. The workflow
 * checks again when it reserves, so a race between two requests is still caught there.
 */
export function checkProposal(proposal: Proposal, allocation: Allocation): void {
  if (proposal.endDate < proposal.startDate) {
    throw new ApiError(422, 'dates_out_of_order', `The activity ends (${proposal.endDate}) before it starts (${proposal.startDate}); give the first day as startDate and the last as endDate.`);
  }
  const amount = proposal.requestedAmount;
  if (amount.currency !== allocation.currency) {
    throw new ApiError(422, 'currency_mismatch', `Allocation ${allocation.id} is in ${allocation.currency}; request an amount in ${allocation.currency}, not ${amount.currency}.`);
  }
  if (amount.amount === 0) throw new ApiError(422, 'invalid_amount', 'Request more than 0.');
  if (allocation.expired) throw new ApiError(422, 'allocation_expired', `Allocation ${allocation.id} expired at ${allocation.expiresAt ?? ''}; its funds can no longer be requested.`);
  if (amount.amount > allocation.available) {
    throw new ApiError(422, 'insufficient_funds', `${amount.amount} is more than the ${allocation.available} ${allocation.currency} (minor units) available in allocation ${allocation.id}; request at most that.`, {
      requested: amount.amount,
      available: allocation.available,
    });
  }
}

/** The proposal as the template's `proposal` form holds it. */
export function proposalForm(proposal: Proposal): Record<string, unknown> {
  return {
    activity_type: proposal.activityType,
    description: proposal.description,
    start_date: proposal.startDate,
    end_date: proposal.endDate,
    requested_amount: proposal.requestedAmount,
    ...(proposal.expectedLeads === undefined ? {} : { expected_leads: proposal.expectedLeads }),
    ...(proposal.expectedPipeline === undefined ? {} : { expected_pipeline: proposal.expectedPipeline }),
  };
}

/** The instance inputs: the allocation and the budget's thresholds and windows. */
function inputsOf(allocation: Allocation, budget: Budget): Record<string, unknown> {
  const settings = budget.settings;
  const money = (amount: number | undefined) => (amount === undefined ? undefined : { amount, currency: budget.currency });
  const entries: Array<[string, unknown]> = [
    ['allocation_id', allocation.id],
    ['finance_threshold', money(settings.financeThreshold)],
    ['audit_threshold', money(settings.auditThreshold)],
    ['audit_sample_percent', settings.auditSamplePercent],
    ['claim_window', settings.claimWindow],
    ['claim_reminder', settings.claimReminder],
    ['claim_last_reminder', settings.claimLastReminder],
    ['information_window', settings.informationWindow],
    ['follow_up_after', settings.followUpAfter],
    ['follow_up_reminder', settings.followUpReminder],
    ['follow_up_window', settings.followUpWindow],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

/** What starting a fund request needs. */
export interface FundRequestStart {
  client: Client;
  pool: pg.Pool;
  /** The partner starting it (the allocation's partner). */
  tenant: Tenant;
  taskQueue: string;
  allocation: Allocation;
  budget: Budget;
  /** The vendor's people, from the budget's team as the vendor's directory has it now. */
  team: BudgetTeam;
  businessKey: string;
  requester: Person;
  marketingLead: Person;
  proposal: Proposal;
}

/**
 * Starts an `mdf-fund-request` instance with its proposal submitted, in one step. Returns the
 * state after the instance has checked the allocation, and whether the request already existed.
 */
export async function startFundRequest(start: FundRequestStart): Promise<{ state: InstanceState; existing: boolean }> {
  const published = await findTemplate(start.pool, FUND_REQUEST_TEMPLATE);
  if (!published) throw notFound(`template ${FUND_REQUEST_TEMPLATE}`);
  const team = start.team;
  const bindings = {
    companies: { vendor: start.allocation.vendorCompanyId, partner: start.allocation.partnerCompanyId },
    participants: {
      'vendor.channel_manager': team.channel_manager,
      'vendor.marketing_approver': team.marketing_approver,
      'vendor.finance': team.finance,
      'vendor.compliance': team.compliance,
      'partner.requester': [start.requester],
      'partner.marketing_lead': [start.marketingLead],
    },
  };
  const started = await startBoundWithDecision(
    start.pool,
    start.client,
    start.tenant,
    { template: published.template, businessKey: start.businessKey, bindings, input: inputsOf(start.allocation, start.budget), initiator: start.requester, taskQueue: start.taskQueue, source: 'mdf_budget' },
    { taskId: firstTaskId(MDF_STEPS.proposal, 'partner.requester'), actor: start.requester.email.toLowerCase(), outcome: 'submit', form: proposalForm(start.proposal) },
  );
  return { state: started.state, existing: started.existing };
}
