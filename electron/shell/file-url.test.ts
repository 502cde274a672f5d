// Tests that the desktop page may load files from its own folder and nothing else on disk.
import { describe, expect, it } from 'vitest';
import { isInsideFolder } from './file-url';

const folder = 'file:///opt/Remisskod/resources/app.asar/dist/renderer/';

describe('file URL folder check', () => {
  it('allows the renderer and its assets', () => {
    expect(isInsideFolder(`${folder}index.html`, folder)).toBe(true);
    expect(isInsideFolder(`${folder}assets/index-abc.js`, folder)).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    `${folder}../../../../../../etc/passwd`,
    `${folder}%2e%2e/%2e%2e/secret`,
    'file:///opt/Remisskod/resources/app.asar/dist/renderer-evil/x.js',
    'file://server/share/x.js',
    'https://example.com/x.js',
  ])('refuses %s', (url) => {
    expect(isInsideFolder(url, folder)).toBe(false);
  });
});
