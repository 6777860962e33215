/**
 * Reads the joint solutions board of one company: the `joint-solution` instances it takes
 * part in (row-level security confines the read as for every company read), each turned into
 * the company's view and timeline (api/visibility.ts) and from those into a card (board.ts).
 */
import type pg from 'pg';
import { loadTemplate } from '../../activities/mail/index.js';
import { resolveDuration } from '../../definitions/duration.js';
import type { Template } from '../../definitions/template.js';
import type { InstanceState } from '../../workflows/schemas.js';
import { queryAs } from '../projection.js';
import { instanceView, timelineView } from '../visibility.js';
import { JOINT_STAGES, JOINT_TEMPLATE_ID, solutionCard, type JointSolutionCard, type JointStage } from './board.js';

/** What GET /joint/solutions answers: the stages in order, and every solution the company takes part in. */
export interface JointBoardAnswer {
  stages: JointStage[];
  solutions: JointSolutionCard[];
}

/** Solutions one board shows at most, most recently changed first. */
const BOARD_LIMIT = 500;

/** The board of `companyId`. */
export async function jointBoard(pool: pg.Pool, companyId: string): Promise<JointBoardAnswer> {
  const result = await queryAs<{ state: InstanceState }>(
    pool,
    companyId,
    'SELECT state FROM instances WHERE template_id = $2 AND $1 = ANY (company_ids) ORDER BY updated_at DESC, id DESC LIMIT $3',
    [companyId, JOINT_TEMPLATE_ID, BOARD_LIMIT],
  );
  const templates = new Map<number, Promise<Template | undefined>>();
  const templateOf = (version: number) => {
    const known = templates.get(version) ?? loadTemplate(pool, JOINT_TEMPLATE_ID, version);
    templates.set(version, known);
    return known;
  };
  const solutions = await Promise.all(
    result.rows.map(async ({ state }) => solutionCard(instanceView(state, companyId), timelineView(state, companyId), companyId, certificationMs(await templateOf(state.templateVersion), state.input))),
  );
  return { stages: [...JOINT_STAGES], solutions };
}

/** How long a certification of this instance lasts: its re-certification reminder plus the notice after it. */
function certificationMs(template: Template | undefined, input: Record<string, unknown>): number | null {
  if (!template) return null;
  try {
    return resolveDuration({ input: 'recertification_reminder' }, input, template) + resolveDuration({ input: 'recertification_notice' }, input, template);
  } catch {
    // A version without these inputs has no certification end to show.
    return null;
  }
}
