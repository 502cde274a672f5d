// The charts view: stances per proposal and per respondent type as stacked bars, printable in black and white.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartDataDto } from '../../../../shared/api/channels/compilation';
import { orderProposals, proposalHeading } from '../../../../shared/compilation/proposal-order';
import { api } from '../../api/api-client';
import { attempt } from '../../stores/error-store';
import { useProjectStore } from '../../stores/project-store';
import { FilterSelect } from './FilterSelect';
import { PatternDefs } from './PatternDefs';
import { StanceBarChart } from './StanceBarChart';
import { StanceLegend } from './StanceLegend';
import { useLocale, useStanceLooks } from './use-stance-looks';
import './compilation.css';

export function ChartsView() {
  const { t } = useTranslation();
  const looks = useStanceLooks();
  const locale = useLocale();
  const codes = useProjectStore((s) => s.codes);
  const coders = useProjectStore((s) => s.coders);
  const proposals = useMemo(() => orderProposals(codes), [codes]);
  const [coderId, setCoderId] = useState('');
  const [typeProposal, setTypeProposal] = useState('');
  const [all, setAll] = useState<ChartDataDto | null>(null);
  const [byType, setByType] = useState<ChartDataDto | null>(null);

  useEffect(() => {
    let live = true;
    const coderIds = coderId ? [coderId] : [];
    void attempt(() =>
      Promise.all([
        api.call('compilation:charts', { filter: { coderIds }, locale }),
        typeProposal
          ? api.call('compilation:charts', { filter: { coderIds, codeIds: [typeProposal] }, locale })
          : null,
      ]),
    ).then((r) => {
      if (!live || !r) return;
      setAll(r[0]);
      setByType(r[1] ?? r[0]);
    });
    return () => {
      live = false;
    };
  }, [coderId, typeProposal, locale]);

  return (
    <div className="view-full compilation-view charts-view">
      <PatternDefs looks={looks} />
      <div className="compilation-head">
        <h1 className="view-title">{t('charts.title')}</h1>
        <div className="compilation-toolbar">
          <FilterSelect
            label={t('compilation.coder')}
            value={coderId}
            options={coders.map((c) => ({ value: c.id, label: c.name }))}
            onChange={setCoderId}
          />
          <button type="button" className="no-print" onClick={() => window.print()}>
            {t('charts.print')}
          </button>
        </div>
        <StanceLegend looks={looks} />
      </div>
      {!all && <p className="muted">{t('compilation.loading')}</p>}
      {all && (
        <StanceBarChart
          title={t('charts.byProposal')}
          bars={all.byProposal}
          stances={all.stances}
          looks={looks}
          noStanceLabel={t('matrix.noStance')}
        />
      )}
      {byType && (
        <section className="chart-section">
          <div className="compilation-toolbar no-print">
            <FilterSelect
              label={t('charts.typeFor')}
              value={typeProposal}
              options={proposals.map(({ entry }) => ({ value: entry.id, label: proposalHeading(entry) }))}
              onChange={setTypeProposal}
            />
          </div>
          <StanceBarChart
            title={
              typeProposal
                ? t('charts.byTypeOne', {
                    proposal: proposals.find((p) => p.entry.id === typeProposal)?.entry.section ?? '',
                  })
                : t('charts.byTypeAll')
            }
            bars={byType.byRespondentType}
            stances={byType.stances}
            looks={looks}
            noStanceLabel={t('matrix.noStance')}
          />
        </section>
      )}
    </div>
  );
}
