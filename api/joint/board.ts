/**
 * The joint solutions board: where each joint solution stands (its stage), how each
 * company's workstream is doing, the certification findings still to rework, and when the
 * certification ends. Pure: derived from one company's view of an instance and its timeline
 * (api/visibility.ts), so a card holds nothing that company could not already read.
 *
 * Step ids and statuses are those of the `joint-solution` template
 * (definitions/joint-solution.yaml); test/joint/board.test.ts checks them against it.
 */
import type { EventView, InstanceView } from '../visibility.js';

/** The template the board shows. */
export const JOINT_TEMPLATE_ID = 'joint-solution';

/** The stages of the board, in the order a solution moves through them; `ended` after it stopped, was unpublished or cancelled. */
export const JOINT_STAGES = ['plan', 'build', 'test', 'certification', 'listing', 'published', 'recertification_due', 'ended'] as const;
export type JointStage = (typeof JOINT_STAGES)[number];

/** The parties of the template that have a workstream each (C and D are optional). */
export const WORKSTREAM_PARTIES = ['company_a', 'company_b', 'company_c', 'company_d'] as const;

/** How a company's workstream stands, as every company of the solution sees it. */
export const WORKSTREAM_STATES = ['not_started', 'in_progress', 'blocked', 'rework', 'delivered', 'withdrawn'] as const;
export type WorkstreamState = (typeof WORKSTREAM_STATES)[number];

/** One company's workstream on a card. */
export interface WorkstreamCard {
  party: string;
  companyId: string;
  state: WorkstreamState;
  /** Flagged by the last failed certification to rework its workstream (while the solution is back in build). */
  rework: boolean;
  /** When the open workstream task is due; only the company's own (others' tasks are theirs). */
  dueAt: string | null;
}

/** One joint solution on the board, as one company sees it. */
export interface JointSolutionCard {
  id: string;
  name: string;
  status: string;
  stage: JointStage;
  lifecycle: InstanceView['lifecycle'];
  companies: Record<string, string>;
  /** The parties the viewing company plays. */
  yourParties: string[];
  workstreams: WorkstreamCard[];
  /** The findings of the failed certification, while the flagged workstreams rework them. */
  findings: string | null;
  /** When the solution was last certified (published or re-certified). */
  certifiedAt: string | null;
  /** When that certification ends; null before the first and after unpublishing. */
  certificationExpiresAt: string | null;
  updatedAt: string;
}

/** The statuses of the template, by the stage they belong to. */
const STAGE_OF_STATUS: Record<string, JointStage> = {
  Starting: 'plan',
  Planning: 'plan',
  'Plan in review': 'plan',
  Building: 'build',
  'Integration testing': 'test',
  'Integration sign-off': 'test',
  'In certification': 'certification',
  'Preparing the listing': 'listing',
  'Listing in review': 'listing',
  Published: 'published',
  'Re-certification due': 'recertification_due',
  'In re-certification': 'recertification_due',
  Unpublished: 'ended',
  Stopped: 'ended',
  Cancelled: 'ended',
};

/**
 * The stage of a joint solution: an instance that is no longer running has ended; a running
 * one is in the stage its status (the template's `status:` of its current step) belongs to,
 * and a status the board does not know (a later template version's) counts as planning.
 */
export function stageOf(status: string, lifecycle: InstanceView['lifecycle']): JointStage {
  if (lifecycle !== 'running') return 'ended';
  const stage = STAGE_OF_STATUS[status];
  return stage === undefined || stage === 'ended' ? 'plan' : stage;
}

/**
 * The state of one company's workstream, from the shared timeline: not started until its
 * workstream step is first entered; once its branch has moved on, delivered; while it is at
 * its workstream, blocked if it last came there from telling the others it is blocked,
 * rework if from the certification findings, else in progress. A party that withdrew has withdrawn.
 */
export function workstreamState(party: string, currentSteps: readonly string[], events: readonly EventView[], withdrawn: readonly string[]): WorkstreamState {
  if (withdrawn.includes(party)) return 'withdrawn';
  const workstream = `${party}_workstream`;
  const blocked = `${party}_blocked`;
  const findings = `${party}_findings`;
  const branch = events.filter((event) => event.type === 'step_entered' && (event.stepId === workstream || event.stepId === blocked || event.stepId === findings));
  if (branch.length === 0) return 'not_started';
  if (!currentSteps.some((step) => step === workstream || step === blocked || step === findings)) return 'delivered';
  const last = branch[branch.length - 1];
  const before = last?.stepId === workstream ? branch[branch.length - 2] : last;
  if (before?.stepId === blocked) return 'blocked';
  if (before?.stepId === findings) return 'rework';
  return 'in_progress';
}

/**
 * The card of one joint solution for the company whose view and timeline these are.
 * `certificationMs` is how long a certification lasts for this instance (its re-certification
 * reminder plus notice), or null when it cannot be told.
 */
export function solutionCard(view: InstanceView, events: readonly EventView[], viewer: string, certificationMs: number | null): JointSolutionCard {
  const stage = stageOf(view.status, view.lifecycle);
  const rework = reworkFlags(view.vars['rework']);
  const findings = view.vars['findings'];
  const reworking = stage === 'build' && Object.values(rework).some(Boolean);
  const certified = [...events].reverse().find((event) => event.type === 'step_entered' && event.stepId === 'certified');
  const stillCertified = certified !== undefined && (stage === 'published' || stage === 'recertification_due');
  const name = view.input['solution_name'];
  return {
    id: view.id,
    name: typeof name === 'string' && name.trim() !== '' ? name : view.title,
    status: view.status,
    stage,
    lifecycle: view.lifecycle,
    companies: view.companies,
    yourParties: Object.entries(view.companies)
      .filter(([, companyId]) => companyId === viewer)
      .map(([party]) => party),
    workstreams: WORKSTREAM_PARTIES.flatMap((party) => {
      const companyId = view.companies[party];
      if (companyId === undefined) return [];
      const open = view.tasks.find((task) => task.stepId === `${party}_workstream` && task.status === 'open' && task.companyId === viewer);
      return [{ party, companyId, state: workstreamState(party, view.currentSteps, events, view.withdrawn), rework: reworking && rework[party] === true, dueAt: open?.dueAt ?? null }];
    }),
    findings: reworking && typeof findings === 'string' && findings.trim() !== '' ? findings.trim() : null,
    certifiedAt: stillCertified ? certified.at : null,
    certificationExpiresAt: stillCertified && certificationMs !== null ? new Date(Date.parse(certified.at) + certificationMs).toISOString() : null,
    updatedAt: view.updatedAt,
  };
}

/** The `rework` variable the template records after a failed certification: party → whether to rework. */
function reworkFlags(value: unknown): Record<string, boolean> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).map(([party, flag]) => [party, flag === true]));
}
