// Benchmark of `sceptic score`: pushes N lines (default 100,000, built from the corpus)
// through the same streaming code the command uses, into a sink that reads slowly so
// that backpressure is exercised, and prints throughput and resident memory after a
// warm-up and at the end. Constant memory shows as a flat RSS.
//   npx tsx scripts/bench/cli-score.ts [lines]
import { readFileSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { scoreStream } from '../../cli/score';

const total = Number(process.argv[2] ?? 100_000);
const corpus = readFileSync(new URL('../../tests/corpus/labelled.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { text: string; lang: string; notes?: string[]; links?: unknown[] });

function* input(): Generator<string> {
  for (let i = 0; i < total; i++) {
    const item = corpus[i % corpus.length];
    if (!item) continue;
    // Every 50th line is malformed, as real input sometimes is.
    yield i % 50 === 49 ? '{"id": oops\n' : `${JSON.stringify({ id: i, text: item.text, lang: item.lang, notes: item.notes, links: item.links })}\n`;
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
let answered = 0;
let outBytes = 0;
let peak = 0;
const samples: Array<{ lines: number; rss: number }> = [];
const sink = new Writable({
  highWaterMark: 16 * 1024,
  write(chunk: Buffer, _enc, done) {
    outBytes += chunk.length;
    for (const b of chunk) if (b === 10) answered++;
    const rss = process.memoryUsage().rss;
    peak = Math.max(peak, rss);
    if (samples.length === 0 ? answered >= total / 10 : answered >= (samples.at(-1)?.lines ?? 0) + total / 10) samples.push({ lines: answered, rss });
    // A slow reader: the stream must wait for it instead of queueing output in memory.
    setImmediate(done);
  },
});

const start = performance.now();
const rssStart = process.memoryUsage().rss;
await scoreStream(Readable.from(input(), { objectMode: false }), sink);
await new Promise<void>((ok) => sink.end(ok));
const seconds = (performance.now() - start) / 1000;

console.log(
  `sceptic score: ${answered.toLocaleString('en')} lines answered of ${total.toLocaleString('en')} in ${seconds.toFixed(1)} s (${Math.round(answered / seconds).toLocaleString('en')} lines/s), ${mb(outBytes)} written`,
);
console.log(`RSS: ${mb(rssStart)} at start, peak ${mb(peak)}`);
for (const s of samples) console.log(`  after ${s.lines.toLocaleString('en').padStart(9)} lines: ${mb(s.rss)}`);
const first = samples[0]?.rss ?? rssStart;
const last = samples.at(-1)?.rss ?? first;
console.log(`growth from the first tenth to the end: ${mb(last - first)}`);
if (answered !== total) {
  console.error(`expected ${total} answers, got ${answered}`);
  process.exitCode = 1;
}
