// One quoted excerpt: the passage, its reference, the coder's comment and a link into the editor.
import { useTranslation } from 'react-i18next';
import type { ProposalSectionDto } from '../../../../shared/api/channels/compilation';
import { openInEditor } from './open-in-editor';

type Excerpt = ProposalSectionDto['groups'][number]['respondents'][number]['excerpts'][number];

export function ExcerptCard({ excerpt, fileName }: { excerpt: Excerpt; fileName: string }) {
  const { t } = useTranslation();
  return (
    <li className="excerpt-card">
      <blockquote className="excerpt-quote">”{excerpt.quote}”</blockquote>
      <div className="excerpt-meta">
        <span title={fileName}>{excerpt.reference}</span>
        <span>·</span>
        <span>
          {t('compilation.coder')}: {excerpt.coder}
        </span>
        <button
          type="button"
          className="link-button excerpt-open"
          onClick={() => void openInEditor(excerpt.documentId, excerpt.start, excerpt.end)}
        >
          {t('compilation.openInEditor')}
        </button>
      </div>
      {excerpt.comment && (
        <p className="excerpt-comment">
          <span className="field-label">{t('compilation.comment')}:</span> {excerpt.comment}
        </p>
      )}
    </li>
  );
}
