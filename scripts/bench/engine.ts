// The engine on its own, in Node: scoreClaim over every sentence of the labelled corpus,
// against write-good (a popular prose linter that also reads sentence by sentence) on the
// same sentences. Rounds alternate between the two so that both meet the same machine.
import { createRequire } from 'node:module';
import { type ScoreClaimOptions, scoreClaim } from '../../heuristics/index';
import { readCorpus } from '../eval/corpus';
import { median } from './stats';

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

export function measureEngine(rounds: number, passes = 6): EngineResult {
  const writeGood = createRequire(import.meta.url)('write-good') as WriteGood;
  const items = readCorpus();
  const texts = items.map((i) => i.text);
  const options: ScoreClaimOptions[] = items.map((i) => ({ lang: i.lang, ...(i.notes ? { notes: i.notes } : {}), ...(i.links ? { links: i.links } : {}) }));
  const sceptic = (i: number) => void scoreClaim(texts[i] as string, options[i]);
  const wg = (i: number) => void writeGood(texts[i] as string);
  // Warm up: both compiled and optimised before anything is timed.
  throughput(sceptic, texts.length, 3);
  throughput(wg, texts.length, 3);
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
  return { sentences: texts.length, rounds, sceptic: a, writeGood: b, scepticMedian: median(a), writeGoodMedian: median(b) };
}
