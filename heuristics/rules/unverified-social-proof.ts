import { defineRule } from '../rule';
import { SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'unverified-social-proof',
  rubric: 'R8',
  severity: 'minor',
  title: '"Trusted by thousands", with nobody you can check',
  source: SOURCES.endorsementGuides,
  languages: ['en', 'zh'],
  kinds: ['social-proof'],
  examples: {
    flag: [
      { text: 'Trusted by 50,000+ teams worldwide.', span: 'Trusted by' },
      { text: '已有超过10000家企业选择我们。', span: '10000' },
    ],
    pass: ['Rated 4.7 out of 5 from 1,312 verified reviews on G2 (June 2024).', '应用宝评分4.8分（截至2024年6月，共12,436条评价）。'],
  },
  check(ctx) {
    const p = ctx.proof;
    if (p.customer || p.platform || (p.named && (p.sample || p.date))) return [];
    const c = ctx.cues.find((x) => x.id === 'social-proof.count');
    if (c) return [c.span];
    const q = ctx.quantities.find((x) => x.unit === 'count' && x.value >= 100);
    return q && !ctx.cue('social-proof.rating') ? [q.span] : [];
  },
  note: 'A count of sign-ups says nothing about outcomes and cannot be checked: free accounts, one-off trials and abandoned seats all count. Named customers with results can be called.',
  question: 'Which of these customers can we contact, how many are active and paying, and what did they measure?',
});
