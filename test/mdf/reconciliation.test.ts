/**
 * Endings no workflow code sees: an operator terminates a fund request that holds funds.
 * The API's reconciliation finds it, gives the funds back once, and reports it in /health
 * and the metrics.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { decide, expectBalances, fundedAllocation, manager, prepare, proposal, requestFunds, waitForStatus, type Keys } from './support.js';

let stack: TestStack;
let keys: Keys;
beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000, ledgerReconcileMs: 500 });
  keys = await prepare(stack);
});
afterAll(async () => {
  await stack?.stop();
});

interface Health {
  ledger: { ok: boolean; releasedTotal: number; recentReleases: Array<{ fundRequestId: string; amount: number; currency: string; ended: string }> };
}

describe('reconciliation', () => {
  it('releases, once, the funds of a fund request an operator terminated, and reports it in /health and the metrics', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 20_000_00 });
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(6_000_00) });
    const id = started.body.id;
    await decide(stack, keys.vendor, id, 'manager_review.1.vendor.channel_manager', manager, 'approve');
    await waitForStatus(stack, keys.partner, id, 'Claim due', 'claim.1.partner.requester');
    // Still running: reconciliation leaves a live request's funds alone.
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 6_000_00 });

    await stack.client.workflow.getHandle(id).terminate('operator stopped a stuck request');
    const api = stack.api?.url ?? '';
    const health = await eventually(async () => {
      const answer = (await (await fetch(`${api}/health`)).json()) as Health;
      expect(answer.ledger.recentReleases).toContainEqual(expect.objectContaining({ fundRequestId: id, amount: 6_000_00, currency: 'USD', ended: 'TERMINATED' }));
      return answer;
    }, 30_000);
    expect(health.ledger.ok).toBe(true);
    const after = await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, available: 20_000_00 });
    expect(after.movements?.filter((movement) => movement.kind === 'release')).toHaveLength(1);

    // Later passes find nothing more to give back.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const later = (await (await fetch(`${api}/health`)).json()) as Health;
    expect(later.ledger.releasedTotal).toBe(health.ledger.releasedTotal);
    const metrics = await (await fetch(`${api}/metrics`)).text();
    expect(metrics).toMatch(/^tandem_ledger_reconciled_releases_total [1-9]/m);
  });
});
