// The matrix table: sticky proposal header and respondent column, virtualised rows, totals at the foot.
import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixDto } from '../../../../shared/api/channels/compilation';
import { unpackCell } from '../../../../shared/compilation/matrix-wire';
import { MatrixCell, type MatrixCellWords } from './MatrixCell';
import { rowTotals } from './matrix-rows';
import { matrixChipCss, type StanceLook } from './stance-look';
import { useVirtualColumns } from './use-virtual-columns';
import { useVirtualRows } from './use-virtual-rows';

export interface CellRef {
  row: number;
  proposal: number;
}

interface Props {
  matrix: MatrixDto;
  rows: number[];
  looks: Map<string, StanceLook>;
  selected: CellRef | null;
  onSelect: (cell: CellRef) => void;
}

/** Every row's height (compilation.css: .matrix-cell, .matrix-cell-button); the rows are windowed by it. */
const ROW_HEIGHT = 44;
/** Column widths, as in compilation.css (.matrix-corner, .matrix-proposal). */
const RESPONDENT_WIDTH = 240;
const PROPOSAL_WIDTH = 92;

/** A proposal's totals: one tinted chip per stance with its count, and the respondents with any excerpt. */
function TotalCell({
  column,
  byStance,
  looks,
  respondents,
}: {
  column: number;
  byStance: ReadonlyMap<string, number>;
  looks: Map<string, StanceLook>;
  respondents: string;
}) {
  const shown = [...looks.values()].filter((l) => byStance.get(l.id));
  return (
    <td className="matrix-total" aria-colindex={column}>
      {shown.map((l) => (
        <span key={l.id} className={`stance-chip matrix-chip-${l.index}`} aria-hidden="true">
          {`${l.symbol} ${byStance.get(l.id)}`}
        </span>
      ))}
      {/* one text for assistive technology instead of a hidden label in every chip */}
      <span className="sr-only">{shown.map((l) => `${l.label} ${byStance.get(l.id)}`).join(', ')}</span>
      <span className="matrix-total-respondents">{respondents}</span>
    </td>
  );
}

export const MatrixTable = memo(function MatrixTable({ matrix, rows, looks, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const words = useMemo((): MatrixCellWords => {
    const counts = new Map<number, string>();
    return {
      noExcerpts: t('matrix.noExcerpts'),
      noStance: t('matrix.noStance'),
      conflict: t('matrix.conflict'),
      excerptCount: (count) => {
        let text = counts.get(count);
        if (text === undefined) counts.set(count, (text = t('matrix.excerptCount', { count })));
        return text;
      },
    };
  }, [t]);
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const foot = useRef<HTMLTableSectionElement>(null);
  // the sticky header and totals cover part of the viewport: rows show only between them
  const win = useVirtualRows(
    scroller,
    rows.length,
    ROW_HEIGHT,
    () => (head.current?.offsetHeight ?? 0) + (foot.current?.offsetHeight ?? 0),
  );
  const across = useVirtualColumns(scroller, matrix.proposals.length, PROPOSAL_WIDTH, RESPONDENT_WIDTH);
  // counted once per matrix and row set, not again for each scroll or window change
  const totals = useMemo(() => rowTotals(matrix, rows), [matrix, rows]);
  // only the proposals in view are rendered; a gap cell on each side holds the others' width
  const shownProposals = matrix.proposals
    .slice(across.from, across.to)
    .map((p, k) => ({ p, pi: across.from + k }));
  const gap = (side: 'left' | 'right', header = false) => {
    const width = side === 'left' ? across.padLeft : across.padRight;
    if (!width) return null;
    const Cell = header ? 'th' : 'td';
    return <Cell key={`gap-${side}`} className="matrix-gap" style={{ width }} aria-hidden="true" />;
  };
  const cols = 1 + shownProposals.length + (across.padLeft ? 1 : 0) + (across.padRight ? 1 : 0);
  return (
    <div className="matrix-scroller" ref={scroller}>
      <style>{matrixChipCss(looks.values())}</style>
      <table
        className="matrix-table"
        aria-rowcount={rows.length + 2}
        aria-colcount={matrix.proposals.length + 1}
        // an explicit width keeps the fixed table layout (max-content would measure every cell)
        style={{ width: RESPONDENT_WIDTH + PROPOSAL_WIDTH * matrix.proposals.length }}
      >
        <thead ref={head}>
          <tr>
            <th scope="col" className="matrix-corner">
              {t('matrix.respondent')}
            </th>
            {gap('left', true)}
            {shownProposals.map(({ p, pi }) => (
              <th
                key={p.codeId}
                scope="col"
                className="matrix-proposal"
                title={`${p.section} ${p.title}`}
                aria-colindex={pi + 2}
              >
                <span className="matrix-proposal-section">{p.section || '–'}</span>
                <span className="matrix-proposal-title">{p.title}</span>
              </th>
            ))}
            {gap('right', true)}
          </tr>
        </thead>
        <tbody>
          {win.padTop > 0 && (
            <tr aria-hidden="true" style={{ height: win.padTop }}>
              <td colSpan={cols} />
            </tr>
          )}
          {rows.slice(win.from, win.to).map((ri) => {
            const r = matrix.respondents[ri]!;
            return (
              <tr key={r.documentId} style={{ height: ROW_HEIGHT }}>
                <th scope="row" className="matrix-respondent">
                  <span className="matrix-respondent-name">{r.respondent}</span>
                  <span className="matrix-respondent-type">{t(`respondentType.${r.respondentType}`)}</span>
                </th>
                {gap('left')}
                {shownProposals.map(({ p, pi }) => (
                  <MatrixCell
                    key={p.codeId}
                    column={pi + 2}
                    cell={unpackCell(matrix.stances, matrix.cells[ri]![pi] ?? null)}
                    words={words}
                    looks={looks}
                    label={`${r.respondent}, ${p.section || p.title}`}
                    selected={selected?.row === ri && selected.proposal === pi}
                    onOpen={() => onSelect({ row: ri, proposal: pi })}
                  />
                ))}
                {gap('right')}
              </tr>
            );
          })}
          {win.padBottom > 0 && (
            <tr aria-hidden="true" style={{ height: win.padBottom }}>
              <td colSpan={cols} />
            </tr>
          )}
        </tbody>
        <tfoot ref={foot}>
          <tr>
            <th scope="row" className="matrix-respondent matrix-total-label">
              {t('matrix.totals', { count: rows.length })}
            </th>
            {gap('left')}
            {shownProposals
              .map(({ p, pi }) => ({ p, pi, total: totals[pi]! }))
              .map(({ p, pi, total }) => (
                <TotalCell
                  key={p.codeId}
                  column={pi + 2}
                  byStance={total.byStance}
                  looks={looks}
                  respondents={
                    total.respondents > 0 ? t('matrix.respondentCount', { count: total.respondents }) : '–'
                  }
                />
              ))}
            {gap('right')}
          </tr>
        </tfoot>
      </table>
    </div>
  );
});
