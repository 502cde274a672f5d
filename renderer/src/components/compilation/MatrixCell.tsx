// One matrix cell: the respondent's stance(s) as chips, the number of excerpts, and a conflict marker.
import type { MatrixCell as Cell } from '../../../../shared/compilation/build-matrix';
import type { StanceLook } from './stance-look';

/** The cell's words, translated once per table (i18next costs too much per cell on 300 rows). */
export interface MatrixCellWords {
  noExcerpts: string;
  noStance: string;
  conflict: string;
  excerptCount: (count: number) => string;
}

interface Props {
  cell: Cell | null;
  words: MatrixCellWords;
  looks: Map<string, StanceLook>;
  selected: boolean;
  label: string;
  /** The cell's column in the whole table (1-based), for assistive technology: columns are windowed. */
  column: number;
  onOpen: () => void;
}

/** Chips that fit a cell's two lines beside the count; past this, the last places say "+n". */
export const MAX_CHIPS = 4;

export function MatrixCell({ cell, words, looks, selected, label, column, onOpen }: Props) {
  if (!cell)
    return (
      <td className="matrix-cell empty" aria-colindex={column} aria-label={`${label}: ${words.noExcerpts}`} />
    );
  const shown = cell.stances.length > MAX_CHIPS ? cell.stances.slice(0, MAX_CHIPS - 1) : cell.stances;
  const more = cell.stances.length - shown.length;
  return (
    <td
      className={`matrix-cell${selected ? ' selected' : ''}${cell.conflict ? ' conflict' : ''}`}
      aria-colindex={column}
    >
      {/* every row has the same height (the table is windowed by it): chips, count and marker wrap in two lines */}
      <button
        type="button"
        className="matrix-cell-button"
        aria-pressed={selected}
        aria-label={`${label}: ${cell.stances.map((s) => looks.get(s.stanceId)?.label ?? s.stanceId).join(', ') || words.noStance}, ${words.excerptCount(cell.excerptCount)}${cell.conflict ? `, ${words.conflict}` : ''}`}
        onClick={onOpen}
      >
        {shown.map((s) => {
          const look = looks.get(s.stanceId);
          // the button's label names the stances; the chip is only drawn (styled by matrixChipCss)
          return look ? (
            <span key={s.stanceId} className={`stance-chip matrix-chip-${look.index}`} aria-hidden="true">
              {look.symbol}
            </span>
          ) : null;
        })}
        {more > 0 && (
          <span className="matrix-more" aria-hidden="true">
            {`+${more}`}
          </span>
        )}
        {cell.stances.length === 0 && <span className="matrix-nostance">–</span>}
        {/* the pencil is text, not a ::before: one layout object less in each of hundreds of cells */}
        <span className="matrix-count" title={words.excerptCount(cell.excerptCount)}>
          {`✎ ${cell.excerptCount}`}
        </span>
        {cell.conflict && (
          <span className="matrix-conflict" title={words.conflict}>
            ⚠
          </span>
        )}
      </button>
    </td>
  );
}
