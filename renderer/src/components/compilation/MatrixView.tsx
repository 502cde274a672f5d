// The matrix view: respondents × proposals with the stance(s) in each cell; click a cell to read it.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixDto } from '../../../../shared/api/channels/compilation';
import type { CompilationFilter } from '../../../../shared/compilation/compilation-filter';
import { RESPONDENT_TYPES, type RespondentType } from '../../../../shared/domain/types';
import { attempt } from '../../stores/error-store';
import { useProjectStore } from '../../stores/project-store';
import { CellExcerpts } from './CellExcerpts';
import { FilterSelect } from './FilterSelect';
import { keptMatrix, loadMatrix, matrixFilter, revalidateMatrix } from './matrix-loader';
import { matrixRows, type MatrixSort } from './matrix-rows';
import { MatrixTable, type CellRef } from './MatrixTable';
import { StanceLegend } from './StanceLegend';
import { useStanceLooks } from './use-stance-looks';
import './compilation.css';

export function MatrixView() {
  const { t } = useTranslation();
  const coders = useProjectStore((s) => s.coders);
  const looks = useStanceLooks();
  const [stanceId, setStanceId] = useState('');
  const [coderId, setCoderId] = useState('');
  const [type, setType] = useState<RespondentType | ''>('');
  const [sort, setSort] = useState<MatrixSort>('name');
  const [matrix, setMatrix] = useState<MatrixDto | null>(() => keptMatrix(matrixFilter()));
  const [selected, setSelected] = useState<CellRef | null>(null);

  const filter = useMemo<CompilationFilter>(() => matrixFilter(stanceId, coderId), [stanceId, coderId]);
  useEffect(() => {
    let live = true;
    // a kept matrix shows at once and is checked against the file; any other is read first
    const kept = keptMatrix(filter);
    if (kept) setMatrix(kept);
    void attempt(() => (kept ? revalidateMatrix(filter, kept) : loadMatrix(filter))).then((m) => {
      if (live && m) {
        setMatrix(m);
        setSelected(null);
      }
    });
    return () => {
      live = false;
    };
  }, [filter]);

  const rows = useMemo(() => (matrix ? matrixRows(matrix, sort, type || 'all') : []), [matrix, sort, type]);
  const cell =
    selected && matrix
      ? { r: matrix.respondents[selected.row]!, p: matrix.proposals[selected.proposal]! }
      : null;

  return (
    <div className="view-full compilation-view matrix-view">
      <div className="compilation-head">
        <h1 className="view-title">{t('matrix.title')}</h1>
        <div className="compilation-toolbar">
          <label className="compilation-filter">
            <span className="field-label">{t('matrix.sort')}</span>
            <select value={sort} onChange={(e) => setSort(e.target.value as MatrixSort)}>
              <option value="name">{t('matrix.sortName')}</option>
              <option value="type">{t('matrix.sortType')}</option>
            </select>
          </label>
          <FilterSelect
            label={t('compilation.respondentType')}
            value={type}
            options={RESPONDENT_TYPES.map((v) => ({ value: v, label: t(`respondentType.${v}`) }))}
            onChange={(v) => setType(v as RespondentType | '')}
          />
          <FilterSelect
            label={t('compilation.stance')}
            value={stanceId}
            options={[...looks.values()].map((l) => ({ value: l.id, label: l.label }))}
            onChange={setStanceId}
          />
          <FilterSelect
            label={t('compilation.coder')}
            value={coderId}
            options={coders.map((c) => ({ value: c.id, label: c.name }))}
            onChange={setCoderId}
          />
        </div>
        <StanceLegend looks={looks} conflict />
      </div>
      {!matrix && <p className="muted">{t('compilation.loading')}</p>}
      {matrix && matrix.proposals.length === 0 && <p className="muted">{t('matrix.noProposals')}</p>}
      {matrix && matrix.proposals.length > 0 && (
        <div className={`matrix-layout${cell ? ' with-side' : ''}`}>
          <MatrixTable matrix={matrix} rows={rows} looks={looks} selected={selected} onSelect={setSelected} />
          {cell && (
            <CellExcerpts
              codeId={cell.p.codeId}
              documentId={cell.r.documentId}
              respondent={cell.r.respondent}
              filter={filter}
              looks={looks}
              onClose={() => setSelected(null)}
            />
          )}
        </div>
      )}
    </div>
  );
}
