// The type of the handler map: one function per contract channel, written once for all transports.
import type { Channel, Output, ParsedInput } from '../../../shared/api/contract';
import type { AppContext } from '../app-context';

export type Handler<C extends Channel> = (
  ctx: AppContext,
  input: ParsedInput<C>,
) => Output<C> | Promise<Output<C>>;

export type HandlerMap<C extends Channel = Channel> = { [K in C]: Handler<K> };
