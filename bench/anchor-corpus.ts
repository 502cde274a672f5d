// Generates Swedish-like remissvar, perturbs them as re-extraction does, and knows where every word went.

const WORDS = (
  'kommunen regionen förslaget betänkandet utredningen tillstyrker avstyrker delvis ställer sig positiv tveksam ' +
  'till att det den och i på av för med som om inte har är kan ska bör vill måste även samt eller men ' +
  'hälso- sjukvård medicinsk kompetens läkare sjuksköterska ansvar avtal läkarmedverkan ledningsansvarig ' +
  'finansiering kostnader resurser personal kompetensförsörjning verksamheten patienter omsorg äldre ' +
  'boende hemsjukvård samverkan ersättning bedömning dygnet runt lagkrav föreskrifter bemyndigande ' +
  'nationell samordnare utbildning vidareutbildning specialistsjuksköterskor försöksverksamhet ' +
  'konsekvenser genomförande tidplan övergångsbestämmelser tydliggöras understryka betona framhålla ' +
  'saknas behövs anser bedömer konstaterar välkomnar delar instämmer motsätter ifrågasätter risker'
).split(' ');

const TITLES = [
  'Sammanfattning',
  'Synpunkter',
  'Övergripande synpunkter',
  '4.1.1 Lagkrav',
  '4.6 Ledningsansvar',
  '5.4 Anställa läkare',
  '7 Övriga förslag',
];

/** Small deterministic pseudo-random generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/** A document as paragraphs of words; the layout decides line breaks and page headers. */
export type Paragraphs = string[][];

export function makeParagraphs(r: () => number, count: number): Paragraphs {
  const paras: Paragraphs = [];
  for (let p = 0; p < count; p += 1) {
    if (p % 6 === 0) {
      paras.push(pick(r, TITLES).split(' '));
      continue;
    }
    const words: string[] = [];
    const sentences = 2 + Math.floor(r() * 5);
    for (let s = 0; s < sentences; s += 1) {
      const n = 6 + Math.floor(r() * 14);
      for (let w = 0; w < n; w += 1) {
        let word = pick(r, WORDS);
        if (w === 0) word = word.charAt(0).toUpperCase() + word.slice(1);
        if (w === n - 1) word += '.';
        else if (r() < 0.08) word += ',';
        words.push(word);
      }
    }
    paras.push(words);
  }
  return paras;
}

export interface Layout {
  text: string;
  /** Offsets [start, end) of each word, keyed "paragraph:word". */
  words: Map<string, [number, number]>;
}

/**
 * Lays paragraphs out as extracted text: hard line breaks at `width` (0 = none) and a page
 * header line every `pageLines` lines (0 = none), paragraphs separated by a blank line.
 */
export function layout(
  paras: Paragraphs,
  width: number,
  pageLines: number,
  header: (page: number) => string,
): Layout {
  let text = '';
  const words = new Map<string, [number, number]>();
  let line = 0;
  let page = 1;
  let col = 0;
  const newline = () => {
    text += '\n';
    col = 0;
    line += 1;
    if (pageLines > 0 && line % pageLines === 0) {
      page += 1;
      text += header(page) + '\n';
    }
  };
  paras.forEach((para, p) => {
    if (p > 0) {
      newline();
      newline();
    }
    para.forEach((word, w) => {
      if (w > 0) {
        if (width > 0 && col + 1 + word.length > width) newline();
        else {
          text += ' ';
          col += 1;
        }
      }
      words.set(`${p}:${w}`, [text.length, text.length + word.length]);
      text += word;
      col += word.length;
    });
  });
  return { text, words };
}

export interface GeneratedDoc {
  original: string;
  perturbed: string;
  /** Spans in the original and where they truly are in the perturbed text. */
  spans: { start: number; end: number; truthStart: number; truthEnd: number }[];
}

/** One document with `annotations` spans, perturbed as described in the issue. */
export function generateDoc(seed: number, annotations: number): GeneratedDoc {
  const r = rng(seed);
  const paras = makeParagraphs(r, 40 + Math.floor(r() * 30));
  const name = `${pick(r, ['Kalmar', 'Lerums', 'Eskilstuna', 'Borås', 'Umeå'])} kommun`;
  const original = layout(paras, 72, 48, (page) => `${name}   Dnr KS 2024/${100 + seed}   ${page} (9)`);

  // Perturb: a few changed words, a paragraph inserted before, reflowed, no page headers.
  const changed: Paragraphs = paras.map((para) => [...para]);
  for (let i = 0; i < 4; i += 1) {
    const p = 1 + Math.floor(r() * (changed.length - 1));
    const para = changed[p] as string[];
    const w = Math.floor(r() * para.length);
    para[w] = pick(r, WORDS) + (para[w]!.endsWith('.') ? '.' : '');
  }
  const inserted = [
    'Kommunstyrelsen',
    'beslutade',
    'den',
    '3',
    'mars',
    '2025',
    'att',
    'avge',
    'följande',
    'yttrande.',
  ];
  const perturbed = layout([inserted, ...changed], 0, 0, () => '');

  const spans: GeneratedDoc['spans'] = [];
  while (spans.length < annotations) {
    const p = 1 + Math.floor(r() * (paras.length - 1));
    const para = paras[p] as string[];
    if (para.length < 4) continue;
    const length = 3 + Math.floor(r() * Math.min(37, para.length - 3));
    const a = Math.floor(r() * (para.length - length + 1));
    const b = a + length - 1;
    const [start] = original.words.get(`${p}:${a}`)!;
    const [, end] = original.words.get(`${p}:${b}`)!;
    const [truthStart] = perturbed.words.get(`${p + 1}:${a}`)!;
    const [, truthEnd] = perturbed.words.get(`${p + 1}:${b}`)!;
    spans.push({ start, end, truthStart, truthEnd });
  }
  return { original: original.text, perturbed: perturbed.text, spans };
}
