// `npm start`: build Sceptic, open each example page in Chromium with the extension
// loaded, and print what the extension itself reports; screenshots go to out/.
//   npm start                      the bundled examples
//   npm start -- URL|FILE ...      your own pages
//   npm start -- --headed          watch it (needs a display)
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { scanHtml } from '../cli/node-scan';
import type { PageReport } from '../heuristics/types';
import { buildExtension, ROOT } from './lib/build';
import { findChromium, INSTALL_HINT } from './lib/chromium';
import { badgeOf, launchWithExtension, openPopup, settledState, tabIdOf } from './lib/extension';
import { serve } from './lib/serve';

const args = process.argv.slice(2);
const headed = args.includes('--headed');
const targets = args.filter((a) => !a.startsWith('--'));
const OUT = resolve(ROOT, 'out');

interface Result {
  name: string;
  badge: string;
  report: PageReport | null;
  note?: string;
}

function line(r: Result): string {
  const rep = r.report;
  const head = `${r.name.padEnd(28)} badge ${(r.badge ? JSON.stringify(r.badge) : '(none)').padEnd(6)} grade ${(rep?.grade ?? '-').padEnd(2)} score ${String(rep?.score ?? '-').padEnd(4)}`;
  if (!rep) return `${head} ${r.note ?? ''}`;
  // A page that sells nothing is not judged: its sentences are not listed as if they were a vendor's claims.
  if (rep.noGradeReason === 'not-product-page') return `${head} not a product page: Sceptic grades only pages that sell software or an AI service`;
  const why = rep.noGradeReason ? ` (${rep.noGradeReason.replace(/-/g, ' ')})` : '';
  const top = [...rep.claims]
    .sort((a, b) => a.score - b.score || b.weight - a.weight)
    .slice(0, 3)
    .map((c) => `    ${c.verdict.padEnd(11)} ${String(c.score).padStart(3)}  “${c.text.length > 90 ? `${c.text.slice(0, 87)}…` : c.text}”`);
  return [`${head} ${rep.counts.claims} claims, ${rep.counts.unsupported} unsupported${why}`, ...top].join('\n');
}

async function pagesToVisit(origin: string): Promise<Array<{ name: string; url: string; file?: string }>> {
  if (targets.length === 0) {
    const files = (await readdir(resolve(ROOT, 'examples'))).filter((f) => f.endsWith('.html')).sort();
    return files.map((f) => ({ name: f.replace(/\.html$/, ''), url: `${origin}/examples/${f}`, file: resolve(ROOT, 'examples', f) }));
  }
  return targets.map((t, i) => {
    if (/^https?:\/\//.test(t)) return { name: new URL(t).host + new URL(t).pathname.replace(/\/$/, ''), url: t };
    const file = resolve(t);
    return { name: basename(file).replace(/\.html?$/, ''), url: `${origin}/files/${i}/${basename(file)}`, file };
  });
}

async function fallback(pages: Array<{ name: string; file?: string; url: string }>): Promise<void> {
  console.log(`No Chromium found. Install it with:\n  ${INSTALL_HINT}\nMeanwhile, scoring the pages with the engine in Node (no badge, no screenshots):\n`);
  for (const p of pages) {
    try {
      const html = p.file ? await readFile(p.file, 'utf8') : await (await fetch(p.url, { signal: AbortSignal.timeout(15_000) })).text();
      console.log(line({ name: p.name, badge: '(none)', report: scanHtml(html, p.url).report }));
    } catch (err) {
      console.log(line({ name: p.name, badge: '', report: null, note: `could not read: ${(err as Error).message}` }));
    }
  }
}

async function main(): Promise<void> {
  const fileDirs: Record<string, string> = {};
  targets.forEach((t, i) => {
    if (!/^https?:\/\//.test(t)) {
      if (!existsSync(t)) throw new Error(`No such file: ${t}`);
      fileDirs[`/files/${i}/`] = dirname(resolve(t));
    }
  });
  const server = await serve({ '/examples/': resolve(ROOT, 'examples'), ...fileDirs });
  try {
    const pages = await pagesToVisit(server.origin);
    if (!findChromium()) return await fallback(pages);
    process.stdout.write('Building the extension… ');
    const dir = buildExtension('chrome');
    console.log(`done (${dir.replace(`${ROOT}/`, '')}).`);
    await mkdir(OUT, { recursive: true });
    const loaded = await launchWithExtension(dir, { headed });
    try {
      console.log(`Chromium with Sceptic ${loaded.extensionId}; pages served from ${server.origin}\n`);
      for (const p of pages) {
        const page = await loaded.context.newPage();
        try {
          await page.goto(p.url, { waitUntil: 'load', timeout: 30_000 });
          const tabId = await tabIdOf(loaded.sw, page);
          const state = await settledState(loaded.sw, tabId);
          const badge = await badgeOf(loaded.sw, tabId);
          await page.screenshot({ path: resolve(OUT, `${p.name}.png`) });
          const popup = await openPopup(loaded, tabId);
          await popup.waitForSelector('main');
          await popup.screenshot({ path: resolve(OUT, `${p.name}-popup.png`), fullPage: true });
          await popup.close();
          const report = state.status === 'ready' ? state.report : null;
          console.log(line({ name: p.name, badge: badge.text, report, note: state.status === 'unreadable' ? `unreadable: ${state.reason}` : state.status }));
        } catch (err) {
          console.log(line({ name: p.name, badge: '', report: null, note: `failed: ${(err as Error).message.split('\n')[0]}` }));
        } finally {
          await page.close();
        }
      }
      console.log(`\nScreenshots of each page and its popup are in ${OUT.replace(`${ROOT}/`, '')}/.`);
    } finally {
      await loaded.close();
    }
  } finally {
    await server.close();
  }
}

main().catch((err) => {
  console.error(`sceptic start: ${(err as Error).message}`);
  process.exit(1);
});
