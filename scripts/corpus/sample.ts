// Draws the real-copy corpus (tests/corpus/real.jsonl) from the shared sources:
// every sentence of every row, then a deterministic draw by hash from each pool, and
// the split by hash of the product (so one product's sentences never straddle train
// and test). Labels are added later by hand; this script writes only text, where it
// came from and its split, and refuses to overwrite a file that already has labels.
//   npx tsx scripts/corpus/sample.ts          write tests/corpus/real.jsonl
//   npx tsx scripts/corpus/sample.ts --check  exit 1 when the file differs from a fresh draw
//   npx tsx scripts/corpus/sample.ts --more [--check]  the same for the second draw, tests/corpus/real-more.jsonl
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../eval/corpus';

const SHARED = resolve(ROOT, '../shared/corpus');
const FIRST = resolve(ROOT, 'tests/corpus/real.jsonl');
const OLD = resolve(ROOT, 'tests/corpus/labelled.jsonl');
const MORE = resolve(ROOT, 'tests/corpus/real-more.jsonl');

export type Origin = 'vendor-en' | 'machine-translated' | 'native';
export interface Drawn {
  id: string;
  text: string;
  lang: 'en' | 'zh';
  origin: Origin;
  /** shared file, 1-based line, field and the sentence's 1-based index within that field. */
  file: string;
  line: number;
  field: string;
  sentence: number;
  /** The product the sentence belongs to: the unit of the split. */
  group: string;
  split: 'train' | 'dev' | 'test';
}

const hash = (s: string): number => Number.parseInt(createHash('sha256').update(s).digest('hex').slice(0, 12), 16);

/** 30% test, 15% dev, 55% train, by the product's hash: frozen once the file is committed. */
export function splitOf(group: string): Drawn['split'] {
  const h = hash(`split:${group}`) % 100;
  return h < 30 ? 'test' : h < 45 ? 'dev' : 'train';
}

const segmenters = { en: new Intl.Segmenter('en', { granularity: 'sentence' }), zh: new Intl.Segmenter('zh', { granularity: 'sentence' }) };

function sentences(text: string, lang: 'en' | 'zh'): string[] {
  const out: string[] = [];
  for (const part of text.split(/\n+/)) {
    for (const s of segmenters[lang].segment(part)) {
      const t = s.segment.replace(/^[\s*•\-–]+/u, '').trim();
      if (t.length >= (lang === 'zh' ? 4 : 8) && t.length <= 400) out.push(t);
    }
  }
  return out;
}

const readJsonl = (name: string): Record<string, unknown>[] =>
  readFileSync(resolve(SHARED, name), 'utf8')
    .split('\n')
    .map((l) => (l.trim() ? (JSON.parse(l) as Record<string, unknown>) : {}));

type Candidate = Omit<Drawn, 'id' | 'split'>;

export function pools(): Record<string, Candidate[]> {
  const out: Record<string, Candidate[]> = { 'vendor-en': [], 'directory-zh': [], 'ph-zh': [], 'native-readme': [], 'native-list': [] };
  readJsonl('ai-product-copy.jsonl').forEach((row, i) => {
    if (!row.name) return;
    const lang = row.lang === 'zh' ? 'zh' : 'en';
    for (const field of ['tagline', 'description'] as const) {
      sentences(String(row[field] ?? ''), lang).forEach((text, k) => {
        (lang === 'en' ? out['vendor-en'] : out['directory-zh'])?.push({
          text,
          lang,
          origin: lang === 'en' ? 'vendor-en' : 'machine-translated',
          file: 'ai-product-copy.jsonl',
          line: i + 1,
          field,
          sentence: k + 1,
          group: `product:${String(row.name).toLowerCase()}`,
        });
      });
    }
  });
  readJsonl('ph-launches.jsonl').forEach((row, i) => {
    if (!row.name) return;
    for (const field of ['tagline_zh', 'description_zh'] as const) {
      sentences(String(row[field] ?? ''), 'zh').forEach((text, k) => {
        out['ph-zh']?.push({
          text,
          lang: 'zh',
          origin: 'machine-translated',
          file: 'ph-launches.jsonl',
          line: i + 1,
          field,
          sentence: k + 1,
          group: `ph:${String(row.ph_url)}`,
        });
      });
    }
  });
  readJsonl('zh-native-copy.jsonl').forEach((row, i) => {
    if (!row.text || row.near_dup === true) return;
    const text = String(row.text).trim();
    const kind = row.source_kind === 'list' ? 'native-list' : 'native-readme';
    out[kind]?.push({
      text,
      lang: 'zh',
      origin: 'native',
      file: 'zh-native-copy.jsonl',
      line: i + 1,
      field: 'text',
      sentence: 1,
      // README lines of one product are many and varied: each sentence is its own unit; a list entry is one product.
      group: kind === 'native-list' ? `native:${String(row.product)}` : `native:${text}`,
    });
  });
  return out;
}

