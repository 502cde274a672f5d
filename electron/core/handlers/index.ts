// All handlers in one map, checked against the contract so no channel is left unhandled.
import type { HandlerMap } from './handler-types';
import { annotationHandlers } from './annotation-handlers';
import { appHandlers } from './app-handlers';
import { backupHandlers } from './backup-handlers';
import { bulkAnnotationHandlers } from './bulk-annotation-handlers';
import { codebookHandlers } from './codebook-handlers';
import { codebookEditHandlers } from './codebook-edit-handlers';
import { compilationHandlers } from './compilation-handlers';
import { documentHandlers } from './document-handlers';
import { importHandlers } from './import-handlers';
import { searchHandlers } from './search-handlers';
import { sharingHandlers } from './sharing-handlers';
import { suggestionHandlers } from './suggestion-handlers';

export const handlers = {
  ...sharingHandlers,
  ...appHandlers,
  ...documentHandlers,
  ...codebookHandlers,
  ...codebookEditHandlers,
  ...annotationHandlers,
  ...backupHandlers,
  ...searchHandlers,
  ...bulkAnnotationHandlers,
  ...suggestionHandlers,
  ...importHandlers,
  ...compilationHandlers,
} satisfies HandlerMap;
