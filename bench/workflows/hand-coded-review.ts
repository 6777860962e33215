/**
 * The benchmark's six-step process (two approvals, a task, an action, a wait, an end)
 * written by hand: the baseline of the `interpreter` benchmark. Same activities, same
 * read model, same mails and the same `decide` update as the template run by the interpreter.
 */
import { parseDuration } from '../../definitions/duration.js';
import type { InstanceResult } from '../../workflows/schemas.js';
import { HandCodedInstance, type HandCodedInput } from './hand-coded-instance.js';

/** Runs one co-marketing request from the manager's approval to its end. */
export async function handCodedReview(start: HandCodedInput): Promise<InstanceResult> {
  const instance = new HandCodedInstance(start, { templateId: 'bench-six-step', templateVersion: 1, title: 'Co-marketing request' });
  const first = instance.open('manager_approval', 'approval', 'vendor.manager', ['approve'], 'Approve the request', 'In review');
  instance.listen();
  await instance.answerOf(first);
  await instance.ask('finance_approval', 'approval', 'vendor.finance', ['approve'], 'Approve the budget');
  await instance.ask('deliver', 'task', 'partner.requester', ['done'], 'Run the campaign', 'In execution');
  await instance.act('sample', 'audit.sample', { amount: 'input.amount.amount', threshold: '1000000', percent: '0' });
  const coolOff = start.input['cool_off'];
  await instance.wait('cool_off', parseDuration(typeof coolOff === 'string' ? coolOff : '100ms'), 'Cooling off');
  return instance.end('closed', 'Closed');
}
