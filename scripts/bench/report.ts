// From the benchmark's raw samples to what it prints and writes: medians per page, ratios to
// the floor, the targets with their measured values, docs/performance.md, the JSON and the chart.
import type { BrowserResult, PageResult, ScanSample } from './browser';
import type { EngineResult } from './engine';
import { count, max, median, ms, percent, times } from './stats';

export interface Machine {
  cpus: number;
  cpu: string;
  node: string;
  chromium: string;
  load: number[];
}

export interface PageSummary {
  name: string;
  generated: boolean;
  nodes: number;
  texts: number;
  chars: number;
  floorMs: number;
  /** Sceptic's work on the page's main thread. */
  pageMs: number;
  /** The engine's work in the service worker. */
  engineMs: number;
  /** The two together: what Sceptic does for the page. */
  totalMs: number;
  readabilityMs: number;
  /** The browser's own innerText of the page: a floor for a reader that must tell shown from hidden. */
  innerTextMs: number;
  /** The re-scan after a one-node change (page and worker), when measured. */
  incrementalMs: number | null;
  incrementalPageMs: number | null;
  incrementalEngineMs: number | null;
  /** Blocks the worker judged again after the change. */
  incrementalJudged: number | null;
  /** The longest stretch of Sceptic's work without a yield, over every scan of the page. */
  longestSliceMs: number;
  /** The longest long task the browser saw during Sceptic's scans (0: none over 50 ms). */
  longTaskMs: number;
  /** The longest pause of a bare loop in the same page: what the machine alone adds to any stretch of work. */
  stallMs: number;
  wallMs: number;
  firstReportMs: number;
  probeMs: number;
  /** From the load event to the badge's last change, and the text it kept. */
  settleMs: number;
  settleBadge: string;
  blocks: number;
  claims: number;
}

export interface Target {
  id: string;
  label: string;
  measured: string;
  pass: boolean;
}

export interface BenchReport {
  date: string;
  machine: Machine;
  runs: number;
  pages: PageSummary[];
  /** Short pages measured only for how soon the badge settles. */
  settlePages: PageSummary[];
  engine: EngineResult;
  popup: { paintMs: number; entry: string; samples: number[] };
  bundle: { bytes: number; file: string };
  targets: Target[];
  raw: BrowserResult;
}

const total = (s: ScanSample) => s.pageMs + s.engineMs;

export function summarise(p: PageResult): PageSummary {
  const scans = [...p.full, ...p.incremental, ...(p.first.scan ? [p.first.scan] : [])];
  const last = p.full[p.full.length - 1];
  const inc = p.incremental.length ? p.incremental : null;
  return {
    name: p.name,
    generated: p.generated,
    nodes: p.size.nodes,
    texts: p.size.texts,
    chars: p.size.chars,
    floorMs: median(p.floorMs),
    pageMs: median(p.full.map((s) => s.pageMs)),
    engineMs: median(p.full.map((s) => s.engineMs)),
    totalMs: median(p.full.map(total)),
    readabilityMs: median(p.readabilityMs),
    innerTextMs: median(p.innerTextMs),
    incrementalMs: inc && median(inc.map(total)),
    incrementalPageMs: inc && median(inc.map((s) => s.pageMs)),
    incrementalEngineMs: inc && median(inc.map((s) => s.engineMs)),
    incrementalJudged: inc && median(inc.map((s) => s.judged)),
    longestSliceMs: max(scans.map((s) => s.longestMs)),
    // The page is quiet during re-scans; as it opens, its own loading can overlap Sceptic's first read.
    longTaskMs: max([...p.full, ...p.incremental].map((s) => s.longTaskMs)),
    stallMs: p.stallMs,
    wallMs: median(p.full.map((s) => s.wallMs)),
    firstReportMs: p.first.sinceNavigationMs,
    probeMs: p.first.probeMs,
    settleMs: p.settle.sinceLoadMs,
    settleBadge: p.settle.badge,
    blocks: last?.blocks ?? 0,
    claims: last?.claims ?? 0,
  };
}

