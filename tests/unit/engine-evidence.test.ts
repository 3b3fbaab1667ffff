// What backs a claim: the elements of evidence in the sentence (with spans), in its footnotes
// and links, and in the sentences around it; weak evidence marked weak, with the reason.
import { describe, expect, it } from 'vitest';
import { findEvidence } from '../../heuristics/evidence';
import { analyse, scoreClaim } from '../../heuristics/index';
import type { Evidence, EvidenceKind, TextBlock } from '../../heuristics/types';

const kinds = (ev: Evidence[]) => ev.map((e) => e.kind);
const of = (ev: Evidence[], kind: EvidenceKind) => ev.find((e) => e.kind === kind);

describe('evidence in the sentence', () => {
  it.each([
    ['Cuts reply time by 31% compared with a control group.', 'baseline', 'compared with a control'],
    ['Cuts reply time by 31% in a trial with 486 agents.', 'sample', 'with 486 agents'],
    ['Cuts reply time by 31% in a trial with 486 agents.', 'method', 'trial'],
    ['Cuts reply time by 31% (randomised controlled trial, 2023).', 'date', '2023'],
    ['In a March 2024 benchmark on 1,200 scanned invoices, accuracy was 96.1%.', 'date', 'March 2024'],
    ['Median reply time fell 31% (Brynjolfsson et al., NBER w31161).', 'source', 'NBER'],
    ['SOC 2 Type II audited by Deloitte, report dated June 2024.', 'independent', 'audited by Deloitte'],
    ['4.8 out of 5 from 1,200 reviews on G2 (March 2024).', 'source', 'on G2'],
    ['Fully automates invoice entry; a person approves every payment.', 'limitation', 'a person approves'],
    ['Accuracy was 94% on typed English invoices.', 'scope', 'on typed English invoices'],
    ['效率提升31%（2023年随机对照试验，486名客服人员）。', 'method', '随机对照试验'],
    ['效率提升31%（2023年随机对照试验，486名客服人员）。', 'sample', '486名客服人员'],
    ['效率提升31%（2023年随机对照试验，486名客服人员）。', 'date', '2023年'],
  ] as const)('"%s" has %s evidence "%s", with its span', (text, kind, words) => {
    const ev = scoreClaim(text).evidence;
    const hit = ev.find((e) => e.kind === kind && e.text === words);
    expect(hit, JSON.stringify(ev)).toBeDefined();
    expect(hit?.where).toBe('sentence');
    expect(hit?.span && text.slice(hit.span[0], hit.span[1])).toBe(words);
  });

  it('finds nothing in a bare promise', () => {
    expect(scoreClaim('Saves 80% of your PPT work.').evidence).toEqual([]);
    expect(scoreClaim('效率提升10倍。').evidence).toEqual([]);
  });

  it('does not count fans as a sample or a study description as social proof', () => {
    expect(kinds(scoreClaim('Trusted by 50,000+ teams.').evidence)).not.toContain('sample');
    const study = scoreClaim('486 agents at 14 companies were randomly assigned to use the assistant or not.');
    expect(study.kinds).not.toContain('social-proof');
  });

  it('does not take a denied review step for a review step', () => {
    expect(kinds(scoreClaim('Sends every reply with no human review needed.').evidence)).not.toContain('limitation');
  });
});

describe('weak evidence is marked weak, and says why', () => {
  it.each([
    ['Cuts reply time by 31%, according to an internal survey of 20 users.', 'method', /internal|vendor/, 'internal'],
    ['Cuts reply time by 31%, according to an internal survey of 20 users.', 'sample', /small sample \(20\)/, 'small-sample'],
    ['Cuts reply time by 31% in a study we commissioned from an agency.', 'method', /paid for by the vendor/, 'commissioned'],
    ['70% of users say they feel more productive.', 'method', /say or feel/, 'self-report'],
    ['效率提升31%（内部调研，20名用户）。', 'sample', /small sample/, 'small-sample'],
  ] as const)('"%s": %s is weak', (text, kind, why, weakness) => {
    const hit = scoreClaim(text).evidence.find((e) => e.kind === kind && e.strength === 'weak');
    expect(hit).toBeDefined();
    expect(hit?.why).toMatch(why);
    expect(hit?.weakness).toBe(weakness);
  });

  it('a claim resting on weak evidence is at best weak', () => {
    expect(scoreClaim('Cuts reply time by 31%, according to an internal survey of 20 users.').verdict).toBe('weak');
    expect(scoreClaim('In a 2024 survey of 1,050 customers, 81% said the tool saved them time.').verdict).toBe('weak');
  });
});

