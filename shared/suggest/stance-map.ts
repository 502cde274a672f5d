// Maps recognised stance wording onto the project's own stance scale, by id first and then by label.
import type { Stance } from '../domain/types';
import type { StanceKey } from './stance-wording';

/** Words that identify each stance in a project's Swedish or English labels. */
const LABEL_HINTS: Record<StanceKey, RegExp> = {
  conditional: /delvis|förbehåll|villkor|conditional|in part|reservation/iu,
  no_position: /avstår|inga synpunkter|ingen ställning|no position|no comment|abstain/iu,
  opposes: /avstyrk|emot|negativ|oppose|against|reject/iu,
  sceptical: /tveksam|skeptisk|kritisk|sceptic|skeptic|doubt|hesitant/iu,
  supports: /tillstyrk|positiv|stöd|support|agree|approve/iu,
};

/** Order of label matching: the hedged stances first, so "Tillstyrker delvis" is not read as support. */
const ORDER: StanceKey[] = ['conditional', 'no_position', 'opposes', 'sceptical', 'supports'];

/** Builds a lookup from recognised stance to the project's stance id (null when the project has none). */
export function stanceIdMap(stances: Stance[]): Record<StanceKey, string | null> {
  const map: Record<StanceKey, string | null> = {
    supports: null,
    conditional: null,
    sceptical: null,
    opposes: null,
    no_position: null,
  };
  const taken = new Set<string>();
  for (const key of ORDER) {
    const byId = stances.find((s) => s.id === key);
    if (byId) {
      map[key] = byId.id;
      taken.add(byId.id);
    }
  }
  for (const key of ORDER) {
    if (map[key] !== null) continue;
    const byLabel = stances.find(
      (s) => !taken.has(s.id) && (LABEL_HINTS[key].test(s.labelSv) || LABEL_HINTS[key].test(s.labelEn)),
    );
    if (byLabel) {
      map[key] = byLabel.id;
      taken.add(byLabel.id);
    }
  }
  return map;
}