export const LIMITS = {
  floorRatio: 3,
  linear: 12,
  incremental: 0.05,
  longTaskMs: 50,
  bundleBytes: 70_000,
  popupMs: 100,
  settleMs: 300,
  sentencesPerSecond: 50_000,
} as const;

export function targets(pages: PageSummary[], engine: EngineResult, popupMs: number, bundleBytes: number, settlePages: PageSummary[] = []): Target[] {
  const byName = new Map(pages.map((p) => [p.name, p]));
  const g10 = byName.get('generated 10k');
  const g100 = byName.get('generated 100k');
  const out: Target[] = [];
  for (const p of [g10, g100]) {
    if (!p) continue;
    const ratio = p.totalMs / p.floorMs;
    out.push({
      id: `floor-${p.name.split(' ')[1]}`,
      label: `Full scan at most ${LIMITS.floorRatio}× the floor (${p.name}, ${count(p.nodes)} nodes)`,
      measured: `${times(ratio)} (${ms(p.totalMs)} ms against ${ms(p.floorMs)} ms; in the page alone ${times(p.pageMs / p.floorMs)})`,
      pass: ratio <= LIMITS.floorRatio,
    });
  }
  const slower = pages.filter((p) => !(p.totalMs < p.readabilityMs));
  const worst = pages.reduce((a, p) => Math.max(a, p.totalMs / p.readabilityMs), 0);
  out.push({
    id: 'readability',
    label: 'Faster than Readability on every page',
    measured: slower.length
      ? `slower on ${slower.map((p) => `${p.name} (${times(p.totalMs / p.readabilityMs)})`).join(', ')}`
      : `faster on all ${pages.length} pages (at most ${times(worst)} of Readability's time)`,
    pass: slower.length === 0 && pages.length > 0,
  });
  const slice = max(pages.map((p) => p.longestSliceMs));
  const task = max(pages.map((p) => p.longTaskMs));
  const stall = max(pages.map((p) => p.stallMs));
  out.push({
    id: 'long-tasks',
    label: `No task over ${LIMITS.longTaskMs} ms`,
    measured: `longest stretch of Sceptic's work ${ms(slice)} ms; longest task the browser saw during Sceptic's scans ${task > 0 ? `${ms(task)} ms` : 'none over 50 ms'}; a bare loop in the same pages paused up to ${ms(stall)} ms (the machine's own pauses, in every stretch of work)`,
    pass: slice <= LIMITS.longTaskMs && task <= LIMITS.longTaskMs,
  });
  if (g10 && g100) {
    const growth = g100.totalMs / g10.totalMs;
    out.push({
      id: 'linear',
      label: `Cost linear in page size (100,000-node time at most ${LIMITS.linear}× the 10,000-node time)`,
      measured: `${times(growth)} for ${times(g100.nodes / g10.nodes)} the nodes (${ms(g10.totalMs)} → ${ms(g100.totalMs)} ms)`,
      pass: growth <= LIMITS.linear,
    });
  }
  if (g100?.incrementalMs != null) {
    const share = g100.incrementalMs / g100.totalMs;
    out.push({
      id: 'incremental',
      label: `Re-scan after a one-node change at most ${percent(LIMITS.incremental)} of a full scan (generated 100k)`,
      measured: `${percent(share)} (${ms(g100.incrementalMs)} ms against ${ms(g100.totalMs)} ms; ${count(g100.incrementalJudged ?? 0)} block(s) judged again)`,
      pass: share <= LIMITS.incremental,
    });
  }
  out.push({
    id: 'bundle',
    label: `Content-script bundle at most ${count(LIMITS.bundleBytes)} bytes minified`,
    measured: `${count(bundleBytes)} bytes`,
    pass: bundleBytes <= LIMITS.bundleBytes,
  });
  out.push({
    id: 'popup',
    label: `Popup first paint under ${LIMITS.popupMs} ms`,
    measured: `${ms(popupMs)} ms`,
    pass: popupMs < LIMITS.popupMs,
  });
  // Static pages: the examples and the short pages; the generated pages are large, their read takes its time.
  const statics = [...pages.filter((p) => !p.generated), ...settlePages];
  const slowest = statics.reduce<PageSummary | null>((a, p) => (!a || p.settleMs > a.settleMs ? p : a), null);
  out.push({
    id: 'badge-settle',
    label: `Badge settled within ${LIMITS.settleMs} ms of the load event on every static page`,
    measured: slowest
      ? `at most ${ms(slowest.settleMs)} ms (${slowest.name}); ${statics.map((p) => `${p.name} ${ms(p.settleMs)}`).join(', ')}`
      : 'no static page measured',
    pass: statics.length > 0 && statics.every((p) => p.settleMs <= LIMITS.settleMs),
  });
  out.push({
    id: 'throughput',
    label: `Engine throughput at least ${count(LIMITS.sentencesPerSecond)} sentences per second`,
    measured: `${count(engine.scepticMedian)} sentences/s (rounds from ${count(Math.min(...engine.sceptic))} to ${count(Math.max(...engine.sceptic))})`,
    pass: engine.scepticMedian >= LIMITS.sentencesPerSecond,
  });
  out.push({
    id: 'write-good',
    label: 'Engine ahead of write-good on the same sentences',
    measured: `${times(engine.scepticMedian / engine.writeGoodMedian)} write-good's ${count(engine.writeGoodMedian)} sentences/s`,
    pass: engine.scepticMedian > engine.writeGoodMedian,
  });
  return out;
}

