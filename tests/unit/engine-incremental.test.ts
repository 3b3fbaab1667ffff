// The incremental analyser keeps each block's judgement and reuses it while the block stays
// the same. Whatever the edits, its report must be the one analyse() gives for the same
// blocks and options, and it must judge again only what changed.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { scrape } from '../../entrypoints/content/scrape';
import { createAnalyser } from '../../heuristics/incremental';
import { analyse } from '../../heuristics/index';
import { type AnalyseOptions, ROLES, RUBRIC_IDS, type TextBlock } from '../../heuristics/types';

const dir = fileURLToPath(new URL('../../examples/', import.meta.url));

/** Blocks of the example pages, read by the content script's scraper: real copy with notes, links and testimonials. */
function examplePool(): TextBlock[] {
  const out: TextBlock[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const window = new Window({ url: 'http://localhost/', settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
    const doc = window.document as unknown as Document;
    doc.write(readFileSync(`${dir}${file}`, 'utf8'));
    for (const b of scrape(doc).blocks) out.push({ ...b, id: `${file}:${b.id}` });
    void window.happyDOM.close();
  }
  return out;
}

const POOL = examplePool();

const EXTRA_TEXT = [
  'Saves 80% of your reporting work.',
  '— Dana Reyes, Head of Support, Larkspur',
  'Sarah, Marketing',
  'In a 2024 randomized trial with 312 analysts, median report time fell 31% compared with a control group.',
  '一键生成周报，效率提升10倍。',
  'Trusted by 40,000+ teams worldwide.',
  'Export to PDF and PowerPoint.',
  '',
  '“It cut our reporting time in half.”',
];

const sensitivity = fc.constantFrom<AnalyseOptions['sensitivity']>('lenient', 'normal', 'strict', undefined);
const options: fc.Arbitrary<AnalyseOptions> = fc.record(
  { sensitivity, disabledRubrics: fc.subarray([...RUBRIC_IDS], { maxLength: 3 }) },
  { requiredKeys: [] },
) as fc.Arbitrary<AnalyseOptions>;

const fromPool = fc.integer({ min: 0, max: POOL.length - 1 }).map((i) => POOL[i] as TextBlock);
const text = fc.oneof(
  fc.constantFrom(...EXTRA_TEXT),
  fromPool.map((b) => b.text),
);

type Edit =
  | { t: 'text'; at: number; text: string }
  | { t: 'append'; at: number; text: string }
  | { t: 'role'; at: number; role: TextBlock['role'] }
  | { t: 'insert'; at: number; block: TextBlock }
  | { t: 'remove'; at: number }
  | { t: 'move'; at: number; to: number }
  | { t: 'notes'; at: number; from: number }
  | { t: 'links'; at: number; from: number }
  | { t: 'id'; at: number; id: string }
  | { t: 'options'; options: AnalyseOptions };

const at = fc.nat({ max: 1000 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ t: fc.constant('text' as const), at, text }),
  fc.record({ t: fc.constant('append' as const), at, text }),
  fc.record({ t: fc.constant('role' as const), at, role: fc.constantFrom(...ROLES) }),
  fc.record({ t: fc.constant('insert' as const), at, block: fromPool }),
  fc.record({ t: fc.constant('remove' as const), at }),
  fc.record({ t: fc.constant('move' as const), at, to: at }),
  fc.record({ t: fc.constant('notes' as const), at, from: at }),
  fc.record({ t: fc.constant('links' as const), at, from: at }),
  fc.record({ t: fc.constant('id' as const), at, id: fc.string({ maxLength: 6 }) }),
  fc.record({ t: fc.constant('options' as const), options }),
);

/** Apply an edit to a copy of the list (blocks are replaced, never changed in place, as a new message would bring them). */
function apply(blocks: TextBlock[], e: Edit, opts: AnalyseOptions): [TextBlock[], AnalyseOptions] {
  if (e.t === 'options') return [blocks, e.options];
  const list = [...blocks];
  if (e.t === 'insert') {
    list.splice(e.at % (list.length + 1), 0, { ...e.block, id: `new${e.at}` });
    return [list, opts];
  }
  if (!list.length) return [list, opts];
  const i = e.at % list.length;
  const b = list[i] as TextBlock;
  switch (e.t) {
    case 'text':
      list[i] = { ...b, text: e.text };
      break;
    case 'append':
      list[i] = { ...b, text: `${b.text} ${e.text}` };
      break;
    case 'role':
      list[i] = { ...b, role: e.role };
      break;
    case 'remove':
      list.splice(i, 1);
      break;
    case 'move': {
      list.splice(i, 1);
      list.splice(e.to % (list.length + 1), 0, b);
      break;
    }
    case 'notes': {
      const donor = POOL.find((p, k) => k >= e.from % POOL.length && p.notes?.length) ?? POOL.find((p) => p.notes?.length);
      list[i] = b.notes ? { ...b, notes: undefined } : { ...b, notes: donor?.notes };
      break;
    }
    case 'links': {
      const donor = POOL.find((p, k) => k >= e.from % POOL.length && p.links?.length) ?? POOL.find((p) => p.links?.length);
      list[i] = b.links ? { ...b, links: undefined } : { ...b, links: donor?.links };
      break;
    }
    case 'id':
      list[i] = { ...b, id: e.id };
      break;
  }
  return [list, opts];
}

describe('createAnalyser', () => {
  it('the pool holds what makes blocks depend on more than their text: notes, links, testimonials', () => {
    expect(POOL.length).toBeGreaterThan(100);
    expect(POOL.some((b) => b.notes?.length)).toBe(true);
    expect(POOL.some((b) => b.links?.length)).toBe(true);
    expect(POOL.some((b) => b.role === 'testimonial')).toBe(true);
  });

  it('gives the report analyse() gives, after any sequence of edits and option changes', () => {
    fc.assert(
      fc.property(fc.array(fromPool, { minLength: 0, maxLength: 40 }), options, fc.array(edit, { maxLength: 10 }), (start, opts0, edits) => {
        const analyser = createAnalyser();
        let blocks = start.map((b, i) => ({ ...b, id: `${i}:${b.id}` }));
        let opts = opts0;
        expect(analyser.analyse(blocks, opts)).toEqual(analyse(blocks, opts));
        for (const e of edits) {
          [blocks, opts] = apply(blocks, e, opts);
          expect(analyser.analyse(blocks, opts)).toEqual(analyse(blocks, opts));
          expect(analyser.size).toBeLessThanOrEqual(blocks.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('after one block changes, judges that block again and reuses the rest', () => {
    const page = POOL.filter((b) => b.id.startsWith('slidecraft.html:'));
    expect(page.length).toBeGreaterThan(20);
    const analyser = createAnalyser();
    analyser.analyse(page);
    const distinct = analyser.size;
    expect(analyser.stats).toEqual({ blocks: page.length, judged: distinct, reused: page.length - distinct });
    const i = page.findIndex((b) => b.role === 'feature');
    const edited = page.map((b, k) => (k === i ? { ...b, text: `${b.text} Now 3x faster.` } : b));
    const report = analyser.analyse(edited);
    expect(analyser.stats).toEqual({ blocks: page.length, judged: 1, reused: page.length - 1 });
    expect(report).toEqual(analyse(edited));
    expect(report.claims.some((c) => c.text.includes('Now 3x faster'))).toBe(true);
  });

  it('judges a testimonial again when the line that attributes it changes', () => {
    const blocks: TextBlock[] = [
      { id: 'q', text: '“It cut our reporting time in half.”', role: 'testimonial' },
      { id: 'who', text: 'Sarah, Marketing', role: 'testimonial' },
    ];
    const analyser = createAnalyser();
    analyser.analyse(blocks);
    const named = [blocks[0] as TextBlock, { id: 'who', text: '— Dana Reyes, Head of Support, Larkspur', role: 'testimonial' as const }];
    expect(analyser.analyse(named)).toEqual(analyse(named));
    expect(analyser.stats.judged).toBe(2);
  });

  it('judges everything again when the options change, and forgets on clear()', () => {
    const page = POOL.filter((b) => b.id.startsWith('weeklypilot.html:'));
    const analyser = createAnalyser();
    analyser.analyse(page);
    analyser.analyse(page, { sensitivity: 'strict' });
    expect(analyser.stats.judged).toBe(analyser.size);
    expect(analyser.analyse(page, { sensitivity: 'strict' })).toEqual(analyse(page, { sensitivity: 'strict' }));
    expect(analyser.stats.judged).toBe(0);
    analyser.clear();
    expect(analyser.size).toBe(0);
    analyser.analyse(page);
    expect(analyser.stats.reused).toBe(page.length - analyser.size);
  });

  it('keeps only the blocks of the last page it read', () => {
    const analyser = createAnalyser();
    analyser.analyse(POOL);
    analyser.analyse(POOL.slice(0, 5));
    expect(analyser.size).toBeLessThanOrEqual(5);
    analyser.analyse([]);
    expect(analyser.size).toBe(0);
  });

  it('reads malformed input as analyse() does', () => {
    const junk = [null, { id: 'x' }, { id: 'y', text: 'Saves 80% of your time.', role: 'nonsense' }, 7] as unknown as TextBlock[];
    expect(createAnalyser().analyse(junk)).toEqual(analyse(junk));
  });
});

describe('prepare: a large page judged ahead in slices', () => {
  const page = (n: number): TextBlock[] =>
    Array.from(
      { length: n },
      (_, i) =>
        ({
          id: `b${i}`,
          role: i === 0 ? 'hero' : i % 9 === 0 ? 'pricing' : 'body',
          text: `Block ${i}: our AI saves ${i % 90}% of your time, $${i} a month.`,
        }) as TextBlock,
    );

  it('stops when told, goes on where it stopped, and the analysis after it is the analysis without it', () => {
    const blocks = page(300);
    const sliced = createAnalyser();
    let slices = 0;
    for (;;) {
      let budget = 5; // more() is asked every eight blocks: about 40 blocks a slice
      slices++;
      if (sliced.prepare(blocks, {}, () => budget-- > 0)) break;
      expect(slices).toBeLessThan(300);
    }
    expect(slices).toBeGreaterThan(1);
    const report = sliced.analyse(blocks, {});
    expect(report).toEqual(analyse(blocks, {}));
    // Everything was judged ahead, once.
    expect(sliced.stats.judged).toBe(new Set(blocks.map((b) => b.text)).size);
    // A second analysis of the same page reuses it all.
    sliced.analyse(blocks, {});
    expect(sliced.stats.judged).toBe(0);
  });

  it('judges ahead only what the last analysis does not hold', () => {
    const blocks = page(50);
    const a = createAnalyser();
    a.analyse(blocks, {});
    const changed = blocks.map((b, i) => (i === 7 ? { ...b, text: `${b.text} Guaranteed.` } : b));
    let asked = 0;
    expect(
      a.prepare(changed, {}, () => {
        asked++;
        return true;
      }),
    ).toBe(true);
    expect(asked).toBeGreaterThan(0);
    expect(a.analyse(changed, {})).toEqual(analyse(changed, {}));
    expect(a.stats.judged).toBe(1);
  });
});
