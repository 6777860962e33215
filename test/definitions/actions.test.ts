import { describe, expect, it } from 'vitest';
import { ACTION_NAMES, ACTIONS, findAction } from '../../definitions/actions.js';

describe('action registry', () => {
  it('has notify, record and the MDF ledger actions', () => {
    expect(ACTION_NAMES).toEqual(['notify', 'record', 'ledger.check', 'ledger.reserve', 'ledger.adjust', 'ledger.release', 'ledger.commit', 'ledger.clawback', 'audit.sample']);
    expect(findAction('notify')).toBe(ACTIONS.notify);
  });

  it('does not treat inherited names as actions', () => {
    expect(findAction('toString')).toBeUndefined();
    expect(findAction('constructor')).toBeUndefined();
  });

  it('checks notify arguments and lists the roles they name', () => {
    const args = { to: ['vendor.finance', 'partner.admin'], subject: 'Paid', message: 'The claim was paid.' };
    expect(ACTIONS.notify.arguments.safeParse(args).success).toBe(true);
    expect(ACTIONS.notify.arguments.safeParse({ ...args, to: [] }).success).toBe(false);
    expect(ACTIONS.notify.arguments.safeParse({ ...args, cc: [] }).success).toBe(false);
    expect(ACTIONS.notify.references?.(args).roles).toEqual([
      { path: ['to', 0], role: 'vendor.finance' },
      { path: ['to', 1], role: 'partner.admin' },
    ]);
  });

  it('says which variable record writes and which expression it evaluates', () => {
    const args = { name: 'approved_total', value: 'input.amount.amount' };
    expect(ACTIONS.record.references?.(args)).toEqual({ expressions: [{ path: ['value'], expression: 'input.amount.amount' }], writes: ['approved_total'] });
    expect(ACTIONS.record.arguments.safeParse({ name: 'Bad-Name', value: '1' }).success).toBe(false);
  });
});
