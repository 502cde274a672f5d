// The coding view's sidebar tabs: one entry per tab, in display order (add new panels here).
import type { ComponentType } from 'react';
import type { SidebarTabId } from '../../stores/ui-store';
import { CodebookPanel } from '../codebook/CodebookPanel';
import { DocumentList } from '../documents/DocumentList';
import { OutlinePanel } from '../outline/OutlinePanel';
import { SearchPanel } from '../search/SearchPanel';
import { SuggestionsPanel } from '../suggestions/SuggestionsPanel';

export interface SidebarTab {
  id: SidebarTabId;
  /** i18n key of the tab label. */
  labelKey: string;
  Component: ComponentType;
}

export const SIDEBAR_TABS: SidebarTab[] = [
  { id: 'documents', labelKey: 'sidebar.documents', Component: DocumentList },
  { id: 'outline', labelKey: 'sidebar.outline', Component: OutlinePanel },
  { id: 'codebook', labelKey: 'sidebar.codebook', Component: CodebookPanel },
  { id: 'search', labelKey: 'sidebar.search', Component: SearchPanel },
  { id: 'suggestions', labelKey: 'sidebar.suggestions', Component: SuggestionsPanel },
];