/** Columns of the table, as text. */
function rows(pages: PageSummary[]): string[][] {
  return pages.map((p) => [
    p.name,
    count(p.nodes),
    ms(p.floorMs),
    `${ms(p.innerTextMs)} (${times(p.innerTextMs / p.floorMs)})`,
    `${ms(p.pageMs)} (${times(p.pageMs / p.floorMs)})`,
    ms(p.engineMs),
    `${ms(p.totalMs)} (${times(p.totalMs / p.floorMs)})`,
    `${ms(p.readabilityMs)} (${times(p.readabilityMs / p.floorMs)})`,
    p.incrementalMs == null ? '–' : `${ms(p.incrementalMs)} (${percent(p.incrementalMs / p.totalMs)})`,
    `${ms(p.longestSliceMs)}${p.longTaskMs > 0 ? ` / ${ms(p.longTaskMs)}` : ''}`,
    ms(p.wallMs),
  ]);
}

const HEAD = [
  'page',
  'nodes',
  'floor ms',
  'innerText ms (× floor)',
  'Sceptic in page ms (× floor)',
  'engine ms',
  'Sceptic total ms (× floor)',
  'Readability ms (× floor)',
  'after one change ms (% of full)',
  'longest ms',
  'wall ms',
];

export function textTable(pages: PageSummary[]): string {
  const body = rows(pages);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(HEAD), line(widths.map((w) => '─'.repeat(w))), ...body.map(line)].join('\n');
}

export function textTargets(list: Target[]): string {
  const met = list.filter((t) => t.pass).length;
  return [...list.map((t) => `${t.pass ? 'PASS' : 'FAIL'}  ${t.label}: ${t.measured}`), '', `${met} of ${list.length} targets met`].join('\n');
}

