// Validates a request or response against the contract, turning zod issues into an ApiError.
import type { z } from 'zod';
import { ApiError } from './api-error';
import { contract, isChannel, type Channel, type Output, type ParsedInput } from './contract';

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(request)'}: ${issue.message}`)
    .join('; ');
}

export function parseInput<C extends Channel>(channel: C, raw: unknown): ParsedInput<C> {
  const result = contract[channel].input.safeParse(raw ?? {});
  if (!result.success) {
    const details = describeIssues(result.error);
    throw new ApiError('invalid_request', `Invalid request to ${channel}: ${details}`, { channel, details });
  }
  return result.data as ParsedInput<C>;
}

export function parseOutput<C extends Channel>(channel: C, raw: unknown): Output<C> {
  const result = contract[channel].output.safeParse(raw);
  if (!result.success) {
    const details = describeIssues(result.error);
    throw new ApiError('invalid_response', `Invalid response from ${channel}: ${details}`, {
      channel,
      details,
    });
  }
  return result.data as Output<C>;
}

export function requireChannel(name: unknown): Channel {
  if (!isChannel(name)) {
    throw new ApiError('unknown_channel', `Unknown API channel: ${String(name)}`, { channel: String(name) });
  }
  return name;
}
