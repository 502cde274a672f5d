// The proposal view: every excerpt on one proposal from every answer, grouped by stance, with the counts on top.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalSectionDto } from '../../../../shared/api/channels/compilation';
import { orderProposals, proposalHeading } from '../../../../shared/compilation/proposal-order';
import { api } from '../../api/api-client';
import { attempt } from '../../stores/error-store';
import { useProjectStore } from '../../stores/project-store';
import { ExcerptCard } from './ExcerptCard';
import { StanceChip } from './StanceChip';
import { useLocale, useStanceLooks } from './use-stance-looks';
import './compilation.css';

/** Remembered while the app runs, so coming back from the editor shows the same proposal. */
let lastCodeId = '';

export function ProposalView() {
  const { t } = useTranslation();
  const codes = useProjectStore((s) => s.codes);
  const looks = useStanceLooks();
  const locale = useLocale();
  const proposals = useMemo(() => orderProposals(codes), [codes]);
  const [codeId, setCodeId] = useState(() =>
    proposals.some((p) => p.entry.id === lastCodeId) ? lastCodeId : (proposals[0]?.entry.id ?? ''),
  );
  const [section, setSection] = useState<ProposalSectionDto | null>(null);

  useEffect(() => {
    lastCodeId = codeId;
    if (!codeId) return;
    let live = true;
    void attempt(() => api.call('compilation:proposal', { codeId, locale })).then(
      (s) => live && s && setSection(s),
    );
    return () => {
      live = false;
    };
  }, [codeId, locale]);

  return (
    <div className="view-full compilation-view proposal-view">
      <div className="compilation-head">
        <h1 className="view-title">{t('proposalView.title')}</h1>
        <label className="compilation-filter proposal-picker">
          <span className="field-label">{t('proposalView.pick')}</span>
          <select value={codeId} onChange={(e) => setCodeId(e.target.value)}>
            {proposals.map(({ entry }) => (
              <option key={entry.id} value={entry.id}>
                {proposalHeading(entry)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {proposals.length === 0 && <p className="muted">{t('matrix.noProposals')}</p>}
      {section && section.codeId === codeId && (
        <article className="proposal-section">
          <h2 className="proposal-heading">{section.heading}</h2>
          <p className="proposal-counts" data-testid="proposal-counts">
            {section.countsLine}
            {section.excerptCount > 0 && (
              <span className="muted"> ({t('matrix.excerptCount', { count: section.excerptCount })})</span>
            )}
          </p>
          {section.groups.map((g) => {
            const look = g.stanceId ? looks.get(g.stanceId) : undefined;
            return (
              <section key={g.stanceId ?? 'none'} className="stance-group" data-stance={g.stanceId ?? ''}>
                <h3 className="stance-group-title">
                  {look ? <StanceChip look={look} showLabel /> : g.label}
                  <span className="muted">
                    {t('matrix.respondentCount', { count: g.respondents.length })}
                  </span>
                </h3>
                {g.respondents.map((r) => (
                  <div key={r.documentId} className="proposal-respondent">
                    <h4 className="proposal-respondent-name">
                      {r.respondent} <span className="muted">({r.respondentTypeLabel})</span>
                    </h4>
                    <ul className="excerpt-list">
                      {r.excerpts.map((e) => (
                        <ExcerptCard key={e.annotationId} excerpt={e} fileName={r.fileName} />
                      ))}
                    </ul>
                  </div>
                ))}
              </section>
            );
          })}
        </article>
      )}
    </div>
  );
}
