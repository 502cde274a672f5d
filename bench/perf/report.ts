// Prints the results table with the machine, and writes them to bench/results/<timestamp>.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Figure } from './figure';

export function machine(): Record<string, string | number> {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model ?? 'unknown',
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
  };
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const fmt = (v: number, unit: string) => `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ${unit}`;

export function printTable(figures: readonly Figure[], info: Record<string, unknown>): void {
  const m = machine();
  console.log(
    `\nMachine: ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB memory, ${m.platform}, Node ${m.node}`,
  );
  for (const [key, value] of Object.entries(info)) console.log(`${key}: ${String(value)}`);
  const rows = figures.map((f) => [
    f.what,
    f.size,
    `${fmt(f.value, f.unit)} (${f.stat})`,
    f.baseline ? `${fmt(f.baseline.value, f.unit)} ${f.baseline.what}` : '–',
    f.ratio !== undefined ? `${f.ratio.toFixed(2)}×` : '–',
    f.target,
    f.pass ? 'ok' : 'MISSED',
  ]);
  const header = ['what', 'size', 'result', 'baseline', 'ratio', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => pad(c, widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  rows.forEach((r) => console.log(line(r)));
  for (const f of figures) if (f.note) console.log(`note (${f.id}): ${f.note}`);
}

export function writeResults(dir: string, figures: readonly Figure[], info: Record<string, unknown>): string {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `${stamp}.json`);
  fs.writeFileSync(
    file,
    JSON.stringify({ date: new Date().toISOString(), machine: machine(), info, figures }, null, 2),
  );
  return file;
}
