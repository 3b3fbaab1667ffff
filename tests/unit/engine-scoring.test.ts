// Claim scores and verdicts, page scores, grades and signals, and the options that change them.
import { describe, expect, it } from 'vitest';
import { analyse, scoreClaim } from '../../heuristics/index';
import {
  BAND_SCORE,
  GRADE_BANDS,
  gradeOf,
  MAX_BONUS,
  MAX_PENALTY,
  MIN_CLAIMS,
  MIN_WEIGHT,
  type Proof,
  pageScore,
  proofOf,
  SEVERITY_PENALTY,
  scoreClaimParts,
  UNSUPPORTED_SCORE,
  VERDICT_BANDS,
} from '../../heuristics/score';
import type { PageSignal, TextBlock } from '../../heuristics/types';

const SUPPORTED = 'In a 2023 randomised controlled trial with 5,179 support agents, issues resolved per hour rose 14% against the control group.';
const BARE = 'Saves 80% of your PPT work.';

function proof(over: Partial<Proof> = {}): Proof {
  return { ...proofOf([], false, () => 0), ...over };
}

describe('claim verdicts', () => {
  it('a claim with sample, method, baseline and date is supported', () => {
    const r = scoreClaim(SUPPORTED);
    expect(r.verdict).toBe('supported');
    expect(r.score).toBeGreaterThanOrEqual(VERDICT_BANDS.normal.supported);
    expect(r.missing).toEqual([]);
  });

  it('"Saves 80% of your PPT work" with nothing behind it is unsupported, and says what is missing', () => {
    const r = scoreClaim(BARE);
    expect(r.verdict).toBe('unsupported');
    expect(r.score).toBe(0);
    expect(r.missing).toEqual(expect.arrayContaining(['baseline', 'sample', 'date']));
    expect(r.flags.map((f) => f.rule)).toContain('unbaselined-percentage');
  });

  it('a figure with only part of what it needs is weak', () => {
    expect(scoreClaim('Response times dropped from four hours to 25 minutes after teams switched to us.').verdict).toBe('weak');
    expect(scoreClaim('准确率高达99%（内部测试集）。').verdict).toBe('weak');
  });

  it('puffery can never be supported, whatever follows it', () => {
    const r = scoreClaim('Harness the power of AI, as shown in our 2024 study of 3,000 users.');
    expect(r.kinds).toContain('ai-washing');
    expect(r.verdict).toBe('unsupported');
  });

  it('a claim with several kinds is as strong as its weakest kind', () => {
    const one = scoreClaim(SUPPORTED);
    const two = scoreClaim(`${SUPPORTED.slice(0, -1)}, with zero errors guaranteed.`);
    expect(two.kinds).toContain('absolute');
    expect(two.score ?? 0).toBeLessThan(one.score ?? 0);
    expect(two.verdict).not.toBe('supported');
  });

  it('every flag carries its rule, severity, span, note, question and source', () => {
    for (const f of scoreClaim('The world’s first AI that replaces your lawyer, 100% accurate.').flags) {
      expect(f.rule).toMatch(/^[a-z-]+$/);
      expect(['minor', 'major', 'critical']).toContain(f.severity);
      expect(f.span[1]).toBeGreaterThan(f.span[0]);
      expect(f.note.length).toBeGreaterThan(20);
      expect(f.question).toMatch(/[?？]$/);
      expect(f.source.url).toMatch(/^https:\/\//);
    }
  });

  it('raises each rule at most once per sentence', () => {
    const rules = scoreClaim('“我们团队的周报时间从两小时缩短到二十分钟，月报从一天缩短到一小时。”——王磊').flags.map((f) => f.rule);
    expect(new Set(rules).size).toBe(rules.length);
  });
});

describe('scoreClaimParts: the arithmetic of docs/scoring.md', () => {
  it('scores a supported kind from its base plus a bonus per extra', () => {
    const p = proof({ baseline: true, sample: true, sampleSize: 500, date: true, named: true, any: true, number: true });
    const r = scoreClaimParts(['quantified-benefit'], ['quantified-benefit'], p, []);
    expect(r.verdict).toBe('supported');
    // Extras: a date and a named source together.
    expect(r.score).toBe(BAND_SCORE.supportedBase + BAND_SCORE.supportedBonus);
  });

  it('scores a weak kind by the share of its parts that are met', () => {
    const p = proof({ baseline: true, sample: true, any: true, number: true });
    const r = scoreClaimParts(['quantified-benefit'], ['quantified-benefit'], p, []);
    expect(r.verdict).toBe('weak');
    expect(r.score).toBe(BAND_SCORE.weakBase + Math.round((BAND_SCORE.weakSpan * 2) / 3));
  });

  it('scores an unsupported kind at its own figure', () => {
    for (const kind of ['superlative', 'ai-washing', 'quantified-benefit'] as const) {
      expect(scoreClaimParts([kind], [], proof(), []).score).toBe(UNSUPPORTED_SCORE[kind]);
    }
  });

  it('takes points off for flags, but never below the floor of the band', () => {
    const unsupported = scoreClaimParts(['superlative'], [], proof(), ['minor']);
    expect(unsupported.score).toBe(UNSUPPORTED_SCORE.superlative - SEVERITY_PENALTY.minor);
    const supported = scoreClaimParts(
      ['quantified-benefit'],
      ['quantified-benefit'],
      proof({ baseline: true, sample: true, date: true, any: true, number: true }),
      ['critical', 'critical'],
    );
    expect(supported.score).toBe(BAND_SCORE.supportedBase);
    expect(supported.verdict).toBe('supported');
    expect(scoreClaimParts(['absolute'], [], proof(), ['critical']).score).toBe(0);
  });

  it('a self-report, a small sample or a best case blocks "supported"', () => {
    const full = { baseline: true, sample: true, sampleSize: 500, date: true, any: true, number: true };
    expect(scoreClaimParts(['quantified-benefit'], ['quantified-benefit'], proof({ ...full, selfReport: true, weakMethod: true }), []).verdict).toBe('weak');
    expect(scoreClaimParts(['quantified-benefit'], ['quantified-benefit'], proof({ ...full, sampleSize: 12, small: true }), []).verdict).toBe('weak');
    expect(scoreClaimParts(['quantified-benefit'], ['quantified-benefit'], proof({ ...full, bestCase: true }), []).verdict).toBe('weak');
  });
});

describe('sensitivity and switches', () => {
  it('strict asks more than normal, lenient less', () => {
    const text = 'Cuts reply time by 31% (randomised controlled trial, 2023).';
    expect(scoreClaim(text).verdict).toBe('supported');
    expect(scoreClaim(text, { sensitivity: 'strict' }).verdict).toBe('weak');
    const weak = 'Cuts reply time by 31% in a trial with 486 agents.';
    expect(scoreClaim(weak).verdict).toBe('weak');
    expect(scoreClaim(weak, { sensitivity: 'strict' }).verdict).toBe('unsupported');
    expect(scoreClaim(weak, { sensitivity: 'lenient' }).verdict).toBe('weak');
  });

  it('lenient hides minor flags', () => {
    const text = 'Trusted by 50,000+ teams.';
    expect(scoreClaim(text).flags.some((f) => f.severity === 'minor')).toBe(true);
    expect(scoreClaim(text, { sensitivity: 'lenient' }).flags.some((f) => f.severity === 'minor')).toBe(false);
  });

  it('switching off a rubric question drops the kinds that answer to it', () => {
    const off = scoreClaim(BARE, { disabledRubrics: ['R2'] });
    expect(off.isClaim).toBe(false);
    const mixed = scoreClaim('The world’s first AI that saves 80% of your time.', { disabledRubrics: ['R5'] });
    expect(mixed.kinds).not.toContain('superlative');
    expect(mixed.kinds).toContain('quantified-benefit');
  });

  it('switching off a rule removes its flag and its points', () => {
    const on = scoreClaim('The world’s most advanced writing assistant.');
    const off = scoreClaim('The world’s most advanced writing assistant.', { disabledRules: ['self-awarded-leadership'] });
    expect(on.flags.map((f) => f.rule)).toContain('self-awarded-leadership');
    expect(off.flags.map((f) => f.rule)).not.toContain('self-awarded-leadership');
    expect(off.score ?? 0).toBeGreaterThan(on.score ?? 0);
    expect(off.verdict).toBe(on.verdict);
  });
});

const PRODUCT: TextBlock[] = [
  { id: 'h', role: 'hero', text: 'Cut your reporting time by 60%.' },
  { id: 'f1', role: 'feature', text: 'In a 2024 randomised trial with 212 analysts at four banks, median report time fell from 50 to 20 minutes.' },
  { id: 'f2', role: 'feature', text: 'The most accurate AI analyst on the market.' },
  { id: 'b', role: 'body', text: 'Trusted by 3,000 teams.' },
  { id: 'p', role: 'pricing', text: 'Team plan: $20 per user per month.' },
  { id: 'c', role: 'body', text: 'Start your free trial' },
  { id: 'l', role: 'heading', text: 'Limitations' },
];

describe('page score and grade', () => {
  it('reproduces the worked example of docs/scoring.md', () => {
    const r = analyse(PRODUCT);
    expect(r.claims.map((c) => [c.score, c.weight])).toEqual([
      [0, 3.6],
      [70, 1.8],
      [8, 1.2],
      [8, 0.7],
    ]);
    expect(r.signals.map((s) => [s.id, s.points])).toEqual([
      ['pricing', 4],
      ['limitations', 8],
    ]);
    expect(r.breakdown).toEqual({ claimMean: 19.3, bonus: 12, penalty: 0, final: 31 });
    expect(r.grade).toBe('F');
  });

  it('lifts the worked example to a B when the headline figure gets its study', () => {
    const blocks = PRODUCT.map((b) =>
      b.id === 'h'
        ? {
            ...b,
            text: 'Cut your reporting time by 60%.¹',
            notes: [
              {
                marker: '¹',
                text: 'Randomised trial with 212 analysts at four banks, March 2024; median time per report, compared with the same analysts without the tool.',
              },
            ],
          }
        : b,
    );
    const r = analyse(blocks);
    expect(r.breakdown.final).toBe(66);
    expect(r.grade).toBe('B');
  });

  it('computes the page score as the weighted mean plus bonus minus penalty, capped', () => {
    const claims = [
      { score: 80, weight: 3 },
      { score: 20, weight: 1 },
    ];
    expect(pageScore(claims, []).final).toBe(65);
    const many: PageSignal[] = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, polarity: 'positive', points: 8, label: '' }));
    expect(pageScore(claims, many).bonus).toBe(MAX_BONUS);
    const bad: PageSignal[] = Array.from({ length: 10 }, (_, i) => ({ id: `n${i}`, polarity: 'negative', points: 10, label: '' }));
    expect(pageScore(claims, bad).penalty).toBe(MAX_PENALTY);
    expect(pageScore([], []).final).toBeNull();
  });

  it('maps scores to the five letters at the documented bands', () => {
    for (const [grade, min] of GRADE_BANDS) {
      expect(gradeOf(min)).toBe(grade);
      if (min > 0) expect(gradeOf(min - 1)).not.toBe(grade);
    }
    expect(gradeOf(100)).toBe('A');
    expect(gradeOf(0)).toBe('F');
  });

  it('grades no page whose few claims are mild lines in its body', () => {
    const mild: TextBlock[] = [
      { id: 'h', role: 'hero', text: 'Meeting notes for consulting teams' },
      { id: 'b1', role: 'body', text: 'Notes are usually ready within a few minutes of the call.' },
      { id: 'b2', role: 'body', text: 'Used by teams at 250 firms.' },
      { id: 'b3', role: 'body', text: 'Trusted by 9,000 consultants.' },
      { id: 'p', role: 'pricing', text: 'Team plan: $12 per user per month.' },
      { id: 'c', role: 'body', text: 'Start your free trial of the app' },
    ];
    const r = analyse(mild);
    expect(r.isProductPage).toBe(true);
    expect(r.claims.length).toBeGreaterThanOrEqual(MIN_CLAIMS);
    expect(r.claims.reduce((a, c) => a + c.weight, 0)).toBeLessThan(MIN_WEIGHT);
    expect(r.grade).toBeNull();
    expect(r.noGradeReason).toBe('too-few-claims');
    // A few claims that are backed are graded, however lightly they weigh.
    const backed = analyse([
      ...mild,
      { id: 'b4', role: 'body', text: 'In a 2024 randomised trial with 212 consultants, note-taking time fell from 31 to 12 minutes per call.' },
    ]);
    expect(backed.grade).not.toBeNull();
    // The same lines said in the hero weigh enough to grade.
    const loud = analyse(mild.map((b) => (b.role === 'body' && b.id !== 'c' ? { ...b, role: 'hero' as const } : b)));
    expect(loud.grade).not.toBeNull();
  });

  it('grades no page with fewer than three claims', () => {
    // Without the "AI analyst" line the page still has to say it sells software to be a product page.
    const r = analyse([{ id: 'n', role: 'heading', text: 'Reporting software for finance teams' }, ...PRODUCT.filter((b) => b.id !== 'f2' && b.id !== 'b')]);
    expect(r.isProductPage).toBe(true);
    expect(r.claims.length).toBeLessThan(MIN_CLAIMS);
    expect(r.grade).toBeNull();
    expect(r.noGradeReason).toBe('too-few-claims');
  });

  it('grades no page that sells no software, whatever it offers', () => {
    const r = analyse(PRODUCT.filter((b) => b.id !== 'f2').map((b) => (b.id === 'p' ? { ...b, text: 'Team plan: $20 a month.' } : b)));
    expect(r.isProductPage).toBe(false);
    expect(r.noGradeReason).toBe('not-product-page');
  });

  it('grades no page that sells nothing', () => {
    const r = analyse(PRODUCT.filter((b) => b.role !== 'pricing' && b.id !== 'c'));
    expect(r.isProductPage).toBe(false);
    expect(r.grade).toBeNull();
    expect(r.noGradeReason).toBe('not-product-page');
  });

  it('counts a sentence repeated in the title, meta and hero once, at its most prominent weight', () => {
    const r = analyse([
      { id: 't', role: 'title', text: 'Saves 80% of your PPT work' },
      { id: 'm', role: 'meta', text: 'Saves 80% of your PPT work.' },
      { id: 'h', role: 'hero', text: 'Saves 80% of your PPT work.' },
      ...PRODUCT.slice(1),
    ]);
    const same = r.claims.filter((c) => /Saves 80%/.test(c.text));
    expect(same).toHaveLength(1);
    expect(same[0]?.weight).toBe(3.6);
  });

  it('counts claims by verdict', () => {
    const r = analyse(PRODUCT);
    expect(r.counts).toMatchObject({ claims: 4, supported: 1, weak: 0, unsupported: 3 });
  });
});

