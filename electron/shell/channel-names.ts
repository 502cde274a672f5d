// The API channel names, for the preload's allow-list (the names only, to keep the preload small).
import { CHANNELS } from '../../shared/api/contract';

export const CHANNEL_NAMES: readonly string[] = CHANNELS;
