// The API contract: every channel the renderer (or CLI) may call, with its schemas.
import type { z } from 'zod';
import { annotationChannels } from './channels/annotations';
import { appChannels } from './channels/app';
import { backupChannels } from './channels/backups';
import { bulkAnnotationChannels } from './channels/bulk-annotations';
import { codebookChannels } from './channels/codebook';
import { compilationChannels } from './channels/compilation';
import { codebookEditChannels } from './channels/codebook-edit';
import { documentChannels } from './channels/documents';
import { importChannels } from './channels/import';
import { jobChannels } from './channels/jobs';
import { searchChannels } from './channels/search';
import { sharingChannels } from './channels/sharing';
import { suggestionChannels } from './channels/suggestions';

export const contract = {
  ...sharingChannels,
  ...appChannels,
  ...documentChannels,
  ...codebookChannels,
  ...codebookEditChannels,
  ...annotationChannels,
  ...backupChannels,
  ...searchChannels,
  ...bulkAnnotationChannels,
  ...suggestionChannels,
  ...jobChannels,
  ...importChannels,
  ...compilationChannels,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller sends on a channel (before validation defaults/transforms). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives after validation. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
