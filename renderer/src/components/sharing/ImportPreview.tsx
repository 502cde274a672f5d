// What an annotation file will do: counts, documents (with name matches to confirm), passages.
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/api/contract';

type Preview = Output<'sharing:previewAnnotations'>;

interface Props {
  preview: Preview;
  confirmed: string[];
  onConfirm: (fileDocumentId: string, yes: boolean) => void;
}

const ACTIONS = ['add', 'update', 'unchanged', 'orphan'] as const;

export function ImportPreview({ preview, confirmed, onConfirm }: Props) {
  const { t } = useTranslation();
  const s = preview.summary;
  const shown = preview.annotations.filter((a) => a.action !== 'unchanged').slice(0, 200);
  return (
    <div className="import-preview" aria-label={t('sharing.preview.label')}>
      <p>{t('sharing.preview.from', { name: preview.exportedBy.name, project: preview.project.name })}</p>
      <ul className="preview-counts">
        {ACTIONS.map((a) => (
          <li key={a} className={`preview-count preview-${a}`}>
            <strong>{s[a]}</strong> {t(`sharing.preview.${a}`)}
          </li>
        ))}
      </ul>
      <h3>{t('sharing.preview.documents')}</h3>
      <ul className="preview-documents">
        {preview.documents.map((d) => (
          <li key={d.fileDocumentId}>
            <span>
              {d.respondent} <span className="muted">({d.fileName})</span>
            </span>{' '}
            {d.by === 'none' && <span className="badge badge-warn">{t('sharing.preview.notFound')}</span>}
            {d.by === 'fingerprint' && <span className="badge">{t('sharing.preview.sameText')}</span>}
            {d.needsConfirmation && (
              <label className="checkbox confirm-match">
                <input
                  type="checkbox"
                  checked={confirmed.includes(d.fileDocumentId)}
                  onChange={(e) => onConfirm(d.fileDocumentId, e.target.checked)}
                />
                {t('sharing.preview.confirm', { respondent: d.localRespondent, file: d.localFileName })}
              </label>
            )}
          </li>
        ))}
      </ul>
      {shown.length > 0 && (
        <>
          <h3>{t('sharing.preview.passages')}</h3>
          <ul className="preview-passages">
            {shown.map((a) => (
              <li key={a.annotationId} className={`preview-${a.action}`}>
                <span className="badge">{t(`sharing.preview.${a.action}`)}</span> <q>{a.exact}</q>{' '}
                <span className="muted">
                  {a.respondent} · {a.coderName} ·{' '}
                  {a.tags.map((x) => (x.stance ? `${x.code}: ${x.stance}` : x.code)).join('; ')}
                </span>
                <div className="hint">{t(`sharing.reason.${a.reason}`)}</div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
