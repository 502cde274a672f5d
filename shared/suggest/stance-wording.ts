// Recognises Swedish stance wording in one sentence (tillstyrker, instämmer inte, avstår …), with negation and hedging.

export type StanceKey = 'supports' | 'conditional' | 'sceptical' | 'opposes' | 'no_position';

export interface StanceReading {
  stance: StanceKey | null;
  /** The wording that decided the stance, as written in the sentence. */
  cue: string | null;
  /** 0..1: how sure the wording is (explicit verbs high, evaluative phrases low). */
  confidence: number;
}

type CueKind = StanceKey | 'hedge';

interface CueRule {
  kind: CueKind;
  pattern: RegExp;
  confidence: number;
}

// Words that may sit between a verb and its negation ("instämmer därför inte").
const ADV = String.raw`(?:\s+(?:därför|dock|alltså|heller|emellertid|således|i\s+dagsläget|helt|fullt|ut|sig|vi|oss|man|nämnden|förvaltningen|kommunen|regionen))*`;
const NEG = String.raw`(?:inte|ej|icke)`;
const I = 'iu';

/** Rules in priority order: a match masks overlapping matches of later rules. */
const RULES: CueRule[] = [
  // No position.
  {
    kind: 'no_position',
    pattern: new RegExp(
      String.raw`\bavstår\s+(?:\w+\s+){0,2}från\s+att\s+(?:ta\s+ställning|lämna\s+(?:\w+\s+)?synpunkter|yttra|kommentera)`,
      I,
    ),
    confidence: 0.95,
  },
  {
    kind: 'no_position',
    pattern: new RegExp(String.raw`\btar${ADV}\s+${NEG}\s+(?:\w+\s+)?ställning`, I),
    confidence: 0.9,
  },
  {
    kind: 'no_position',
    pattern: new RegExp(
      String.raw`\b(?:har|lämnar)${ADV}\s+(?:inga|inte\s+några)\s+(?:\w+\s+)?(?:synpunkter|kommentarer|invändningar)`,
      I,
    ),
    confidence: 0.85,
  },
  {
    kind: 'no_position',
    pattern: new RegExp(String.raw`\binget\s+att\s+(?:erinra|invända|tillägga)`, I),
    confidence: 0.85,
  },
  // Negated support or opposition.
  { kind: 'supports', pattern: new RegExp(String.raw`\bmotsätter${ADV}\s+${NEG}\b`, I), confidence: 0.6 },
  {
    kind: 'supports',
    pattern: new RegExp(
      String.raw`\b(?:har|ser)${ADV}\s+(?:inget|inga|inte\s+något)\s+(?:att\s+invända|hinder|skäl\s+att\s+(?:avstyrka|motsätta))`,
      I,
    ),
    confidence: 0.6,
  },
  {
    kind: 'opposes',
    pattern: new RegExp(
      String.raw`\b(?:kan|vill|avser)${ADV}\s+${NEG}${ADV}\s+(?:tillstyrka|stödja|stöda|instämma|ställa\s+(?:sig|oss)\s+bakom|dela|acceptera|godta|välkomna)`,
      I,
    ),
    confidence: 0.9,
  },
  {
    kind: 'opposes',
    pattern: new RegExp(
      String.raw`\b(?:instämmer|tillstyrker|stödjer|stöder|samtycker|delar|välkomnar|accepterar|godtar)${ADV}\s+${NEG}\b`,
      I,
    ),
    confidence: 0.9,
  },
  {
    kind: 'opposes',
    pattern: new RegExp(String.raw`\bställer${ADV}\s+${NEG}\s+(?:sig\s+|oss\s+)?(?:bakom|positiv)`, I),
    confidence: 0.85,
  },
  {
    kind: 'opposes',
    pattern: new RegExp(String.raw`\b(?:är|ställer\s+(?:sig|oss))${ADV}\s+${NEG}\s+positiv`, I),
    confidence: 0.8,
  },
  // Opposes.
  { kind: 'opposes', pattern: /\bavstyrk\w*/iu, confidence: 0.95 },
  { kind: 'opposes', pattern: /\bmotsätter\s+(?:sig|oss)\b/iu, confidence: 0.9 },
  {
    kind: 'opposes',
    pattern:
      /\b(?:är|ställer\s+(?:sig|oss))\s+(?:\w+\s+)?(?:negativ|negativa|emot|kritisk|kritiska)\s+(?:till|mot)\b/iu,
    confidence: 0.85,
  },
  { kind: 'opposes', pattern: /\bvänder\s+(?:sig|oss)\s+(?:\w+\s+)?mot\b/iu, confidence: 0.85 },
  // Hedges that turn support into conditional support.
  {
    kind: 'conditional',
    pattern:
      /\b(?:delvis|i\s+huvudsak|i\s+stort|huvudsakligen|i\s+princip)\s+(?:positiv\w*|tillstyrk\w*|instämm\w*|stödjer|stöder)\b/iu,
    confidence: 0.9,
  },
  {
    kind: 'conditional',
    pattern:
      /\b(?:tillstyrker|stödjer|stöder|instämmer)\s+(?:\w+\s+){0,3}?(?:delvis|i\s+huvudsak|med\s+förbehåll|med\s+reservation)/iu,
    confidence: 0.9,
  },
  {
    kind: 'hedge',
    pattern:
      /\b(?:under\s+förutsättning\s+att|förutsatt\s+att|med\s+(?:vissa\s+)?(?:förbehåll|reservationer?)|på\s+villkor\s+att|under\s+(?:vissa\s+)?förutsättningar)\b/iu,
    confidence: 0.75,
  },
  // Sceptical.
  {
    kind: 'sceptical',
    pattern:
      /\b(?:ställer|är|förhåller)\s+(?:sig\s+|oss\s+)?(?:\w+\s+)?(?:tveksam\w*|frågande|avvaktande)\b/iu,
    confidence: 0.9,
  },
  { kind: 'sceptical', pattern: /\bifrågasätt\w*/iu, confidence: 0.85 },
  {
    kind: 'sceptical',
    pattern:
      /\bser\s+(?:\w+\s+){0,2}?(?:att\s+det\s+finns\s+)?(?:en\s+|vissa\s+|flera\s+|stora\s+|betydande\s+)?(?:risk|risker|utmaningar\s+med|problem\s+med|svårigheter\s+med)\b/iu,
    confidence: 0.7,
  },
  {
    kind: 'sceptical',
    pattern:
      /\b(?:har\s+(?:\w+\s+)?svårt\s+att\s+se|kan\s+(?:\w+\s+)?(?:inte|ej)\s+se\s+att|ser\s+(?:\w+\s+)?(?:inte|ej)(?:\s+heller)?\s+att)\b/iu,
    confidence: 0.65,
  },
  {
    kind: 'sceptical',
    pattern: /\b(?:befarar|oroar\s+(?:sig|oss)|är\s+oroad\w*|tvivlar)\b/iu,
    confidence: 0.7,
  },
  // Supports.
  { kind: 'supports', pattern: /\btillstyrk\w*/iu, confidence: 0.95 },
  { kind: 'supports', pattern: /\binstämm\w*/iu, confidence: 0.9 },
  { kind: 'supports', pattern: /\b(?:stödjer|stöder|stödja)\b/iu, confidence: 0.9 },
  { kind: 'supports', pattern: /\bvälkomnar\b/iu, confidence: 0.9 },
  {
    kind: 'supports',
    pattern: /\bställer\s+(?:sig|oss)\s+(?:\w+\s+)?(?:bakom|positiv\w*)/iu,
    confidence: 0.9,
  },
  { kind: 'supports', pattern: /\b(?:är|ser)\s+(?:\w+\s+)?positiv\w*/iu, confidence: 0.85 },
  {
    kind: 'supports',
    pattern:
      /\bdelar\s+(?:\w+\s+){0,3}?(?:bedömning\w*|syn|synen|uppfattning\w*|bilden|slutsats\w*|analys\w*)\b/iu,
    confidence: 0.85,
  },
  {
    kind: 'supports',
    pattern:
      /\b(?:stämmer|överensstämmer)\s+(?:\w+\s+)?överens\s+med\b|\bi\s+linje\s+med\s+\w+\s+uppfattning/iu,
    confidence: 0.75,
  },
  { kind: 'supports', pattern: /\bser\s+gärna\b|\bär\s+(?:mycket\s+)?bra\s+att\b/iu, confidence: 0.6 },
  {
    kind: 'supports',
    pattern:
      /\b(?:kan|skulle\s+kunna)\s+(?:\w+\s+)?(?:gynna|bidra\s+till\s+(?:ökad|bättre|stärkt|en\s+bättre)|stärka|förbättra)\b/iu,
    confidence: 0.45,
  },
];

