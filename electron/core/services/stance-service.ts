// Saves the project's stance scale; a stance still used by annotations cannot be removed.
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/api-error';
import type { Stance } from '../../../shared/domain/types';
import { deleteStance, listStances, upsertStance } from '../db/tables/stances';

export function saveStances(db: Database, stances: Stance[]): Stance[] {
  return db.transaction(() => {
    const ids = new Set(stances.map((s) => s.id));
    if (ids.size !== stances.length) throw new ApiError('stance_duplicate', 'Two stances have the same id.');
    for (const old of listStances(db)) {
      if (ids.has(old.id)) continue;
      const used = (
        db.prepare('SELECT count(*) AS n FROM annotation_tags WHERE stance_id = ?').get(old.id) as {
          n: number;
        }
      ).n;
      if (used) {
        throw new ApiError('stance_in_use', `The stance "${old.labelSv}" is used by ${used} annotations.`, {
          label: old.labelSv,
          count: used,
        });
      }
      deleteStance(db, old.id);
    }
    stances.forEach((s, i) => upsertStance(db, { ...s, sortOrder: i + 1 }));
    return listStances(db);
  })();
}
