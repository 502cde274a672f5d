// The application menu: project handling through native dialogs, and the usual edit/view items.
import { dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { AppContext } from '../core/app-context';

async function newProject(ctx: AppContext, win: BrowserWindow): Promise<void> {
  const result = await dialog.showSaveDialog(win, {
    title: 'Nytt projekt',
    filters: [{ name: 'Remisskod-projekt', extensions: ['remisskod'] }],
  });
  if (result.canceled || !result.filePath) return;
  await ctx.createProject(result.filePath, {});
  win.webContents.send('host:project-changed', ctx.project().info());
}

async function openProject(ctx: AppContext, win: BrowserWindow, file?: string): Promise<void> {
  let target = file;
  if (!target) {
    const result = await dialog.showOpenDialog(win, {
      title: 'Öppna projekt',
      properties: ['openFile'],
      filters: [{ name: 'Remisskod-projekt', extensions: ['remisskod'] }],
    });
    if (result.canceled || !result.filePaths[0]) return;
    target = result.filePaths[0];
  }
  try {
    ctx.openProject(target);
    win.webContents.send('host:project-changed', ctx.project().info());
  } catch (error) {
    await dialog.showMessageBox(win, { type: 'error', message: (error as Error).message });
  }
}

export function buildMenu(ctx: AppContext, win: BrowserWindow): Menu {
  const recent = ctx.settings.get().recentProjects.map((file) => ({
    label: file,
    click: () => void openProject(ctx, win, file),
  }));
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Arkiv',
      submenu: [
        { label: 'Nytt projekt…', accelerator: 'CmdOrCtrl+N', click: () => void newProject(ctx, win) },
        { label: 'Öppna projekt…', accelerator: 'CmdOrCtrl+O', click: () => void openProject(ctx, win) },
        { label: 'Senaste projekt', submenu: recent.length ? recent : [{ label: '(inga)', enabled: false }] },
        { type: 'separator' },
        { role: 'quit', label: 'Avsluta' },
      ],
    },
    { role: 'editMenu', label: 'Redigera' },
    { role: 'viewMenu', label: 'Visa' },
  ];
  return Menu.buildFromTemplate(template);
}
