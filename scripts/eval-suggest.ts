// npm run eval:suggest — measures the suggester against the hand-labelled seed passages (seeds/eval/suggest-eval.json).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_STANCES } from '../shared/domain/default-stances';
import type { Block, CodebookEntry } from '../shared/domain/types';
import { evaluate, locateQuote, type EvalLabel, type LocatedLabel } from '../shared/suggest/evaluate';
import { plainTextBlocks } from '../shared/suggest/plain-blocks';
import { suggestForDocument } from '../shared/suggest/suggest-document';

const root = resolve(__dirname, '..');
const verbose = process.argv.includes('--verbose');
const forcePlain = process.argv.includes('--plain');

type Cleaner = (fileName: string, bytes: Uint8Array) => Promise<{ text: string; blocks: Block[] }>;

/** The real importer when it is there (electron/importers/import-file.ts), else the plain-text stand-in. */
async function loadCleaner(): Promise<{ name: string; clean: Cleaner }> {
  const importer = join(root, 'electron/importers/import-file.ts');
  if (!forcePlain && existsSync(importer)) {
    try {
      const modulePath: string = importer;
      const mod = (await import(modulePath)) as { importFileBytes: Cleaner };
      return { name: 'electron/importers/import-file.ts', clean: (f, b) => mod.importFileBytes(f, b) };
    } catch (err) {
      console.warn(
        `! the importer could not be loaded (${(err as Error).message.split('\n')[0]}); using the plain-text stand-in`,
      );
    }
  }
  return {
    name: 'plain-text stand-in (shared/suggest/plain-blocks.ts)',
    clean: async (_f, b) => plainTextBlocks(new TextDecoder().decode(b)),
  };
}

const pct = (x: number) => x.toFixed(3);
const short = (s: string) =>
  s.replace(/\s+/g, ' ').length > 110 ? `${s.replace(/\s+/g, ' ').slice(0, 107)}…` : s.replace(/\s+/g, ' ');

async function main(): Promise<void> {
  const evalSet = JSON.parse(readFileSync(join(root, 'seeds/eval/suggest-eval.json'), 'utf8')) as {
    items: EvalLabel[];
  };
  const codebook = (
    JSON.parse(readFileSync(join(root, 'seeds/sou-2024-72-codebook.json'), 'utf8')) as {
      codes: Omit<CodebookEntry, 'sortOrder'>[];
    }
  ).codes.map((c, i): CodebookEntry => ({ ...c, sortOrder: i }));
  const { name, clean } = await loadCleaner();
  const files = [...new Set(evalSet.items.map((i) => i.file))];
  const labels: LocatedLabel[] = [];
  const suggestions: Parameters<typeof evaluate>[0] = [];
  let unplaced = 0;
  let millis = 0;
  for (const file of files) {
    const doc = await clean(file, readFileSync(join(root, 'seeds', file)));
    for (const item of evalSet.items.filter((i) => i.file === file)) {
      const at = locateQuote(doc.text, item.quote, item.occurrence ?? 1);
      if (at) labels.push({ ...item, ...at });
      else {
        unplaced++;
        console.warn(`! label not found in cleaned text of ${file}: ${short(item.quote)}`);
      }
    }
    const t0 = performance.now();
    const found = suggestForDocument({ documentId: file, text: doc.text, blocks: doc.blocks }, codebook, [
      ...DEFAULT_STANCES,
    ]);
    millis += performance.now() - t0;
    suggestions.push(...found.map((s) => ({ ...s, file })));
  }
  const r = evaluate(suggestions, labels);
  console.log(
    `Suggestion eval — ${files.length} documents, ${labels.length} labels (${unplaced} not placed), cleaned by ${name}`,
  );
  console.log(
    `suggestions: ${r.suggestions}, correct proposal: ${r.truePositives}, suggester time: ${millis.toFixed(0)} ms`,
  );
  console.log(`proposal precision: ${pct(r.precision)}  (target ≥ 0.8)`);
  console.log(`proposal recall:    ${pct(r.recall)}  (target ≥ 0.8)`);
  console.log(
    `stance accuracy:    ${pct(r.stanceAccuracy)}  (${r.stanceCorrect}/${r.stanceChecked} where the proposal is right; target ≥ 0.85)`,
  );
  if (verbose) {
    console.log('\nFalse positives:');
    for (const s of r.falsePositives)
      console.log(
        `  ${(s as { file?: string }).file} ${s.codeId} ${s.stanceId} ${s.score}: ${short(s.quote)}`,
      );
    console.log('\nMissed labels:');
    for (const l of r.missed) console.log(`  ${l.file} ${l.codeId} ${l.stanceId}: ${short(l.quote)}`);
    console.log('\nWrong stance:');
    for (const e of r.stanceErrors)
      console.log(
        `  ${e.label.codeId} label=${e.label.stanceId} got=${e.suggestion.stanceId}: ${short(e.suggestion.quote)}`,
      );
  } else console.log('(run with -- --verbose for the false positives, misses and stance errors)');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
