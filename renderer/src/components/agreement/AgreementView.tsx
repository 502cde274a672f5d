// The agreement view: choose coders, see agreement per proposal and overall, settle disagreements.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/api/contract';
import { api } from '../../api/api-client';
import { attempt } from '../../stores/error-store';
import { useProjectStore } from '../../stores/project-store';
import { AgreementTable } from './AgreementTable';
import { DisagreementList } from './DisagreementList';
import { MeasureHelp } from './MeasureHelp';

export type AgreementReport = Output<'sharing:agreement'>;

export function AgreementView() {
  const { t } = useTranslation();
  const coders = useProjectStore((s) => s.coders);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [report, setReport] = useState<AgreementReport | null>(null);

  const load = useCallback(async () => {
    const r = await attempt(() => api.call('sharing:agreement', chosen ? { coderIds: chosen } : {}));
    if (r) setReport(r);
  }, [chosen]);
  useEffect(() => {
    void load();
  }, [load]);

  const selected = chosen ?? report?.coderIds ?? [];
  const toggle = (id: string, on: boolean) =>
    setChosen(on ? [...selected, id] : selected.filter((x) => x !== id));

  return (
    <div className="view-full agreement-view">
      <h1 className="view-title">{t('agreement.title')}</h1>
      <fieldset className="plain-fieldset coder-picker">
        <legend className="field-label">{t('agreement.coders')}</legend>
        {coders.map((c) => (
          <label key={c.id} className="checkbox">
            <input
              type="checkbox"
              checked={selected.includes(c.id)}
              onChange={(e) => toggle(c.id, e.target.checked)}
            />
            {c.name}
          </label>
        ))}
      </fieldset>
      {!report && <p className="muted">{t('common.loading')}</p>}
      {report && selected.length < 2 && <p className="muted">{t('agreement.needTwo')}</p>}
      {report && selected.length >= 2 && (
        <>
          {report.overall.units === 0 ? (
            <p className="muted">{t('agreement.noOverlap')}</p>
          ) : (
            <AgreementTable report={report} />
          )}
          <MeasureHelp />
          <DisagreementList report={report} onSettled={() => void load()} />
        </>
      )}
    </div>
  );
}
