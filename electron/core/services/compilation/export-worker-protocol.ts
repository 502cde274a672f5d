// Messages between the app and the export worker thread.
import type { ProjectSnapshot } from '../../../../shared/domain/project-snapshot';
import type { ProjectInfo } from '../../../../shared/domain/types';
import type { ExportFile, ExportRequest } from './produce-export';

/** What to export: a snapshot in memory, or a project file the worker reads itself. */
export type ExportSource = { snapshot: ProjectSnapshot } | { projectPath: string; info: ProjectInfo };

export interface ExportWorkerRequest {
  source: ExportSource;
  request: ExportRequest;
}

export type ExportWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; file: ExportFile }
  | { type: 'error'; message: string };
