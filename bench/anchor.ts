// Benchmark: re-anchor 10,000 spans over 100 perturbed documents; prints placement shares and time.
import { makeQuoteSelector, prepareText, reanchor } from '../shared/anchoring';
import { generateDoc } from './anchor-corpus';

const DOCUMENTS = 100;
const PER_DOCUMENT = 100;

const docs = Array.from({ length: DOCUMENTS }, (_, i) => generateDoc(1000 + i, PER_DOCUMENT));
const selectors = docs.map((doc) =>
  doc.spans.map((s) => ({ start: s.start, end: s.end, ...makeQuoteSelector(doc.original, s.start, s.end) })),
);

const counts = { 'exact-position': 0, 'exact-quote': 0, fuzzy: 0, orphan: 0, wrong: 0, drift: 0 };
const t0 = performance.now();
const results = docs.map((doc, d) => {
  const prepared = prepareText(doc.perturbed);
  return selectors[d]!.map((sel) => reanchor(prepared, sel));
});
const ms = performance.now() - t0;

/**
 * Placed right when it overlaps the true span by at least 70 % of their union: a changed
 * word at the edge of a quote may fall outside the placement, a wrong place overlaps nothing.
 */
function right(start: number, end: number, truthStart: number, truthEnd: number): boolean {
  const overlap = Math.max(0, Math.min(end, truthEnd) - Math.max(start, truthStart));
  const union = Math.max(end, truthEnd) - Math.min(start, truthStart);
  return overlap / union >= 0.7;
}

results.forEach((rs, d) =>
  rs.forEach((res, i) => {
    counts[res.status] += 1;
    const truth = docs[d]!.spans[i]!;
    if (res.status === 'orphan') return;
    if (!right(res.start!, res.end!, truth.truthStart, truth.truthEnd)) counts.wrong += 1;
    else if (res.start !== truth.truthStart || res.end !== truth.truthEnd) counts.drift += 1;
  }),
);

const total = DOCUMENTS * PER_DOCUMENT;
const pct = (n: number) => `${((100 * n) / total).toFixed(2)} %`;
console.log(`re-anchored ${total} annotations over ${DOCUMENTS} documents in ${(ms / 1000).toFixed(2)} s`);
console.log(
  `placed exactly : ${pct(counts['exact-position'] + counts['exact-quote'])} (by position ${counts['exact-position']}, by quote ${counts['exact-quote']})`,
);
console.log(`placed fuzzily : ${pct(counts.fuzzy)}`);
console.log(`orphaned       : ${pct(counts.orphan)}`);
console.log(`placed wrongly : ${pct(counts.wrong)} (${counts.wrong})`);
console.log(`(placed right but with an edge moved, e.g. a changed word at the edge: ${counts.drift})`);
const ok = counts.wrong === 0 && counts.orphan / total < 0.01 && ms < 5000;
console.log(ok ? 'targets met: wrong 0, orphan < 1 %, < 5 s' : 'TARGETS MISSED');
process.exitCode = ok ? 0 : 1;
