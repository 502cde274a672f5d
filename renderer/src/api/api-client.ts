// The renderer's one typed API object: call a channel, get its validated output or an ApiError.
import { ApiError } from '../../../shared/api/api-error';
import type { Channel, Input, Output } from '../../../shared/api/contract';
import { earlyReads } from './early-reads';
import { createTransport, type Transport } from './transport';
import { validation } from './validation';
import { countingWrites } from './write-generation';

export class ApiClient {
  constructor(private readonly transport: Transport) {
    void validation(); // the schemas load while the first requests are answered
  }

  async call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
    let result;
    try {
      result = await countingWrites(channel, () => this.transport(channel, input));
    } catch (error) {
      throw new ApiError('backend_unreachable', `The backend did not answer: ${(error as Error).message}`);
    }
    if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.params);
    return (await validation()).parseOutput(channel, result.value);
  }
}

const firstReads = earlyReads(createTransport());
export const api = new ApiClient(firstReads.transport);
/** Sends the reads every start makes, before the app's code is loaded (main.tsx). */
export const sendFirstReads = firstReads.send;
/** The project changed elsewhere: answers read early and not taken yet are not handed out. */
export const dropFirstReads = firstReads.drop;
