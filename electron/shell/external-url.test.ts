// Tests the allow-list in front of shell.openExternal: only https and mailto links may leave the app.
import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './external-url';

describe('external link allow-list', () => {
  it('lets https links and mail addresses through', () => {
    expect(isAllowedExternalUrl('https://www.regeringen.se/remisser/')).toBe(true);
    expect(isAllowedExternalUrl('mailto:registrator@regeringskansliet.se')).toBe(true);
  });

  it.each([
    'http://www.regeringen.se/',
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'vbscript:msgbox(1)',
    'https://user:pass@example.com/',
    'https://localhost/',
    'https://intranet/',
    'mailto:',
    'mailto:a@b.se?attach=/etc/passwd&x=/',
    'not a url',
    '',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
