// The real-copy corpus: sentences of vendors' own copy, each labelled claim / puffery / no
// by two independent readers, their disagreements settled by a third reading. Two draws:
// tests/corpus/real.jsonl (the first, which holds the frozen test split) and
// tests/corpus/real-more.jsonl (the second, from products of the train and dev splits
// only). Read and checked line by line, like the written corpus.
import { readFileSync } from 'node:fs';
import { CLAIM_KINDS, type ClaimKind, type Lang, VERDICTS, type Verdict } from '../../heuristics/types';
import { CorpusError, ROOT } from './corpus';

export const REAL_PATH = 'tests/corpus/real.jsonl';
export const MORE_PATH = 'tests/corpus/real-more.jsonl';
/** Both draws, in order: the first holds the frozen test split, the second only train and dev. */
export const REAL_PATHS = [REAL_PATH, MORE_PATH] as const;
export type RealDraw = 'first' | 'second';
export const REAL_SPLITS = ['train', 'dev', 'test'] as const;
export type RealSplit = (typeof REAL_SPLITS)[number];
export const THREE = ['claim', 'puffery', 'no'] as const;
export type Three = (typeof THREE)[number];

export interface Reading {
  label: Three;
  kinds: ClaimKind[];
  verdict: Verdict | null;
}

export interface RealItem extends Reading {
  id: string;
  text: string;
  lang: Lang;
  origin: 'vendor-en' | 'machine-translated' | 'native';
  source: string;
  split: RealSplit;
  /** The two independent readings; the final label equals both when they agree. */
  a: Reading;
  b: Reading;
  /** How the final label was reached. */
  settled: 'agreed' | 'third';
  /** Which draw the sentence comes from. */
  draw: RealDraw;
}

function reading(v: unknown, where: string): Reading {
  const r = v as Record<string, unknown>;
  if (typeof r !== 'object' || r === null) throw new CorpusError(`${where}: not a reading`);
  if (!THREE.includes(r.label as Three)) throw new CorpusError(`${where}: "label" must be claim, puffery or no`);
  const kinds = Array.isArray(r.kinds) ? r.kinds.filter((k): k is ClaimKind => CLAIM_KINDS.includes(k as ClaimKind)) : [];
  const verdict = VERDICTS.includes(r.verdict as Verdict) ? (r.verdict as Verdict) : null;
  return r.label === 'claim' ? { label: 'claim', kinds, verdict: verdict ?? 'unsupported' } : { label: r.label as Three, kinds: [], verdict: null };
}

export function parseReal(text: string, path: string = REAL_PATH, draw: RealDraw = 'first'): RealItem[] {
  const items: RealItem[] = [];
  const ids = new Set<string>();
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    const where = `${path}:${i + 1}`;
    let v: Record<string, unknown>;
    try {
      v = JSON.parse(raw) as Record<string, unknown>;
    } catch (err) {
      throw new CorpusError(`${where}: not valid JSON: ${(err as Error).message}`);
    }
    const id = String(v.id ?? '');
    if (!id || ids.has(id)) throw new CorpusError(`${where}: missing or duplicate id`);
    ids.add(id);
    if (typeof v.text !== 'string' || !v.text.trim()) throw new CorpusError(`${where}: ${id} has no text`);
    if (v.lang !== 'en' && v.lang !== 'zh') throw new CorpusError(`${where}: ${id}: "lang" must be en or zh`);
    if (!REAL_SPLITS.includes(v.split as RealSplit)) throw new CorpusError(`${where}: ${id}: "split" must be train, dev or test`);
    if (draw === 'second' && v.split === 'test') throw new CorpusError(`${where}: ${id}: the second draw holds no test sentences`);
    const final = reading(v, where);
    items.push({
      ...final,
      id,
      text: v.text,
      lang: v.lang,
      origin: v.origin as RealItem['origin'],
      source: String(v.source ?? ''),
      split: v.split as RealSplit,
      a: reading(v.a, `${where} (a)`),
      b: reading(v.b, `${where} (b)`),
      settled: v.settled === 'third' ? 'third' : 'agreed',
      draw,
    });
  });
  return items;
}

/** The raw text of both draws, for the digest the report prints. */
export function readRealRaw(): string {
  return REAL_PATHS.map((p) => readFileSync(`${ROOT}${p}`, 'utf8')).join('');
}

/** Every sentence of both draws; ids are unique across them. */
export function readReal(): RealItem[] {
  const items = [
    ...parseReal(readFileSync(`${ROOT}${REAL_PATH}`, 'utf8'), REAL_PATH, 'first'),
    ...parseReal(readFileSync(`${ROOT}${MORE_PATH}`, 'utf8'), MORE_PATH, 'second'),
  ];
  const ids = new Set<string>();
  for (const i of items) {
    if (ids.has(i.id)) throw new CorpusError(`${i.id} is in both draws`);
    ids.add(i.id);
  }
  return items;
}

/** Cohen's kappa of two label lists. */
export function kappa(x: readonly string[], y: readonly string[]): number | null {
  const n = x.length;
  if (n === 0 || n !== y.length) return null;
  const labels = [...new Set([...x, ...y])];
  let agree = 0;
  for (let i = 0; i < n; i++) if (x[i] === y[i]) agree++;
  const po = agree / n;
  let pe = 0;
  for (const l of labels) pe += (x.filter((v) => v === l).length / n) * (y.filter((v) => v === l).length / n);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}
