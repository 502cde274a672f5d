// Swedish-like remissvar prose: headings, paragraphs and list items built from a seeded vocabulary.
import type { Random } from './random';

const NOUNS = [
  'kommunen',
  'regionen',
  'förslaget',
  'utredningen',
  'läkarmedverkan',
  'bedömningen',
  'verksamheten',
  'hälso- och sjukvården',
  'äldreomsorgen',
  'patienten',
  'brukaren',
  'personalen',
  'kompetensen',
  'samverkan',
  'ansvaret',
  'finansieringen',
  'lagstiftningen',
  'kostnaden',
  'konsekvenserna',
  'sjuksköterskan',
  'vårdgivaren',
  'huvudmannen',
  'förutsättningarna',
  'uppföljningen',
  'tillgången',
  'kvaliteten',
  'bemanningen',
  'arbetsmiljön',
  'ersättningen',
  'informationsöverföringen',
  'myndigheten',
  'särskilt boende',
  'hemsjukvården',
  'primärvården',
  'dygnet runt',
  'tillsynen',
  'kravet',
  'avtalet',
];
const VERBS = [
  'stödjer',
  'tillstyrker',
  'avstyrker',
  'ifrågasätter',
  'välkomnar',
  'understryker',
  'betonar',
  'saknar',
  'delar',
  'bedömer',
  'anser',
  'konstaterar',
  'föreslår',
  'efterfrågar',
  'ser',
  'instämmer i',
];
const ADJECTIVES = [
  'tydlig',
  'rimlig',
  'otillräcklig',
  'nödvändig',
  'långsiktig',
  'ökad',
  'gemensam',
  'nationell',
  'regional',
  'kommunal',
  'medicinsk',
  'ekonomisk',
  'stärkt',
  'betydande',
  'oklar',
  'angelägen',
];
const LINKS = ['och', 'men', 'samt', 'eftersom', 'då', 'vilket innebär att', 'medan', 'däremot', 'även om'];
const OPENERS = [
  'Kommunen',
  'Regionen',
  'Nämnden',
  'Förvaltningen',
  'Vi',
  'Myndigheten',
  'Förbundet',
  'Styrelsen',
];
const HEADINGS = [
  'Sammanfattning',
  'Allmänna synpunkter',
  'Synpunkter på förslagen',
  'Konsekvenser för kommunen',
  'Ekonomiska konsekvenser',
  'Ikraftträdande',
  'Övriga synpunkter',
  'Läkarmedverkan i kommunal vård',
  'Ansvar och finansiering',
  'Kompetensförsörjning',
  'Informationsöverföring',
  'Avslutande kommentarer',
];

function clause(r: Random): string {
  const parts = [r.pick(NOUNS), r.pick(VERBS), r.pick(ADJECTIVES), r.pick(NOUNS)];
  if (r.chance(0.4)) parts.push(r.pick(LINKS), r.pick(NOUNS), r.pick(VERBS), r.pick(NOUNS));
  return parts.join(' ');
}

export function sentence(r: Random): string {
  const body = [`${r.pick(OPENERS)} ${r.pick(VERBS)} att ${clause(r)}`];
  const extra = r.int(0, 2);
  for (let i = 0; i < extra; i++) body.push(`${r.pick(LINKS)} ${clause(r)}`);
  return `${body.join(r.chance(0.5) ? ', ' : ' ')}.`;
}

/** A paragraph of roughly `length` characters (real remissvar paragraphs run ~200–1,200). */
export function paragraph(r: Random, length: number): string {
  let text = sentence(r);
  while (text.length < length) text += ` ${sentence(r)}`;
  return text;
}

export function heading(r: Random, section: string): string {
  return `${section} ${r.pick(HEADINGS)}`;
}

export function listItem(r: Random): string {
  return `– ${sentence(r)}`;
}
