// Imported passages that could not be placed: shown with why, until the user dismisses them.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/api/contract';
import { api } from '../../api/api-client';
import { attempt } from '../../stores/error-store';

type Orphan = Output<'sharing:listOrphans'>[number];

export function OrphanList() {
  const { t } = useTranslation();
  const [orphans, setOrphans] = useState<Orphan[] | null>(null);
  useEffect(() => {
    void attempt(() => api.call('sharing:listOrphans', {})).then((list) => list && setOrphans(list));
  }, []);
  const dismiss = (id: string) =>
    void attempt(async () => {
      await api.call('sharing:dismissOrphan', { id });
      setOrphans((xs) => xs?.filter((o) => o.id !== id) ?? null);
    });
  if (!orphans) return <p className="muted">{t('common.loading')}</p>;
  if (!orphans.length) return <p className="muted">{t('sharing.orphans.none')}</p>;
  return (
    <section>
      <p className="hint">{t('sharing.orphans.intro')}</p>
      <ul className="orphan-list">
        {orphans.map((o) => (
          <li key={o.id} className="orphan-item">
            <div>
              <strong>{o.respondent}</strong> <span className="muted">({o.fileName})</span> · {o.coderName}
            </div>
            <div className="orphan-quote">
              <span className="muted">…{o.prefix}</span>
              <mark>{o.exact}</mark>
              <span className="muted">{o.suffix}…</span>
            </div>
            <div className="muted">
              {o.tags.map((x) => (x.stance ? `${x.code}: ${x.stance}` : x.code)).join('; ')}
              {o.comment && <> · ”{o.comment}”</>}
            </div>
            <div className="row">
              <span className="hint">
                {t(`sharing.reason.${o.reason}`)} · {t('sharing.orphans.from', { file: o.sourceFile })}
              </span>
              <span className="spacer" />
              <button type="button" className="link-button" onClick={() => dismiss(o.id)}>
                {t('sharing.orphans.dismiss')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
