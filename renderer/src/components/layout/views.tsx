// The main views of the window: one entry per view, in display order (add new views here).
import { lazy, type ComponentType } from 'react';
import type { ViewId } from '../../stores/ui-store';
import { prefetchMatrix } from '../compilation/matrix-loader';
import { MatrixView } from '../compilation/MatrixView';
import { ProposalView } from '../compilation/ProposalView';
import { CodingView } from './CodingView';

// The charts (recharts) and the agreement view are loaded when first shown: a third of the
// bundle the window need not parse before it shows the document list.
const ChartsView = lazy(() => import('../compilation/ChartsView').then((m) => ({ default: m.ChartsView })));
const AgreementView = lazy(() =>
  import('../agreement/AgreementView').then((m) => ({ default: m.AgreementView })),
);

export interface MainView {
  id: ViewId;
  /** i18n key of the view's tab label. */
  labelKey: string;
  Component: ComponentType;
  /**
   * Starts reading the view's data ahead: when the window is idle after a project opens, when the
   * pointer nears the tab, and on its click, before the view renders.
   */
  preload?: () => void;
}

export const VIEWS: MainView[] = [
  { id: 'coding', labelKey: 'views.coding', Component: CodingView },
  {
    id: 'matrix',
    labelKey: 'views.matrix',
    Component: MatrixView,
    preload: prefetchMatrix,
  },
  { id: 'proposal', labelKey: 'views.proposal', Component: ProposalView },
  { id: 'charts', labelKey: 'views.charts', Component: ChartsView },
  { id: 'agreement', labelKey: 'views.agreement', Component: AgreementView },
];
