// `tsx bench/perf/profile.ts [open|tag|switch]`: CPU profile of one editor action, top functions by self time.
import fs from 'node:fs';
import { startApp } from '../../e2e/app-server';
import { openApp, openDocument, selectPassage, tagAndSave } from './app-measures';
import { benchProjects, workingCopy } from './bench-projects';
import { launchChromium, newPage } from './browser-pages';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

async function main(): Promise<void> {
  const action = process.argv[2] ?? 'open';
  const { largeDocument } = await benchProjects(false);
  const copy = workingCopy(largeDocument);
  const app = await startApp(copy.dataDir, { REMISSKOD_PROJECT: copy.file });
  const browser = await launchChromium();
  try {
    const page = await newPage(browser, true);
    await openApp(page, app.url);
    const [a, b] = largeDocument.respondents as [string, string];
    if (action !== 'open') await openDocument(page, a);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () =>
      Object.fromEntries(
        ((await cdp.send('Performance.getMetrics')).metrics as { name: string; value: number }[]).map((m) => [
          m.name,
          m.value,
        ]),
      );
    const before = await metrics();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    let ms: number;
    if (action === 'open') ms = await openDocument(page, a);
    else if (action === 'switch') ms = await openDocument(page, b);
    else {
      const picked = await selectPassage(page, 3, 10);
      ms = picked.ms + (await tagAndSave(page, picked.block, '4.1.1'));
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const after = await metrics();
    const spent = (k: string) =>
      `${k.replace('Duration', '')} ${((after[k]! - before[k]!) * 1000).toFixed(0)} ms`;
    console.log(
      ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'].map(spent).join(', '),
    );
    const self = new Map<string, number>();
    const total = profile.samples.length;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (const id of profile.samples) {
      const n = byId.get(id)!;
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + 1);
    }
    console.log(`${action}: ${ms.toFixed(0)} ms; top self time:`);
    [...self]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 25)
      .forEach(([k, v]) => console.log(`${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`));
    if (process.env.PROFILE_OUT) fs.writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
  } finally {
    await browser.close();
    await app.stop();
    fs.rmSync(copy.dataDir, { recursive: true, force: true });
  }
}

void main();
