import { describe, expect, it } from 'vitest';
import { parsePath, TemplateText } from '../../console/template-lines.js';

const YAML = `id: campaign
version: 1
title: Joint campaign
parties:
  vendor:
    roles:
      manager: { group: managers }
  "odd-party":
    roles: {}
steps:
  - id: propose
    kind: task
    owner: partner.requester
    outcomes: [submit]
  - id: review
    kind: approval
    approvers:
      - role: vendor.manger
    outcomes:
      - approve
      - reject
steps_after: x
`;

describe('error paths to lines of the YAML', () => {
  it('reads paths as the validator writes them', () => {
    expect(parsePath('steps[3].approvers[0].role')).toEqual(['steps', 3, 'approvers', 0, 'role']);
    expect(parsePath('parties["odd-party"].roles')).toEqual(['parties', 'odd-party', 'roles']);
    expect(parsePath('')).toEqual([]);
    expect(parsePath('steps[x]')).toBeUndefined();
  });

  it('puts an error at the line of the value its path names', () => {
    const text = new TemplateText(YAML);
    const spot = text.spotOf('steps[1].approvers[0].role');
    expect(spot).toMatchObject({ line: 18, exact: true });
    expect(YAML.slice(spot.from, spot.to)).toBe('role: vendor.manger');
    expect(text.spotOf('steps[1].outcomes[1]')).toMatchObject({ line: 21, exact: true });
    expect(text.spotOf('steps[0].outcomes[0]')).toMatchObject({ line: 14, exact: true });
    expect(text.spotOf('parties["odd-party"].roles')).toMatchObject({ line: 9, exact: true });
    expect(text.spotOf('steps[1]')).toMatchObject({ line: 15, exact: true });
    expect(text.spotOf('steps_after')).toMatchObject({ line: 22, exact: true });
  });

  it('stops at the deepest part that is written when the path names something missing', () => {
    const text = new TemplateText(YAML);
    // A missing property: the step that lacks it.
    expect(text.spotOf('steps[0].next')).toMatchObject({ line: 11, exact: false });
    expect(text.spotOf('steps[7].id')).toMatchObject({ line: 10, exact: false });
    expect(text.spotOf('start')).toMatchObject({ line: 1, exact: false });
    expect(text.spotOf('')).toMatchObject({ line: 1, exact: true });
  });

  it('reads a syntax error’s line and column', () => {
    const text = new TemplateText('id: a\nsteps: [\n');
    expect(text.spotOf('body:2:8')).toMatchObject({ line: 2, from: 13 });
    expect(text.spotOf('body:99:1').line).toBe(3);
  });

  it('finds every path of a thousand-step template', () => {
    const steps = Array.from({ length: 1000 }, (_, index) => `  - id: s${index}\n    kind: task\n    owner: vendor.manager\n    outcomes: [done]\n    next: { done: s${index + 1} }\n`).join('');
    const big = `id: big\nversion: 1\ntitle: Big\nsteps:\n${steps}`;
    const text = new TemplateText(big);
    const spots = Array.from({ length: 1000 }, (_, index) => text.spotOf(`steps[${index}].next.done`));
    expect(spots[999]).toMatchObject({ line: 5 + 999 * 5 + 4, exact: true });
    expect(new Set(spots.map((spot) => spot.line)).size).toBe(1000);
  });
});
