// Handlers for app:* and project:* channels.
import fs from 'node:fs';
import path from 'node:path';
import { setMeta } from '../db/tables/meta';
import type { HandlerMap } from './handler-types';

type AppChannel =
  'app:info' | 'project:current' | 'project:open' | 'project:create' | 'project:recent' | 'project:update';

function projectName(file: string): string {
  return path.basename(file, path.extname(file));
}

export const appHandlers: HandlerMap<AppChannel> = {
  'app:info': (ctx) => ({
    version: ctx.version,
    mode: ctx.mode,
    dataDir: ctx.dataDir,
    coderChosen: ctx.settings.get().coderName !== null,
  }),
  'project:current': (ctx) => ctx.project().info(),
  'project:open': (ctx, { path: file }) => ctx.openProject(path.resolve(ctx.dataDir, file)).info(),
  'project:create': async (ctx, input) =>
    (
      await ctx.createProject(path.resolve(ctx.dataDir, input.path), {
        name: input.name,
        reportTitle: input.reportTitle,
        withDemo: input.withDemo,
      })
    ).info(),
  'project:recent': (ctx) =>
    ctx.settings
      .get()
      .recentProjects.map((file) => ({ path: file, name: projectName(file), exists: fs.existsSync(file) })),
  'project:update': (ctx, input) => {
    const session = ctx.project();
    session.transaction(() => {
      if (input.name !== undefined) setMeta(session.db, 'name', input.name);
      if (input.reportTitle !== undefined) setMeta(session.db, 'reportTitle', input.reportTitle);
    });
    return session.info();
  },
};
