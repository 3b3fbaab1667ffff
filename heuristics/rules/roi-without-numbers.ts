import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'roi-without-numbers',
  rubric: 'R7',
  severity: 'minor',
  texts: {
    en: {
      title: '"Pays for itself", with nothing behind it',
      note: 'Return on investment depends on your costs, your volumes and how much the tool is really used. A payback claim with no numbers is a sales line.',
      question: 'What payback did typical customers see, calculated how, and what costs were included?',
    },
    zh: {
      title: '“很快回本”，却没有数字',
      note: '投资回报取决于你的成本、业务量，以及工具实际用了多少。没有数字的回本说法，只是一句销售话术。',
      question: '一般客户多久回本？怎么算的？算进了哪些成本？',
    },
  },
  source: SOURCES.capCode,
  languages: ['en', 'zh'],
  kinds: ['earnings'],
  examples: {
    flag: [
      { text: 'A plan that pays for itself in the first week.', span: 'pays for itself' },
      { text: '一个月就能回本。', span: '回本' },
    ],
    pass: [
      'Across 212 customers in 2023, median payback was seven months, from invoiced savings against the price.',
      '2023年212家客户的投资回收期中位数为7个月，按实际节省的费用计算。',
    ],
  },
  check(ctx) {
    if (ctx.proof.sample || ctx.proof.measured) return [];
    return cueAt(ctx, 'earnings.roi');
  },
});
