// Handlers for changing the codebook and stance scale, importing/exporting codebooks, and progress.
import { ApiError } from '../../../shared/api/api-error';
import { writeCodebookCsv } from '../../../shared/formats/codebook/codebook-csv';
import { writeCodebookJson } from '../../../shared/formats/codebook/codebook-json';
import { buildQdc } from '../../../shared/formats/refi-qda';
import { listCodes } from '../db/tables/codes';
import { getMeta } from '../db/tables/meta';
import { listStances } from '../db/tables/stances';
import { codingProgress } from '../services/progress-service';
import { saveStances } from '../services/stance-service';
import {
  addCode,
  codeCounts,
  editCode,
  mergeCodes,
  moveCode,
  removeCode,
} from '../services/codebook-service';
import { importCodebook } from '../services/codebook-import';
import type { codebookEditChannels } from '../../../shared/api/channels/codebook-edit';
import type { HandlerMap } from './handler-types';

type CodebookEditChannel = keyof typeof codebookEditChannels;

const safeName = (name: string) => name.replace(/[^\p{L}\p{N} ._-]+/gu, '-').trim() || 'kodbok';

export const codebookEditHandlers: HandlerMap<CodebookEditChannel> = {
  'codebook:addCode': (ctx, input) => addCode(ctx.project().db, input),
  'codebook:updateCode': (ctx, { id, ...change }) => editCode(ctx.project().db, id, change),
  'codebook:moveCode': (ctx, { id, parentId, index }) => moveCode(ctx.project().db, id, parentId, index),
  'codebook:mergeCodes': (ctx, { sourceId, targetId }) => mergeCodes(ctx.project().db, sourceId, targetId),
  'codebook:deleteCode': (ctx, { id, moveTo }) => removeCode(ctx.project().db, id, moveTo),
  'codebook:counts': (ctx) => codeCounts(ctx.project().db),
  'codebook:import': (ctx, { fileName, content, mode }) => ({
    added: importCodebook(ctx.project().db, fileName, content, mode),
  }),
  'codebook:export': (ctx, { format }) => {
    const db = ctx.project().db;
    const codes = listCodes(db);
    const stances = listStances(db);
    const base = safeName(ctx.project().info().name);
    if (format === 'json') {
      return {
        fileName: `${base}-kodbok.json`,
        mimeType: 'application/json',
        content: writeCodebookJson(codes, stances, getMeta(db, 'reportTitle') ?? ''),
      };
    }
    if (format === 'csv')
      return { fileName: `${base}-kodbok.csv`, mimeType: 'text/csv', content: writeCodebookCsv(codes) };
    if (!codes.length)
      throw new ApiError('codebook_empty_export', 'An empty codebook cannot be exported as .qdc.');
    return { fileName: `${base}.qdc`, mimeType: 'application/xml', content: buildQdc(codes, stances) };
  },
  'stances:save': (ctx, { stances }) => saveStances(ctx.project().db, stances),
  'progress:get': (ctx) => codingProgress(ctx.project().db),
};
