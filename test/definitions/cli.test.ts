import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../scripts/tandem.js';
import { baseTemplate, changed } from './fixtures.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const example = path.join(root, 'definitions/partner-onboarding.yaml');

function tandem(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npx', ['tsx', 'scripts/tandem.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function templateFile(content: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tandem-cli-')), 'template.yaml');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('tandem CLI', () => {
  it('validate prints id@version and exits 0 for a valid template', () => {
    const result = tandem('validate', example);
    expect(result.stdout.trim()).toBe('valid: partner-onboarding@2');
    expect(result.status).toBe(0);
  });

  it('validate prints every error as path: message [code] and exits 1', () => {
    const result = tandem('validate', templateFile(changed({ 'steps[0].next': 'reveiw', 'steps[0].owner': 'vendor.boss' })));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('steps[0].next: step "submit" goes to "reveiw", which is not a step; did you mean "review"? [unknown_step]');
    expect(result.stdout).toContain('steps[0].owner: role "boss" is not declared for party "vendor"');
    expect(result.stderr).toContain('2 problems');
  });

  it('validate exits 1 with the line of the first alias for a YAML alias bomb', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e']]) rows.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tandem-cli-')), 'bomb.yaml');
    writeFileSync(file, rows.join('\n'));
    const result = tandem('validate', file);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('bomb.yaml:2:8: line 2, column 8: aliases here expand into too much data');
  });

  it('validate exits 1 and says where for a file that is not UTF-8', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tandem-cli-')), 'latin.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from('id: x\ntitle: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    const result = tandem('validate', file);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('latin.yaml:2:11: line 2, column 11: byte 0xE9 is not valid UTF-8; save the file as UTF-8 [encoding]');
  });

  it('diagram prints the Mermaid flowchart', () => {
    const result = tandem('diagram', templateFile(baseTemplate()));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^flowchart TD\n/);
    expect(result.stdout).toContain('s_review -->|"approve"| s_route');
  });

  it('exits 2 with a clear message for an unknown command', () => {
    const result = tandem('publish', example);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command "publish"; use one of validate, diagram, incident, start, keys, migrate');
  });

  it('exits 2 with a clear message for a missing file', () => {
    const result = tandem('validate', 'no/such/template.yaml');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot read no/such/template.yaml: no such file');
  });

  it('exits 2 and shows usage without a command or file', () => {
    expect(tandem().status).toBe(2);
    const result = tandem('validate');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: tandem validate <file>');
  });

  it('lists every command with its usage in help', () => {
    const result = tandem('help');
    expect(result.status).toBe(0);
    for (const command of Object.values(COMMANDS)) expect(result.stderr).toContain(command.usage);
    expect(result.stderr).toContain('validate <file>');
  });
});
