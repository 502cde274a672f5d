// Predicates for page furniture: page counters, diary-number lines, letterhead and label lines.

const PAGE_COUNTER =
  /^(?:(?:sida|sid|s\.|page|blad)\s*)?\d{1,4}\s*(?:\(\s*\d{1,4}\s*\)|(?:av|of|\/)\s*\d{1,4})$/iu;
const PAGE_WORD_ONLY = /^(?:sida|sid|page)\s+\d{1,4}$/iu;
const TRAILING_COUNTER = /\s{2,}(?:(?:sida|sid|page)\s*)?\d{1,4}\s*\(\s*\d{1,4}\s*\)$/iu;

/** "3 (4)", "Sida 5 (9)", "1 (3)", "2 av 7", "Sida 3", "4/9". */
export function isPageCounter(text: string): boolean {
  const t = text.trim();
  return PAGE_COUNTER.test(t) || PAGE_WORD_ONLY.test(t);
}

/** A bare page number ("3", "- 3 -"); only trusted at the top or bottom of a known page. */
export function isBarePageNumber(text: string): boolean {
  return /^[-–]?\s*\d{1,3}\s*[-–]?$/u.test(text.trim());
}

/** A short running header that ends in a page counter: "NIA 2023/0012  3 (4)". */
export function isHeaderWithCounter(spaced: string): boolean {
  const t = spaced.trim();
  if (!t.endsWith(')') || t.length > 90) return false;
  if (TRAILING_COUNTER.test(t) && t.length <= 90) return true;
  // Spacing lost (PDF text layers collapse it): accept when what precedes the counter is furniture.
  const match = /^(.*\S)\s+(?:(?:sida|sid|page)\s*)?\d{1,4}\s*\(\s*\d{1,4}\s*\)$/iu.exec(t);
  if (!match || t.length > 80) return false;
  const before = match[1]!;
  return isDiaryLine(before) || isDocTypeLabel(before) || /^\d{4}-\d{2}-\d{2}$/u.test(before);
}

const DIARY_LABEL =
  /^(?:dnr|diarienr|diarienummer|diarie-?nr|vårt dnr|vår beteckning|vår referens|ärendenr|ärendenummer|beteckning)(?![\p{L}\p{N}])[.:]?\s*/iu;

/** A line that is only a diary number: "Dnr ALD 2024/457", "Diarienummer: KS 2024/12". */
export function isDiaryLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 60) return false;
  if (DIARY_LABEL.test(t)) return /\d/u.test(t) || /^(?:dnr|diarienummer|diarienr)$/iu.test(t);
  return /^[\p{Lu}]{2,6}[ /-]?\d{4}[/:.-]\d{1,6}(?:[-:.]\d{1,4})?$/u.test(t);
}

const LABEL_WORDS =
  /(?<![\p{L}\p{N}])(?:postadress|besöksadress|leveransadress|telefon|tel|telefax|fax|växel|mobiltelefon|mobil|e-post|epost|e-mail|webbplats|webb|hemsida|org\.?\s?nr|organisationsnummer|bankgiro|plusgiro|postgiro|momsreg|handläggare|handlingsnummer|vår referens|er referens|ert datum|er beteckning|diarienummer|datum)(?![\p{L}\p{N}])/iu;
const PHONE =
  /(?:\+46|(?<![\p{L}\p{N}])0)\d{1,3}[- ]?\d{2,3}[ -]?\d{2}[ -]?\d{2}(?:[ -]?\d{2})?(?![\p{L}\p{N}])/u;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/u;
const URL = /(?<![\p{L}\p{N}])(?:https?:\/\/|www\.)\S+|^[\w-]+\.(?:se|nu|com|org|eu)$/iu;
const POSTCODE_LINE = /^(?:SE-)?\d{3} ?\d{2}\s+\p{Lu}/u;
const ISO_DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/u;

/** Letterhead or footer matter: address labels, phone numbers, e-mail, web, postcodes. */
export function isLetterheadLine(spaced: string): boolean {
  const t = spaced.trim();
  if (t.length === 0 || t.length > 140) return false;
  if (EMAIL.test(t) || URL.test(t) || POSTCODE_LINE.test(t) || ISO_DATE_ONLY.test(t)) return true;
  if (PHONE.test(t) && t.length <= 100) return true;
  if (LABEL_WORDS.test(t) && (t.length <= 60 || /\S\s{2,}\S/u.test(t))) return true;
  // A header table row with a date and a diary number: "Vård- och omsorgsförvaltningen  2025-02-11  VON/2024:198".
  if (/\d{4}-\d{2}-\d{2}/u.test(t) && /\p{Lu}{2,6}[ /-]?\d{4}[/:.-]\d{1,6}/u.test(t) && t.length <= 100)
    return true;
  // Columns of a header table with a date in them.
  return (
    /\S\s{2,}\S/u.test(t) && /(?<![\p{L}\p{N}])\d{4}-\d{2}-\d{2}(?![\p{L}\p{N}])/u.test(t) && t.length <= 100
  );
}

const DOC_TYPE =
  /^(?:tjänsteutlåtande|tjänsteskrivelse|yttrande|remissvar|remissyttrande|protokoll|protokollsutdrag|sammanträdesprotokoll|utdrag ur protokoll|beslut|skrivelse|missiv|promemoria|pm|rapport|ärende|handling|bilaga(?:\s+\d+)?)$/iu;

/** A lone document-type label as printed in page headers ("Tjänsteutlåtande", "Yttrande"). */
export function isDocTypeLabel(text: string): boolean {
  return DOC_TYPE.test(text.trim());
}

/** A title line that names the report under consultation: "… (SOU 2024:72)", "Ds 2023:12". */
export function endsWithReportReference(text: string): boolean {
  return /\(?(?:SOU|Ds|Dir\.?)\s?\d{4}:\d{1,4}\)?$/u.test(text.trim());
}