function mdTable(pages: PageSummary[]): string {
  const body = rows(pages);
  return [`| ${HEAD.join(' | ')} |`, `|${HEAD.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join(
    '\n',
  );
}

export function markdown(r: BenchReport): string {
  const met = r.targets.filter((t) => t.pass).length;
  const g = (name: string) => r.pages.find((p) => p.name === name);
  const g10 = g('generated 10k');
  const g100 = g('generated 100k');
  const examples = r.pages.filter((p) => !p.generated);
  const lines = [
    '# Performance',
    '',
    'Sceptic reads every page its user opens, so what it costs matters more than almost anything else it does. `npm run bench` measures it against the least any extension that reads a page could pay, and against a peer, in one run, and checks the targets below. This file is written by the benchmark; the numbers are those of its last run.',
    '',
    `Last run: ${r.date}, ${r.machine.cpus} × ${r.machine.cpu}, Node ${r.machine.node}, ${r.machine.chromium}, load average ${r.machine.load.map((l) => l.toFixed(1)).join(' / ')} at the start; medians of ${r.runs} rounds.`,
    '',
    `## Targets: ${met} of ${r.targets.length} met`,
    '',
    '| | target | measured |',
    '| --- | --- | --- |',
    ...r.targets.map((t) => `| ${t.pass ? 'pass' : '**fail**'} | ${t.label} | ${t.measured} |`),
    '',
    '## Cost against page size',
    '',
    "![Cost in milliseconds against page size: the floor, the browser's innerText, Sceptic in the page and in all, Readability](performance.svg)",
    '',
    mdTable(r.pages),
    '',
    "- **floor**: a bare `TreeWalker` over the page's text nodes, reading each node's text, in the page's main world: the least any extension that reads a page could pay. Repeated until 20 ms have passed, per walk.",
    "- **innerText**: `document.body.innerText`, the browser's own visible text of the page, computed in C++ over the laid-out page: what the least a reader pays once it must tell shown text from hidden (a second floor, not a target).",
    "- **Sceptic in page**: the content script's work on the page's main thread for a full scan, from its own `sceptic:scan` measure: the read (the sum of its slices, since it yields between them), sending the blocks to the worker and drawing the marks.",
    "- **engine**: the service worker's work for that scan, from its `sceptic:analyse` measure: checking the message against its schema and judging every sentence. It runs off the page's main thread.",
    '- **Sceptic total**: the two together, all the work Sceptic does for the page. The targets compare this with the floor.',
    "- **Readability**: `new Readability(document.cloneNode(true)).parse()` in the same page, Mozilla's reader view, an extension-grade reader of the whole page (the clone is part of its work).",
    '- **after one change**: one text node in the middle of the page rewritten; the re-scan it causes (in the page and in the worker), and its share of a full scan.',
    "- **longest**: the longest stretch of Sceptic's work without a yield, in any scan of the page; after a slash, the longest long task (over 50 ms) the browser reported while Sceptic was scanning, when there was one.",
    "- **wall**: from the start of the read to the marks drawn, with the waits between slices (Sceptic keeps to a share of each second of the page's thread).",
    '',
    'The generated pages are product pages built by `scripts/bench/generate.ts`: navigation, hero, stat cards, feature cards, testimonials, pricing, FAQ, long articles, footnotes, some of it hidden by the stylesheet, almost every sentence different. The other rows are the example pages in `examples/`.',
    '',
    '## As the page opens',
    '',
    '| page | first look ms | first report after navigation ms | badge settled after load ms | badge |',
    '| --- | ---: | ---: | ---: | :---: |',
    ...[...r.pages, ...(r.settlePages ?? [])].map(
      (p) => `| ${p.name} | ${ms(p.probeMs)} | ${p.firstReportMs ? ms(p.firstReportMs) : '–'} | ${ms(p.settleMs)} | ${p.settleBadge || '(none)'} |`,
    ),
    '',
    'The badge settles as soon as the page is quiet: a page still changing (a single-page app rendering its copy) is read once it has been quiet for a moment, and the longest wait is kept for pages that keep changing. The short pages are read only for this column: a product page without headings, and a page that sells nothing.',
    '',
    'Before any full read, Sceptic takes a cheap first look (title, meta, headings, buttons, a pricing section) and reads the page in full only when that look finds a product page.',
    '',
    '## The engine alone',
    '',
    `\`scoreClaim\` over the ${count(r.engine.sentences)} sentences of the labelled corpus, in Node, against [write-good](https://github.com/btford/write-good) on the same sentences, ${r.engine.rounds} alternating rounds: **${count(r.engine.scepticMedian)} sentences per second** (write-good: ${count(r.engine.writeGoodMedian)}).`,
    '',
    `The content script's bundle is ${count(r.bundle.bytes)} bytes; the popup's first paint came ${ms(r.popup.paintMs)} ms after it was opened (${r.popup.entry}, median).`,
    '',
    '## Reading these numbers',
    '',
  ];
  if (g10 && g100) {
    lines.push(
      `- The floor is a walk the browser does in C++ at about ${ms((g100.floorMs * 1e6) / g100.texts)} ns per text node. Sceptic does far more per node and per sentence: it decides what is visible and what role each block plays (hero, pricing, footnote, testimonial), links footnotes and nearby study links to the claims they back, and judges every sentence against ${'every rule of the rubric'}. On the 10,000-node page that is ${times(g10.pageMs / g10.floorMs)} the floor in the page and ${times(g10.totalMs / g10.floorMs)} in all; on the 100,000-node page ${times(g100.pageMs / g100.floorMs)} and ${times(g100.totalMs / g100.floorMs)}.`,
      `- The floor never asks what shows. The browser's own \`innerText\`, which does, costs ${times(g10.innerTextMs / g10.floorMs)} and ${times(g100.innerTextMs / g100.floorMs)} the floor on the 10,000- and 100,000-node pages; no reader that tells shown text from hidden, let alone one that then judges every sentence, can come within ${LIMITS.floorRatio}× of a walk that does not.`,
      `- Readability, which also reads the whole page to understand it, needs ${times(g10.readabilityMs / g10.floorMs)} and ${times(g100.readabilityMs / g100.floorMs)} the floor on the same pages. It does all of its work on the page's thread; Sceptic does its judging in the service worker, so the page waits for ${times(g10.pageMs / g10.readabilityMs)} and ${times(g100.pageMs / g100.readabilityMs)} of Readability's time on those pages, while the whole of Sceptic's work (page and worker) is ${times(g10.totalMs / g10.readabilityMs)} and ${times(g100.totalMs / g100.readabilityMs)} of it.`,
      `- Past ${count(5000)} blocks or ${count(600_000)} characters Sceptic skims the rest of a page for its headings, pricing, FAQ and footnotes, so its cost stops growing with the page long before 100,000 nodes: the 100,000-node page costs ${times(g100.totalMs / g10.totalMs)} the 10,000-node one.`,
    );
  }
  if (examples.length) {
    const worst = examples.reduce((a, p) => Math.max(a, p.totalMs / p.readabilityMs), 0);
    const worstPage = examples.reduce((a, p) => Math.max(a, p.pageMs / p.readabilityMs), 0);
    lines.push(
      `- On the example pages (a few hundred nodes, where fixed costs and a content script not yet optimised by the JavaScript engine weigh most) Sceptic's whole scan takes at most ${times(worst)} Readability's time, and its part on the page's thread at most ${times(worstPage)}.`,
    );
  }
  const stall = max(r.pages.map((p) => p.stallMs));
  lines.push(
    `- Timings are wall-clock. A bare arithmetic loop in the same pages paused for up to ${ms(stall)} ms in a second (the operating system and the browser taking the thread): a stretch of Sceptic's work, or of anything else, can be that much longer on this machine.`,
    '',
    '## Running it',
    '',
    '```sh',
    'npm run bench                 # build into .output-bench, measure, print, write docs/performance.{md,json,svg}',
    'npm run bench -- --runs 11    # more rounds',
    'npm run bench -- --no-write   # print only',
    '```',
    '',
    "The command exits with a non-zero status when a target is not met. Every number comes from the same run and the same pages; rounds rotate the order of floor, Sceptic, Readability and innerText, each starts from a collected heap, and the medians are printed. Sceptic's rounds on one page keep within the tab's share of the engine (`entrypoints/background/budget.ts`, the defence against a flooding tab): a round waits, outside every measure, until the tab may scan again without being held back, so that the engine's time is its work and not a wait no reader asking for one scan meets. On a busy machine the absolute times grow, the ratios much less. Sceptic's measures (`sceptic:probe`, `sceptic:scan` in the page, `sceptic:analyse` in the worker) are read from the benchmark's own build: the page's measures exist only there (built with `WXT_SCEPTIC_MEASURE=1`), since a page shares its performance timeline and could tell from them that Sceptic is there; the worker's are in every build, out of any page's reach.",
    '',
  );
  return lines.join('\n');
}

