// Properties that hold for any text at all: the engine never throws, always returns output
// valid under its schema, gives the same answer twice, and takes time in proportion to the
// length of its input (no regular expression that backtracks over the whole text).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, scoreClaim, segment } from '../../heuristics/index';
import { ClaimReportSchema, PageReportSchema } from '../../heuristics/schema';
import { ROLES, type TextBlock } from '../../heuristics/types';

/** Pieces the engine's patterns care about, so that random text often looks like copy. */
const TOKENS = [
  'Saves',
  ' 80%',
  ' of your',
  ' work',
  '10x',
  ' faster',
  'in seconds',
  'one-click',
  '一键生成',
  '效率提升',
  '10倍',
  '节省',
  '秒级',
  '赋能',
  'trusted by',
  ' 50,000+',
  ' teams',
  'compared with',
  ' a control group',
  'in a 2023 trial',
  ' with 486 agents',
  'up to',
  '100% accurate',
  'zero errors',
  'guaranteed',
  '“',
  '”',
  '"',
  ' — ',
  'Dr.',
  ' Inc.',
  'A.',
  ' ',
  '  ',
  '.',
  '。',
  '!',
  '？',
  '\n',
  ' · ',
  '|',
  '¹',
  '[1]',
  '*',
  '$',
  '€',
  '¥',
  '1',
  '2,',
  '000',
  '.5',
  '从',
  '到',
  '由',
  'from',
  ' to ',
  'by ',
  '(',
  ')',
  '（',
  '）',
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '\u202e',
  '\u200f',
  'مرحبا بالعالم',
  'שלום',
  '\ud800',
  '\udfff',
  '😀',
  '👩‍💻',
  'é',
  'e\u0301',
];

const copyLike = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  copyLike,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
);
const block: fc.Arbitrary<TextBlock> = fc.record({
  id: fc.string({ maxLength: 12 }),
  text: anyText,
  role: fc.constantFrom(...ROLES),
});

const RUNS = { numRuns: 300 };

describe('scoreClaim on any string', () => {
  it('does not throw and returns a report valid under ClaimReportSchema', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = scoreClaim(text);
        const parsed = ClaimReportSchema.safeParse(r);
        if (!parsed.success) throw new Error(parsed.error.message);
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(scoreClaim(text)).toEqual(scoreClaim(text));
      }),
      RUNS,
    );
  });

  it('is consistent: a claim has kinds, a score and a verdict; a non-claim has none', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = scoreClaim(text);
        if (r.isClaim) {
          expect(r.kinds.length).toBeGreaterThan(0);
          expect(r.score).not.toBeNull();
          expect(['supported', 'weak', 'unsupported']).toContain(r.verdict);
        } else {
          expect(r.kinds).toEqual([]);
          expect(r.score).toBeNull();
          expect(r.verdict).toBe('not-a-claim');
          expect(r.flags).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('points only inside the text it judged', () => {
    fc.assert(
      fc.property(copyLike, (text) => {
        const r = scoreClaim(text);
        for (const f of r.flags) {
          expect(f.span[0]).toBeGreaterThanOrEqual(0);
          expect(f.span[1]).toBeLessThanOrEqual(r.text.length);
        }
        for (const e of r.evidence) {
          if (e.span) expect(r.text.slice(e.span[0], e.span[1])).toBe(e.text);
        }
      }),
      RUNS,
    );
  });

  it('accepts every option combination without throwing', () => {
    fc.assert(
      fc.property(
        copyLike,
        fc.constantFrom('lenient', 'normal', 'strict') as fc.Arbitrary<'lenient' | 'normal' | 'strict'>,
        fc.subarray(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10'] as const),
        fc.array(anyText, { maxLength: 3 }),
        (text, sensitivity, disabledRubrics, context) => {
          const r = scoreClaim(text, { sensitivity, disabledRubrics: [...disabledRubrics], context, notes: [{ marker: '¹', text: context[0] ?? '' }] });
          expect(ClaimReportSchema.safeParse(r).success).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('segment on any string', () => {
  it('returns sentences whose offsets give back their text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const s of segment(text)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.trim()).toBe(s.text);
          expect(s.text.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });
});

describe('analyse on any blocks', () => {
  it('does not throw, returns a report valid under PageReportSchema, and is deterministic', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), (blocks) => {
        const a = analyse(blocks);
        const parsed = PageReportSchema.safeParse(a);
        if (!parsed.success) throw new Error(parsed.error.message);
        expect(analyse(blocks)).toEqual(a);
        if (a.grade !== null) expect(a.claims.length).toBeGreaterThanOrEqual(3);
      }),
      { numRuns: 150 },
    );
  });

  it('survives blocks that are not what the types promise', () => {
    const junk = [null, undefined, 42, { id: 'x' }, { id: 'y', text: 7, role: 'body' }, { id: 'z', text: 'Saves 80% of your work.', role: 'nonsense' }];
    expect(() => analyse(junk as unknown as TextBlock[])).not.toThrow();
    expect(PageReportSchema.safeParse(analyse(junk as unknown as TextBlock[])).success).toBe(true);
  });
});

/** The fastest of a few runs, in milliseconds. */
function time(fn: () => void, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('time linear in the input', () => {
  // Inputs built to make a careless pattern backtrack: long runs of what a pattern repeats.
  const ADVERSARIAL: Array<[string, string]> = [
    ['spaces', ' '],
    ['letters', 'a'],
    ['words', 'save '],
    ['digits', '1'],
    ['digit groups', '1,000 '],
    ['full stops', '.'],
    ['abbreviations', 'Dr. '],
    ['initials', 'A. '],
    ['footnote markers', '¹'],
    ['open quotes', '“'],
    ['percent', '80% '],
    ['from-to', 'from 4 '],
    ['Chinese', '效率'],
    ['Chinese from', '从'],
    ['Chinese numerals', '一二三'],
    ['compared', 'compared with '],
    ['parentheses', '('],
    ['zero-width', '\u200b'],
    ['right-to-left', '\u202eשלום '],
    ['emoji', '👩‍💻'],
    ['copy', 'Saves 80% of your PPT work in seconds, trusted by 50,000+ teams. '],
    ['Chinese copy', '一键生成周报，效率提升10倍，节省80%的时间。'],
  ];

  it.each(ADVERSARIAL)('analyse grows linearly on %s', (_name, unit) => {
    // The same amount of text, once as one 32k block and once as sixteen 2k blocks: in
    // linear time both take about as long; a quadratic pattern makes the long one sixteen
    // times slower.
    const small = unit.repeat(Math.ceil(2_000 / unit.length));
    const large = small.repeat(16);
    const once = () => analyse([{ id: 'b', role: 'body', text: large }]);
    const sixteen = () => {
      for (let i = 0; i < 16; i++) analyse([{ id: 'b', role: 'body', text: small }]);
    };
    sixteen(); // warm up
    const a = time(sixteen);
    const b = time(once);
    expect(b, `${a.toFixed(1)} ms for 16 × 2k characters, ${b.toFixed(1)} ms for 32k`).toBeLessThan(Math.max(a * 4, 50));
  });

  it.each(ADVERSARIAL)('scoreClaim stays fast on long %s', (_name, unit) => {
    const text = unit.repeat(Math.ceil(100_000 / unit.length));
    expect(time(() => scoreClaim(text), 1)).toBeLessThan(250);
  });
});
