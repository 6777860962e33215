/**
 * The joint solutions board's rules, without a server: which stage a solution is in, how each
 * company's workstream stands as the shared timeline tells it, when findings show, and when
 * the certification ends. The step ids and statuses it relies on are the template's.
 */
import { describe, expect, it } from 'vitest';
import { JOINT_STAGES, solutionCard, stageOf, workstreamState, WORKSTREAM_PARTIES } from '../../api/joint/board.js';
import { JOINT_SOLUTION_STATUSES } from '../../api/responses.js';
import type { EventView, InstanceView, TaskView } from '../../api/visibility.js';
import { indexSteps } from '../../definitions/flow.js';
import { jointTemplate } from './company-view.js';

let seq = 0;
const entered = (stepId: string, at = '2026-01-01T00:00:00.000Z'): EventView => ({ seq: (seq += 1), at, type: 'step_entered', stepId, taskId: null, actor: null, outcome: null, comment: null, details: {} });

const view = (overrides: Partial<InstanceView> = {}): InstanceView => ({
  id: 'joint-solution:checkout',
  templateId: 'joint-solution',
  templateVersion: 4,
  businessKey: 'checkout',
  title: 'Joint solution',
  status: 'Building',
  lifecycle: 'running',
  companies: { company_a: 'acme', company_b: 'globex', certifier: 'initech', publisher: 'initech' },
  input: { solution_name: 'Checkout Insights' },
  vars: {},
  currentSteps: [],
  participants: {},
  initiator: { company: 'acme' },
  tasks: [],
  withdrawn: [],
  incident: null,
  incidents: [],
  revision: 7,
  startedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  endedAt: null,
  ...overrides,
});

describe('the stage of a joint solution', () => {
  it('puts every status of the template in one stage, in the order a solution moves', () => {
    const stages = JOINT_SOLUTION_STATUSES.map((status) => stageOf(status, 'running'));
    expect(stages).toEqual(['plan', 'plan', 'plan', 'build', 'test', 'test', 'certification', 'listing', 'listing', 'published', 'recertification_due', 'recertification_due', 'plan', 'plan', 'plan']);
    expect(new Set(stages.filter((stage) => stage !== 'ended'))).toEqual(new Set(JOINT_STAGES.filter((stage) => stage !== 'ended')));
  });

  it('ends a solution that is no longer running, whatever its status says', () => {
    expect(stageOf('Unpublished', 'completed')).toBe('ended');
    expect(stageOf('Published', 'cancelled')).toBe('ended');
    expect(stageOf('Stopped', 'completed')).toBe('ended');
  });

  it('names only statuses and steps the template has', () => {
    const steps = indexSteps(jointTemplate());
    const statuses = new Set([...steps.values()].map(({ step }) => step.status).filter((status) => status !== undefined));
    for (const status of statuses) expect(JOINT_SOLUTION_STATUSES).toContain(status);
    for (const party of WORKSTREAM_PARTIES) for (const suffix of ['workstream', 'blocked', 'findings']) expect(steps.has(`${party}_${suffix}`), `${party}_${suffix}`).toBe(true);
    expect(steps.has('certified')).toBe(true);
    expect(Object.keys(jointTemplate().inputs)).toEqual(expect.arrayContaining(['recertification_reminder', 'recertification_notice', 'solution_name']));
  });
});

describe('a company’s workstream', () => {
  it('has not started before its step is entered, and is in progress while it is there', () => {
    expect(workstreamState('company_b', ['plan_approval'], [entered('plan')], [])).toBe('not_started');
    expect(workstreamState('company_b', ['company_b_workstream'], [entered('company_b_start'), entered('company_b_workstream')], [])).toBe('in_progress');
  });

  it('is blocked once its company told the others so, until it is decided again', () => {
    const events = [entered('company_b_workstream'), entered('company_b_blocked'), entered('company_b_workstream')];
    expect(workstreamState('company_b', ['company_b_workstream'], events, [])).toBe('blocked');
    // Another company's block says nothing about this one.
    expect(workstreamState('company_a', ['company_a_workstream'], [entered('company_a_workstream'), entered('company_b_blocked'), entered('company_b_workstream')], [])).toBe('in_progress');
  });

  it('reworks findings sent back by certification, and is delivered once its branch moved on', () => {
    const events = [entered('company_a_workstream'), entered('technical_review'), entered('company_a_findings'), entered('company_a_workstream')];
    expect(workstreamState('company_a', ['company_a_workstream', 'company_b_start'], events, [])).toBe('rework');
    expect(workstreamState('company_a', ['test_report'], events, [])).toBe('delivered');
  });

  it('has withdrawn when its party withdrew', () => {
    expect(workstreamState('company_b', ['company_b_workstream'], [entered('company_b_workstream')], ['company_b'])).toBe('withdrawn');
  });
});

