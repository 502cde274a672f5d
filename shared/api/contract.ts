// The API contract: every channel the renderer (or CLI) may call, with its schemas.
import type { z } from 'zod';
import { annotationChannels } from './channels/annotations';
import { appChannels } from './channels/app';
import { codebookChannels } from './channels/codebook';
import { documentChannels } from './channels/documents';

export const contract = {
  ...appChannels,
  ...documentChannels,
  ...codebookChannels,
  ...annotationChannels,
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
