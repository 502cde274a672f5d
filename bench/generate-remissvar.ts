// Generates realistic remissvar (PDF and DOCX, 5–30 pages) for the import benchmark.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeDocx, type DocxBlock } from '../electron/importers/fixtures/make-docx';
import { makePdf } from '../electron/importers/fixtures/make-pdf';

const PLACES = [
  'Kalmar',
  'Lerum',
  'Eskilstuna',
  'Umeå',
  'Växjö',
  'Östersund',
  'Gävle',
  'Borås',
  'Luleå',
  'Jönköping',
  'Örebro',
  'Sundsvall',
  'Halmstad',
  'Visby',
];
const BODIES = [
  (p: string) => `${p} kommun`,
  (p: string) => `Region ${p}`,
  (p: string) => `Länsstyrelsen i ${p} län`,
  () => 'Socialstyrelsen',
  () => 'Inspektionen för vård och omsorg',
  () => 'Vårdförbundet',
];
const SECTIONS: Array<[string, string]> = [
  ['4.1.1', 'Lagkrav på tillgång till medicinsk bedömning dygnet runt'],
  ['4.2.3', 'Bemyndigande att meddela föreskrifter om avtal om läkarmedverkan'],
  ['4.4.3', 'Inga sanktioner inom läkarmedverkan'],
  ['4.6', 'Ledningsansvarig med medicinsk kompetens i kommunen'],
  ['5.4', 'Kommuner får anställa läkare för patientnära kliniskt arbete'],
  ['7.1.1', 'Nationell samordnare för riktvärdet om 1 100 invånare per specialistläkare'],
];
const STANCES = [
  'tillstyrker förslaget',
  'ställer sig i huvudsak positiv till förslaget',
  'avstyrker förslaget',
  'ställer sig tveksam till bedömningen',
  'avstår från att ta ställning',
];
const SENTENCES = [
  'Omställningen till en god och nära vård innebär att allt mer komplex vård ges i hemmet.',
  'Det behövs en tydligare ansvarsfördelning mellan kommun och region när det gäller läkarmedverkan i kommunal hälso- och sjukvård.',
  'Kompetensförsörjningen är en av de största utmaningarna för verksamheten under de kommande åren.',
  'Avtalen om läkarmedverkan behöver följas upp på ett strukturerat sätt så att brister upptäcks och åtgärdas i tid.',
  'Vi delar utredningens bedömning att de befintliga strukturerna för samverkan bör stärkas.',
  'Medicinskt ansvarig sjuksköterska och medicinskt ansvarig för rehabilitering har en viktig roll i ledningsarbetet.',
  'Digitala vård- och omsorgsmöten kan vara ett komplement men ersätter inte fysiska bedömningar på plats.',
  'Förslaget riskerar att leda till parallella organisationer och en otydlig ansvarsfördelning.',
  'Det är angeläget att finansieringen är långsiktig och inte bygger på tillfälliga statsbidrag.',
  'Patientsäkerheten måste vara utgångspunkten för alla förändringar av ansvaret för hälso- och sjukvården.',
];

/** Small deterministic random generator so every run benchmarks the same documents. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface GeneratedRemissvar {
  respondent: string;
  blocks: DocxBlock[];
}

/** One remissvar of about `pages` pages: title, summary, a section per proposal with paragraphs and lists. */
export function generateRemissvar(index: number, pages: number): GeneratedRemissvar {
  const next = random(index + 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const respondent = pick(BODIES)(pick(PLACES));
  const blocks: DocxBlock[] = [
    {
      type: 'heading',
      level: 1,
      text: `${respondent}s yttrande över betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)`,
    },
    { type: 'heading', level: 2, text: 'Sammanfattning' },
    {
      type: 'paragraph',
      text: `${respondent} ${pick(STANCES)} i stora delar. ${pick(SENTENCES)} ${pick(SENTENCES)}`,
    },
  ];
  const linesWanted = pages * 40;
  let lines = 0;
  while (lines < linesWanted) {
    const [number, title] = pick(SECTIONS);
    blocks.push({ type: 'heading', level: number.split('.').length, text: `${number} ${title}` });
    blocks.push({
      type: 'paragraph',
      text: `${respondent} ${pick(STANCES)}. ${pick(SENTENCES)} ${pick(SENTENCES)} ${pick(SENTENCES)}`,
    });
    for (let k = 0; k < 2 + Math.floor(next() * 3); k++)
      blocks.push({
        type: 'paragraph',
        text: Array.from({ length: 3 + Math.floor(next() * 4) }, () => pick(SENTENCES)).join(' '),
      });
    if (next() < 0.4)
      for (let k = 0; k < 3; k++)
        blocks.push({ type: 'list-item', text: pick(SENTENCES).replace(/\.$/u, '') });
    lines = blocks.reduce((sum, b) => sum + wrap(b.text, 90).length + 1, 0);
  }
  blocks.push({ type: 'paragraph', text: respondent });
  return { respondent, blocks };
}

/** The document as PDF-like lines: a letterhead, wrapped paragraphs, "•" list items. */
export function toLines(doc: GeneratedRemissvar, index: number): string[] {
  const lines = [
    `${doc.respondent}`,
    `Datum 2025-02-${String(1 + (index % 27)).padStart(2, '0')}  Dnr KS 2024/${100 + index}`,
    '',
  ];
  for (const block of doc.blocks) {
    const text = block.type === 'list-item' ? `• ${block.text}` : block.text;
    lines.push(...wrap(text, 90), '');
  }
  return lines;
}

/** Writes `count` files (PDF and DOCX alternating, 5–30 pages) into `dir`; returns their paths. */
export async function generateCorpus(dir: string, count: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const pages = 5 + Math.floor(random(i + 1000)() * 26);
    const doc = generateRemissvar(i, pages);
    const asPdf = i % 3 !== 2;
    const bytes = asPdf
      ? await makePdf(toLines(doc, i), {
          header: (page, total) => [`Dnr KS 2024/${100 + i}`, `Sida ${page} (${total})`],
        })
      : await makeDocx(doc.blocks);
    const path = join(dir, `remissvar-${String(i + 1).padStart(3, '0')}.${asPdf ? 'pdf' : 'docx'}`);
    await writeFile(path, bytes);
    paths.push(path);
  }
  return paths;
}
