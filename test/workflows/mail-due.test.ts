/** Which queued mail an instance still sends when it writes out a settle. */
import { describe, expect, it } from 'vitest';
import type { MailRequest } from '../../activities/contracts.js';
import type { Task } from '../../workflows/schemas.js';
import { dueMail } from '../../workflows/mail-due.js';

const instance = { id: 'i-1', title: 'A request', status: 'In review', templateTitle: 'Requests' };
const paul = { name: 'Paul', email: 'paul@globex.example', company: 'globex' };

function taskMail(taskId: string): MailRequest {
  return { key: `i-1/${taskId}/${paul.email}/task`, purpose: 'task', to: paul, instance, task: { id: taskId, title: 'Propose', role: 'partner.requester', companyId: 'globex', outcomes: ['submit'], stepId: 'proposal' } };
}

function task(id: string, status: Task['status']): Pick<Task, 'id' | 'status'> {
  return { id, status };
}

describe('mail due after a settle', () => {
  it('sends one mail to a person named twice in a notification', () => {
    const notice: MailRequest = { key: `i-1/pre_approved.1/${paul.email}/notify`, purpose: 'notify', to: paul, instance, subject: 'Pre-approved', message: 'Go ahead' };
    expect(dueMail({ tasks: [] }, [notice, { ...notice }])).toEqual([notice]);
  });

  it('drops the mail of a task that opened and closed in the same settle, and keeps an open one', () => {
    const state = { tasks: [task('proposal.1.partner.requester', 'decided'), task('claim.1.partner.requester', 'open')] };
    const kept = dueMail(state, [taskMail('proposal.1.partner.requester'), taskMail('claim.1.partner.requester')]);
    expect(kept.map((mail) => mail.task?.id)).toEqual(['claim.1.partner.requester']);
  });
});
