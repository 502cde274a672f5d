// Preload (sandboxed): exposes exactly one typed object, window.remisskod, through contextBridge.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { HostEvent, RemisskodBridge } from '../../shared/api/bridge';
import { CHANNEL_NAMES } from './channel-names';

const EVENTS: readonly HostEvent[] = ['project-changed', 'menu-command'];

const bridge = {
  mode: 'electron',
  invoke: (channel: string, input: unknown) => {
    if (!CHANNEL_NAMES.includes(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown_channel', message: channel, params: { channel } },
      });
    }
    return ipcRenderer.invoke(channel, input);
  },
  on: (event: HostEvent, listener: (payload: unknown) => void) => {
    if (!EVENTS.includes(event)) return () => {};
    const wrapped = (_e: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(`host:${event}`, wrapped);
    return () => ipcRenderer.removeListener(`host:${event}`, wrapped);
  },
} satisfies RemisskodBridge;

contextBridge.exposeInMainWorld('remisskod', bridge);
