import { defineRule } from '../rule';
import { SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'atypical-results',
  rubric: 'R7',
  severity: 'major',
  texts: {
    en: {
      title: 'One result shown as if it were typical',
      note: 'A standout result in a testimonial implies you will get the same. US rules require the generally expected result to be shown clearly next to it.',
      question: 'What result does the typical customer get, and how was this customer chosen?',
    },
    zh: {
      title: '把个例当成常态',
      note: '评价里放一个亮眼的结果，就是在暗示你也能做到。美国的规定要求在旁边清楚写明一般用户能达到的结果。',
      question: '一般客户能达到什么效果？这位客户是怎么挑出来的？',
    },
  },
  source: SOURCES.consumerEndorsements,
  languages: ['en', 'zh'],
  kinds: ['testimonial', 'earnings'],
  examples: {
    flag: [
      { text: '“My portfolio is up 41% since I started using the alerts.”', span: '41%' },
      { text: '“用了三个月，副业收入翻了一倍。”', span: '一倍' },
    ],
    pass: [
      '“Our reply times fell from 9 to 6 minutes.” Results vary; the median customer saw a 12% reduction.',
      '“回复时间从9分钟降到6分钟。”效果因人而异，客户的中位数降幅为12%。',
    ],
  },
  check(ctx) {
    if (ctx.proof.limit || ctx.proof.typical) return [];
    if (!(ctx.is('testimonial') || ctx.is('earnings'))) return [];
    const q = ctx.quantities.find((x) => x.unit === 'percent' || x.unit === 'money' || x.unit === 'multiple');
    return q ? [q.span] : [];
  },
});