describe('page signals', () => {
  const base: TextBlock[] = [
    { id: 'h', role: 'hero', text: 'Saves 80% of your PPT work.' },
    { id: 'p', role: 'pricing', text: '$12 per month' },
    { id: 'c', role: 'body', text: 'Start your free trial' },
  ];
  const ids = (blocks: TextBlock[]) => analyse([...base, ...blocks]).signals.map((s) => s.id);

  it.each([
    ['limitations', { id: 'x', role: 'heading', text: 'What it can’t do' }],
    ['privacy', { id: 'x', role: 'body', text: 'Your documents are not used to train models and are deleted after 30 days.' }],
    ['model', { id: 'x', role: 'body', text: 'Drafts are written by GPT-4o from OpenAI.' }],
    ['problem', { id: 'x', role: 'body', text: 'Built for support teams who spend hours re-typing the same answers.' }],
    ['pressure', { id: 'x', role: 'body', text: 'Offer ends tonight: only 3 spots left!' }],
    ['conflict', { id: 'x', role: 'footer', text: 'We may earn commissions on funds we recommend.' }],
  ] as const)('finds %s', (id, block) => {
    expect(ids([block as TextBlock])).toContain(id);
  });

  it('finds prices on the pricing card', () => {
    expect(ids([])).toContain('pricing');
  });

  it('finds links to a study', () => {
    expect(
      ids([{ id: 'x', role: 'body', text: 'Read the study.', links: [{ href: 'https://example.com/research/trial-2024.pdf', text: 'the study' }] }]),
    ).toContain('evidence');
  });

  it('finds earnings promises and, next to them, vulnerable audiences', () => {
    const signals = ids([
      { id: 'e', role: 'feature', text: 'Earn $5,000 a month in passive income.' },
      { id: 'v', role: 'body', text: 'Perfect for retirees living on retirement savings.' },
    ]);
    expect(signals).toContain('earnings');
    expect(signals).toContain('vulnerable');
  });

  it('does not take a job title like "senior designer" for a vulnerable audience', () => {
    const signals = ids([
      { id: 'e', role: 'feature', text: 'Your AI companion who is always there for you.' },
      { id: 'v', role: 'feature', text: "It's like having a senior designer on call around the clock." },
    ]);
    expect(signals).not.toContain('vulnerable');
  });

  it('finds small print that walks back an unsupported headline', () => {
    expect(ids([{ id: 'f', role: 'footnote', text: 'Results not typical. Individual results may vary.' }])).toContain('fine-print');
  });

  it('finds none of the positive signals on a page that shows none of them', () => {
    const signals = analyse(base).signals;
    expect(signals.filter((s) => s.polarity === 'positive').map((s) => s.id)).toEqual(['pricing']);
  });

  it('finds Chinese signals too', () => {
    const signals = analyse([
      { id: 'h', role: 'hero', text: '节省80%的PPT工作。' },
      { id: 'p', role: 'pricing', text: '¥29/月' },
      { id: 'c', role: 'body', text: '免费试用' },
      { id: 'l', role: 'heading', text: '已知局限' },
      { id: 'u', role: 'body', text: '限时优惠，仅剩3天！' },
    ]).signals.map((s) => s.id);
    expect(signals).toEqual(expect.arrayContaining(['pricing', 'limitations', 'pressure']));
  });
});

