// `npm run bench`: how much Sceptic costs the pages it reads, measured in one run against the
// floor (a bare TreeWalker reading every text node) and against a peer (Mozilla's Readability),
// on generated product pages of about 1,000, 10,000 and 100,000 nodes and on the example pages;
// the engine's throughput in Node against write-good; the content script's size and the
// popup's first paint. Prints medians, ratios and every target with its measured value;
// writes docs/performance.md, docs/performance.json and docs/performance.svg.
//   npm run bench                        everything (a few minutes)
//   npm run bench -- --runs 11           more rounds per measurement (default 7)
//   npm run bench -- --no-build          use the build already in .output-bench
//   npm run bench -- --no-write          print only
// Exits 1 when a target is not met.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureBrowser } from './bench/browser';
import { measureEngine } from './bench/engine';
import { generatePage } from './bench/generate';
import { type BenchReport, markdown, summarise, svgChart, targets, textTable, textTargets } from './bench/report';
import { count } from './bench/stats';
import { buildExtension, ROOT } from './lib/build';
import { findChromium, INSTALL_HINT } from './lib/chromium';
import { serve } from './lib/serve';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'incremental-runs': { type: 'string', default: '5' },
    build: { type: 'boolean', default: true },
    'no-build': { type: 'boolean', default: false },
    write: { type: 'boolean', default: true },
    'no-write': { type: 'boolean', default: false },
  },
  strict: true,
});
const runs = Math.max(3, Number.parseInt(values.runs ?? '7', 10) || 7);
const incrementalRuns = Math.max(3, Number.parseInt(values['incremental-runs'] ?? '5', 10) || 5);
const build = values.build && !values['no-build'];
const write = values.write && !values['no-write'];

const log = (line: string) => console.log(line);
const started = Date.now();
const load = loadavg();

if (!findChromium()) {
  console.error(`No Chromium found. ${INSTALL_HINT}`);
  process.exit(2);
}

log(`Sceptic benchmark: ${cpus().length} CPUs, load ${load.map((l) => l.toFixed(1)).join(' ')}, ${runs} rounds`);

// 1. The engine alone, before the browser starts, so that the two never share the cores.
log('engine: scoreClaim and write-good on the labelled corpus…');
const engine = await measureEngine(runs);
log(`  ${count(engine.scepticMedian)} sentences/s; write-good ${count(engine.writeGoodMedian)}`);

// 2. The extension, built into its own folder, with the content script's measures in it (a normal
// build leaves the page's performance timeline alone: entrypoints/content/session.ts).
process.env.SCEPTIC_OUT_DIR ||= '.output-bench';
process.env.WXT_SCEPTIC_MEASURE = '1';
let extensionDir = resolve(ROOT, process.env.SCEPTIC_OUT_DIR, 'chrome-mv3');
if (build) {
  log(`build: ${process.env.SCEPTIC_OUT_DIR}…`);
  extensionDir = buildExtension('chrome');
}
const bundleFile = join(extensionDir, 'content-scripts', 'content.js');
const bundleBytes = statSync(bundleFile).size;

// 3. The pages: generated ones in a temporary folder, the examples as they are. Served cross-origin
// isolated, which gives the page (and the content script) a fine-grained clock.
const dir = mkdtempSync(join(tmpdir(), 'sceptic-bench-'));
const sizes = [
  ['generated 1k', 1_000],
  ['generated 10k', 10_000],
  ['generated 100k', 100_000],
] as const;
for (const [, n] of sizes) writeFileSync(join(dir, `page-${n}.html`), generatePage(n));
// Short static pages with no headings: the first look cannot tell them from an app still rendering.
const SHORT_PAGES = {
  'short product page': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notely: meeting notes</title></head><body><p><b>Notely</b> writes up your meetings.</p><p>Cut the time you spend on meeting notes by 70%, guaranteed. Notely listens, summarises and files every action item for you.</p><p>Plans from $12 a month. <a href="/signup">Start free trial</a></p></body></html>`,
  'short note': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Closed for the holidays</title></head><body><p>The shop is closed from 24 December to 2 January. Orders placed now ship on 3 January.</p><p>Thank you, and happy holidays.</p></body></html>`,
};
for (const [name, html] of Object.entries(SHORT_PAGES)) writeFileSync(join(dir, `${name.replace(/ /g, '-')}.html`), html);
const examples = readdirSync(resolve(ROOT, 'examples'))
  .filter((f) => f.endsWith('.html'))
  .sort();
const server = await serve({ '/generated/': dir, '/examples/': resolve(ROOT, 'examples') }, () => ({
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
}));

let report: BenchReport;
try {
  log('browser: floor, innerText, Sceptic and Readability on each page…');
  const browser = await measureBrowser({
    extensionDir,
    origin: server.origin,
    pages: [
      ...sizes.map(([name, n]) => ({ name, path: `/generated/page-${n}.html`, generated: true })),
      ...examples.map((f) => ({ name: f.replace(/\.html$/, ''), path: `/examples/${f}`, generated: false })),
      ...Object.keys(SHORT_PAGES).map((name) => ({ name, path: `/generated/${name.replace(/ /g, '-')}.html`, generated: false, settleOnly: true })),
    ],
    runs,
    incrementalRuns,
    floorMinMs: 20,
    log,
  });
  const pages = browser.pages.map(summarise);
  const settlePages = browser.settleOnly.map(summarise);
  const popupMs = [...browser.popupPaintMs].sort((a, b) => a - b)[browser.popupPaintMs.length >> 1] ?? Number.NaN;
  report = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model.trim() ?? 'unknown CPU', node: process.version, chromium: browser.chromium, load },
    runs,
    pages,
    settlePages,
    engine,
    popup: { paintMs: popupMs, entry: browser.popupPaintEntry, samples: browser.popupPaintMs },
    bundle: { bytes: bundleBytes, file: 'content-scripts/content.js' },
    targets: targets(pages, engine, popupMs, bundleBytes, settlePages),
    raw: browser,
  };
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

log('');
log(textTable(report.pages));
log('');
log(`Medians of ${runs} rounds (re-scans after one change: ${incrementalRuns}); ${Math.round((Date.now() - started) / 1000)} s in all.`);
if (write) {
  writeFileSync(resolve(ROOT, 'docs/performance.md'), markdown(report));
  writeFileSync(resolve(ROOT, 'docs/performance.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(resolve(ROOT, 'docs/performance.svg'), svgChart(report.pages));
  log('Wrote docs/performance.md, docs/performance.json and docs/performance.svg.');
}
log('');
log(textTargets(report.targets));
if (report.targets.some((t) => !t.pass)) process.exitCode = 1;
