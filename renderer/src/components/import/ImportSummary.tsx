// What an import did: imported documents (with "Öppna"), duplicates of documents already there, and refused files with the reason.
import { useTranslation } from 'react-i18next';
import type { ImportOutcomeDto } from '../../../../shared/api/channels/import';
import { REFUSAL_MESSAGES, type ImportErrorCode } from '../../../../shared/text/refusal-messages';
import type { ImportRunResult } from './run-import';

interface Props {
  result: ImportRunResult;
  onOpen: (documentId: string) => void;
}

type Outcome<S extends ImportOutcomeDto['status']> = Extract<ImportOutcomeDto, { status: S }>;

export function ImportSummary({ result, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'sv';
  const of = <S extends ImportOutcomeDto['status']>(status: S) =>
    result.outcomes.filter((o): o is Outcome<S> => o.status === status);
  const imported = of('imported');
  const duplicates = of('duplicate');
  const refused = of('refused');
  return (
    <div className="import-summary" aria-live="polite">
      <p className="import-totals">
        {t('import.totals', {
          imported: t('import.importedCount', { count: imported.length }),
          duplicates: t('import.duplicateCount', { count: duplicates.length }),
          refused: t('import.refusedCount', { count: refused.length }),
        })}
      </p>
      {result.cancelled && (
        <p className="import-cancelled">{t('import.cancelledNote', { count: result.skipped })}</p>
      )}
      {imported.length > 0 && (
        <section aria-label={t('import.importedHeading')}>
          <h3>{t('import.importedHeading')}</h3>
          <ul className="import-list">
            {imported.map((o) => (
              <li key={o.documentId} className="import-ok">
                <span className="import-respondent">{o.respondent}</span>
                <span className="muted import-file">{o.fileName}</span>
                <OpenButton name={o.respondent} onClick={() => onOpen(o.documentId)} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {duplicates.length > 0 && (
        <section aria-label={t('import.duplicateHeading')}>
          <h3>{t('import.duplicateHeading')}</h3>
          <ul className="import-list">
            {duplicates.map((o, i) => (
              <li key={`${o.fileName}-${i}`} className="import-duplicate">
                <span className="import-file">{o.fileName}</span>
                <span className="muted">{t('import.duplicateOf', { respondent: o.respondent })}</span>
                <OpenButton name={o.respondent} onClick={() => onOpen(o.existingId)} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {refused.length > 0 && (
        <section aria-label={t('import.refusedHeading')}>
          <h3>{t('import.refusedHeading')}</h3>
          <ul className="import-list">
            {refused.map((o, i) => (
              <li key={`${o.fileName}-${i}`} className="import-refused">
                <span className="import-file">{o.fileName}</span>
                <span className="import-reason">{REFUSAL_MESSAGES[o.code as ImportErrorCode][lang]}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** "Öppna" for one document of the summary, named for assistive technology. */
function OpenButton({ name, onClick }: { name: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="small" onClick={onClick} aria-label={t('import.openNamed', { name })}>
      {t('import.open')}
    </button>
  );
}
