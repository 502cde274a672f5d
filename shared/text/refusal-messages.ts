// Why an import was refused, in words for people (Swedish and English), keyed by refusal code.

export type ImportErrorCode =
  | 'unsupported_format'
  | 'empty_file'
  | 'file_too_large'
  | 'corrupt_file'
  | 'encrypted_pdf'
  | 'no_text_layer'
  | 'timeout'
  | 'too_many_entries'
  | 'decompression_limit';

export const IMPORT_ERROR_CODES: readonly ImportErrorCode[] = [
  'unsupported_format',
  'empty_file',
  'file_too_large',
  'corrupt_file',
  'encrypted_pdf',
  'no_text_layer',
  'timeout',
  'too_many_entries',
  'decompression_limit',
];

/** What went wrong and what to do, per refusal code. */
export const REFUSAL_MESSAGES: Record<ImportErrorCode, { sv: string; en: string }> = {
  unsupported_format: {
    sv: 'Filformatet stöds inte. Spara filen som PDF, Word (.docx), ODT, RTF eller text och försök igen.',
    en: 'This file format is not supported. Save the file as PDF, Word (.docx), ODT, RTF or text and try again.',
  },
  empty_file: {
    sv: 'Filen innehåller ingen text.',
    en: 'The file contains no text.',
  },
  file_too_large: {
    sv: 'Filen är för stor att importera. Dela upp den eller spara den i ett mindre format.',
    en: 'The file is too large to import. Split it or save it in a smaller format.',
  },
  corrupt_file: {
    sv: 'Filen är skadad eller är inte det den utger sig för att vara. Öppna den i sitt program och spara den på nytt.',
    en: 'The file is damaged or is not what its name says. Open it in its program and save it again.',
  },
  encrypted_pdf: {
    sv: 'PDF-filen är lösenordsskyddad. Ta bort skyddet och importera den igen.',
    en: 'The PDF is password-protected. Remove the protection and import it again.',
  },
  no_text_layer: {
    sv: 'PDF-filen saknar textlager (den är troligen inskannad). Kör textigenkänning (OCR) på den först.',
    en: 'The PDF has no text layer (it is probably a scan). Run text recognition (OCR) on it first.',
  },
  timeout: {
    sv: 'Det tog för lång tid att läsa filen, så importen avbröts. Filen kan vara skadad.',
    en: 'Reading the file took too long, so the import was stopped. The file may be damaged.',
  },
  too_many_entries: {
    sv: 'Filen innehåller orimligt många delar för ett dokument och importeras inte.',
    en: 'The file contains an unreasonable number of parts for a document and was not imported.',
  },
  decompression_limit: {
    sv: 'Filen packas upp till en orimlig storlek (möjlig zip-bomb) och importeras inte.',
    en: 'The file unpacks to an unreasonable size (a possible zip bomb) and was not imported.',
  },
};