describe('evidence outside the sentence', () => {
  const note = { marker: '¹', text: 'Randomised trial with 486 agents at 14 companies, Oct–Nov 2023, compared with a control group.' };

  it('reads the footnote a marker points to', () => {
    const r = scoreClaim('Cuts reply time by 31%.¹', { notes: [note] });
    expect(r.evidence.filter((e) => e.where === 'footnote').map((e) => e.kind)).toEqual(expect.arrayContaining(['method', 'sample', 'date', 'baseline']));
    expect(r.verdict).toBe('supported');
  });

  it('in a page, gives a footnote to the sentence whose marker points to it', () => {
    const report = analyse([{ id: 'b', role: 'body', text: 'Cuts reply time by 31%. Trusted by 2,000 teams.²', notes: [{ ...note, marker: '²' }] }]);
    const [first, second] = report.claims;
    expect(first?.evidence.some((e) => e.where === 'footnote')).toBe(false);
    expect(first?.verdict).toBe('unsupported');
    expect(second?.evidence.some((e) => e.where === 'footnote')).toBe(true);
  });

  it('in a page, places a footnote by the offset of its marker when the scraper knows it', () => {
    const text = 'Cuts reply time by 31%. Trusted by 2,000 teams.';
    const report = analyse([{ id: 'b', role: 'body', text, notes: [{ ...note, marker: '', at: text.indexOf('%') + 1 }] }]);
    expect(report.claims[0]?.evidence.some((e) => e.where === 'footnote')).toBe(true);
    expect(report.claims[1]?.evidence.some((e) => e.where === 'footnote')).toBe(false);
  });

  it('takes every footnote the caller passes to scoreClaim as linked to the sentence', () => {
    expect(scoreClaim('Cuts reply time by 31%.', { notes: [note] }).evidence.some((e) => e.where === 'footnote')).toBe(true);
  });

  it('counts a weak footnote as weak ("internal survey of 18 customers")', () => {
    const r = scoreClaim('Cuts review time by 35%.¹', { notes: [{ marker: '¹', text: '¹ Internal survey of 18 customers, 2024.' }] });
    expect(r.verdict).toBe('weak');
    expect(r.evidence.some((e) => e.strength === 'weak' && e.where === 'footnote')).toBe(true);
  });

  it('reads links to a study or case study', () => {
    const r = scoreClaim('Cuts reply time by 31%.', { links: [{ href: 'https://example.com/case-studies/acme.pdf', text: 'Read the study' }] });
    expect(r.evidence.some((e) => e.where === 'link')).toBe(true);
    expect(r.verdict).toBe('weak');
  });

  it('lets neighbouring sentences lift a figure to weak, never to supported', () => {
    const text = 'Reply time fell 31%.';
    const alone = scoreClaim(text);
    const withContext = scoreClaim(text, { context: ['Compared with the control group, agents answered more tickets.'] });
    expect(alone.verdict).toBe('unsupported');
    expect(withContext.verdict).toBe('weak');
    expect(withContext.evidence.every((e) => e.where === 'context')).toBe(true);
  });

  it('takes a study described beside a figure as the figure’s own method, but not for a rank or a crowd', () => {
    const study = 'We ran a randomised trial with 486 agents in October 2023.';
    expect(scoreClaim('Reply time fell 31%.', { context: [study] }).verdict).toBe('supported');
    expect(scoreClaim('Reply time fell 31%.', { study }).verdict).toBe('supported');
    expect(scoreClaim('Trusted by 3,000 support teams.', { study }).verdict).toBe('unsupported');
    expect(scoreClaim('The most accurate support assistant on the market.', { context: [study] }).verdict).not.toBe('supported');
  });

  it('reads the study of the paragraph before, within its section only', () => {
    const blocks: TextBlock[] = [
      { id: 'h', role: 'heading', text: 'The study' },
      { id: 's', role: 'body', text: 'We ran a 10-week pilot from 6 January to 14 March 2025 with 52 paralegals at 4 firms.' },
      { id: 'r', role: 'body', text: 'Review time per contract fell from 38 to 29 minutes.' },
      { id: 'h2', role: 'heading', text: 'Pricing' },
      { id: 'x', role: 'body', text: 'Teams save 6 hours a week.' },
    ];
    const r = analyse(blocks);
    const result = r.claims.find((c) => c.blockId === 'r');
    expect(result?.evidence.some((e) => e.kind === 'sample' && e.where === 'context')).toBe(true);
    expect(result?.missing).not.toContain('sample');
    expect(r.claims.some((c) => c.blockId === 's')).toBe(false);
    const later = r.claims.find((c) => c.blockId === 'x');
    expect(later?.evidence.some((e) => e.kind === 'sample')).toBe(false);
  });

  it('reads who said a quotation from its attribution', () => {
    const text = '“We cut first-response time from 11 hours to 40 minutes in the first quarter.”';
    const named = scoreClaim(text, { attribution: 'Priya Nair, Head of Support, Larkspur Bikes' });
    const anonymous = scoreClaim(text);
    expect(named.verdict).toBe('supported');
    expect(named.evidence.some((e) => e.where === 'attribution' && e.kind === 'named-customer')).toBe(true);
    expect(anonymous.verdict).toBe('unsupported');
  });
});

