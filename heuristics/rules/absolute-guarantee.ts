import { defineRule } from '../rule';
import { cueAt } from '../rule-helpers';

export default defineRule({
  id: 'absolute-guarantee',
  rubric: 'R6',
  severity: 'critical',
  texts: {
    en: {
      title: 'A guaranteed outcome',
      note: 'A guarantee of a result is only as good as its terms: what exactly is guaranteed, and what do you get if it does not happen? Here neither is said.',
      question: 'What exactly is guaranteed, under which conditions, and what is the remedy if it does not happen?',
    },
    zh: {
      title: '保证一定出结果',
      note: '保证值多少，要看条款：到底保证什么？做不到怎么办？这里两样都没说。',
      question: '具体保证什么、在什么条件下成立？如果没做到，用户能得到什么补救？',
    },
  },
  source: {
    name: 'FTC Guides Against Deceptive Advertising of Guarantees, 16 CFR Part 239',
    url: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-B/part-239',
  },
  languages: ['en', 'zh'],
  kinds: ['absolute'],
  examples: {
    flag: [
      { text: 'Guaranteed first-page rankings in 30 days.', span: 'Guaranteed' },
      { text: '保证你的文章一定会上热门。', span: '保证' },
    ],
    pass: ['30-day money-back guarantee: cancel from your account page and we refund the full fee.', '30天内不满意可全额退款，在账户页面即可申请。'],
  },
  check(ctx) {
    if (/refund|money[- ]back|退款|退费/i.test(ctx.text)) return [];
    return cueAt(ctx, 'absolute.guarantee');
  },
});
