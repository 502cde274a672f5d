// `npm run bench`: generates big projects, measures the editor and project figures, prints and saves them.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { benchProjects } from './bench-projects';
import { queryPlans } from './backend-bench';
import { launchChromium } from './browser-pages';
import { editorFigures } from './editor-figures';
import { BUSY_HOST_SHARE, describeHostLoad, watchHostLoad } from './host-load';
import type { Figure } from './figure';
import { projectFigures } from './project-figures';
import { printTable, writeResults } from './report';

const ROOT = path.resolve(__dirname, '..', '..');
const args = new Set(process.argv.slice(2));
const log = (s: string) => console.log(`  ${s}`);

async function main(): Promise<void> {
  if (!args.has('--no-build')) {
    console.log('Building…');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--quiet'], {
      stdio: 'inherit',
    });
  }
  console.log('Preparing projects…');
  const projects = await benchProjects(args.has('--fresh'));
  for (const [name, p] of Object.entries(projects)) {
    log(
      `${name}: ${p.documents} documents, ${p.annotations} annotations, ${p.characters} characters${p.generatedMs ? ` (generated in ${(p.generatedMs / 1000).toFixed(1)} s)` : ' (cached)'}`,
    );
  }
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const hostLoad = watchHostLoad();
  const browser = await launchChromium();
  const figures: Figure[] = [];
  try {
    if (!only || only === 'editor') {
      console.log('Editor figures…');
      figures.push(...(await editorFigures(browser, projects.largeDocument, log)));
    }
    if (!only || only === 'project') {
      console.log('Project figures…');
      figures.push(...(await projectFigures(browser, projects.largeProject, projects.smallProject, log)));
    }
  } finally {
    await browser.close();
  }
  const load = hostLoad();
  const info = {
    chromium: browser.version(),
    hostLoad: load,
    queryPlans: queryPlans(projects.largeProject.path),
  };
  printTable(figures, { chromium: info.chromium, 'host load during the run': describeHostLoad(load) });
  const file = writeResults(path.join(ROOT, 'bench', 'results'), figures, info);
  console.log(`\nResults written to ${path.relative(ROOT, file)}`);
  const missed = figures.filter((f) => !f.pass).length;
  console.log(missed ? `${missed} target(s) missed` : 'all targets met');
  if (load && load.stealShare > BUSY_HOST_SHARE)
    console.log(
      'The host was busy during this run (see "host load" above): these times are not the app\'s own.',
    );
  process.exitCode = missed ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