describe('findEvidence', () => {
  it('is what scoreClaim reports for the same inputs', () => {
    const text = 'In a 2023 controlled trial with 5,179 support agents, issues resolved per hour rose 14%.';
    expect(findEvidence(text)).toEqual(scoreClaim(text).evidence);
  });

  it('names each kind once per piece of text', () => {
    const ev = findEvidence('In a March 2024 benchmark on 1,200 scanned invoices, field-level accuracy was 96.1%, against 91.4% for manual entry.');
    expect(of(ev, 'method')?.text).toBe('benchmark');
    expect(of(ev, 'baseline')).toBeDefined();
  });
});

describe('evidence read by its structure', () => {
  it.each([
    ['A pilot with 38 paralegals and 9,400 contracts cut review time by 22%.', 'sample'],
    ['Review time fell 22% in a test on 2.4 万份合同 across 5 个团队.', 'sample'],
    ['我们在4个团队、2.4万份合同上测试，审阅时间缩短22%。', 'sample'],
    ['Review time went from 6.5 hours of careful reading to 5.1 hours.', 'baseline'],
    ['Against manual review, it flags 22% more risky clauses.', 'baseline'],
    ['Charting time fell 19% compared with paper notes.', 'baseline'],
    ['Onboarding took 40% less time versus spreadsheets.', 'baseline'],
    ['In a 2023 trial with 500 nurses, charting time fell 19%.', 'method'],
    ['Paralegals who did not use it took 22% longer.', 'baseline'],
    ['Students improved on their own marks from before the term by 9 points.', 'baseline'],
    ['与人工审阅相比，耗时缩短22%。', 'baseline'],
    ['比人工审阅快22%。', 'baseline'],
    ['使用前后对比，审阅耗时缩短22%。', 'baseline'],
    ['Accuracy was 91% on a held-out set of contracts.', 'method'],
    ['Time fell 22% (95% confidence interval 17–27%).', 'method'],
    ['耗时缩短22%（置信区间17%–27%）。', 'method'],
  ] as const)('"%s" has %s evidence', (text, kind) => {
    expect(kinds(scoreClaim(text).evidence)).toContain(kind);
  });

  it('a comparison that names nothing is not a baseline', () => {
    for (const text of ['Writes 40% faster compared with other tools.', 'Cuts costs by 30% versus the competition.']) {
      expect(kinds(scoreClaim(text).evidence), text).not.toContain('baseline');
    }
  });

  it('takes a named organisation called independent as the independent check', () => {
    expect(kinds(scoreClaim('Accuracy was 88% on 3,000 tickets, measured by Marrow & Kline, an independent research firm, in May 2025.').evidence)).toContain(
      'independent',
    );
  });

  it('does not take the size of each item for a sample', () => {
    expect(kinds(scoreClaim('Reads contracts of over 40 pages in seconds.').evidence)).not.toContain('sample');
    expect(kinds(scoreClaim('Reads 40 contracts in seconds, in a test of over 40 users.').evidence)).toContain('sample');
  });

  it('does not take what a claim beats for how it was measured', () => {
    const ev = scoreClaim('Our model outperforms the benchmarks.').evidence;
    expect(kinds(ev)).not.toContain('method');
  });

  it('does not count scope or audience words as backing', () => {
    expect(scoreClaim('We beat the index across all customers, or your money back.').verdict).toBe('unsupported');
  });

  it('takes a paper address as a source, whatever the link says', () => {
    const ev = findEvidence('Review time fell 22%.', { links: [{ text: 'Read the paper', href: 'https://doi.org/10.5555/lex.2024.118' }] });
    const link = ev.find((e) => e.kind === 'link');
    expect(link?.strength).toBe('strong');
    expect(kinds(ev)).toContain('source');
  });

  it('takes a compliance report named with its period as the audit', () => {
    const r = scoreClaim('Our ISO 27001 audit report for March 2024 to February 2025 is available to customers.');
    expect(kinds(r.evidence)).toContain('independent');
    expect(r.flags.map((f) => f.rule)).not.toContain('compliance-overreach');
    expect(scoreClaim('Fully GDPR and SOC 2 compliant.').flags.map((f) => f.rule)).toContain('compliance-overreach');
  });
});

