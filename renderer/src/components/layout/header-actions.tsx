// Dialogs opened from the header (import, export, sharing…): one entry per action, in display order.
import type { ComponentType } from 'react';
import { ExportDialog } from '../export/ExportDialog';
import { ImportDialog } from '../import/ImportDialog';
import { SharingDialog } from '../sharing/SharingDialog';
import { ShortcutsDialog } from './ShortcutsDialog';

export interface HeaderAction {
  id: string;
  /** i18n key of the button label. */
  labelKey: string;
  /** A short visible label (e.g. "?"); labelKey then names the button for assistive technology. */
  short?: string;
  /** The dialog; it calls onClose when done. */
  Dialog: ComponentType<{ onClose: () => void }>;
}

export const HEADER_ACTIONS: HeaderAction[] = [
  { id: 'import', labelKey: 'import.menu', Dialog: ImportDialog },
  { id: 'export', labelKey: 'export.menu', Dialog: ExportDialog },
  { id: 'sharing', labelKey: 'sharing.menu', Dialog: SharingDialog },
  { id: 'shortcuts', labelKey: 'shortcuts.menu', short: '?', Dialog: ShortcutsDialog },
];
