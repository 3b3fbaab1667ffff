import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'earnings-promise',
  rubric: 'R7',
  severity: 'critical',
  texts: {
    en: {
      title: 'Promises income or profits',
      note: 'Income claims are the classic business-opportunity trap: the FTC shut down several "AI-powered" store schemes in 2024. What matters is what the typical buyer earns, including those who earn nothing.',
      question: 'What did the median customer earn, what share lost money, and over what period?',
    },
    zh: {
      title: '承诺收入或利润',
      note: '收入承诺是经典的“创业项目”陷阱：2024 年美国联邦贸易委员会就叫停了好几个“AI 开店”项目。关键是普通买家赚了多少，包括一分钱没赚到的人。',
      question: '客户收入的中位数是多少？有多大比例的人亏了钱？统计的是多长时间？',
    },
  },
  source: SOURCES.ftcAiComply,
  languages: ['en', 'zh'],
  kinds: ['earnings'],
  examples: {
    flag: [
      { text: 'Earn passive income on autopilot with our AI store builder.', span: 'passive income' },
      { text: 'AI帮你躺赚，年入百万不是梦。', span: '躺赚' },
    ],
    pass: [
      'Across 864 stores open all of 2023, median monthly profit was $310; about four in ten made no profit.',
      '2023年全年经营的864家店铺中，月净利润中位数为1,350元，约四成没有盈利。',
    ],
  },
  check(ctx) {
    const p = ctx.proof;
    if (p.typical && p.sample && (p.date || p.named)) return [];
    return cueAt(ctx, 'earnings.income').concat(cueAt(ctx, 'earnings.returns')).slice(0, 1);
  },
});
