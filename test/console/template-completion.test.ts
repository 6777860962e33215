import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cursorContext, suggestions, type SchemaNode } from '../../console/template-completion.js';

const schema = JSON.parse(readFileSync(new URL('../../definitions/template.schema.json', import.meta.url), 'utf8')) as SchemaNode;

/** The text with the cursor at `|`. */
function at(marked: string): { text: string; position: number } {
  const position = marked.indexOf('|');
  return { text: marked.replace('|', ''), position };
}

function labels(marked: string): string[] {
  const { text, position } = at(marked);
  const context = cursorContext(text, position);
  return context ? suggestions(schema, context).map((suggestion) => suggestion.label) : [];
}

describe('completion from the template schema', () => {
  it('offers the top-level keys not yet written', () => {
    const offered = labels('id: a\nversion: 1\n|');
    expect(offered).toEqual(expect.arrayContaining(['title', 'parties', 'steps', 'inputs']));
    expect(offered).not.toContain('id');
  });

  it('finds the path through lists and narrows a step to its kind', () => {
    const { text, position } = at('id: a\nsteps:\n  - id: review\n    kind: approval\n    |\n');
    const context = cursorContext(text, position);
    expect(context).toMatchObject({ path: [{ key: 'steps' }, { key: '*', kind: 'approval' }], mode: 'key' });
    expect(context?.siblings.sort()).toEqual(['id', 'kind']);
    const offered = labels('id: a\nsteps:\n  - id: review\n    kind: approval\n    |\n');
    expect(offered).toContain('approvers');
    expect(offered).not.toContain('owner');
    // Unindented lists read the same.
    expect(labels('steps:\n- id: a\n  kind: task\n  ow|')).toContain('owner');
  });

  it('offers the keys of a nested mapping inside a list item', () => {
    expect(labels('steps:\n  - id: r\n    kind: approval\n    approvers:\n      - |')).toEqual(expect.arrayContaining(['role']));
    expect(labels('parties:\n  vendor:\n    |')).toEqual(expect.arrayContaining(['roles', 'title', 'optional']));
  });

  it('offers the values the schema lists', () => {
    expect(labels('steps:\n  - id: a\n    kind: |')).toEqual(expect.arrayContaining(['task', 'approval', 'action', 'wait', 'decision', 'end', 'parallel']));
    expect(labels('steps:\n  - id: a\n    kind: task\n    shared: |')).toEqual(['true', 'false']);
  });

  it('finds the path at the end of a thousand-step template', () => {
    const steps = Array.from({ length: 1000 }, (_, index) => `  - id: s${index}\n    kind: task\n    outcomes: [done]\n`).join('');
    const { text, position } = at(`id: big\nsteps:\n${steps}  - id: last\n    kind: end\n    |\n`);
    expect(cursorContext(text, position)).toMatchObject({ path: [{ key: 'steps' }, { key: '*', kind: 'end' }] });
  });
});
