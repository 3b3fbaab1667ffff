import { defineRule } from '../rule';
import { at, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'instant-results-unscoped',
  rubric: 'R2',
  severity: 'minor',
  texts: {
    en: {
      title: '"In seconds" without saying for what input',
      note: 'Seconds for which input, at what quality? A one-line prompt and a forty-page report do not take the same time, and the fast result may still need an hour of fixing.',
      question: 'For what size and kind of input is this time measured, and how much editing does the result usually need?',
    },
    zh: {
      title: '“几秒生成”，却没说是什么样的输入',
      note: '几秒钟，是针对什么输入、什么质量？一句话的提示和四十页的报告不可能一样快；秒出的结果也可能还要改上一个小时。',
      question: '这个时间是在多大、什么类型的输入上测的？结果通常还要改多少？',
    },
  },
  source: SOURCES.ftcAiClaims,
  languages: ['en', 'zh'],
  kinds: ['time-to-value'],
  examples: {
    flag: [
      { text: 'Get a finished pitch deck in seconds.', span: 'in seconds' },
      { text: '3秒生成一份完整周报。', span: '3秒' },
    ],
    pass: [
      'For one-hour recordings, median time to transcript was 41 seconds across 9,000 jobs in June 2024.',
      '标准套餐下，1小时音频的转写耗时中位数为42秒（2024年8月统计）。',
    ],
  },
  check(ctx) {
    const p = ctx.proof;
    if (p.scope || p.sample || p.benchmark) return [];
    return at(ctx, 'time-to-value');
  },
});
