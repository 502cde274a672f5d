// A short explanation, in the UI language, of what each agreement measure says.
import { useTranslation } from 'react-i18next';

const MEASURES = ['units', 'percent', 'kappa', 'alpha', 'overlap'] as const;

export function MeasureHelp() {
  const { t } = useTranslation();
  return (
    <details className="measure-help" open>
      <summary>{t('agreement.help.title')}</summary>
      <dl>
        {MEASURES.map((m) => (
          <div key={m}>
            <dt>{t(`agreement.${m}`)}</dt>
            <dd>{t(`agreement.help.${m}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
