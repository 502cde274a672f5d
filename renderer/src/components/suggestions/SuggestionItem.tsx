// One suggestion in the list: proposal, stance, score, reasons and quote, with accept, edit-then-accept and reject.
import { useTranslation } from 'react-i18next';
import type { SuggestionDto } from '../../../../shared/api/channels/suggestions';
import type { CodebookEntry, Stance } from '../../../../shared/domain/types';
import { StanceLabel } from '../common/StanceLabel';

interface Props {
  suggestion: SuggestionDto;
  code: CodebookEntry | undefined;
  stance: Stance | undefined;
  english: boolean;
  active: boolean;
  onShow: () => void;
  onAccept: () => void;
  onEdit: (anchor: { x: number; y: number }) => void;
  onReject: () => void;
}

export function SuggestionItem({
  suggestion: s,
  code,
  stance,
  english,
  active,
  onShow,
  onAccept,
  onEdit,
  onReject,
}: Props) {
  const { t } = useTranslation();
  const title = code ? `${code.section} ${code.title}`.trim() : s.codeId;
  return (
    <li className={`suggestion-item${active ? ' active' : ''}`} aria-label={title}>
      <button type="button" className="suggestion-show" onClick={onShow} title={t('suggestions.show')}>
        <span className="suggestion-head">
          <span className="code-swatch" style={{ background: code?.colour }} aria-hidden="true" />
          <span className="suggestion-code">{title}</span>
        </span>
        <span className="suggestion-meta">
          {stance ? (
            <StanceLabel stance={stance} english={english} />
          ) : (
            <span>{t('suggestions.noStance')}</span>
          )}
          <span className="suggestion-score">
            {t('suggestions.score', { score: Math.round(s.score * 100) })}
          </span>
        </span>
        <span className="suggestion-quote">
          “{s.quote.length > 220 ? `${s.quote.slice(0, 220)}…` : s.quote}”
        </span>
        {s.reasons.length > 0 && <span className="suggestion-reasons">{s.reasons.join(' · ')}</span>}
      </button>
      <div className="suggestion-actions">
        <button type="button" className="primary small" onClick={onAccept}>
          {t('suggestions.accept')}
        </button>
        <button
          type="button"
          className="small"
          onClick={(e) => {
            const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
            onEdit({ x: rect.right + 8, y: rect.top });
          }}
        >
          {t('suggestions.edit')}
        </button>
        <button type="button" className="small" onClick={onReject}>
          {t('suggestions.reject')}
        </button>
      </div>
    </li>
  );
}
