import { defineRule } from '../rule';
import { SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'unverifiable-rating',
  rubric: 'R8',
  severity: 'minor',
  texts: {
    en: {
      title: 'A star rating with no platform or count',
      note: "Ratings on a vendor's own page are chosen by the vendor. Where is the rating from, out of how many reviews, and were reviewers paid or selected?",
      question: 'Which platform is this rating from, based on how many reviews, and were any reviews incentivised?',
    },
    zh: {
      title: '有评分，却没说平台和评价数',
      note: '厂商自己页面上的评分，是厂商挑出来的。评分来自哪里？基于多少条评价？评价者有没有拿好处，或者经过筛选？',
      question: '这个评分来自哪个平台？基于多少条评价？有没有用奖励换来的评价？',
    },
  },
  source: SOURCES.fakeReviewsRule,
  languages: ['en', 'zh'],
  kinds: ['social-proof'],
  examples: {
    flag: [
      { text: '4.9★ average rating from our customers.', span: '4.9★ average rating' },
      { text: '99.9%用户好评率。', span: '好评率' },
    ],
    pass: ['4.6 out of 5 from 2,480 reviews on Capterra, as of April 2024.', '华为应用市场评分4.7分，截至2024年5月共8,210条评价。'],
  },
  check(ctx) {
    const p = ctx.proof;
    if (p.platform && (p.sample || p.date)) return [];
    const c = ctx.cues.find((x) => x.id === 'social-proof.rating');
    if (c) return [c.span];
    const q = ctx.quantities.find((x) => x.unit === 'rating' || (x.unit === 'percent' && /好评|满意|satisf/i.test(ctx.text)));
    return q ? [q.span] : [];
  },
});
