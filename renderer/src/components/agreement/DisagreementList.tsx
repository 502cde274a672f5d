// Where the coders disagree: respondent, proposal, each coder's stances; open it, or settle it.
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../../stores/document-store';
import { attempt } from '../../stores/error-store';
import { codeById, stanceById, useProjectStore } from '../../stores/project-store';
import { EMPTY_FILTER, useUiStore } from '../../stores/ui-store';
import type { AgreementReport } from './AgreementView';
import { SettleForm } from './SettleForm';

type Disagreement = AgreementReport['disagreements'][number];

export function DisagreementList({ report, onSettled }: { report: AgreementReport; onSettled: () => void }) {
  const { t, i18n } = useTranslation();
  const { documents, coders, codes, stances } = useProjectStore();
  const codeMap = codeById(codes);
  const stanceMap = stanceById(stances);
  const en = i18n.language.startsWith('en');
  const stanceName = (id: string) => {
    const s = stanceMap.get(id);
    return s ? (en ? s.labelEn : s.labelSv) : id === '(unspecified)' ? t('agreement.unspecified') : id;
  };
  const coderName = (id: string) => coders.find((c) => c.id === id)?.name ?? id;

  /** Shows the compared coders' highlights on this proposal, layered in the editor. */
  const open = (d: Disagreement) => {
    useUiStore
      .getState()
      .setHighlightFilter({ ...EMPTY_FILTER, coderIds: report.coderIds, codeIds: [d.codeId] });
    useUiStore.getState().setView('coding');
    const docs = useDocumentStore.getState();
    if (docs.documentId !== d.documentId) void attempt(() => docs.open(d.documentId));
  };

  if (!report.disagreements.length) return <p className="muted">{t('agreement.noDisagreements')}</p>;
  return (
    <section className="disagreements">
      <h2>{t('agreement.disagreements', { count: report.disagreements.length })}</h2>
      <ul className="disagreement-list">
        {report.disagreements.map((d) => {
          const code = codeMap.get(d.codeId);
          return (
            <li key={`${d.documentId}/${d.codeId}`} className="disagreement-item">
              <div className="disagreement-head">
                <strong>{documents.find((x) => x.id === d.documentId)?.respondent ?? d.documentId}</strong>
                <span className="muted"> · {code ? `${code.section} ${code.title}`.trim() : d.codeId}</span>
              </div>
              <ul className="coder-stances">
                {d.coders.map((c) => (
                  <li key={c.coderId}>
                    {coderName(c.coderId)}:{' '}
                    {c.stances.length ? (
                      c.stances.map(stanceName).join(', ')
                    ) : (
                      <em>{t('agreement.notTagged')}</em>
                    )}
                  </li>
                ))}
              </ul>
              {d.settled && (
                <p className="settled" role="status">
                  {t('agreement.settled', {
                    stance: d.settled.stanceId ? stanceName(d.settled.stanceId) : t('agreement.noStance'),
                    by: d.settled.by,
                  })}
                </p>
              )}
              <div className="row">
                <button type="button" onClick={() => open(d)}>
                  {t('agreement.open')}
                </button>
                <SettleForm disagreement={d} onSettled={onSettled} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
