// The stances table: the project's stance scale (editable, default from domain.md).
import type { Database } from 'better-sqlite3';
import type { Stance } from '../../../../shared/domain/types';

interface StanceRow {
  id: string;
  label_sv: string;
  label_en: string;
  colour: string;
  sort_order: number;
}

const rowToStance = (r: StanceRow): Stance => ({
  id: r.id,
  labelSv: r.label_sv,
  labelEn: r.label_en,
  colour: r.colour,
  sortOrder: r.sort_order,
});

export function listStances(db: Database): Stance[] {
  return (db.prepare('SELECT * FROM stances ORDER BY sort_order, id').all() as StanceRow[]).map(rowToStance);
}

export function upsertStance(db: Database, s: Stance): void {
  db.prepare(
    `INSERT INTO stances (id, label_sv, label_en, colour, sort_order) VALUES (@id, @labelSv, @labelEn, @colour, @sortOrder)
     ON CONFLICT(id) DO UPDATE SET label_sv = excluded.label_sv, label_en = excluded.label_en,
       colour = excluded.colour, sort_order = excluded.sort_order`,
  ).run(s);
}

export function deleteStance(db: Database, id: string): void {
  db.prepare('DELETE FROM stances WHERE id = ?').run(id);
}