interface CueHit {
  kind: CueKind;
  start: number;
  end: number;
  text: string;
  confidence: number;
}

const WORD = String.raw`[\p{L}\p{N}_]`;
const START = `(?<!${WORD})`;
const END = `(?!${WORD})`;

/**
 * Makes \b and \w of a rule Unicode-aware, so "ä", "å" and "ö" count as letters: a \b before a
 * letter or group starts a word, any other \b ends one (cheaper than a two-sided boundary).
 */
function unicodeWords(pattern: RegExp): RegExp {
  const source = pattern.source
    .replace(/\\b(?=[\p{L}(])/gu, START)
    .replaceAll(String.raw`\b`, END)
    .replaceAll(String.raw`\w`, WORD);
  return new RegExp(source, 'giu');
}

const COMPILED = RULES.map((rule) => ({ ...rule, pattern: unicodeWords(rule.pattern) }));

function findCues(sentence: string): CueHit[] {
  const hits: CueHit[] = [];
  for (const rule of COMPILED) {
    for (const m of sentence.matchAll(rule.pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ kind: rule.kind, start, end, text: m[0].trim(), confidence: rule.confidence });
    }
  }
  return hits;
}

function reading(hit: CueHit, stance: StanceKey, confidence = hit.confidence): StanceReading {
  return { stance, cue: hit.text, confidence };
}

/** Classifies the stance a sentence takes, or null when it has no stance wording. */
export function classifyStance(sentence: string): StanceReading {
  const hits = findCues(sentence.replace(/\s+/g, ' '));
  const first = (kind: CueKind) => hits.filter((h) => h.kind === kind).sort((a, b) => a.start - b.start)[0];
  const noPosition = first('no_position');
  if (noPosition) return reading(noPosition, 'no_position');
  const opposes = first('opposes');
  const supports = first('supports');
  const sceptical = first('sceptical');
  const conditional = first('conditional');
  const hedge = first('hedge');
  if (opposes) {
    if (supports && supports.start < opposes.start) return reading(supports, 'supports', 0.5);
    return reading(opposes, 'opposes', supports ? 0.6 : opposes.confidence);
  }
  if (conditional) return reading(conditional, 'conditional');
  if (sceptical) {
    if (supports && supports.confidence >= 0.85) return reading(supports, 'conditional', 0.6);
    return reading(sceptical, 'sceptical');
  }
  if (supports) {
    if (hedge) return { stance: 'conditional', cue: `${supports.text} … ${hedge.text}`, confidence: 0.8 };
    return reading(supports, 'supports');
  }
  if (hedge) return reading(hedge, 'conditional', 0.5);
  return { stance: null, cue: null, confidence: 0 };
}
