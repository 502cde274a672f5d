// Suggests passages of one document with a proposal and a stance, from citations, headings, codebook words and stance wording.
import type { Block, CodebookEntry, Stance } from '../domain/types';
import { CodeMatcher } from './code-matcher';
import { splitPassages, type Passage } from './passages';
import { findSectionRefs, type SectionRef } from './section-refs';
import { stanceIdMap } from './stance-map';
import { readOpinion } from './opinion-wording';
import { classifyStance, type StanceReading } from './stance-wording';
import { suggestionKey, type Suggestion, type SuggestOptions } from './types';

export interface SuggestInput {
  documentId: string;
  text: string;
  blocks: Block[];
}

const DEFAULT_MIN_SCORE = 0.45;
/** Lowest topic evidence for a proposal, and how close a second proposal must come to be suggested too. */
const MIN_TOPIC = 0.35;
const RUNNER_UP = 0.9;
/**
 * Lower tier: a sentence that voices a view ("Vi anser att …") without stance wording needs this
 * much topic evidence; its stance comes from evaluative words, else none, and its confidence is low.
 */
const OPINION_TOPIC = 0.5;
const OPINION_CONFIDENCE = 0.4;
/** Below this, a sentence's own words do not single out a proposal. */
const SPECIFIC = 0.35;
/** "Övriga förslag": the proposals of the chapter not yet spoken to. */
const REMAINING = /(?<!\p{L})(?:övriga|resterande|återstående)(?!\p{L})/iu;
/** A plural or unspecific reference to the report's proposals: "utredningens olika förslag", "de förslag som". */
const WHOLE_REPORT =
  /(?<!\p{L})(?:utredningens|betänkandets|de|dessa|övriga|alla|samtliga|flesta)\s+(?:\p{L}+\s+){0,3}?(?:förslag|förslagen|bedömningar|bedömningarna)(?:\s+och\s+(?:förslag|bedömningar))?(?!\s+(?:om|att|på|i\s+avsnitt|gällande|avseende|kring|när\s+det))|(?<!\p{L})förslagen(?!\p{L})/iu;

interface Evidence {
  topic: number;
  reasons: string[];
}

function citeStrength(refs: SectionRef[], code: CodebookEntry): number {
  if (code.section === '') return 0;
  const ref = refs.find((r) => r.section === code.section);
  if (!ref) return 0;
  const specific = code.section.includes('.');
  return (specific ? 1 : 0.35) * (ref.explicit ? 1 : 0.8);
}

/** The proposals of a chapter: its children in the codebook, or the codes numbered inside it. */
function chapterCodes(targets: CodebookEntry[], codebook: CodebookEntry[], chapter: string): CodebookEntry[] {
  const parents = new Set(
    codebook.filter((c) => c.section === chapter && c.kind === 'chapter').map((c) => c.id),
  );
  return targets.filter(
    (c) =>
      (c.parentId !== null && parents.has(c.parentId)) ||
      c.section === chapter ||
      c.section.startsWith(`${chapter}.`),
  );
}

function overallCode(codebook: CodebookEntry[]): CodebookEntry | undefined {
  return codebook.find(
    (c) =>
      c.kind === 'general' &&
      /övergripande|helhet|allmän|overall|general/iu.test(`${c.title} ${c.description}`),
  );
}

/** The stance of a passage, leaning on the lead-in sentence of a list ("Vi ställer oss positiva till att:"). */
function readStance(passages: Passage[], units: string[], index: number): StanceReading {
  const own = classifyStance(units[index]!);
  const leadIn = passages[index]!.leadIn;
  if (leadIn < 0) return own;
  const lead = classifyStance(units[leadIn]!);
  if (own.stance === null) return lead;
  if (own.stance === 'conditional' && own.confidence <= 0.5 && lead.stance === 'supports') {
    return { stance: 'conditional', cue: `${lead.cue} … ${own.cue}`, confidence: 0.8 };
  }
  return own;
}

