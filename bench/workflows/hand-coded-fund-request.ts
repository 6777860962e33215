/**
 * The MDF fund request (definitions/mdf-fund-request.yaml) written by hand: the baseline of
 * the `worker-memory` benchmark. It follows the template's main path and its refusals,
 * with the same ledger actions, read model, mails and `decide` update; the steps live in
 * code instead of a template snapshot in the instance's input.
 */
import { parseDuration } from '../../definitions/duration.js';
import type { InstanceResult, Task } from '../../workflows/schemas.js';
import { HandCodedInstance, type HandCodedInput } from './hand-coded-instance.js';

const DAY = 24 * 60 * 60 * 1000;
const REVIEW_OUTCOMES = ['approve', 'approve_lower', 'request_changes', 'deny'];

const amountOf = (money: unknown, fallback: number): number =>
  typeof money === 'object' && money !== null && 'amount' in money && typeof money.amount === 'number' ? money.amount : fallback;
const durationOf = (value: unknown, fallback: string): number => parseDuration(typeof value === 'string' ? value : fallback);

/** Runs one fund request from the proposal to Closed, Denied, Cancelled, Expired or Non-compliant. */
export async function handCodedFundRequest(start: HandCodedInput): Promise<InstanceResult> {
  const request = new HandCodedInstance(start, { templateId: 'mdf-fund-request', templateVersion: 1, title: 'MDF fund request' });
  const { input } = start;
  request.state.status = 'Draft';
  request.state.vars['finance_threshold'] = amountOf(input['finance_threshold'], 1_000_000);

  let proposal: Task | undefined;
  for (let listening = false; ; ) {
    const task = request.open('proposal', 'task', 'partner.requester', ['submit', 'cancel'], 'Propose the activity');
    if (!listening) request.listen();
    listening = true;
    proposal = await request.answerOf(task);
    if (proposal.outcome === 'cancel') return request.end('cancelled', 'Cancelled');
    const form = proposal.form ?? {};
    if (String(form['end_date']) < String(form['start_date'])) {
      await request.notify('dates_refused', ['partner.requester'], 'Your fund request needs changes', 'The activity ends before it starts.', 'Changes requested');
      continue;
    }
    request.state.status = 'Submitted';
    const check = await request.act('check_funds', 'ledger.check', { allocation: 'input.allocation_id', amount: 'steps.proposal.form.requested_amount' });
    if (check.outcome !== 'fits') {
      await request.notify('funds_refused', ['partner.requester', 'vendor.channel_manager'], 'Your fund request does not fit the allocation', 'Lower the amount.', 'Changes requested');
      continue;
    }
    const review = await request.ask('manager_review', 'approval', 'vendor.channel_manager', REVIEW_OUTCOMES, 'Pre-approve the activity', 'In review');
    if (review.outcome === 'deny') return request.end('denied', 'Denied');
    if (review.outcome === 'request_changes') {
      await request.notify('changes_requested', ['partner.requester'], 'Your fund request needs changes', 'The vendor asked for changes.', 'Changes requested');
      continue;
    }
    const reserve = await request.act('reserve', 'ledger.reserve', {
      allocation: 'input.allocation_id',
      amount: 'steps.manager_review.outcome == "approve_lower" ? steps.manager_review.form.approved_amount : steps.proposal.form.requested_amount',
      atMost: 'steps.proposal.form.requested_amount',
    });
    if (reserve.outcome !== 'reserved') {
      await request.notify('funds_refused', ['partner.requester', 'vendor.channel_manager'], 'Your fund request does not fit the allocation', 'Lower the amount.', 'Changes requested');
      continue;
    }
    if (amountOf(form['requested_amount'], 0) <= amountOf({ amount: request.state.vars['finance_threshold'] }, 0)) break;
    const finance = await request.ask('finance_review', 'approval', 'vendor.finance', REVIEW_OUTCOMES, 'Finance approval of a large request', 'In review');
    if (finance.outcome === 'deny') {
      await request.act('release_denied', 'ledger.release', { reason: 'denied' });
      return request.end('denied', 'Denied');
    }
    if (finance.outcome === 'request_changes') {
      await request.act('release_for_changes', 'ledger.release', { reason: 'changes_requested' });
      await request.notify('changes_requested', ['partner.requester'], 'Your fund request needs changes', 'The vendor asked for changes.', 'Changes requested');
      continue;
    }
    if (finance.outcome === 'approve_lower') await request.act('adjust', 'ledger.adjust', { to: 'steps.finance_review.form.approved_amount' });
    break;
  }

  await request.notify('pre_approved', ['partner.requester', 'partner.marketing_lead'], 'Your fund request is pre-approved', 'Claim the funds after the activity.', 'Pre-approved');
  const activityEnd = Date.parse(String(proposal.form?.['end_date'])) + DAY;
  const cancel = request.open('cancel_activity', 'task', 'partner.requester', ['cancel'], 'Cancel the activity if it will not take place', 'In execution');
  if (await request.answerWithin(cancel, activityEnd - Date.now())) {
    await request.act('release_cancelled', 'ledger.release', { reason: 'cancelled' });
    return request.end('cancelled', 'Cancelled');
  }
  request.close(cancel, 'cancelled');

  const claim = await request.askUntil(durationOf(input['claim_window'], '45d'), 'expire', 'claim', 'partner.requester', ['submit', 'cancel', 'expire'], 'Claim the funds', 'Claim due');
  if (claim.outcome !== 'submit') {
    await request.act('release_claim', 'ledger.release', { reason: claim.outcome === 'cancel' ? 'cancelled' : 'expired' });
    return request.end(claim.outcome === 'cancel' ? 'cancelled' : 'expired', claim.outcome === 'cancel' ? 'Cancelled' : 'Expired');
  }
  for (;;) {
    const review = await request.ask('claim_review', 'task', 'vendor.marketing_approver', ['approve', 'approve_partial', 'request_information', 'deny'], 'Review the claim', 'Claim submitted');
    if (review.outcome === 'deny') {
      await request.act('release_claim_denied', 'ledger.release', { reason: 'claim_denied' });
      return request.end('denied', 'Denied');
    }
    if (review.outcome === 'request_information') {
      const answer = await request.askUntil(durationOf(input['information_window'], '14d'), 'expire', 'more_information', 'partner.requester', ['submit', 'expire'], "Answer the reviewer's questions", 'Waiting for information');
      if (answer.outcome === 'expire') {
        await request.act('release_expired', 'ledger.release', { reason: 'expired' });
        return request.end('expired', 'Expired');
      }
      continue;
    }
    const cost = amountOf(claim.form?.['actual_cost'], 0);
    const funds = request.state.vars['funds'];
    const reserved = typeof funds === 'object' && funds !== null && 'reserved' in funds && typeof funds.reserved === 'number' ? funds.reserved : cost;
    request.state.vars['reimbursable'] = review.outcome === 'approve_partial' ? amountOf(review.form?.['approved_amount'], 0) : Math.min(cost, reserved);
    break;
  }
  await request.ask('reimbursement', 'task', 'vendor.finance', ['paid'], 'Pay the partner');
  await request.act('commit', 'ledger.commit', { amount: 'vars.reimbursable' }, 'Reimbursed');
  const sample = await request.act('sample', 'audit.sample', {
    amount: 'vars.funds.committed',
    threshold: 'has(input.audit_threshold) ? input.audit_threshold.amount : 2500000',
    percent: 'has(input.audit_sample_percent) ? input.audit_sample_percent : 10',
  });
  if (sample.outcome !== 'audit') return request.end('closed', 'Closed');
  const audit = await request.ask('audit', 'task', 'vendor.compliance', ['pass', 'fail'], 'Audit the activity and its proof', 'In audit');
  if (audit.outcome === 'pass') return request.end('closed', 'Closed');
  await request.act('clawback', 'ledger.clawback', { amount: 'has(steps.audit.form.clawback_amount) ? steps.audit.form.clawback_amount.amount : vars.funds.committed' });
  return request.end('non_compliant', 'Non-compliant');
}
