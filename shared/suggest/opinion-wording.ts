// Recognises a sentence that voices an opinion without explicit stance verbs ("Vi anser att …", "Det är bra att …"), for the lower tier.
import type { StanceKey } from './stance-wording';

export interface OpinionReading {
  /** The stance the evaluative words lean to, or null when they do not lean either way. */
  stance: StanceKey | null;
  cue: string;
}

/** Who speaks and that it is their view: "vi anser", "nämnden menar att", "kommunen ser att". */
const OPINION =
  /(?<!\p{L})(?:anser|menar|tror|bedömer|befarar|betonar|understryker|vill\s+(?:framhålla|påtala|lyfta))(?!\p{L})|(?<!\p{L})(?:vi|nämnden|förvaltningen|kommunen|regionen|styrelsen)\s+(?:\p{L}+\s+){0,2}?(?:ser|kan\s+inte\s+se)\s+(?:inte\s+)?(?:att|ett|en|inget|något|behov)(?!\p{L})|(?<!\p{L})(?:det\s+är|är\s+det)\s+(?:\p{L}+\s+)?(?:bra|viktigt|angeläget|rimligt|orimligt|olyckligt|positivt|nödvändigt|önskvärt|tveksamt|oklart)(?!\p{L})|(?<!\p{L})kan\s+gynna(?!\p{L})|(?<!\p{L})bör\s+(?:inte\s+)?(?:ändras|kvarstå|ligga\s+kvar|fortsatt|även)(?!\p{L})/iu;

/** The report's own view reported by the answer ("Utredningen anser att …"), not the respondent's. */
const REPORTED =
  /(?<!\p{L})(?:utredningen|utredaren|utredarna|betänkandet|regeringen|departementet)\s+(?:\p{L}+\s+){0,6}?(?:anser|menar|bedömer|föreslår|tror)(?!\p{L})|(?<!\p{L})(?:anser|menar|bedömer)\s+(?:\p{L}+\s+){0,1}?(?:utredningen|utredaren|utredarna|betänkandet)(?!\p{L})/iu;

/** Evaluative words that lean negative; checked before the positive ones. */
const NEGATIVE =
  /(?<!\p{L})(?:inte\s+(?:\p{L}+\s+){0,2}?(?:rimligt|lämpligt|ändamålsenligt|realistiskt|möjligt)|orimligt|olyckligt|tveksamt|(?:ser|se)\s+(?:\p{L}+\s+){0,2}?inte\s+att|kan\s+inte\s+se\s+att|ser\s+(?:\p{L}+\s+){0,2}?inget\s+behov|befarar|risk(?:er|en)?\s+(?:för|att))(?!\p{L})/iu;
const POSITIVE =
  /(?<!\p{L})(?:är\s+(?:\p{L}+\s+)?(?:bra|viktigt|angeläget|positivt|nödvändigt|önskvärt)|gynna|framgångsfaktor|finns\s+(?:ett\s+)?(?:stort\s+)?behov\s+av|behöver\s+(?:\p{L}+\s+)?(?:öka|stärkas|utökas|förbättras)|har\s+en\s+stor\s+potential|ett\s+bättre\s+sätt)(?!\p{L})/iu;

/** Reads an opinion sentence; null when the sentence does not voice a view. */
export function readOpinion(sentence: string): OpinionReading | null {
  const text = sentence.replace(/\s+/g, ' ');
  const opinion = OPINION.exec(text);
  if (!opinion || REPORTED.test(text)) return null;
  const negative = NEGATIVE.exec(text);
  if (negative) return { stance: 'sceptical', cue: negative[0] };
  const positive = POSITIVE.exec(text);
  if (positive) return { stance: 'supports', cue: positive[0] };
  return { stance: null, cue: opinion[0] };
}
