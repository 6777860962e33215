/**
 * Many instances in the projection at once, for tests of the lists: each row is what the API
 * writes when it starts an instance (api/starting-row.ts), moved on to a status and a change
 * time of the test's choosing. No workflow runs behind them: the lists read only the projection.
 */
import { publishTemplate } from '../../api/template-catalog.js';
import { recordStarting, startingState } from '../../api/starting-row.js';
import type { TemplateInput } from '../../definitions/template.js';
import { parties } from '../fixtures/people.js';
import type { Person } from '../../workflows/schemas.js';
import type { TestStack } from './stack.js';

/** The process the listed rows are instances of. */
export const listedTemplate: TemplateInput = {
  id: 'listed-process',
  version: 1,
  title: 'Listed process',
  parties,
  steps: [
    { id: 'propose', kind: 'task', title: 'Propose', owner: 'partner.requester', outcomes: ['submit'], next: 'done' },
    { id: 'done', kind: 'end', status: 'Done' },
  ],
};

/** One row to write: its business key, the partner company, its status, and its change time (ISO, to the microsecond). */
export interface ListedRow {
  businessKey: string;
  partner: string;
  status: string;
  updatedAt: string;
}

/**
 * Writes the rows as instances of {@link listedTemplate} between vendor `acme` and each row's
 * partner; returns their ids in the order given. Rows may share a change time, as rows written
 * in one moment do.
 */
export async function writeListedInstances(stack: Pick<TestStack, 'pool'>, rows: readonly ListedRow[], initiator: Person): Promise<string[]> {
  const { template } = await publishTemplate(stack.pool, listedTemplate);
  const ids: string[] = [];
  const db = await stack.pool.connect();
  try {
    await db.query('BEGIN');
    for (const row of rows) {
      const id = `${template.id}:${row.partner}:${row.businessKey}`;
      const state = startingState({ id, template, businessKey: row.businessKey, bindings: { companies: { vendor: 'acme', partner: row.partner }, participants: {} }, input: {}, initiator }, Date.parse(row.updatedAt));
      await recordStarting(db, state);
      // Past "Starting" (revision 1), so no sweep takes it for a start that never happened.
      await db.query(`UPDATE instances SET revision = 1, status = $2, state = jsonb_set(jsonb_set(state, '{status}', to_jsonb($2::text)), '{revision}', '1'), updated_at = $3::timestamptz WHERE id = $1`, [id, row.status, row.updatedAt]);
      ids.push(id);
    }
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  } finally {
    db.release();
  }
  return ids;
}

/**
 * `count` rows whose change times crowd into a few milliseconds: several share one microsecond,
 * others differ by less than a millisecond, as a busy projection writes them.
 */
export function crowdedRows(prefix: string, partner: string, count: number, statuses: readonly string[]): ListedRow[] {
  return Array.from({ length: count }, (_, index) => {
    // Three rows per moment, moments 0.17 ms apart (all within the same second).
    const micros = Math.floor(index / 3) * 170;
    const at = `2026-11-30T12:00:00.${String(micros).padStart(6, '0')}Z`;
    return { businessKey: `${prefix}-${String(index).padStart(3, '0')}`, partner, status: statuses[index % statuses.length] ?? 'Open', updatedAt: at };
  });
}
