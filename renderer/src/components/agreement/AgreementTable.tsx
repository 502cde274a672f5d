// Agreement per proposal and overall: units, percentage, Cohen's kappa, Krippendorff's alpha, span overlap.
import { useTranslation } from 'react-i18next';
import { codeById, useProjectStore } from '../../stores/project-store';
import type { AgreementReport } from './AgreementView';
import { formatCoefficient, formatShare, strengthOf } from './format-measure';

type Stats = AgreementReport['overall'];

export function AgreementTable({ report }: { report: AgreementReport }) {
  const { t, i18n } = useTranslation();
  const codes = codeById(useProjectStore((s) => s.codes));
  const locale = i18n.language;
  const row = (key: string, label: string, s: Stats, overall = false) => (
    <tr key={key} className={overall ? 'agreement-overall' : undefined}>
      <th scope="row">{label}</th>
      <td className="num">{s.units}</td>
      <td className="num">{formatShare(s.percentAgreement, locale)}</td>
      <td className="num" title={t(`agreement.strength.${strengthOf(s.kappa)}`)}>
        {formatCoefficient(s.kappa, locale)}
      </td>
      <td className="num" title={t(`agreement.strength.${strengthOf(s.alpha)}`)}>
        {formatCoefficient(s.alpha, locale)}
      </td>
      <td className="num">{formatShare(s.spanF1, locale)}</td>
    </tr>
  );
  return (
    <table className="agreement-table">
      <caption className="sr-only">{t('agreement.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('agreement.proposal')}</th>
          <th scope="col">{t('agreement.units')}</th>
          <th scope="col">{t('agreement.percent')}</th>
          <th scope="col">{t('agreement.kappa')}</th>
          <th scope="col">{t('agreement.alpha')}</th>
          <th scope="col">{t('agreement.overlap')}</th>
        </tr>
      </thead>
      <tbody>
        {row('overall', t('agreement.overall'), report.overall, true)}
        {report.byProposal.map((p) => {
          const c = codes.get(p.codeId);
          return row(p.codeId, c ? `${c.section} ${c.title}`.trim() : p.codeId, p.stats);
        })}
      </tbody>
    </table>
  );
}
