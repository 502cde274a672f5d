// Handlers for sharing:* channels: annotation files, orphans, agreement, reconciliation, REFI-QDA.
import path from 'node:path';
import { listOrphans, deleteOrphan } from '../db/tables/orphans';
import { ApiError } from '../../../shared/api/api-error';
import { projectAgreement } from '../services/sharing/agreement-service';
import { applyAnnotations } from '../services/sharing/apply-annotations';
import { exportAnnotations } from '../services/sharing/export-annotations';
import { previewAnnotations } from '../services/sharing/preview-annotations';
import { reconcile } from '../services/sharing/reconcile';
import { exportQdc, exportQdpx } from '../services/sharing/refi-export';
import { importQdpxInto } from '../services/sharing/refi-import';
import { importQdpxAsNewProject } from '../services/sharing/refi-new-project';
import { readProjectSnapshot } from '../services/snapshot-service';
import type { HandlerMap } from './handler-types';

type SharingChannel =
  | 'sharing:exportAnnotations'
  | 'sharing:previewAnnotations'
  | 'sharing:applyAnnotations'
  | 'sharing:listOrphans'
  | 'sharing:dismissOrphan'
  | 'sharing:agreement'
  | 'sharing:reconcile'
  | 'sharing:exportQdpx'
  | 'sharing:exportQdc'
  | 'sharing:importQdpx';

const now = () => new Date().toISOString();

export const sharingHandlers: HandlerMap<SharingChannel> = {
  'sharing:exportAnnotations': (ctx, input) =>
    exportAnnotations(ctx.project(), ctx.currentCoder(), input, now()),
  'sharing:previewAnnotations': (ctx, { fileName, content }) =>
    previewAnnotations(readProjectSnapshot(ctx.project()), fileName, content),
  'sharing:applyAnnotations': (ctx, input) => applyAnnotations(ctx.project(), input, now()),
  'sharing:listOrphans': (ctx) =>
    listOrphans(ctx.project().db).map((o) => ({
      ...o,
      reason: o.reason as never,
      tags: o.tags.map((t) => ({ code: t.code, stance: t.stance })),
    })),
  'sharing:dismissOrphan': (ctx, { id }) => {
    if (!deleteOrphan(ctx.project().db, id))
      throw new ApiError('orphan_not_found', `No unplaced passage with id ${id}.`, { id });
    return { id };
  },
  'sharing:agreement': (ctx, filter) => projectAgreement(ctx.project(), filter),
  'sharing:reconcile': (ctx, input) => reconcile(ctx.project(), ctx.currentCoder(), input, now()),
  'sharing:exportQdpx': (ctx) => {
    const { fileName, bytes } = exportQdpx(ctx.project(), now());
    return { fileName, base64: Buffer.from(bytes).toString('base64') };
  },
  'sharing:exportQdc': (ctx) => exportQdc(ctx.project()),
  'sharing:importQdpx': async (ctx, input) => {
    const data = new Uint8Array(Buffer.from(input.base64, 'base64'));
    if (input.mode === 'into-current') return importQdpxInto(ctx.project(), data, input.fileName, now());
    const target = path.resolve(ctx.dataDir, input.newProjectPath!);
    const { path: file, result } = await importQdpxAsNewProject(target, data, input.fileName, now());
    ctx.openProject(file);
    return result;
  },
};