/** The chart: cost against page size, both on logarithmic scales. */
export function svgChart(pages: PageSummary[]): string {
  const gen = pages.filter((p) => p.generated).sort((a, b) => a.nodes - b.nodes);
  const W = 720;
  const H = 420;
  const m = { l: 70, r: 190, t: 40, b: 56 };
  const series = [
    { name: 'floor (TreeWalker)', colour: '#57606a', dash: '4 3', value: (p: PageSummary) => p.floorMs },
    { name: 'innerText (browser)', colour: '#8250df', dash: '2 3', value: (p: PageSummary) => p.innerTextMs },
    { name: 'Sceptic in the page', colour: '#1a7f37', dash: '', value: (p: PageSummary) => p.pageMs },
    { name: 'Sceptic in all', colour: '#0969da', dash: '', value: (p: PageSummary) => p.totalMs },
    { name: 'Readability', colour: '#cf222e', dash: '', value: (p: PageSummary) => p.readabilityMs },
  ];
  const values = gen.flatMap((p) => series.map((s) => s.value(p))).filter((v) => v > 0 && Number.isFinite(v));
  const yMin = 10 ** Math.floor(Math.log10(Math.min(...values, 1)));
  const yMax = 10 ** Math.ceil(Math.log10(Math.max(...values, 10)));
  const xMin = 10 ** Math.floor(Math.log10(Math.min(...gen.map((p) => p.nodes), 1000)));
  const xMax = 10 ** Math.ceil(Math.log10(Math.max(...gen.map((p) => p.nodes), 100_000)));
  const x = (n: number) => m.l + ((Math.log10(n) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * (W - m.l - m.r);
  const y = (v: number) => H - m.b - ((Math.log10(v) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * (H - m.t - m.b);
  const f = (n: number) => n.toFixed(1);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12">`,
    '<title>Cost of reading a page against its size</title>',
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${m.l}" y="22" font-size="14" font-weight="600" fill="#1f2328">Milliseconds per scan against page size (both axes logarithmic)</text>`,
  ];
  for (let v = yMin; v <= yMax * 1.0001; v *= 10) {
    out.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${f(y(v))}" y2="${f(y(v))}" stroke="#d0d7de" stroke-width="1"/>`);
    out.push(`<text x="${m.l - 8}" y="${f(y(v) + 4)}" text-anchor="end" fill="#57606a">${v >= 1 ? v.toLocaleString('en') : v}</text>`);
  }
  for (let n = xMin; n <= xMax * 1.0001; n *= 10) {
    out.push(`<line x1="${f(x(n))}" x2="${f(x(n))}" y1="${m.t}" y2="${H - m.b}" stroke="#d0d7de" stroke-width="1"/>`);
    out.push(`<text x="${f(x(n))}" y="${H - m.b + 18}" text-anchor="middle" fill="#57606a">${n.toLocaleString('en')}</text>`);
  }
  out.push(`<text x="${f((m.l + W - m.r) / 2)}" y="${H - 14}" text-anchor="middle" fill="#1f2328">DOM nodes in the page</text>`);
  out.push(`<text transform="translate(18 ${f((m.t + H - m.b) / 2)}) rotate(-90)" text-anchor="middle" fill="#1f2328">milliseconds (median)</text>`);
  series.forEach((s, i) => {
    const pts = gen.map((p) => [x(p.nodes), y(Math.max(s.value(p), yMin))] as const);
    if (pts.length) {
      out.push(
        `<polyline fill="none" stroke="${s.colour}" stroke-width="2.5"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''} points="${pts.map(([a, b]) => `${f(a)},${f(b)}`).join(' ')}"/>`,
      );
      for (const [a, b] of pts) out.push(`<circle cx="${f(a)}" cy="${f(b)}" r="3.5" fill="${s.colour}"/>`);
    }
    const ly = m.t + 10 + i * 24;
    out.push(
      `<line x1="${W - m.r + 16}" x2="${W - m.r + 40}" y1="${ly}" y2="${ly}" stroke="${s.colour}" stroke-width="2.5"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
    );
    out.push(`<text x="${W - m.r + 46}" y="${ly + 4}" fill="#1f2328">${s.name}</text>`);
  });
  out.push('</svg>', '');
  return out.join('\n');
}
