// Ranked word matching (BM25) of codebook titles and descriptions against a document's passages.
import type { CodebookEntry } from '../domain/types';
import { contentTokens, stemMatch } from './swedish-text';

export interface CodeMatch {
  /** 0..1: the BM25 score relative to the code's title words, saturated (1/3 of the title ≈ 0.55). */
  relevance: number;
  /** The passage's words that matched, as written. */
  words: string[];
}

interface QueryTerm {
  stem: string;
  weight: number;
}

const K1 = 1.2;
const B = 0.5;
const TITLE_WEIGHT = 1;
const DESCRIPTION_WEIGHT = 0.5;
const SATURATION = 2.5;
const MAX_DOCUMENT_SHARE = 0.2;
const MIN_UNITS_FOR_DF = 20;

function queryOf(code: CodebookEntry): QueryTerm[] {
  const terms = new Map<string, number>();
  const put = (text: string, weight: number) => {
    for (const t of contentTokens(text)) terms.set(t.stem, Math.max(terms.get(t.stem) ?? 0, weight));
  };
  put(code.title, TITLE_WEIGHT);
  put(code.description, DESCRIPTION_WEIGHT);
  return [...terms].map(([stem, weight]) => ({ stem, weight }));
}

const idf = (total: number, containing: number) =>
  Math.log(1 + (total - containing + 0.5) / (containing + 0.5));

/** Scores every (passage, code) pair of one document; build once per document. */
export class CodeMatcher {
  private readonly queries: QueryTerm[][];
  private readonly vocabulary: string[];
  private readonly termIndex = new Map<string, number>();
  private readonly tf: Array<Map<number, { count: number; words: Set<string> }>>;
  private readonly lengths: number[];
  private readonly avgLength: number;
  /** Per word: how well it tells codes apart (BM25 idf over the codebook). */
  private readonly weights: Float64Array;
  /** Per word, 0..1: 1 for a word in one passage, less the more passages use it. */
  private readonly docFactors: Float64Array;

  constructor(
    readonly codes: CodebookEntry[],
    units: string[],
  ) {
    this.queries = codes.map(queryOf);
    this.vocabulary = [...new Set(this.queries.flat().map((t) => t.stem))];
    this.vocabulary.forEach((s, i) => this.termIndex.set(s, i));

    const cache = new Map<string, Array<[number, number]>>();
    const matchesOf = (stem: string) => {
      let hit = cache.get(stem);
      if (!hit) {
        hit = [];
        this.vocabulary.forEach((q, i) => {
          const m = stemMatch(stem, q);
          if (m > 0) hit!.push([i, m]);
        });
        cache.set(stem, hit);
      }
      return hit;
    };

    this.tf = [];
    this.lengths = [];
    const unitsWith = new Float64Array(this.vocabulary.length);
    for (const unit of units) {
      const tokens = contentTokens(unit);
      const counts = new Map<number, { count: number; words: Set<string> }>();
      for (const token of tokens) {
        for (const [i, m] of matchesOf(token.stem)) {
          const c = counts.get(i) ?? { count: 0, words: new Set<string>() };
          c.count += m;
          c.words.add(token.word);
          counts.set(i, c);
        }
      }
      for (const i of counts.keys()) unitsWith[i]! += 1;
      this.tf.push(counts);
      this.lengths.push(Math.max(1, tokens.length));
    }
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length);

    // A word is worth more when few codes use it (it tells proposals apart) and few passages use it.
    const codesWith = new Float64Array(this.vocabulary.length);
    this.queries.forEach((query) => {
      const seen = new Set<number>();
      for (const term of query) for (const [i] of matchesOf(term.stem)) seen.add(i);
      for (const i of seen) codesWith[i]! += 1;
    });
    this.weights = new Float64Array(this.vocabulary.length);
    this.docFactors = new Float64Array(this.vocabulary.length);
    const rare = idf(units.length, 1);
    for (let i = 0; i < this.vocabulary.length; i++) {
      this.weights[i] = idf(codes.length, codesWith[i]!);
      // Words in a large share of the document ("kommunal hälso- och sjukvård") name the report, not a proposal;
      // words in many passages count less than words in one.
      const common = units.length >= MIN_UNITS_FOR_DF && unitsWith[i]! / units.length > MAX_DOCUMENT_SHARE;
      this.docFactors[i] = common ? 0 : Math.min(1, (idf(units.length, unitsWith[i]!) / rare) ** 1.5);
    }
  }

  /** How well unit `unit` matches code number `code` (indexes as given to the constructor). */
  match(unit: number, code: number): CodeMatch {
    const counts = this.tf[unit];
    const query = this.queries[code];
    if (!counts || !query || query.length === 0) return { relevance: 0, words: [] };
    const norm = 1 - B + (B * this.lengths[unit]!) / this.avgLength;
    let score = 0;
    let titleMax = 0;
    const words = new Set<string>();
    for (const term of query) {
      const i = this.termIndex.get(term.stem)!;
      const w = term.weight * this.weights[i]!;
      if (term.weight === TITLE_WEIGHT) titleMax += w;
      const c = counts.get(i);
      if (!c) continue;
      score += (w * this.docFactors[i]! * (c.count * (K1 + 1))) / (c.count + K1 * norm);
      for (const word of c.words) words.add(word);
    }
    // Answers paraphrase a part of a title; saturate so that a third of its weight already counts.
    const relevance = titleMax > 0 ? 1 - Math.exp(-SATURATION * (score / titleMax)) : 0;
    return { relevance, words: [...words] };
  }
}
