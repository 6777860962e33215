/** Rows of figures, their verdicts against the targets, the printed table and the JSON record. */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchStack } from './stack.js';

/** A target a figure is held to: on the ratio Tandem ÷ baseline, or on Tandem's own figure. */
export interface Target {
  on: 'ratio' | 'tandem';
  atLeast?: number;
  atMost?: number;
}

/** One measured figure of a benchmark. */
export interface Row {
  benchmark: string;
  metric: string;
  unit: string;
  tandem: number;
  /** The same figure for the baseline measured in the same run; absent where there is none. */
  baseline?: number;
  target?: Target;
  /** Said plainly under the table: what limited the figure, what would move it. */
  note?: string;
}

/** A row with its ratio and verdict. */
export interface Finding extends Row {
  ratio: number | undefined;
  verdict: 'PASS' | 'MISS' | '—';
}

/** Adds the ratio (Tandem ÷ baseline) and the verdict. */
export function judge(row: Row): Finding {
  const ratio = row.baseline === undefined ? undefined : row.baseline === 0 ? (row.tandem === 0 ? 1 : Infinity) : row.tandem / row.baseline;
  if (!row.target) return { ...row, ratio, verdict: '—' };
  const value = row.target.on === 'ratio' ? ratio : row.tandem;
  if (value === undefined || Number.isNaN(value)) return { ...row, ratio, verdict: 'MISS' };
  const pass = (row.target.atLeast === undefined || value >= row.target.atLeast) && (row.target.atMost === undefined || value <= row.target.atMost);
  return { ...row, ratio, verdict: pass ? 'PASS' : 'MISS' };
}

/** A figure with as many digits as it deserves. */
export function figure(value: number | undefined): string {
  if (value === undefined) return '—';
  if (Number.isNaN(value)) return 'n/a';
  if (!Number.isFinite(value)) return '∞';
  const abs = Math.abs(value);
  if (abs >= 100 || Number.isInteger(value)) return Math.round(value).toLocaleString('en-US');
  return value.toFixed(abs >= 10 ? 1 : 2);
}

function targetText(target: Target | undefined, unit: string): string {
  if (!target) return '—';
  const suffix = target.on === 'ratio' ? '×' : ` ${unit}`;
  if (target.atLeast !== undefined && target.atMost !== undefined && target.atLeast === target.atMost) return `= ${figure(target.atLeast)}${suffix}`;
  const parts = [target.atLeast === undefined ? '' : `≥ ${figure(target.atLeast)}${suffix}`, target.atMost === undefined ? '' : `≤ ${figure(target.atMost)}${suffix}`];
  return parts.filter(Boolean).join(', ');
}

/** The findings as a Markdown table (it reads in a terminal too), with the notes below it. */
export function table(findings: Finding[]): string {
  const header = ['benchmark', 'metric', 'Tandem', 'baseline', 'ratio', 'target', 'result'];
  const rows = findings.map((finding) => [
    finding.benchmark,
    `${finding.metric} (${finding.unit})`,
    figure(finding.tandem),
    figure(finding.baseline),
    finding.ratio === undefined ? '—' : `${figure(finding.ratio)}×`,
    targetText(finding.target, finding.unit),
    finding.verdict,
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const notes = findings.filter((finding) => finding.note).map((finding) => `- ${finding.benchmark} / ${finding.metric}: ${finding.note}`);
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line), ...(notes.length ? ['', ...notes] : [])].join('\n');
}

/** Writes the run as JSON for history; returns the file's path. */
export function writeRecord(dir: string, findings: Finding[], run: { names: string[]; smoke: boolean; seconds: number; stack: BenchStack }): string {
  mkdirSync(dir, { recursive: true });
  const at = new Date();
  const file = path.join(dir, `${at.toISOString().replace(/[:.]/g, '-')}.json`);
  const record = {
    at: at.toISOString(),
    benchmarks: run.names,
    smoke: run.smoke,
    seconds: Math.round(run.seconds),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
    temporal: run.stack.temporal,
    dynamicConfig: run.stack.dynamicConfig,
    findings,
  };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  return file;
}
