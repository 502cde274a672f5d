// Lets files and folders be dropped anywhere on the window: shows a drop hint, then the import dialog with them.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filesFromDrop } from './dropped-files';
import { ImportDialog } from './ImportDialog';

const carriesFiles = (e: DragEvent): boolean => [...(e.dataTransfer?.types ?? [])].includes('Files');
/** Another dialog is open: drops there are not ours (the import dialog takes its own). */
const modalOpen = (): boolean => document.querySelector('.modal') !== null;

export function ImportDropZone() {
  const { t } = useTranslation();
  const [hovering, setHovering] = useState(false);
  const [dropped, setDropped] = useState<File[] | null>(null);

  useEffect(() => {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth++;
      if (!modalOpen()) setHovering(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setHovering(false);
    };
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = modalOpen() ? 'none' : 'copy';
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      depth = 0;
      setHovering(false);
      if (modalOpen()) return;
      void filesFromDrop(e.dataTransfer).then((files) => files.length && setDropped(files));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <>
      {hovering && (
        <div className="import-drop-overlay" aria-hidden="true">
          <p>{t('import.dropHere')}</p>
        </div>
      )}
      {dropped && <ImportDialog initialFiles={dropped} onClose={() => setDropped(null)} />}
    </>
  );
}
