// Exports my annotations, everybody's, or chosen coders' as an annotation file (a download).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { downloadFile } from '../../api/download';
import { attempt } from '../../stores/error-store';
import { useProjectStore } from '../../stores/project-store';

type Scope = 'mine' | 'all' | 'chosen';

export function ExportAnnotations() {
  const { t } = useTranslation();
  const coders = useProjectStore((s) => s.coders);
  const me = useProjectStore((s) => s.coder);
  const [scope, setScope] = useState<Scope>('mine');
  const [chosen, setChosen] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);

  const run = () =>
    void attempt(async () => {
      const file = await api.call(
        'sharing:exportAnnotations',
        scope === 'chosen' ? { scope: 'all', coderIds: chosen } : { scope },
      );
      downloadFile(file.fileName, file.content, 'application/json');
      setDone(t('sharing.export.done', { count: file.annotations, file: file.fileName }));
    });

  return (
    <section>
      <p className="hint">{t('sharing.export.intro')}</p>
      <fieldset className="plain-fieldset">
        <legend className="field-label">{t('sharing.export.which')}</legend>
        {(['mine', 'all', 'chosen'] as const).map((s) => (
          <label key={s} className="checkbox">
            <input type="radio" name="export-scope" checked={scope === s} onChange={() => setScope(s)} />
            {t(`sharing.export.${s}`, { name: me?.name ?? '' })}
          </label>
        ))}
        {scope === 'chosen' && (
          <div className="coder-choices">
            {coders.map((c) => (
              <label key={c.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.includes(c.id)}
                  onChange={(e) =>
                    setChosen((xs) => (e.target.checked ? [...xs, c.id] : xs.filter((x) => x !== c.id)))
                  }
                />
                {c.name}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={run}
          disabled={scope === 'chosen' && !chosen.length}
        >
          {t('sharing.export.button')}
        </button>
      </div>
      {done && (
        <p className="sharing-done" role="status">
          {done}
        </p>
      )}
    </section>
  );
}
