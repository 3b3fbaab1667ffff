import { defineRule } from '../rule';
import { cueAt } from '../rule-helpers';

export default defineRule({
  id: 'conflict-of-interest',
  rubric: 'R8',
  severity: 'major',
  texts: {
    en: {
      title: "Recommends the seller's own products",
      note: "An AI that steers you to the seller's own products serves the seller first. That conflict should be stated where the recommendation is, not in the footer.",
      question: 'Does the recommendation consider products you do not sell, and how are your fees and incentives reflected in the ranking?',
    },
    zh: {
      title: '推荐的都是卖家自家产品',
      note: '把你引向卖家自家产品的 AI，首先服务的是卖家。这层利益冲突应该写在推荐旁边，而不是藏在页脚。',
      question: '推荐时会考虑你们不卖的产品吗？你们的费用和激励在排序里起了什么作用？',
    },
  },
  source: {
    name: 'SEC proposal on conflicts of interest in predictive data analytics used with investors (2023)',
    url: 'https://www.sec.gov/newsroom/press-releases/2023-140',
  },
  languages: ['en', 'zh'],
  kinds: ['comparative', 'earnings', 'automation', 'social-proof', 'superlative', 'quantified-benefit', 'vague-promise'],
  examples: {
    flag: [
      { text: 'The AI picks the best funds for you, all from our own fund range.', span: 'our own fund range' },
      { text: 'AI智能推荐最优理财方案，优先配置我们旗下的理财产品。', span: '旗下的理财产品' },
    ],
    pass: [
      'The AI compares funds from 40 providers and shows the fees it uses to rank them; we do not sell our own funds.',
      'AI在40家机构的产品中比较，并列出排序依据；我们不销售自有产品。',
    ],
  },
  check(ctx) {
    return cueAt(ctx, 'x.own-product');
  },
});
