// Parses files ahead of the one being stored, so several import workers stay busy while results are stored in order.
import { parseFile, type FileToImport, type Importer, type ParseResult } from './import-parse';

/**
 * Returns `next(i)`: the parse result of file i. Asking for file i also starts parsing files
 * i+1 … i+ahead-1, so up to `ahead` parses run at once. Parses never reject, so a batch that
 * stops early (cancelled) leaves no unhandled failures behind.
 */
export function prefetchParses(
  files: readonly FileToImport[],
  importer: Importer,
  ahead: number,
): (index: number) => Promise<ParseResult> {
  const started = new Map<number, Promise<ParseResult>>();
  let nextToStart = 0;
  return (index) => {
    nextToStart = Math.max(nextToStart, index);
    while (nextToStart < Math.min(files.length, index + Math.max(1, ahead))) {
      started.set(nextToStart, parseFile(files[nextToStart]!, importer));
      nextToStart++;
    }
    const parse = started.get(index) ?? parseFile(files[index]!, importer);
    started.delete(index);
    return parse;
  };
}
