// Collects what happened to each hostile input and writes it to test-results/ as a Markdown table.
import fs from 'node:fs';
import path from 'node:path';

export interface Outcome {
  input: string;
  result: string;
  ms: number;
}

const outcomes = new Map<string, Outcome[]>();

export function recordOutcome(suite: string, outcome: Outcome): void {
  outcomes.set(suite, [...(outcomes.get(suite) ?? []), outcome]);
}

/** Writes test-results/<suite>.md (the list of bad inputs tried and what happened to each). */
export function writeOutcomeReport(suite: string): void {
  const rows = outcomes.get(suite) ?? [];
  const dir = path.resolve(__dirname, '..', '..', 'test-results');
  fs.mkdirSync(dir, { recursive: true });
  const escape = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    `# ${suite}`,
    '',
    '| input | result | ms |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| ${escape(r.input)} | ${escape(r.result)} | ${r.ms} |`),
  ];
  fs.writeFileSync(path.join(dir, `${suite}.md`), `${lines.join('\n')}\n`);
}
