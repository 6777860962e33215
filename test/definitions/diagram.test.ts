import { describe, expect, it } from 'vitest';
import { toMermaid } from '../../definitions/diagram.js';
import { Template } from '../../definitions/template.js';
import { baseTemplate, changed } from './fixtures.js';

const chart = toMermaid(Template.parse(baseTemplate()));
const lines = chart.split('\n').map((line) => line.trim());

describe('toMermaid', () => {
  it('is a top-down flowchart that starts at the first step', () => {
    expect(lines[0]).toBe('flowchart TD');
    expect(lines).toContain('start__ --> s_submit');
  });

  it('draws each kind with its own shape and shows who acts', () => {
    expect(lines).toContain('s_submit["submit<br/>task · partner.admin"]');
    expect(lines).toContain('s_review{{"review<br/>approval (all) · vendor.manager, vendor.finance if input.amount.amount #gt; 500000"}}');
    expect(lines).toContain('s_route{"route"}');
    expect(lines).toContain('s_approved((("approved<br/>Approved")))');
    expect(lines).toContain('s_cool_off[/"cool_off<br/>wait input window"/]');
  });

  it('labels edges with outcomes and decision conditions', () => {
    expect(lines).toContain('s_review -->|"approve"| s_route');
    expect(lines).toContain('s_review -->|"request_changes"| s_submit');
    expect(lines).toContain('s_route -->|"steps.review.outcome == #quot;approve#quot;"| s_checks');
    expect(lines).toContain('s_route -->|"otherwise"| s_approved');
    expect(lines).toContain('s_submit --> s_review');
  });

  it('draws a parallel step as a subgraph with a subgraph per branch and a join', () => {
    expect(lines).toContain('subgraph s_checks ["checks · parallel, join all"]');
    expect(lines).toContain('subgraph s_checks__legal ["legal"]');
    expect(lines).toContain('s_legal_check --> s_checks__join');
    expect(lines).toContain('s_checks__join(("join"))');
    expect(lines).toContain('s_checks --> s_approved');
    const opened = lines.filter((line) => line.startsWith('subgraph ')).length;
    expect(lines.filter((line) => line === 'end')).toHaveLength(opened);
  });

  it('escapes quotes and markup in titles', () => {
    const raw = changed({ 'steps[0].title': 'Say "hi" <b>now</b> | #1 & more' });
    const text = toMermaid(Template.parse(raw));
    expect(text).toContain('s_submit["Say #quot;hi#quot; #lt;b#gt;now#lt;/b#gt; #124; #35;1 #amp; more<br/>task · partner.admin"]');
  });

  it('keeps a step called end from closing a subgraph', () => {
    const raw = changed({ 'steps[4].id': 'end', 'steps[2].otherwise': 'end', 'steps[3].next': 'end' });
    expect(toMermaid(Template.parse(raw))).toContain('s_end(((');
  });
});
