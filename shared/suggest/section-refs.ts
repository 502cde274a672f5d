// Finds the report's section numbers cited in a passage: "avsnitt 4.1.1", "4.6.6", "kap. 7", a heading's "7.1.1 …".

export interface SectionRef {
  section: string;
  /** True when named with a word ("avsnitt", "kap.") or leading a heading; bare numbers are weaker. */
  explicit: boolean;
}

const NAMED =
  /(?:avsnitt(?:en|et)?|kapitel|kap\.?)\s*(\d+(?:\.\d+)*)((?:\s*(?:,|och|samt|–|-)\s*\d+(?:\.\d+)*)*)/giu;
const BARE = /(?<![\d.,:/])(\d{1,2}(?:\.\d{1,2}){1,3})(?![\d]|\.\d|:\d)/gu;
const LEADING = /^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\p{L}/u;
/** "6 kap. 3 §": a law reference, not the report. */
const LAW = /\d+\s*kap\.?\s*\d+\s*§/giu;

function add(refs: SectionRef[], section: string, explicit: boolean): void {
  const existing = refs.find((r) => r.section === section);
  if (existing) existing.explicit ||= explicit;
  else refs.push({ section, explicit });
}

/** Section numbers cited in a passage; `isHeading` also reads a heading's leading number. */
export function findSectionRefs(passage: string, isHeading = false): SectionRef[] {
  const refs: SectionRef[] = [];
  const text = passage.replace(LAW, ' ');
  if (isHeading) {
    const lead = LEADING.exec(text);
    if (lead?.[1]) add(refs, lead[1], true);
  }
  for (const m of text.matchAll(NAMED)) {
    if (m[1]) add(refs, m[1], true);
    for (const more of (m[2] ?? '').matchAll(/\d+(?:\.\d+)*/g)) add(refs, more[0], true);
  }
  for (const m of text.matchAll(BARE)) if (m[1]) add(refs, m[1], false);
  return refs;
}
