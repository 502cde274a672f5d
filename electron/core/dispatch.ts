// Runs one API call for any transport: validates the request, calls its handler, wraps the result.
import { ApiError, type ApiResult } from '../../shared/api/api-error';
import type { Channel } from '../../shared/api/contract';
import { parseInput, requireChannel } from '../../shared/api/validate';
import type { AppContext } from './app-context';
import type { Handler } from './handlers/handler-types';
import { handlers } from './handlers';

export type Logger = (message: string) => void;

export async function dispatch(
  ctx: AppContext,
  channelName: unknown,
  rawInput: unknown,
  log: Logger = () => {},
): Promise<ApiResult<unknown>> {
  try {
    const channel: Channel = requireChannel(channelName);
    const input = parseInput(channel, rawInput);
    const handler = handlers[channel] as Handler<Channel>;
    const value = await handler(ctx, input as never);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toJSON() };
    log(`Unexpected error on ${String(channelName)}: ${(error as Error).stack ?? String(error)}`);
    return {
      ok: false,
      error: { code: 'internal', message: (error as Error).message ?? String(error), params: {} },
    };
  }
}