function quoteOf(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

/** Suggests tags for one document; pure, no I/O. */
export function suggestForDocument(
  input: SuggestInput,
  codebook: CodebookEntry[],
  stances: Stance[],
  options: SuggestOptions = {},
): Suggestion[] {
  const { documentId, text } = input;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const passages = splitPassages(text, input.blocks);
  const units = passages.map((p) => text.slice(p.start, p.end));
  const targets = codebook.filter((c) => c.kind === 'forslag' || c.kind === 'bedomning');
  const overall = overallCode(codebook);
  const matchCodes = overall ? [...targets, overall] : targets;
  if (passages.length === 0 || matchCodes.length === 0) return [];
  const matcher = new CodeMatcher(matchCodes, units);
  const refs = passages.map((p, i) => findSectionRefs(units[i]!, p.kind === 'heading'));
  const stanceIds = stanceIdMap(stances);
  const out: Suggestion[] = [];

  const evidence = (i: number, j: number): Evidence => {
    const code = matchCodes[j]!;
    const reasons: string[] = [];
    const sentence = matcher.match(i, j);
    const cite = citeStrength(refs[i]!, code);
    if (cite > 0) reasons.push(`Hänvisar till avsnitt ${code.section}`);
    if (sentence.relevance > 0.15) reasons.push(`Ord ur kodboken: ${sentence.words.slice(0, 6).join(', ')}`);
    let head = 0;
    passages[i]!.headings.forEach((h, depth) => {
      const weight = depth === 0 ? 1 : 0.6;
      const value = weight * Math.max(citeStrength(refs[h]!, code), matcher.match(h, j).relevance);
      if (value > head) head = value;
      if (value >= 0.3) reasons.push(`Under rubriken ”${quoteOf(units[h]!)}”`);
    });
    const topic = 1 - (1 - sentence.relevance) * (1 - 0.7 * head) * (1 - 0.8 * cite);
    return { topic, reasons };
  };

  passages.forEach((passage, i) => {
    if (passage.kind === 'heading') return;
    const explicit = readStance(passages, units, i);
    const opinion = explicit.stance === null ? readOpinion(units[i]!) : null;
    if (explicit.stance === null && opinion === null) return;
    const reading: StanceReading = opinion
      ? { stance: opinion.stance, cue: opinion.cue, confidence: OPINION_CONFIDENCE }
      : explicit;
    const stanceId = reading.stance ? stanceIds[reading.stance] : null;
    const stanceReason = opinion
      ? `Uttrycker en uppfattning utan tydligt ställningstagande: ”${opinion.cue}”`
      : `Ställningstagande: ”${reading.cue}”`;
    const minTopic = opinion ? OPINION_TOPIC : MIN_TOPIC;
    const scored = targets.map((code, j) => ({ code, ...evidence(i, j) })).sort((a, b) => b.topic - a.topic);
    const best = scored[0];
    let picked =
      best && best.topic >= minTopic
        ? scored.filter((s) => s.topic >= Math.max(minTopic, RUNNER_UP * best.topic))
        : [];
    // "Utredningens förslag", "dessa förslag": the whole report, or a whole chapter.
    const sentenceBest = Math.max(0, ...targets.map((_c, j) => matcher.match(i, j).relevance));
    const citesOwn = refs[i]!.some((r) => targets.some((c) => c.section === r.section));
    // The lower tier (opinion without stance wording) only suggests specific proposals.
    if (!opinion && WHOLE_REPORT.test(units[i]!) && sentenceBest < SPECIFIC && !citesOwn) {
      const underOverall =
        overall !== undefined &&
        passage.headings.some((h) => matcher.match(h, matchCodes.length - 1).relevance >= 0.5);
      const inChapter =
        passage.chapter !== null && !underOverall ? chapterCodes(targets, codebook, passage.chapter) : [];
      if (inChapter.length > 0) {
        const done = new Set(out.map((s) => s.codeId));
        const saysRemaining =
          REMAINING.test(units[i]!) ||
          (passage.headings[0] !== undefined && REMAINING.test(units[passage.headings[0]]!));
        const remaining = saysRemaining ? inChapter.filter((c) => !done.has(c.id)) : inChapter;
        const reason = `Gäller förslagen i kapitel ${passage.chapter}`;
        picked = remaining.map((code) => ({ code, topic: 0.6, reasons: [reason] }));
      } else if (overall) {
        picked = [{ code: overall, topic: 0.65, reasons: ['Synpunkt på betänkandet som helhet'] }];
      }
    } else if (!opinion && picked.length === 0 && overall) {
      const general = evidence(i, matchCodes.length - 1);
      if (general.topic >= 0.5) picked = [{ code: overall, topic: general.topic, reasons: general.reasons }];
    }
    for (const p of picked) {
      const score = Math.min(1, 0.6 * p.topic + 0.4 * reading.confidence);
      if (score < minScore) continue;
      const key = suggestionKey(documentId, passage.start, passage.end, p.code.id);
      if (options.rejectedKeys?.has(key)) continue;
      out.push({
        key,
        documentId,
        start: passage.start,
        end: passage.end,
        quote: units[i]!,
        codeId: p.code.id,
        section: p.code.section,
        stanceId,
        score: Math.round(score * 1000) / 1000,
        reasons: [...new Set([...p.reasons, stanceReason])],
      });
    }
  });
  return out;
}
