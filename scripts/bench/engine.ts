// The engine on its own, in Node: scoreClaim over every sentence of the labelled corpus,
// against write-good (a popular prose linter that also reads sentence by sentence) on the
// same sentences. Rounds alternate between the two so that both meet the same machine.
// The engine is measured as the extension ships it: bundled into one module by Vite (as in
// the service worker), not as tsx runs its sources one module at a time (a third slower).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { scoreClaim as ScoreClaim, ScoreClaimOptions } from '../../heuristics/index';
import { readCorpus } from '../eval/corpus';
import { median } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');

/** heuristics/index.ts bundled into one ES module, as the background's bundle holds it. */
async function bundledEngine(): Promise<{ scoreClaim: typeof ScoreClaim; dispose(): void }> {
  const outDir = mkdtempSync(join(tmpdir(), 'sceptic-engine-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    publicDir: false,
    build: {
      ssr: resolve(ROOT, 'heuristics/index.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'engine.mjs' } },
    },
  });
  const mod = (await import(pathToFileURL(join(outDir, 'engine.mjs')).href)) as { scoreClaim: typeof ScoreClaim };
  return { scoreClaim: mod.scoreClaim, dispose: () => rmSync(outDir, { recursive: true, force: true }) };
}

type WriteGood = (text: string) => unknown[];

export interface EngineResult {
  sentences: number;
  rounds: number;
  /** Sentences per second, each round's. */
  sceptic: number[];
  writeGood: number[];
  scepticMedian: number;
  writeGoodMedian: number;
}

/** Sentences per second of `fn` over the corpus, run over it `passes` times. */
function throughput(fn: (i: number) => void, n: number, passes: number): number {
  const start = performance.now();
  for (let p = 0; p < passes; p++) for (let i = 0; i < n; i++) fn(i);
  return (n * passes) / ((performance.now() - start) / 1000);
}

export async function measureEngine(rounds: number, passes = 6): Promise<EngineResult> {
  const writeGood = createRequire(import.meta.url)('write-good') as WriteGood;
  const engine = await bundledEngine();
  const scoreClaim = engine.scoreClaim;
  const items = readCorpus();
  const texts = items.map((i) => i.text);
  const options: ScoreClaimOptions[] = items.map((i) => ({ lang: i.lang, ...(i.notes ? { notes: i.notes } : {}), ...(i.links ? { links: i.links } : {}) }));
  const sceptic = (i: number) => void scoreClaim(texts[i] as string, options[i]);
  const wg = (i: number) => void writeGood(texts[i] as string);
  // Warm up for a second and a half: both compiled and optimised before anything is timed.
  for (const until = performance.now() + 1500; performance.now() < until; ) {
    throughput(sceptic, texts.length, 2);
    throughput(wg, texts.length, 1);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2) {
      b.push(throughput(wg, texts.length, passes));
      a.push(throughput(sceptic, texts.length, passes));
    } else {
      a.push(throughput(sceptic, texts.length, passes));
      b.push(throughput(wg, texts.length, passes));
    }
  }
  engine.dispose();
  return { sentences: texts.length, rounds, sceptic: a, writeGood: b, scepticMedian: median(a), writeGoodMedian: median(b) };
}
