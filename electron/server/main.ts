// Entry point of browser mode: opens the project and serves the app on 127.0.0.1.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { AppContext } from '../core/app-context';
import { APP_VERSION } from '../core/app-version';
import { startHttpServer } from './http-server';

function defaultDataDir(): string {
  return process.env.REMISSKOD_DATA_DIR ?? path.join(os.homedir(), '.remisskod');
}

async function main(): Promise<void> {
  const ctx = new AppContext({ dataDir: defaultDataDir(), mode: 'browser', version: APP_VERSION });
  await ctx.start(process.env.REMISSKOD_PROJECT || undefined);
  const token = process.env.REMISSKOD_TOKEN ?? randomBytes(24).toString('base64url');
  const server = await startHttpServer({
    ctx,
    token,
    staticDir: process.env.REMISSKOD_STATIC_DIR ?? path.join(__dirname, '..', 'renderer'),
    port: Number(process.env.REMISSKOD_PORT ?? 0),
    log: (m) => console.error(m),
  });
  const url = `${server.url}#token=${token}`;
  console.log(`REMISSKOD_URL=${url}`);
  const stop = (): void => {
    // Stop within seconds even if something still holds the event loop.
    setTimeout(() => process.exit(0), 3000).unref();
    void server.close().finally(() => {
      ctx.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`Remisskod could not start: ${error.message}`);
  process.exit(1);
});