describe('a card on the board', () => {
  const ownTask = (companyId: string, party: string): TaskView => ({
    id: `${party}_workstream.1.${party}.workstream_owner`,
    instanceId: 'joint-solution:checkout',
    stepId: `${party}_workstream`,
    kind: 'task',
    title: 'Build',
    role: `${party}.workstream_owner`,
    companyId,
    status: 'open',
    outcomes: ['submit', 'blocked'],
    outcomeOptions: [],
    assignees: [],
    outcome: null,
    decidedBy: null,
    comment: null,
    form: null,
    openedAt: '2026-01-01T00:00:00.000Z',
    dueAt: '2026-01-31T00:00:00.000Z',
    decidedAt: null,
  });

  it('shows each company’s workstream, the viewer’s parties and its own due date only', () => {
    const card = solutionCard(
      view({ currentSteps: ['company_a_workstream', 'company_b_workstream'], tasks: [ownTask('globex', 'company_b')] }),
      [entered('company_a_workstream'), entered('company_b_workstream')],
      'globex',
      null,
    );
    expect(card).toMatchObject({ name: 'Checkout Insights', stage: 'build', yourParties: ['company_b'], findings: null, certifiedAt: null, certificationExpiresAt: null });
    expect(card.workstreams).toEqual([
      { party: 'company_a', companyId: 'acme', state: 'in_progress', rework: false, dueAt: null },
      { party: 'company_b', companyId: 'globex', state: 'in_progress', rework: false, dueAt: '2026-01-31T00:00:00.000Z' },
    ]);
  });

  it('shows the findings and the flagged companies while they rework, and no longer once certification passed', () => {
    const vars = { rework: { company_a: false, company_b: true, company_c: false, company_d: false }, findings: 'Security review: tokens in logs' };
    const events = [entered('company_b_workstream'), entered('company_b_findings'), entered('company_b_workstream')];
    const building = solutionCard(view({ vars, currentSteps: ['company_b_workstream'] }), events, 'acme', null);
    expect(building.findings).toBe('Security review: tokens in logs');
    expect(building.workstreams.map((workstream) => [workstream.party, workstream.state, workstream.rework])).toEqual([
      ['company_a', 'not_started', false],
      ['company_b', 'rework', true],
    ]);
    const listing = solutionCard(view({ vars, status: 'Preparing the listing', currentSteps: ['listing'] }), events, 'acme', null);
    expect(listing.findings).toBeNull();
    expect(listing.workstreams.every((workstream) => !workstream.rework)).toBe(true);
  });

  it('dates the certification from the last time it was certified, and drops it once unpublished', () => {
    const events = [entered('certified', '2026-03-01T00:00:00.000Z'), entered('certification_lapse', '2026-03-02T00:00:00.000Z'), entered('certified', '2026-03-05T00:00:00.000Z')];
    const day = 24 * 60 * 60 * 1000;
    const published = solutionCard(view({ status: 'Published', currentSteps: ['certified'] }), events, 'acme', 365 * day);
    expect(published).toMatchObject({ stage: 'published', certifiedAt: '2026-03-05T00:00:00.000Z', certificationExpiresAt: '2027-03-05T00:00:00.000Z' });
    const due = solutionCard(view({ status: 'Re-certification due', currentSteps: ['certification_lapse'] }), events, 'acme', 365 * day);
    expect(due).toMatchObject({ stage: 'recertification_due', certificationExpiresAt: '2027-03-05T00:00:00.000Z' });
    const unpublished = solutionCard(view({ status: 'Unpublished', lifecycle: 'completed', currentSteps: [] }), events, 'acme', 365 * day);
    expect(unpublished).toMatchObject({ stage: 'ended', certifiedAt: null, certificationExpiresAt: null });
  });
});
