// Filters the open document's highlights by proposal, stance and coder, or hides them all.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { isFilterActive } from '../../../../shared/highlights/filter-annotations';
import { useProjectStore } from '../../stores/project-store';
import { EMPTY_FILTER, useUiStore, type ColourBy } from '../../stores/ui-store';
import { isTaggable } from '../tagging/filter-codes';

/** Memoised: it reads only stores, so a new annotation in the list beside it does not redraw it. */
export const HighlightFilterBar = memo(function HighlightFilterBar() {
  const { t, i18n } = useTranslation();
  const codes = useProjectStore((s) => s.codes);
  const stances = useProjectStore((s) => s.stances);
  const coders = useProjectStore((s) => s.coders);
  const filter = useUiStore((s) => s.highlightFilter);
  const setFilter = useUiStore((s) => s.setHighlightFilter);
  const hidden = useUiStore((s) => s.hideHighlights);
  const toggle = useUiStore((s) => s.toggleHighlights);
  const colourBy = useUiStore((s) => s.colourBy);
  const setColourBy = useUiStore((s) => s.setColourBy);
  const en = i18n.language.startsWith('en');
  const one = (value: string) => (value ? [value] : []);
  return (
    <div className="filter-bar" role="group" aria-label={t('filter.label')}>
      <select
        aria-label={t('filter.proposal')}
        value={filter.codeIds[0] ?? ''}
        onChange={(e) => setFilter({ ...filter, codeIds: one(e.target.value) })}
      >
        <option value="">{t('filter.allProposals')}</option>
        {codes.filter(isTaggable).map((c) => (
          <option key={c.id} value={c.id}>
            {`${c.section} ${c.title}`.trim()}
          </option>
        ))}
      </select>
      <select
        aria-label={t('filter.stance')}
        value={filter.stanceIds[0] ?? ''}
        onChange={(e) => setFilter({ ...filter, stanceIds: one(e.target.value) })}
      >
        <option value="">{t('filter.allStances')}</option>
        {stances.map((s) => (
          <option key={s.id} value={s.id}>
            {en ? s.labelEn : s.labelSv}
          </option>
        ))}
      </select>
      <select
        aria-label={t('filter.coder')}
        value={filter.coderIds[0] ?? ''}
        onChange={(e) => setFilter({ ...filter, coderIds: one(e.target.value) })}
      >
        <option value="">{t('filter.allCoders')}</option>
        {coders.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <label className="inline-label">
        {t('header.colourBy')}{' '}
        <select value={colourBy} onChange={(e) => setColourBy(e.target.value as ColourBy)}>
          <option value="stance">{t('header.colourByStance')}</option>
          <option value="proposal">{t('header.colourByProposal')}</option>
        </select>
      </label>
      <div className="row">
        {isFilterActive(filter) && (
          <button type="button" className="link-button" onClick={() => setFilter(EMPTY_FILTER)}>
            {t('filter.clear')}
          </button>
        )}
        <span className="spacer" />
        <label className="checkbox">
          <input type="checkbox" checked={hidden} onChange={toggle} />
          {t('filter.hideAll')}
        </label>
      </div>
    </div>
  );
});
