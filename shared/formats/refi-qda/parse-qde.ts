// Reads REFI-QDA project.qde XML (NVivo, ATLAS.ti, MAXQDA, QualCoder, Remisskod) into RefiProject.
import { FileFormatError } from '../format-error';
import type { RefiNote, RefiProject, RefiSelection, RefiSource } from './refi-types';
import { parseCodes } from './parse-codes';
import { childNamed, childrenNamed, parseXml, type XmlElement } from './xml-parse';

const attr = (el: XmlElement, name: string): string | null => el.attributes[name] ?? null;

/** Parses project.qde; throws FileFormatError naming the file and the problem. */
export function parseQde(xml: string, fileName: string): RefiProject {
  if (typeof xml !== 'string') throw new FileFormatError(fileName, 'it is not a text file');
  const root = parseXml(xml, fileName);
  const fail = (problem: string) => new FileFormatError(fileName, problem);
  if (root.name !== 'Project')
    throw fail(`it is not a REFI-QDA project (the root element is <${root.name}>, not <Project>)`);

  const variableNames = new Map<string, string>();
  for (const v of childrenNamed(childNamed(root, 'Variables') ?? root, 'Variable')) {
    if (v.attributes.guid) variableNames.set(v.attributes.guid, v.attributes.name ?? '');
  }

  const integer = (el: XmlElement, name: string): number => {
    const raw = el.attributes[name];
    if (raw === undefined || !/^\s*\d+\s*$/.test(raw))
      throw fail(`<${el.name} guid="${el.attributes.guid ?? '?'}"> has no whole-number ${name}`);
    return parseInt(raw, 10);
  };

  const selection = (el: XmlElement): RefiSelection => {
    const start = integer(el, 'startPosition');
    const end = integer(el, 'endPosition');
    if (end < start)
      throw fail(`the selection ${el.attributes.guid ?? '?'} ends (${end}) before it starts (${start})`);
    return {
      guid: el.attributes.guid ?? '',
      name: attr(el, 'name'),
      start,
      end,
      description: childNamed(el, 'Description')?.text ?? '',
      creatingUser: attr(el, 'creatingUser'),
      creationDateTime: attr(el, 'creationDateTime'),
      modifiedDateTime: attr(el, 'modifiedDateTime'),
      codings: childrenNamed(el, 'Coding').flatMap((c) => {
        const ref = childNamed(c, 'CodeRef')?.attributes.targetGUID;
        return ref
          ? [
              {
                guid: c.attributes.guid ?? '',
                codeGuid: ref,
                creatingUser: attr(c, 'creatingUser'),
                creationDateTime: attr(c, 'creationDateTime'),
              },
            ]
          : [];
      }),
      noteGuids: childrenNamed(el, 'NoteRef').flatMap((n) =>
        n.attributes.targetGUID ? [n.attributes.targetGUID] : [],
      ),
    };
  };

  const textSource = (el: XmlElement, kind: RefiSource['kind']): RefiSource => {
    const representation = kind === 'pdf' ? childNamed(el, 'Representation') : undefined;
    const text = representation ?? el;
    const variables: Record<string, string> = {};
    for (const vv of childrenNamed(el, 'VariableValue')) {
      const ref = childNamed(vv, 'VariableRef')?.attributes.targetGUID;
      const value = vv.children.find((c) => c.name.endsWith('Value') && c.name !== 'VariableValue');
      if (ref && value) variables[variableNames.get(ref) ?? ref] = value.text;
    }
    return {
      guid: el.attributes.guid ?? '',
      name: el.attributes.name ?? '',
      kind,
      description: childNamed(el, 'Description')?.text ?? '',
      plainTextContent: childNamed(text, 'PlainTextContent')?.text ?? null,
      plainTextPath: attr(text, 'plainTextPath'),
      richTextPath: attr(text, 'richTextPath'),
      path: attr(el, 'path'),
      selections: childrenNamed(text, 'PlainTextSelection').map(selection),
      variables,
      creationDateTime: attr(el, 'creationDateTime'),
    };
  };

  const sourcesEl = childNamed(root, 'Sources');
  const sources: RefiSource[] = (sourcesEl?.children ?? []).map((el) =>
    el.name === 'TextSource'
      ? textSource(el, 'text')
      : el.name === 'PDFSource'
        ? textSource(el, 'pdf')
        : textSource(el, 'other'),
  );
  const notes: RefiNote[] = childrenNamed(childNamed(root, 'Notes') ?? root, 'Note').map((n) => ({
    guid: n.attributes.guid ?? '',
    name: n.attributes.name ?? '',
    text: childNamed(n, 'PlainTextContent')?.text ?? '',
    plainTextPath: attr(n, 'plainTextPath'),
    creatingUser: attr(n, 'creatingUser'),
    creationDateTime: attr(n, 'creationDateTime'),
  }));
  const users = childrenNamed(childNamed(root, 'Users') ?? root, 'User').map((u) => ({
    guid: u.attributes.guid ?? '',
    name: u.attributes.name ?? '',
    id: attr(u, 'id'),
  }));
  const codeBook = childNamed(root, 'CodeBook');
  return {
    name: root.attributes.name ?? '',
    origin: attr(root, 'origin'),
    users,
    codes: parseCodes(codeBook ? childNamed(codeBook, 'Codes') : undefined, fail),
    sources,
    notes,
  };
}