describe('determinism', () => {
  it('gives the same report for the same blocks, every time', () => {
    expect(analyse(PRODUCT)).toEqual(analyse(PRODUCT));
    expect(JSON.stringify(analyse(PRODUCT))).toBe(JSON.stringify(analyse(structuredClone(PRODUCT))));
  });

  it('gives the same claim report whatever was judged before it', () => {
    const before = scoreClaim(SUPPORTED);
    scoreClaim('一键生成周报，效率提升10倍！');
    scoreClaim(BARE);
    expect(scoreClaim(SUPPORTED)).toEqual(before);
  });
});

describe('prices in a pricing table', () => {
  const page = (cells: string[]): TextBlock[] => [
    { id: 'h', role: 'hero', text: 'Notely AI writes your meeting notes.' },
    { id: 'c', role: 'heading', text: 'Compare plans' },
    ...cells.map((text, i) => ({ id: `t${i}`, role: 'body' as const, text })),
  ];

  it('are prices shown, wherever the table stands, in English and in Chinese', () => {
    for (const cell of ['$12 / month', '$30 per user per month', '€9/mo', '¥99/月', '99元/年', 'from $8 a month']) {
      const r = analyse(page(['Starter', cell, 'Unlimited seats']));
      expect(r.signals.find((s) => s.id === 'pricing')?.text, cell).toBe(cell);
    }
  });

  it('are not a figure in prose, a valuation, or a short line that only mentions money', () => {
    for (const cell of ['$4.5 billion', 'Raised $20M in 2024', 'Saves $12 a day on average, by our count', '$12 / monthly reports', 'Free']) {
      expect(
        analyse(page([cell])).signals.some((s) => s.id === 'pricing'),
        cell,
      ).toBe(false);
    }
  });
});
