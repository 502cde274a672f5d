// Collects the files of a drop, walking dropped folders (and their sub-folders) through webkitGetAsEntry.

/** Hidden files (.DS_Store) and Office lock files (~$x.docx) are never remissvar. */
const isIgnored = (name: string): boolean => name.startsWith('.') || name.startsWith('~$');

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** A directory reader returns its entries in pages; read until an empty page. */
async function childrenOf(entry: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = entry.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const page = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (!page.length) return all;
    all.push(...page);
  }
}

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (isIgnored(entry.name)) return;
  if (entry.isFile) out.push(await fileOf(entry as FileSystemFileEntry));
  else if (entry.isDirectory) {
    const children = (await childrenOf(entry as FileSystemDirectoryEntry)).sort((a, b) =>
      a.name.localeCompare(b.name, 'sv'),
    );
    for (const child of children) await walk(child, out);
  }
}

/**
 * The files in a drop, folders expanded. Call it during the drop event: the entries must be
 * taken before the event returns; the walk itself may finish later.
 */
export function filesFromDrop(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (!entries.length || entries.some((e) => e === null)) return Promise.resolve([...data.files]);
  return (async () => {
    const out: File[] = [];
    for (const entry of entries) await walk(entry!, out);
    return out;
  })();
}

/** Files chosen with an <input type=file> (with or without webkitdirectory), hidden files left out. */
export function filesFromInput(list: FileList | null): File[] {
  return [...(list ?? [])].filter(
    (f) => !isIgnored(f.name) && !(f.webkitRelativePath || '').split('/').some(isIgnored),
  );
}
