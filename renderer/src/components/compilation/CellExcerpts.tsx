// The side panel of the matrix: the excerpts of one respondent on one proposal, by stance.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalSectionDto } from '../../../../shared/api/channels/compilation';
import type { CompilationFilter } from '../../../../shared/compilation/compilation-filter';
import { api } from '../../api/api-client';
import { attempt } from '../../stores/error-store';
import { ExcerptCard } from './ExcerptCard';
import { StanceChip } from './StanceChip';
import type { StanceLook } from './stance-look';
import { useLocale } from './use-stance-looks';

interface Props {
  codeId: string;
  documentId: string;
  respondent: string;
  filter: CompilationFilter;
  looks: Map<string, StanceLook>;
  onClose: () => void;
}

export function CellExcerpts({ codeId, documentId, respondent, filter, looks, onClose }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [section, setSection] = useState<ProposalSectionDto | null>(null);
  useEffect(() => {
    let live = true;
    setSection(null);
    void attempt(() =>
      api.call('compilation:proposal', { codeId, locale, filter: { ...filter, documentIds: [documentId] } }),
    ).then((s) => live && s && setSection(s));
    return () => {
      live = false;
    };
  }, [codeId, documentId, filter, locale]);
  return (
    <aside className="matrix-side" aria-label={t('matrix.excerptsOf', { respondent })}>
      <div className="matrix-side-head">
        <div>
          <h2 className="matrix-side-title">{respondent}</h2>
          {section && <p className="matrix-side-proposal">{section.heading}</p>}
        </div>
        <button type="button" className="link-button" onClick={onClose} aria-label={t('common.close')}>
          ✕
        </button>
      </div>
      {!section && <p className="muted">{t('compilation.loading')}</p>}
      {section?.groups.map((g) => {
        const look = g.stanceId ? looks.get(g.stanceId) : undefined;
        return (
          <section key={g.stanceId ?? 'none'} className="stance-group">
            <h3 className="stance-group-title">
              {look ? <StanceChip look={look} showLabel /> : <span className="muted">{g.label}</span>}
            </h3>
            <ul className="excerpt-list">
              {g.respondents.flatMap((r) =>
                r.excerpts.map((e) => <ExcerptCard key={e.annotationId} excerpt={e} fileName={r.fileName} />),
              )}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
