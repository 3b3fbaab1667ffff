import { defineRule } from '../rule';
import { SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'unverified-social-proof',
  rubric: 'R8',
  severity: 'minor',
  texts: {
    en: {
      title: '"Trusted by thousands", with nobody you can check',
      note: 'A count of sign-ups says nothing about outcomes and cannot be checked: free accounts, one-off trials and abandoned seats all count. Named customers with results can be called.',
      question: 'Which of these customers can we contact, how many are active and paying, and what did they measure?',
    },
    zh: {
      title: '“上万家企业信赖”，却没有一家能核实',
      note: '注册数说明不了效果，也无从核实：免费账号、一次性试用、早已弃用的席位都算在内。能打电话去问的，是有名有姓、有结果的客户。',
      question: '这些客户里，我们能联系哪几家？有多少在活跃使用并付费？他们测到了什么效果？',
    },
  },
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
});
