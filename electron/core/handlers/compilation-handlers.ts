// Handlers for compilation:* (matrix, proposal, charts) and export:start.
import { buildMatrix } from '../../../shared/compilation/build-matrix';
import { packMatrix } from '../../../shared/compilation/matrix-wire';
import { buildChartData } from '../services/compilation/chart-data';
import { exportProducer } from '../services/compilation/export-runner';
import { startExportJob } from '../services/compilation/export-job';
import {
  cachedUntilChange,
  fileVersion,
  readCodingSnapshot,
  readOverviewSnapshot,
} from '../services/compilation/overview-snapshot';
import { buildProposalSection } from '../services/compilation/proposal-section';
import { jobRegistryFor } from '../services/job-registry';
import { readProjectSnapshot } from '../services/snapshot-service';
import type { HandlerMap } from './handler-types';

type CompilationChannel =
  | 'compilation:matrix'
  | 'compilation:changedSince'
  | 'compilation:proposal'
  | 'compilation:charts'
  | 'export:start';

export const compilationHandlers: HandlerMap<CompilationChannel> = {
  'compilation:matrix': (ctx, { filter }) => {
    const session = ctx.project();
    return cachedUntilChange(session, `matrix:${JSON.stringify(filter)}`, () => ({
      ...packMatrix(buildMatrix(readCodingSnapshot(session), filter)),
      version: fileVersion(session),
    }));
  },
  'compilation:changedSince': (ctx, { version }) => ({ changed: fileVersion(ctx.project()) !== version }),
  'compilation:proposal': (ctx, { codeId, filter, locale }) =>
    buildProposalSection(readOverviewSnapshot(ctx.project(), true), codeId, filter, locale),
  'compilation:charts': (ctx, { filter, locale }) =>
    buildChartData(buildMatrix(readCodingSnapshot(ctx.project()), filter), locale),
  'export:start': (ctx, request) => {
    const session = ctx.project();
    const source = { projectPath: session.path, info: session.info() };
    const producer = exportProducer(source, () => readProjectSnapshot(session), request);
    return { jobId: startExportJob(jobRegistryFor(ctx), producer) };
  },
};
