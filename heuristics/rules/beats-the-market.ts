import { defineRule } from '../rule';
import { cueAt } from '../rule-helpers';

export default defineRule({
  id: 'beats-the-market',
  rubric: 'R7',
  severity: 'critical',
  texts: {
    en: {
      title: 'Promises to beat the market',
      note: 'Nobody can promise to beat the market, and regulators warn that "AI" is a favourite word of investment frauds. Past, back-tested or hypothetical returns are not what you will get.',
      question: 'Are these actual client returns after fees, over what period, against which benchmark, and what were the worst periods?',
    },
    zh: {
      title: '承诺跑赢大盘',
      note: '没有人能保证跑赢大盘，监管机构也提醒过，“AI”是投资骗局最爱用的字眼。历史回测或模拟出来的收益，不是你能拿到的收益。',
      question: '这些是客户扣除费用后的真实收益吗？统计的是哪段时间、对比哪个基准？最差的时候亏了多少？',
    },
  },
  source: {
    name: 'SEC, NASAA and FINRA investor alert: Artificial Intelligence and Investment Fraud',
    url: 'https://www.investor.gov/introduction-investing/general-resources/news-alerts/alerts-bulletins/investor-alerts/artificial-intelligence-fraud',
  },
  languages: ['en', 'zh'],
  kinds: ['earnings'],
  examples: {
    flag: [
      { text: 'AI stock picks built to beat the market in any conditions.', span: 'beat the market' },
      { text: 'AI选股，轻松跑赢大盘。', span: '跑赢大盘' },
    ],
    pass: ['Our model portfolio returned 6.1% in 2023 against 9.4% for its benchmark, after fees.', '2023年模型组合扣除费用后收益6.1%，基准指数为9.4%。'],
  },
  check(ctx) {
    return cueAt(ctx, 'earnings.market');
  },
});
