// Page size, fonts and paragraph styles of the Word compilation, in one place.
import type { IStylesOptions } from 'docx';
import { BorderStyle, LineRuleType } from 'docx';

export const NAVY = '14365D';
export const SLATE = '3D4D60';
export const GREY = '5B6B7F';
export const RULE = 'C9D1DB';
export const FONT = 'Calibri';

/** A4 in twentieths of a point, 2.2 cm side margins. */
export const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1247, bottom: 1247, left: 1247, right: 1247, header: 567, footer: 567 },
};
export const TEXT_WIDTH = PAGE.size.width - PAGE.margin.left - PAGE.margin.right;

export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 21, color: '1D2733' },
      paragraph: { spacing: { after: 80, line: 264, lineRule: LineRuleType.AUTO } },
    },
    heading1: {
      run: { font: FONT, size: 30, bold: true, color: NAVY },
      paragraph: {
        spacing: { before: 360, after: 80, line: 240, lineRule: LineRuleType.AUTO },
        keepNext: true,
        keepLines: true,
      },
    },
    heading2: {
      run: { font: FONT, size: 24, bold: true, color: SLATE },
      paragraph: {
        spacing: { before: 240, after: 80, line: 240, lineRule: LineRuleType.AUTO },
        keepNext: true,
        keepLines: true,
      },
    },
    title: { run: { font: FONT, size: 52, bold: true, color: NAVY }, paragraph: { spacing: { after: 240 } } },
  },
  paragraphStyles: [
    {
      id: 'Excerpt',
      name: 'Excerpt',
      basedOn: 'Normal',
      run: { italics: true, size: 21 },
      paragraph: {
        indent: { left: 454 },
        spacing: { before: 60, after: 140 },
        keepLines: true,
        border: { left: { style: BorderStyle.SINGLE, size: 12, color: RULE, space: 10 } },
      },
    },
    {
      id: 'Respondent',
      name: 'Respondent',
      basedOn: 'Normal',
      run: { bold: true, size: 21 },
      paragraph: { spacing: { before: 160, after: 20 }, keepNext: true, keepLines: true },
    },
  ],
  characterStyles: [
    { id: 'Muted', name: 'Muted', run: { bold: false, italics: false, size: 18, color: GREY } },
    { id: 'ExcerptReference', name: 'Excerpt reference', run: { italics: false, size: 17, color: GREY } },
    {
      id: 'CommentLabel',
      name: 'Comment label',
      run: { italics: false, bold: true, size: 18, color: SLATE },
    },
    { id: 'CommentText', name: 'Comment text', run: { italics: false, size: 18, color: SLATE } },
  ],
};
