// Swedish words for matching: tokens with offsets, a light stemmer, stop words and compound-aware stem matching.

export interface Token {
  /** Lower-case word as written. */
  word: string;
  stem: string;
  start: number;
  end: number;
}

/** Function words, and remiss words that name no topic ("förslaget", "utredningen"). */
export const STOP_WORDS = new Set(
  (
    'och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år ' +
    'säger hon under också efter eller nu sin där vid mot ska skall blir bli blev hade hur inom då alla sina sitt samt ' +
    'dess deras denna detta dessa vilket vilka vilken vad än även bör får få skulle kunna kunde finns fanns ' +
    'mer mest mycket många inga ingen inget något några andra annan annat olika oss vår våra vårt er ni dem ' +
    'ej dock därför genom utan enligt bland annat både varje samma sådan sådana ' +
    'utredningen utredningens utredning utredaren utredarens betänkandet betänkandets betänkande förslag förslaget ' +
    'förslagen förslagens bedömningen bedömningar remiss remissen yttrande yttrandet synpunkter avsnitt avsnittet kap kapitel ' +
    'tillstyrker instämmer ställer positiv positivt stödjer anser ser menar'
  ).split(/\s+/),
);

const SUFFIXES = [
  'heterna',
  'hetens',
  'heten',
  'heter',
  'arnas',
  'ernas',
  'ornas',
  'andes',
  'endes',
  'arna',
  'erna',
  'orna',
  'ande',
  'ende',
  'het',
  'ens',
  'ets',
  'ar',
  'er',
  'or',
  'en',
  'et',
  'na',
  'a',
  'e',
  's',
];

/** A light Swedish stemmer: strips one inflection suffix, keeping at least four letters. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, w.length - suffix.length);
  }
  return w;
}

const WORD_RE = /[\p{L}\p{N}]+(?:-[\p{L}]+)*/gu;

/** Splits text into lower-case words with their offsets; "VULF-avtal" gives "vulf" and "avtal". */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    let start = (m.index ?? 0) + offset;
    for (const part of m[0].split('-')) {
      if (part.length > 0) {
        const word = part.toLowerCase();
        tokens.push({ word, stem: stem(word), start, end: start + part.length });
      }
      start += part.length + 1;
    }
  }
  return tokens;
}

/** Content tokens only: no stop words, no bare numbers, at least three letters. */
export function contentTokens(text: string, offset = 0): Token[] {
  return tokenize(text, offset).filter(
    (t) => t.word.length >= 3 && !STOP_WORDS.has(t.word) && !/^\d+$/.test(t.word),
  );
}

/**
 * How well a text stem matches a query stem, 0..1: equal stems 1; one a prefix of the other
 * covering at least half of it (inflection, compounds as in "sanktion" ~ "sanktionsregler") 0.7.
 */
export function stemMatch(textStem: string, queryStem: string): number {
  if (textStem === queryStem) return 1;
  const [short, long] = textStem.length <= queryStem.length ? [textStem, queryStem] : [queryStem, textStem];
  if (short.length >= 5 && long.startsWith(short) && short.length / long.length >= 0.5) return 0.7;
  if (short.length >= 6 && long.endsWith(short) && short.length / long.length >= 0.5) return 0.5;
  return 0;
}
