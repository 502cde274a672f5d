// Builds REFI-QDA project.qde XML (and the plain-text sources) from a project snapshot.
import type { ProjectSnapshot } from '../../domain/project-snapshot';
import { guidFor } from './guid';
import { buildCodeElements, stanceCodeGuid } from './build-codes';
import { codesWithStances } from './stance-codes';
import { positionMap } from './positions';
import { element, textElement } from './xml-write';

export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const ORIGIN = 'Remisskod';

/** Project variables carrying the document metadata (name → document field). */
export const VARIABLES = [
  ['Remissinstans', 'respondent'],
  ['Typ av remissinstans', 'respondentType'],
  ['Filnamn', 'fileName'],
  ['Datum', 'date'],
  ['Diarienummer', 'diaryNumber'],
] as const;

export interface QdeSource {
  guid: string;
  /** Path inside the .qdpx: "sources/<guid>.txt". */
  path: string;
  text: string;
}

export interface BuiltQde {
  xml: string;
  sources: QdeSource[];
}

export interface BuildQdeOptions {
  now: string;
  /** Put each text inside the XML (PlainTextContent) instead of sources/<guid>.txt. */
  inlineText?: boolean;
}

const isoOrUndefined = (value: string): string | undefined => {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
};

/** project.qde for `snapshot`: users, codebook with stance child codes, text sources with codings, notes. */
export function buildQde(snapshot: ProjectSnapshot, options: BuildQdeOptions): BuiltQde {
  const now = isoOrUndefined(options.now);
  const codeIds = new Set(snapshot.codes.map((c) => c.id));
  const stanceIds = new Set(snapshot.stances.map((s) => s.id));
  const withStances = codesWithStances(snapshot.codes, snapshot.annotations);
  const coderIds = new Set([
    ...snapshot.coders.map((c) => c.id),
    ...snapshot.annotations.map((a) => a.coderId),
  ]);
  const coderNames = new Map(snapshot.coders.map((c) => [c.id, c.name]));
  const users = [...coderIds].map((id) =>
    element('User', { guid: guidFor('user', id), name: coderNames.get(id) ?? id, id }),
  );
  const variableGuid = (name: string) => guidFor('variable', name);
  const notes: string[] = [];
  const sources: QdeSource[] = [];

  const textSources = snapshot.documents.map((d) => {
    const guid = guidFor('source', d.id);
    const map = positionMap(d.text);
    const selections = snapshot.annotations
      .filter((a) => a.documentId === d.id && a.end > a.start && a.end <= d.text.length)
      .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id))
      .map((a) => {
        const user = guidFor('user', a.coderId);
        const created = isoOrUndefined(a.createdAt);
        const codings = a.tags
          .filter((t) => codeIds.has(t.codeId))
          .map((t, i) => {
            const target =
              t.stanceId !== null && stanceIds.has(t.stanceId)
                ? stanceCodeGuid(t.codeId, t.stanceId)
                : guidFor('code', t.codeId);
            return element(
              'Coding',
              { guid: guidFor('coding', `${a.id}/${i}`), creatingUser: user, creationDateTime: created },
              [element('CodeRef', { targetGUID: target })],
            );
          });
        const inner = [...codings];
        if (a.comment) {
          const noteGuid = guidFor('note', a.id);
          notes.push(
            element(
              'Note',
              {
                guid: noteGuid,
                name: `Kommentar: ${a.exact.slice(0, 60)}`,
                creatingUser: user,
                creationDateTime: created,
              },
              [textElement('PlainTextContent', a.comment)],
            ),
          );
          inner.push(element('NoteRef', { targetGUID: noteGuid }));
        }
        return element(
          'PlainTextSelection',
          {
            guid: guidFor('selection', a.id),
            name: a.exact.slice(0, 200),
            startPosition: map.toCodePoints(a.start),
            endPosition: map.toCodePoints(a.end),
            creatingUser: user,
            creationDateTime: created,
            modifyingUser: user,
            modifiedDateTime: isoOrUndefined(a.updatedAt),
          },
          inner,
        );
      });
    const values = VARIABLES.flatMap(([name, field]) => {
      const value = d[field];
      return value === null || value === ''
        ? []
        : [
            element('VariableValue', {}, [
              element('VariableRef', { targetGUID: variableGuid(name) }),
              textElement('TextValue', value),
            ]),
          ];
    });
    const path = `sources/${guid}.txt`;
    const content = options.inlineText ? [textElement('PlainTextContent', d.text)] : [];
    if (!options.inlineText) sources.push({ guid, path, text: d.text });
    return element(
      'TextSource',
      {
        guid,
        name: d.respondent || d.fileName,
        plainTextPath: options.inlineText ? undefined : `internal://${guid}.txt`,
        creationDateTime: isoOrUndefined(d.importedAt),
      },
      [textElement('Description', `${d.respondent} (${d.fileName})`), ...content, ...selections, ...values],
    );
  });

  const codeElements = buildCodeElements(snapshot.codes, snapshot.stances, withStances);
  const parts = [
    users.length > 0 ? element('Users', {}, users) : '',
    codeElements.length > 0 ? element('CodeBook', {}, [element('Codes', {}, codeElements)]) : '',
    element(
      'Variables',
      {},
      VARIABLES.map(([name]) =>
        element('Variable', { guid: variableGuid(name), name, typeOfVariable: 'Text' }),
      ),
    ),
    textSources.length > 0 ? element('Sources', {}, textSources) : '',
    notes.length > 0 ? element('Notes', {}, notes) : '',
    snapshot.info.reportTitle ? textElement('Description', snapshot.info.reportTitle) : '',
  ].filter((p) => p !== '');
  const xml =
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    element(
      'Project',
      {
        xmlns: QDE_NAMESPACE,
        name: snapshot.info.name || 'Remisskod',
        origin: ORIGIN,
        creationDateTime: now,
        modifiedDateTime: now,
      },
      parts,
    ) +
    '\n';
  return { xml, sources };
}
