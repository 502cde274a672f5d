// The codebook panel: proposals as a tree with counts; add, edit, reorder, merge, delete, import, export.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookEntry } from '../../../../shared/domain/types';
import type { Output } from '../../../../shared/api/contract';
import { api } from '../../api/api-client';
import { downloadFile } from '../../api/download';
import { attempt } from '../../stores/error-store';
import { useDocumentStore } from '../../stores/document-store';
import { useProjectStore } from '../../stores/project-store';
import { CodeEditDialog } from './CodeEditDialog';
import { codebookRows } from './codebook-tree';
import { MergeDeleteDialog } from './MergeDeleteDialog';
import { StanceScaleDialog } from './StanceScaleDialog';

type Dialog =
  | { kind: 'none' }
  | { kind: 'edit'; code: CodebookEntry | null }
  | { kind: 'merge' | 'delete'; code: CodebookEntry }
  | { kind: 'stances' };

export function CodebookPanel() {
  const { t } = useTranslation();
  const codes = useProjectStore((s) => s.codes);
  const annotations = useDocumentStore((s) => s.annotations);
  const [counts, setCounts] = useState<Output<'codebook:counts'>>([]);
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const fileInput = useRef<HTMLInputElement>(null);
  const rows = useMemo(() => codebookRows(codes), [codes]);
  const countOf = useMemo(() => new Map(counts.map((c) => [c.codeId, c])), [counts]);

  useEffect(() => {
    void attempt(() => api.call('codebook:counts', {})).then((c) => c && setCounts(c));
  }, [codes, annotations]);

  const move = (code: CodebookEntry, index: number) =>
    void attempt(async () => {
      await api.call('codebook:moveCode', { id: code.id, parentId: code.parentId, index });
      await useProjectStore.getState().refreshCodebook();
    });

  const exportAs = (format: 'json' | 'csv' | 'qdc') =>
    void attempt(async () => {
      const file = await api.call('codebook:export', { format });
      downloadFile(file.fileName, file.content, file.mimeType);
    });

  const importFile = async (file: File) => {
    const content = await file.text();
    const result = await attempt(() =>
      api.call('codebook:import', { fileName: file.name, content, mode: 'append' }),
    );
    if (result) await attempt(() => useProjectStore.getState().refreshCodebook());
  };

  return (
    <section className="codebook-panel" aria-label={t('codebook.title')}>
      <h2 className="panel-title">
        {t('codebook.title')} <span className="count">{codes.length}</span>
      </h2>
      <div className="toolbar">
        <button type="button" onClick={() => setDialog({ kind: 'edit', code: null })}>
          {t('codebook.add')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('codebook.import')}
        </button>
        <select
          aria-label={t('codebook.export')}
          value=""
          onChange={(e) => e.target.value && exportAs(e.target.value as 'json' | 'csv' | 'qdc')}
        >
          <option value="">{t('codebook.export')}</option>
          <option value="json">JSON</option>
          <option value="csv">CSV</option>
          <option value="qdc">REFI-QDA (.qdc)</option>
        </select>
        <button type="button" onClick={() => setDialog({ kind: 'stances' })}>
          {t('codebook.stances')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.csv,.qdc,.xml,.txt"
          hidden
          aria-label={t('codebook.importFile')}
          data-testid="codebook-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      <ul className="code-tree" role="tree" aria-label={t('codebook.title')}>
        {rows.map(({ code, depth, index, siblings }) => {
          const c = countOf.get(code.id);
          return (
            <li
              key={code.id}
              role="treeitem"
              aria-level={depth + 1}
              aria-selected={false}
              className={`code-row kind-${code.kind}`}
              style={{ paddingLeft: 8 + depth * 14 }}
            >
              <div className="code-row-main">
                <span className="code-swatch" style={{ background: code.colour }} aria-hidden="true" />
                <span className="code-section">{code.section}</span>
                <span className="code-title">{code.title}</span>
              </div>
              <div className="code-row-meta">
                <span className="muted">
                  {t(`codeKind.${code.kind}`)}
                  {c
                    ? ` · ${t('codebook.counts', { annotations: c.annotations, documents: c.documents })}`
                    : ''}
                </span>
                <span className="code-actions">
                  <button
                    type="button"
                    className="icon"
                    aria-label={t('codebook.editNamed', { title: code.title })}
                    onClick={() => setDialog({ kind: 'edit', code })}
                  >
                    ✎
                  </button>
                  <button
                    type="button"
                    className="icon"
                    aria-label={t('codebook.moveUpNamed', { title: code.title })}
                    disabled={index === 0}
                    onClick={() => move(code, index - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon"
                    aria-label={t('codebook.moveDownNamed', { title: code.title })}
                    disabled={index === siblings - 1}
                    onClick={() => move(code, index + 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="icon"
                    aria-label={t('codebook.mergeNamed', { title: code.title })}
                    onClick={() => setDialog({ kind: 'merge', code })}
                  >
                    ⇉
                  </button>
                  <button
                    type="button"
                    className="icon danger"
                    aria-label={t('codebook.deleteNamed', { title: code.title })}
                    onClick={() => setDialog({ kind: 'delete', code })}
                  >
                    ✕
                  </button>
                </span>
              </div>
            </li>
          );
        })}
      </ul>
      {dialog.kind === 'edit' && (
        <CodeEditDialog code={dialog.code} onClose={() => setDialog({ kind: 'none' })} />
      )}
      {(dialog.kind === 'merge' || dialog.kind === 'delete') && (
        <MergeDeleteDialog
          code={dialog.code}
          mode={dialog.kind}
          usage={countOf.get(dialog.code.id)?.annotations ?? 0}
          onClose={() => setDialog({ kind: 'none' })}
        />
      )}
      {dialog.kind === 'stances' && <StanceScaleDialog onClose={() => setDialog({ kind: 'none' })} />}
    </section>
  );
}
