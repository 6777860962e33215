import { describe, expect, it } from 'vitest';
import { toMermaid } from '../../definitions/diagram.js';
import { Template } from '../../definitions/template.js';
import { stepProgress } from '../../presentation/progress.js';
import type { Task, Token } from '../../workflows/schemas.js';
import { baseTemplate } from '../definitions/fixtures.js';

const task = (stepId: string, companyId: string, status: Task['status'] = 'open'): Task => ({
  id: `${stepId}.1.${companyId}`,
  stepId,
  visit: 1,
  kind: 'approval',
  title: stepId,
  role: 'vendor.manager',
  party: 'vendor',
  companyId,
  status,
  assignees: [],
  outcomes: ['approve'],
  openedAt: 0,
});
const token = (stepId: string, phase: Token['phase'] = 'waiting'): Token => ({ id: `k-${stepId}`, stepId, visit: 1, phase });

describe('where an instance stands, as one company sees it', () => {
  const state = {
    visits: { submit: 1, review: 1, checks: 1 },
    tokens: [token('review'), token('checks')],
    tasks: [task('submit', 'globex', 'decided'), task('review', 'acme'), task('checks', 'globex')],
  };

  it('marks a step current where the reader’s company acts, and waiting where only another company does', () => {
    expect(stepProgress(state, 'globex')).toEqual({ visited: ['submit'], current: ['checks'], waiting: ['review'] });
    expect(stepProgress(state, 'acme')).toEqual({ visited: ['submit'], current: ['review'], waiting: ['checks'] });
  });

  it('marks a timer’s wait as waiting and a step being worked on by the instance as current', () => {
    expect(stepProgress({ visits: { cool_off: 1, route: 1 }, tokens: [token('cool_off'), token('route', 'enter')], tasks: [] }, 'acme')).toEqual({ visited: [], current: ['route'], waiting: ['cool_off'] });
  });

  it('writes the marks into the diagram as classes of the step nodes, and drops ids that are not step ids', () => {
    const chart = toMermaid(Template.parse(baseTemplate()), { visited: ['submit'], current: ['review'], waiting: ['x --> y'] }).split('\n').map((line) => line.trim());
    expect(chart).toContain('class s_submit visited');
    expect(chart).toContain('class s_review current');
    expect(chart.some((line) => line.includes('x --> y'))).toBe(false);
  });
});
