// Reads a REFI-QDA codebook (.qdc) as written by NVivo, ATLAS.ti, MAXQDA, QualCoder or Remisskod.
import { FileFormatError } from '../format-error';
import type { RefiCode } from './refi-types';
import { parseCodes } from './parse-codes';
import { childNamed, parseXml } from './xml-parse';

/** The codes of a .qdc (or of a .qde's CodeBook); throws FileFormatError when it is not one. */
export function parseQdc(xml: string, fileName: string): RefiCode[] {
  if (typeof xml !== 'string') throw new FileFormatError(fileName, 'it is not a text file');
  const root = parseXml(xml, fileName);
  const fail = (problem: string) => new FileFormatError(fileName, problem);
  const codeBook =
    root.name === 'CodeBook' ? root : root.name === 'Project' ? childNamed(root, 'CodeBook') : undefined;
  if (!codeBook)
    throw fail(`it is not a REFI-QDA codebook (the root element is <${root.name}>, not <CodeBook>)`);
  return parseCodes(childNamed(codeBook, 'Codes'), fail);
}
