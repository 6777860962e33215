import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidBuiltInTemplateError, loadBuiltInTemplates, loadTemplateFile, parseTemplateText } from '../../definitions/load.js';
import { baseTemplate } from './fixtures.js';

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-templates-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('parseTemplateText', () => {
  it('reports a YAML syntax error with its line and column', () => {
    const result = parseTemplateText('id: x\nsteps: [a, b\nversion: 1\n', 'broken.yaml');
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'broken.yaml:3:1', code: 'syntax' }] });
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual([
      'line 3, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('reports duplicate keys as a syntax error', () => {
    const result = parseTemplateText('id: x\nid: y\n', 'twice.yaml');
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'twice.yaml:2:1', code: 'syntax' }] });
  });

  it('reads JSON as well as YAML', () => {
    expect(parseTemplateText(JSON.stringify(baseTemplate()), 'base.json')).toMatchObject({ ok: true, template: { id: 'fund-request' } });
  });

  it('validates what it parsed', () => {
    const result = parseTemplateText('id: x\nversion: 1\ntitle: T\nparties: {}\nsteps: []\n', 'empty.yaml');
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'steps', code: 'invalid_value' }] });
  });
});

describe('loadTemplateFile', () => {
  it('reads and validates a file', () => {
    const dir = tempDir({ 'base.yaml': JSON.stringify(baseTemplate()) });
    expect(loadTemplateFile(path.join(dir, 'base.yaml'))).toMatchObject({ ok: true });
  });
});

describe('loadBuiltInTemplates', () => {
  it('loads every built-in template, all valid', () => {
    const templates = loadBuiltInTemplates();
    expect(templates.map((template) => template.id)).toContain('partner-onboarding');
  });

  it('reads yaml, yml and json files and skips the JSON schema', () => {
    const other = { ...baseTemplate(), id: 'other' };
    const third = { ...baseTemplate(), id: 'third' };
    const dir = tempDir({
      'a.yaml': JSON.stringify(baseTemplate()),
      'b.yml': JSON.stringify(other),
      'c.json': JSON.stringify(third),
      'template.schema.json': '{"type": "object"}',
      'notes.txt': 'not a template',
    });
    expect(loadBuiltInTemplates(dir).map((template) => template.id)).toEqual(['fund-request', 'other', 'third']);
  });

  it('throws with every error of an invalid built-in', () => {
    const broken = { ...baseTemplate(), start: 'nowhere', admins: ['vendor.ghost'] };
    const dir = tempDir({ 'broken.yaml': JSON.stringify(broken) });
    expect(() => loadBuiltInTemplates(dir)).toThrow(InvalidBuiltInTemplateError);
    expect(() => loadBuiltInTemplates(dir)).toThrow(/start: .*\[unknown_step\][\s\S]*admins\[0\]: .*\[unknown_role\]/);
  });

  it('refuses two built-ins with the same id and version', () => {
    const dir = tempDir({ 'a.yaml': JSON.stringify(baseTemplate()), 'b.yaml': JSON.stringify(baseTemplate()) });
    expect(() => loadBuiltInTemplates(dir)).toThrow('both fund-request@1');
  });
});
