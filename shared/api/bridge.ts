// The object the Electron preload exposes to the renderer (window.remisskod); checked with `satisfies`.
import type { ApiResult } from './api-error';

export type HostEvent = 'project-changed' | 'menu-command';

export interface RemisskodBridge {
  mode: 'electron';
  invoke: (channel: string, input: unknown) => Promise<ApiResult<unknown>>;
  /** Subscribes to events from the main process (menu commands, project changes). */
  on: (event: HostEvent, listener: (payload: unknown) => void) => () => void;
}
