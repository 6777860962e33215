/**
 * `audit.sample`: decides whether a reimbursed fund request goes to a compliance audit.
 * Above the threshold every request is audited; below it, a share of requests is. The
 * share is drawn from a hash of the fund request's id rather than a random number, so a
 * retried activity (or a second look by an auditor) reaches the same answer, and nobody
 * can steer the draw by timing.
 */
import { createHash } from 'node:crypto';
import { AuditSampleArguments } from '../../definitions/actions.js';
import type { ActionHandler } from '../actions/registry.js';
import type { ActionRequest, ActionResult } from '../contracts.js';
import { ArgumentProblem, minorUnitsArgument, scopeOf } from './expressions.js';

/** Where a fund request falls in 0–99, the same every time for the same id. */
export function sampleBucket(fundRequestId: string): number {
  return createHash('sha256').update(fundRequestId).digest().readUInt32BE(0) % 100;
}

function sample(request: ActionRequest): ActionResult {
  const args = AuditSampleArguments.parse(request.args);
  const scope = scopeOf(request);
  const amount = minorUnitsArgument(args.amount, scope, 'amount');
  const threshold = minorUnitsArgument(args.threshold, scope, 'threshold');
  const percent = minorUnitsArgument(args.percent, scope, 'percent');
  if (percent > 100) throw new ArgumentProblem(`percent must be 0 to 100, not ${percent}`);
  const bucket = sampleBucket(request.instanceId);
  const reason = amount > threshold ? 'above_threshold' : bucket < percent ? 'sampled' : 'not_sampled';
  const selected = reason !== 'not_sampled';
  return { outcome: selected ? 'audit' : 'skip', vars: { audit: { selected, reason, bucket, percent, threshold } }, details: { reason } };
}

/** The `audit.sample` handler. A bad argument audits the request: when in doubt, look. */
export const auditSample: ActionHandler = (request) => {
  try {
    return Promise.resolve(sample(request));
  } catch (error) {
    if (!(error instanceof ArgumentProblem)) return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    return Promise.resolve({ outcome: 'audit', vars: { audit: { selected: true, reason: 'unreadable_arguments', problem: error.message } }, details: { reason: 'unreadable_arguments' } });
  }
};
