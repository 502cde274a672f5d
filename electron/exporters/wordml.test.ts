// Hand-written WordprocessingML stays well-formed whatever a remissvar contains.
import { describe, expect, it } from 'vitest';
import { paragraph, run, xmlText } from './wordml';

describe('wordml', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(xmlText('a < b & c > d\u0007 åäö')).toBe('a &lt; b &amp; c &gt; d åäö');
  });

  it('turns line breaks into <w:br/> and orders run properties as the schema wants', () => {
    expect(run('rad 1\nrad 2', { style: 'Muted', bold: true, colour: 'AA0000', size: 16 })).toBe(
      '<w:r><w:rPr><w:rStyle w:val="Muted"/><w:b/><w:bCs/><w:color w:val="AA0000"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>' +
        '<w:t xml:space="preserve">rad 1</w:t><w:br/><w:t xml:space="preserve">rad 2</w:t></w:r>',
    );
    expect(paragraph('', { style: 'Excerpt', keepNext: true, spacingBefore: 10 })).toBe(
      '<w:p><w:pPr><w:pStyle w:val="Excerpt"/><w:keepNext/><w:spacing w:before="10"/></w:pPr></w:p>',
    );
  });
});
