/**
 * Joint solutions: every joint solution the signed-in person's company takes part in, on a
 * board by stage (plan, build, test, certification, listing, published, re-certification
 * due, ended), each with every company's workstream, the certification findings still to
 * rework and when the certification ends. From GET /me/joint/solutions.
 */
import { humanize } from '../presentation/format.js';
import { answer, api, type Schemas } from './api.js';
import { alert, company, date, instanceBadge, statusBadge, type Tone } from './components.js';
import { h } from './dom.js';

type Solution = Schemas['JointSolution'];
type Workstream = Schemas['JointWorkstream'];

const STAGE_TITLES: Record<Schemas['JointStage'], string> = {
  plan: 'Plan',
  build: 'Build',
  test: 'Test',
  certification: 'Certification',
  listing: 'Listing',
  published: 'Published',
  recertification_due: 'Re-certification due',
  ended: 'Ended',
};

const WORKSTREAM_TONES: Record<Workstream['state'], Tone> = {
  not_started: 'neutral',
  in_progress: 'open',
  blocked: 'late',
  rework: 'waiting',
  delivered: 'done',
  withdrawn: 'neutral',
};

/** Renders the page into `main`. */
export async function jointPage(main: HTMLElement): Promise<void> {
  const summary = h('p', { class: 'lead', role: 'status', id: 'board-summary' }, 'Loading…');
  const board = h('div', { id: 'board', class: 'board' });
  main.replaceChildren(h('h1', {}, 'Joint solutions'), summary, board);
  let answered: Schemas['JointBoard'];
  try {
    answered = answer(await api.GET('/me/joint/solutions'));
  } catch (error) {
    summary.replaceChildren(alert(error instanceof Error ? error.message : String(error)));
    return;
  }
  const count = answered.solutions.length;
  summary.replaceChildren(count === 0 ? 'Your company takes part in no joint solution yet.' : `${count} ${count === 1 ? 'joint solution' : 'joint solutions'} your company takes part in, by stage.`);
  board.replaceChildren(
    ...answered.stages.map((stage) => {
      const here = answered.solutions.filter((solution) => solution.stage === stage);
      const heading = `stage-${stage}`;
      return h(
        'section',
        { class: 'card stage', 'aria-labelledby': heading, 'data-stage': stage },
        h('h2', { id: heading }, `${STAGE_TITLES[stage]} `, h('span', { class: 'muted' }, `(${here.length})`)),
        here.length === 0 ? h('p', { class: 'muted' }, 'None.') : h('ul', { class: 'solutions' }, here.map((solution) => h('li', {}, card(solution)))),
      );
    }),
  );
}

/** One solution: its name (to its instance page), status, workstreams, findings and certification. */
function card(solution: Solution): HTMLElement {
  return h(
    'article',
    { class: 'solution', 'data-id': solution.id },
    h('h3', {}, h('a', { href: `/console/instances/${encodeURIComponent(solution.id)}`, 'data-solution': solution.id }, solution.name)),
    h('p', { class: 'row' }, instanceBadge(solution), solution.yourParties.length > 0 ? h('span', { class: 'note' }, `You: ${solution.yourParties.map(humanize).join(', ')}`) : null),
    solution.workstreams.length === 0
      ? null
      : h(
          'ul',
          { class: 'workstreams', 'aria-label': 'Workstreams' },
          solution.workstreams.map((workstream) =>
            h(
              'li',
              { 'data-party': workstream.party, 'data-company': workstream.companyId, 'data-state': workstream.state },
              company(workstream.companyId),
              ` (${humanize(workstream.party)}) `,
              statusBadge(humanize(workstream.state), WORKSTREAM_TONES[workstream.state]),
              workstream.rework ? h('span', { class: 'note' }, ' must rework') : null,
              workstream.dueAt ? h('span', { class: 'note' }, ' due ', date(workstream.dueAt)) : null,
            ),
          ),
        ),
    solution.findings ? h('div', { class: 'findings' }, h('strong', {}, 'Findings to rework'), h('p', { class: 'pre' }, solution.findings)) : null,
    solution.certificationExpiresAt ? h('p', { class: 'note' }, 'Certification ends ', date(solution.certificationExpiresAt)) : null,
  );
}
