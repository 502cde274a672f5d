// All handlers in one map, checked against the contract so no channel is left unhandled.
import type { HandlerMap } from './handler-types';
import { annotationHandlers } from './annotation-handlers';
import { appHandlers } from './app-handlers';
import { codebookHandlers } from './codebook-handlers';
import { documentHandlers } from './document-handlers';

export const handlers = {
  ...appHandlers,
  ...documentHandlers,
  ...codebookHandlers,
  ...annotationHandlers,
} satisfies HandlerMap;
