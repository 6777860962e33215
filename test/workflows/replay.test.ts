/**
 * Replays the histories recorded from real runs (test/histories/*.json) against the
 * current workflow code. A change that would break running instances (non-determinism)
 * fails here. Re-record with `RECORD_HISTORIES=1 npx vitest run test/workflows/interpreter.test.ts`
 * only for changes that are replay-safe or guarded with `patched()`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils.js';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { describe, expect, inject, it } from 'vitest';

Runtime.install({ logger: new DefaultLogger('WARN') });

const dir = path.join(import.meta.dirname, '..', 'histories');
const files = readdirSync(dir).filter((file) => file.endsWith('.json')).sort();

describe('recorded histories', () => {
  it('cover approvals, loops, waits, parallel branches, timers, cancellation and withdrawal', () => {
    expect(files.map((file) => file.replace(/\.json$/, ''))).toEqual(
      expect.arrayContaining(['approval-all-threshold', 'approval-loop', 'approval-quorum', 'routing-wait', 'parallel-all', 'timing-timeout', 'cancel', 'withdraw']),
    );
  });

  it.each(files)('%s replays against the current workflow code', async (file) => {
    const history = historyFromJSON(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    await expect(
      Worker.runReplayHistory({ workflowBundle: { codePath: inject('workflowBundlePath') } }, history, file),
    ).resolves.toBeUndefined();
  });
});
