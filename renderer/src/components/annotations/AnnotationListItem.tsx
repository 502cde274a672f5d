// One entry of the annotation panel, memoised so a change to one annotation re-renders only its entry.
import { memo } from 'react';
import type { Annotation, CodebookEntry, Stance } from '../../../../shared/domain/types';
import { StanceLabel } from '../common/StanceLabel';
import { RenderMemo } from '../memo/render-memo';

interface Props {
  annotation: Annotation;
  selected: boolean;
  codeMap: ReadonlyMap<string, CodebookEntry>;
  stanceMap: ReadonlyMap<string, Stance>;
  english: boolean;
  coderName: string;
  onSelect: (id: string, scroll: boolean) => void;
}

export const AnnotationListItem = memo(function AnnotationListItem({
  annotation: a,
  selected,
  codeMap,
  stanceMap,
  english,
  coderName,
  onSelect,
}: Props) {
  return (
    <li>
      <button
        type="button"
        className={`annotation-item${selected ? ' selected' : ''}`}
        onClick={() => onSelect(a.id, true)}
        aria-current={selected ? 'true' : undefined}
      >
        <span className="annotation-quote">
          “{a.exact.length > 140 ? `${a.exact.slice(0, 140)}…` : a.exact}”
        </span>
        {a.tags.map((tag) => {
          const code = codeMap.get(tag.codeId);
          const stance = tag.stanceId ? stanceMap.get(tag.stanceId) : undefined;
          return (
            <span className="annotation-tag" key={tag.codeId}>
              <span className="code-swatch" style={{ background: code?.colour }} aria-hidden="true" />
              <span className="code-section">{code?.section}</span> {code?.title ?? tag.codeId}
              {stance && (
                <>
                  {' · '}
                  <StanceLabel stance={stance} english={english} />
                </>
              )}
            </span>
          );
        })}
        {a.comment && (
          <span className="annotation-comment">
            <RenderMemo text={a.comment} />
          </span>
        )}
        <span className="annotation-meta">{coderName}</span>
      </button>
    </li>
  );
});
