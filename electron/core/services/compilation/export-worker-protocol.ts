// Messages between the app and the export worker thread.
import type { ProjectSnapshot } from '../../../../shared/domain/project-snapshot';
import type { ExportFile, ExportRequest } from './produce-export';

export interface ExportWorkerRequest {
  snapshot: ProjectSnapshot;
  request: ExportRequest;
}

export type ExportWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; file: ExportFile }
  | { type: 'error'; message: string };
