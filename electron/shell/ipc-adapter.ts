// Electron transport: one ipcMain handler per contract channel, with the sender checked.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/api/contract';
import type { AppContext } from '../core/app-context';
import { dispatch } from '../core/dispatch';
import { isAppUrl } from './harden-web-contents';

export function registerIpc(ctx: AppContext, rendererUrl: string): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      const senderUrl = event.senderFrame?.url ?? '';
      if (!isAppUrl(senderUrl, rendererUrl)) {
        return {
          ok: false,
          error: { code: 'forbidden_sender', message: `IPC from ${senderUrl} refused`, params: {} },
        };
      }
      return dispatch(ctx, channel, input, (m) => console.error(m));
    });
  }
}
