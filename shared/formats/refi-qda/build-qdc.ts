// Builds a REFI-QDA codebook (.qdc) from a project's codes and stances.
import type { CodebookEntry, Stance } from '../../domain/types';
import { buildCodeElements } from './build-codes';
import { element } from './xml-write';

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/** The .qdc XML: every code, with stance child codes under proposals and assessments. */
export function buildQdc(codes: readonly CodebookEntry[], stances: readonly Stance[]): string {
  const withStances = new Set(
    codes.filter((c) => c.kind === 'forslag' || c.kind === 'bedomning').map((c) => c.id),
  );
  const codeElements = buildCodeElements(codes, stances, withStances);
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    element('CodeBook', { xmlns: QDC_NAMESPACE, origin: 'Remisskod' }, [element('Codes', {}, codeElements)]) +
    '\n'
  );
}
