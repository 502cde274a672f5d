// Finds who wrote a remissvar (kommun, region, agency, organisation) from general naming patterns.
import type { RespondentType } from '../domain/types';

interface Pattern {
  type: RespondentType;
  /** A nämnd or styrelse speaks for a body; the body itself is preferred when named. */
  weight: number;
  regex: RegExp;
  name: (m: RegExpExecArray) => string;
}

const W = '\\p{Lu}[\\p{L}\\-]+';
/** First words of two-word place names ("Upplands Väsby", "Lilla Edet", "Västra Götaland"). */
const PREFIX = '(?:Upplands|Lilla|Stora|Östra|Västra|Norra|Södra|Övre|Nedre) ';
const NOT_NAMES = new Set(
  'Varje Denna Den Det Vår Var Er Samma En Ett Respektive Egen Hela Annan Aktuell Berörd Berörda Alla Flera Många Någon Ingen Vilken Vissa Övriga Enskild Enskilda Större Mindre Svensk Svenska Varken Både Som Att Och Om I På För Till Med Denne Sådan Sådana Ny Nya Landets'.split(
    ' ',
  ),
);

const PATTERNS: Pattern[] = [
  {
    type: 'kommun',
    weight: 1,
    regex: new RegExp(`(?<![\\p{L}\\p{N}])((?:${PREFIX})?${W}) [Kk]ommuns?(?![\\p{L}\\p{N}])`, 'gu'),
    name: (m) => `${m[1]} kommun`,
  },
  {
    type: 'kommun',
    weight: 1,
    regex: /(?<![\p{L}\p{N}])(\p{Lu}{3,}) KOMMUN(?![\p{L}\p{N}])/gu,
    name: (m) => `${titleCase(m[1]!)} kommun`,
  },
  {
    type: 'kommun',
    weight: 1,
    regex: new RegExp(`(?<![\\p{L}\\p{N}])(${W}s) [Ss]tad(?![\\p{L}\\p{N}])`, 'gu'),
    name: (m) => `${m[1]} stad`,
  },
  {
    type: 'region',
    weight: 1,
    regex: new RegExp(`(?<![\\p{L}\\p{N}])Region(?:en)? ((?:${PREFIX})?${W}(?: (?:län|Härjedalen))?)`, 'gu'),
    name: (m) => `Region ${m[1]!.replace(/ län$/u, '')}`,
  },
  {
    type: 'region',
    weight: 1,
    regex: /(?<![\p{L}\p{N}])((?:\p{Lu}\p{L}+ )?\p{Lu}\p{L}+regionen)(?![\p{L}\p{N}])/gu,
    name: (m) => m[1]!,
  },
  {
    type: 'myndighet',
    weight: 1,
    regex: new RegExp(`(?<![\\p{L}\\p{N}])(Länsstyrelsen i ${W}(?: ${W})?(?: län)?)`, 'gu'),
    name: (m) => m[1]!,
  },
  {
    type: 'myndighet',
    weight: 1,
    regex:
      /(?<![\p{L}\p{N}])(\p{Lu}\p{L}*(?:verket|myndigheten|inspektionen|ombudsmannen|kammaren|institutet|kollegiet|domstolen))(?![\p{L}\p{N}])/gu,
    name: (m) => m[1]!,
  },
  {
    type: 'myndighet',
    weight: 1,
    regex: new RegExp(
      `(?<![\\p{L}\\p{N}])(${W} (?:universitet|högskola)|(?:Social|Läkemedels|Tillväxt|Rättsmedicinal)?styrelsen)(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    name: (m) => m[1]!,
  },
  {
    type: 'organisation',
    weight: 1,
    regex:
      /(?<![\p{L}\p{N}])(Sveriges Kommuner och Regioner|Sveriges [\p{L}]+(?: och [\p{L}]+)?(?:förbund|förening|råd)\p{L}*|\p{Lu}\p{L}*(?:förbundet|föreningen|organisationen)|Svensk[a]? \p{L}+förening)(?![\p{L}\p{N}])/gu,
    name: (m) => m[1]!,
  },
  {
    type: 'kommun',
    weight: 0.8,
    regex: /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}]*(?:- och [\p{L}]+)?nämnden)(?![\p{L}\p{N}])/gu,
    name: (m) => m[1]!,
  },
];

const VERBS =
  /^\s+(?:har|ställer|tillstyrker|avstyrker|instämmer|anser|delar|stödjer|stöder|välkomnar|ser|är|lämnar|motsätter|samtycker|avstår|vill|menar|föreslår|godkänner|överlämnar|yttrar|tar|bedömer|saknar)(?![\p{L}\p{N}])/u;
const TITLE_AFTER = /^(?::s|s)?\s+(?:yttrande|remissvar|synpunkter|svar)(?![\p{L}\p{N}])/iu;
const TITLE_BEFORE = /(?:yttrande|remissvar|svar|synpunkter)\s+från\s+$/iu;
const HEAD_CHARS = 6000;
const TAIL_CHARS = 2000;
const NOT_RESPONDENTS = /departementet$|^Regeringskansliet$|^Kommunstyrelsen$|^Regionstyrelsen$/u;

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

export interface Respondent {
  name: string;
  type: RespondentType;
}

/** Scores every body named in the text: mentions, position (top, signature) and speaking verbs. */
export function detectRespondent(rawText: string): Respondent {
  const text = window(rawText.replace(/\s+/gu, ' '));
  const scores = new Map<string, { type: RespondentType; score: number }>();
  const mentionCount = new Map<string, number>();
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(text); m; m = pattern.regex.exec(text)) {
      const first = (m[1] ?? '').split(' ')[0] ?? '';
      if (NOT_NAMES.has(first)) continue;
      const name = baseForm(pattern.name(m), text);
      if (NOT_RESPONDENTS.test(name)) continue;
      const end = m.index + m[0].length;
      const mentions = (mentionCount.get(name) ?? 0) + 1;
      mentionCount.set(name, mentions);
      let score = mentions <= 3 ? 1 : 0;
      if (m.index < 300) score += 6;
      else if (m.index < 600) score += 4;
      if (end > text.length - 400) score += 4;
      const sentenceStart =
        m.index === 0 || /(?:[.!?:]\s+|^\s*)$/u.test(text.slice(Math.max(0, m.index - 3), m.index));
      if (sentenceStart && VERBS.test(text.slice(end, end + 20))) score += 3;
      if (
        TITLE_AFTER.test(text.slice(end, end + 20)) ||
        TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index))
      )
        score += 10;
      const entry = scores.get(name) ?? { type: pattern.type, score: 0 };
      entry.score += score * pattern.weight;
      scores.set(name, entry);
    }
  }
  let best: Respondent & { score: number } = { name: '', type: 'other', score: 0 };
  for (const [name, { type, score }] of scores) if (score > best.score) best = { name, type, score };
  return { name: best.name, type: best.type };
}

/** The beginning and the end of a long text: where the writer names itself (title, letterhead, signature). */
function window(text: string): string {
  if (text.length <= HEAD_CHARS + TAIL_CHARS) return text;
  return `${text.slice(0, HEAD_CHARS)} … ${text.slice(-TAIL_CHARS)}`;
}

/** "Region Blekinges" → "Region Blekinge" when the text also uses that form. */
function baseForm(name: string, text: string): string {
  if (name.endsWith('s') && text.includes(`${name.slice(0, -1)} `)) return name.slice(0, -1);
  return name;
}
