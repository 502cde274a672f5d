import { describe, expect, it } from 'vitest';
import { sha256 } from './sha256';
import { textFingerprint } from './fingerprint';

describe('sha256', () => {
  it('gives the standard digests', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('textFingerprint', () => {
  it('is the same for texts that differ only in line breaks and spacing', () => {
    expect(textFingerprint('Kalmar kommun\r\ntillstyrker  förslaget.\n')).toBe(
      textFingerprint('Kalmar kommun tillstyrker förslaget.'),
    );
    expect(textFingerprint('Kalmar kommun tillstyrker')).not.toBe(textFingerprint('Kalmar kommun avstyrker'));
  });
});
