// The export dialog: format, language, filters; runs the export as a job with progress and downloads the file.
import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../../shared/api/channels/compilation';
import { orderProposals, proposalHeading } from '../../../../shared/compilation/proposal-order';
import { base64ToBytes, downloadFile } from '../../api/download';
import { attempt } from '../../stores/error-store';
import { useProjectStore } from '../../stores/project-store';
import { Modal } from '../common/Modal';
import { CheckList } from './CheckList';
import { runExport } from './run-export';
import './export-dialog.css';

/** The compilation first: it is what most users come for. */
const FORMAT_ORDER: ExportFormat[] = ['docx', 'xlsx', 'md', 'csv', 'html', 'json'];

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { codes, documents, stances, coders } = useProjectStore();
  const english = i18n.language.startsWith('en');
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [locale, setLocale] = useState<'sv' | 'en'>(english ? 'en' : 'sv');
  const [semicolon, setSemicolon] = useState(true);
  const [codeIds, setCodeIds] = useState<string[]>([]);
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  const [stanceIds, setStanceIds] = useState<string[]>([]);
  const [coderIds, setCoderIds] = useState<string[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const proposals = useMemo(() => orderProposals(codes), [codes]);

  const start = async () => {
    setSaved(null);
    setProgress(0);
    const file = await attempt(() =>
      runExport(
        {
          format,
          locale,
          filter: { codeIds, documentIds, stanceIds, coderIds },
          ...(format === 'csv' ? { delimiter: semicolon ? ';' : ',' } : {}),
        },
        (done, total) => setProgress(total > 0 ? done / total : 0),
      ),
    );
    setProgress(null);
    if (!file) return;
    downloadFile(file.fileName, base64ToBytes(file.base64), file.mimeType);
    setSaved(file.fileName);
  };

  const busy = progress !== null;
  return createPortal(
    <Modal title={t('export.title')} onClose={onClose} wide>
      <div className="export-dialog">
        <fieldset className="plain-fieldset export-formats">
          <legend className="field-label">{t('export.format')}</legend>
          {FORMAT_ORDER.map((f) => (
            <label key={f} className="export-format">
              <input
                type="radio"
                name="export-format"
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
              />
              <span className="export-format-name">{t(`export.formats.${f}`)}</span>
              <span className="muted export-format-hint">{t(`export.hints.${f}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="export-options">
          <fieldset className="plain-fieldset export-language">
            <legend className="field-label">{t('export.language')}</legend>
            <label className="checkbox">
              <input
                type="radio"
                name="export-locale"
                checked={locale === 'sv'}
                onChange={() => setLocale('sv')}
              />
              Svenska
            </label>
            <label className="checkbox">
              <input
                type="radio"
                name="export-locale"
                checked={locale === 'en'}
                onChange={() => setLocale('en')}
              />
              English
            </label>
          </fieldset>
          {format === 'csv' && (
            <label className="checkbox">
              <input type="checkbox" checked={semicolon} onChange={(e) => setSemicolon(e.target.checked)} />
              {t('export.semicolon')}
            </label>
          )}
        </div>
        <p className="hint">{t('export.filterHint')}</p>
        <div className="export-filters">
          <CheckList
            legend={t('export.proposals')}
            options={proposals.map(({ entry }) => ({ value: entry.id, label: proposalHeading(entry) }))}
            chosen={codeIds}
            onChange={setCodeIds}
          />
          <CheckList
            legend={t('export.respondents')}
            options={documents.map((d) => ({ value: d.id, label: d.respondent }))}
            chosen={documentIds}
            onChange={setDocumentIds}
          />
          <CheckList
            legend={t('export.stances')}
            options={stances.map((s) => ({ value: s.id, label: english ? s.labelEn : s.labelSv }))}
            chosen={stanceIds}
            onChange={setStanceIds}
          />
          <CheckList
            legend={t('export.coders')}
            options={coders.map((c) => ({ value: c.id, label: c.name }))}
            chosen={coderIds}
            onChange={setCoderIds}
          />
        </div>
        {busy && (
          <div className="export-progress">
            <progress value={progress} max={1} aria-label={t('export.progress')} />
            <span>{Math.round(progress * 100)} %</span>
          </div>
        )}
        {saved && (
          <p className="export-saved" role="status">
            {t('export.saved', { name: saved })}
          </p>
        )}
      </div>
      <div className="popover-actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void start()}>
          {busy ? t('export.working') : t('export.start')}
        </button>
      </div>
    </Modal>,
    document.body,
  );
}
