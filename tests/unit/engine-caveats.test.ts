// Caveats are honesty, not claims: a negated or limiting comparison, a failure rate, a stated
// limit and a human review step are never graded as unsupported promises, and they count for
// the page as a stated limitation. Every sentence here was written for this test.
import { describe, expect, it } from 'vitest';
import { analyse, scoreClaim } from '../../heuristics/index';
import type { TextBlock } from '../../heuristics/types';

const CAVEATS = [
  'It is faster than typing, but it is not more accurate than a careful clerk.',
  'On long invoices it gets only 83% of line items right.',
  'Handwritten receipts: 71% of totals read correctly.',
  'It does not work on scanned PDFs yet.',
  'Not suitable for legal advice.',
  'A person reviews every summary before it is sent.',
  '手写票据的准确率降至71%。',
  '暂不支持扫描版PDF。',
  '生成的周报发送前需负责人确认。',
  '在复杂表格上，它不如人工准确。',
  'Expect it to save you typing, not to find more errors than your team does.',
  'No draft leaves your outbox without a person approving it.',
  '与人工相比，它并不更准确，只是更快。',
  '本工具不替代律师的专业意见。',
  'Summaries may contain errors, so check anything you send to a client.',
  'Like any AI, it can make mistakes on unusual layouts.',
  'Figures from older filings can be out of date.',
  '生成的内容可能存在错误，请在使用前核对。',
];

describe('caveats', () => {
  for (const text of CAVEATS) {
    it(`is not graded as a claim: ${text}`, () => {
      expect(scoreClaim(text).isClaim).toBe(false);
    });
  }

  it('does not take back a rank, money or an absolute said in the same sentence', () => {
    expect(scoreClaim('The most accurate reader on the market, though it does not handle handwriting.').isClaim).toBe(true);
    expect(scoreClaim('Never misses an invoice, but it cannot read scanned PDFs.').isClaim).toBe(true);
  });

  it('counts for the page as a stated limitation', () => {
    const base: TextBlock[] = [
      { id: 'h', role: 'hero', text: 'Invoice extraction software that cuts keying time by 37%.' },
      { id: 'f', role: 'feature', text: 'Reads totals, dates and VAT numbers from PDFs.' },
      { id: 'p', role: 'heading', text: 'Pricing' },
      { id: 'q', role: 'pricing', text: '$30 per user per month' },
      { id: 'c', role: 'body', text: 'Start your free trial' },
    ];
    const without = analyse(base);
    const honest = analyse([...base, { id: 'l', role: 'body', text: 'On handwritten receipts it gets only 71% of totals right.' }]);
    expect(without.signals.some((s) => s.id === 'limitations')).toBe(false);
    expect(honest.signals.some((s) => s.id === 'limitations')).toBe(true);
    expect(honest.claims.length).toBe(without.claims.length);
    expect(honest.breakdown.bonus).toBeGreaterThan(without.breakdown.bonus);
  });

  it('shows a review step by a person as its own signal, which adds nothing beyond the limitation it also is', () => {
    const base: TextBlock[] = [
      { id: 'h', role: 'hero', text: 'Drafts replies to customer e-mails for support teams.' },
      { id: 'f', role: 'feature', text: 'Suggests an answer from your help-centre articles.' },
      { id: 'q', role: 'pricing', text: '$19 per agent per month' },
    ];
    for (const step of [
      'A person reviews every draft before it is sent.',
      'No draft leaves your outbox without a person approving it.',
      '每条回复发送前需负责人确认。',
      'Every reply above €500 is sent to a person for review.',
      'Low-confidence matches go to human review before payment.',
      'Each contract summary is checked by a lawyer.',
      '法律文书建议由律师复核。',
    ]) {
      const r = analyse([...base, { id: 'r', role: 'body', text: step }]);
      const review = r.signals.find((s) => s.id === 'review');
      expect(review, step).toBeDefined();
      expect(review?.points).toBe(0);
      expect(r.signals.some((s) => s.id === 'limitations')).toBe(true);
    }
    for (const other of ['Our reviewers love it.', 'Review every draft in one place.', 'It does not work on scanned PDFs yet.']) {
      const r = analyse([...base, { id: 'r', role: 'body', text: other }]);
      expect(
        r.signals.some((s) => s.id === 'review'),
        other,
      ).toBe(false);
    }
  });

  it('reads what stands under a limitations heading as caveats, until the next heading', () => {
    const blocks: TextBlock[] = [
      { id: 'h', role: 'hero', text: 'Contract review software for in-house legal teams.' },
      { id: 'l', role: 'heading', text: 'Where it struggles' },
      { id: 'l1', role: 'feature', text: 'Clauses in scanned faxes were flagged correctly 64% of the time in our 2024 test.' },
      { id: 'l2', role: 'feature', text: 'Contracts in German took reviewers 20% longer to check.' },
      { id: 'n', role: 'heading', text: 'What teams report' },
      { id: 'x', role: 'body', text: 'Review time per contract falls by 40%.' },
    ];
    const r = analyse(blocks);
    expect(r.claims.some((c) => c.blockId === 'l1' || c.blockId === 'l2')).toBe(false);
    expect(r.claims.some((c) => c.blockId === 'x')).toBe(true);
    // A plain promise put under the heading is still a promise.
    const hidden = analyse([...blocks.slice(0, 3), { id: 'p', role: 'feature', text: 'Review time per contract falls by 40%.' }]);
    expect(hidden.claims.some((c) => c.blockId === 'p')).toBe(true);
    // The same lines under an ordinary heading are claims.
    const plain = analyse(blocks.map((b) => (b.id === 'l' ? { ...b, text: 'Accuracy' } : b)));
    expect(plain.claims.some((c) => c.blockId === 'l1')).toBe(true);
  });
});