/** How many to draw from each pool, and the words whose sentences are drawn first: the hard negatives and the shapes that matter. */
const QUOTA: Record<string, number> = { 'vendor-en': 2550, 'directory-zh': 330, 'ph-zh': 520, 'native-readme': 450, 'native-list': 330 };
const PRIORITY =
  /instant|real[- ]time|one[- ]click|up to \d|\d+ ?(?:gb|mb|tb)\b|per month|\/month|plan\b|tier|free trial|billed|subscription|credits?\b|实时|即时|一键|免费试用|套餐|会员|按月|每月|额度|最多|上限/iu;

/** The sentences of the project's own corpus, which neither draw takes again. */
function oldTexts(): string[] {
  return readFileSync(OLD, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

export function draw(): Drawn[] {
  const old = new Set(oldTexts().map((t) => t.trim()));
  const seen = new Set<string>();
  const drawn: Drawn[] = [];
  for (const [pool, items] of Object.entries(pools())) {
    const quota = QUOTA[pool] ?? 0;
    const fresh = items.filter((c) => {
      const key = c.text.normalize('NFKC').toLowerCase();
      if (seen.has(key) || old.has(c.text)) return false;
      seen.add(key);
      return true;
    });
    // A quarter of the quota goes to sentences with the hard-negative words, the rest by plain hash order.
    const ranked = fresh.map((c) => ({ c, h: hash(`${pool}:${c.file}:${c.line}:${c.field}:${c.sentence}`) })).sort((a, b) => a.h - b.h);
    const priority = ranked.filter((r) => PRIORITY.test(r.c.text)).slice(0, Math.floor(quota / 4));
    const chosen = new Set(priority);
    for (const r of ranked) {
      if (chosen.size >= quota) break;
      chosen.add(r);
    }
    for (const r of [...chosen].sort((a, b) => a.h - b.h)) drawn.push({ ...r.c, id: '', split: splitOf(r.c.group) });
  }
  const counters = { en: 0, zh: 0 };
  for (const d of drawn) d.id = `r${d.lang}-${String(++counters[d.lang]).padStart(4, '0')}`;
  return drawn;
}

/**
 * The second draw (tests/corpus/real-more.jsonl), for learning and tuning only: sentences
 * not in the first draw nor in labelled.jsonl, from products whose split is train or dev.
 * A product of the frozen test split is never drawn again, so the test split stays as it
 * was committed and no sentence of its products reaches training.
 */
const MORE_QUOTA: Record<string, number> = { 'vendor-en': 750, 'directory-zh': 0, 'ph-zh': 450, 'native-readme': 456, 'native-list': 315 };

export function drawMore(): Drawn[] {
  const first = draw();
  const seen = new Set(first.map((d) => d.text.normalize('NFKC').toLowerCase()));
  const old = new Set(oldTexts().map((t) => t.normalize('NFKC').toLowerCase()));
  const drawn: Drawn[] = [];
  for (const [pool, items] of Object.entries(pools())) {
    const quota = MORE_QUOTA[pool] ?? 0;
    const fresh = items.filter((c) => {
      const key = c.text.normalize('NFKC').toLowerCase();
      if (seen.has(key) || old.has(key) || splitOf(c.group) === 'test') return false;
      seen.add(key);
      return true;
    });
    const ranked = fresh.map((c) => ({ c, h: hash(`more:${pool}:${c.file}:${c.line}:${c.field}:${c.sentence}`) })).sort((a, b) => a.h - b.h);
    for (const r of ranked.slice(0, quota)) drawn.push({ ...r.c, id: '', split: splitOf(r.c.group) });
  }
  const counters = { en: 0, zh: 0 };
  for (const d of drawn) d.id = `m${d.lang}-${String(++counters[d.lang]).padStart(4, '0')}`;
  return drawn;
}

function line(d: Drawn): string {
  const { id, text, lang, origin, file, line, field, sentence, split } = d;
  return JSON.stringify({ id, text, lang, origin, source: `${file}:${line}:${field}:${sentence}`, split });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const more = process.argv.includes('--more');
  const OUT = more ? MORE : FIRST;
  const name = more ? 'tests/corpus/real-more.jsonl' : 'tests/corpus/real.jsonl';
  const body = `${(more ? drawMore() : draw()).map(line).join('\n')}\n`;
  if (process.argv.includes('--check')) {
    const have = readFileSync(OUT, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const { id, text, lang, origin, source, split } = JSON.parse(l) as Record<string, unknown>;
        return JSON.stringify({ id, text, lang, origin, source, split });
      })
      .join('\n');
    if (`${have}\n` !== body) {
      console.error(`${name} differs from a fresh draw of the shared corpus.`);
      process.exitCode = 1;
    } else console.log(`${name} matches a fresh draw.`);
  } else if (existsSync(OUT) && readFileSync(OUT, 'utf8').includes('"label"')) {
    console.error(`${name} already holds labels: not overwriting it.`);
    process.exitCode = 1;
  } else {
    writeFileSync(OUT, body);
    console.log(`Wrote ${body.split('\n').length - 1} sentences to ${name}.`);
  }
}
