// Writes the demo compilation as DOCX (and HTML), converts it to PDF with LibreOffice and renders pages to PNG.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCompilation } from '../shared/compilation/build-compilation';
import { exportCompilationDocx } from '../electron/exporters/docx-export';
import { exportCompilationHtml } from '../electron/exporters/html-export';
import { demoSnapshot } from '../electron/exporters/test-fixtures';

async function main(): Promise<void> {
  const locale = process.argv.includes('--en') ? 'en' : 'sv';
  const pages = Number(process.argv.find((a) => a.startsWith('--pages='))?.slice(8) ?? 3);
  const out = resolve(__dirname, '..', 'test-results', 'compilation-preview');
  mkdirSync(out, { recursive: true });
  const compilation = buildCompilation(demoSnapshot(), {}, locale);
  const docx = join(out, `remissammanstallning-${locale}.docx`);
  writeFileSync(docx, await exportCompilationDocx(compilation));
  writeFileSync(join(out, `remissammanstallning-${locale}.html`), await exportCompilationHtml(compilation));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, docx], {
    stdio: 'inherit',
  });
  const pdf = docx.replace(/\.docx$/, '.pdf');
  execFileSync(
    'pdftoppm',
    ['-png', '-r', '80', '-f', '1', '-l', String(pages), pdf, join(out, `page-${locale}`)],
    {
      stdio: 'inherit',
    },
  );
  console.log(`Wrote ${docx}, its PDF and PNGs of pages 1–${pages} in ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