describe('a list of results under the study that produced them', () => {
  it('reads the study for every item of the list under it', () => {
    const blocks: TextBlock[] = [
      { id: 'h', role: 'heading', text: '评测结果' },
      { id: 's', role: 'body', text: '2024年3月至6月，我们在两家律所开展了一项前瞻性对照研究，共纳入800份采购合同。' },
      { id: 'i', role: 'body', text: '主要结果如下：' },
      { id: 'r1', role: 'feature', text: '平均审阅时间：对照组42分钟，试验组31分钟。' },
      { id: 'r2', role: 'feature', text: '关键条款漏检率：对照组4.1%，试验组3.8%。' },
      { id: 'r3', role: 'feature', text: '需要返工的审阅意见：对照组每百份6处，试验组每百份5处。' },
    ];
    const r = analyse(blocks);
    for (const id of ['r1', 'r2', 'r3']) {
      const c = r.claims.find((x) => x.blockId === id);
      if (!c) continue;
      expect(
        c.evidence.some((e) => e.kind === 'date'),
        id,
      ).toBe(true);
      expect(c.missing, id).not.toContain('date');
    }
    expect(r.claims.filter((c) => ['r1', 'r2', 'r3'].includes(c.blockId)).length).toBeGreaterThan(0);
  });
});

describe('metadata proves nothing', () => {
  const page: TextBlock[] = [
    { id: 'h', role: 'hero', text: 'LedgerBot cuts month-end close time by 70%.' },
    { id: 'b', role: 'body', text: 'It replaces your entire finance team and never makes a mistake.' },
    { id: 'c', role: 'body', text: 'Trusted by 10,000 finance teams worldwide.' },
    { id: 'p', role: 'pricing', text: 'Start your free trial of our AI software today. $49 a month.' },
  ];
  const study =
    'In a 2024 randomised trial with 412 finance staff at 37 companies, close time fell from 6.1 to 1.8 days compared with a control group, verified by Hallam & Price, an independent audit firm.';

  it.each(['title', 'meta', 'structured', 'alt'] as const)('a study in the %s backs nothing and lifts no grade', (role) => {
    const bare = analyse(page);
    const withMeta = analyse([{ id: 'm', role, text: study }, ...page]);
    expect(withMeta.claims.every((c) => c.verdict !== 'supported')).toBe(true);
    expect(withMeta.score).toBe(bare.score);
    // An unbacked claim there still counts.
    const hype = analyse([{ id: 'm', role, text: 'The only AI accountant that never makes a mistake.' }, ...page]);
    expect(hype.claims.some((c) => c.blockId === 'm' && c.verdict === 'unsupported')).toBe(true);
    // The same study in the page's copy backs its claim.
    expect(analyse([{ id: 'm', role: 'body', text: study }, ...page]).claims.some((c) => c.verdict === 'supported')).toBe(true);
  });
});
