import { defineRule } from '../rule';
import { SOURCES, timeSaved } from '../rule-helpers';

export default defineRule({
  id: 'unmeasured-time-saving',
  rubric: 'R2',
  severity: 'major',
  texts: {
    en: {
      title: 'Hours saved, with no measurement behind them',
      note: 'Whose week, doing what, and who timed it? Hours saved are usually estimated after the fact by the people selling the tool, or by users asked how they feel.',
      question: 'How was the time saved measured (logs, timing, a survey), on how many people, compared with what, and when?',
    },
    zh: {
      title: '说节省了多少小时，却没有测量依据',
      note: '谁的一周？在做什么？谁掐的表？省下的小时数，通常是卖工具的人事后估的，或者是问用户感觉得来的。',
      question: '节省的时间是怎么测的（日志、计时还是问卷）？多少人参与？和什么相比？什么时候测的？',
    },
  },
  source: SOURCES.nadCopilot,
  languages: ['en', 'zh'],
  kinds: ['quantified-benefit'],
  examples: {
    flag: [
      { text: 'Saves every manager 6 hours a week.', span: '6 hours' },
      { text: '每周为每位员工节省5小时。', span: '5小时' },
    ],
    pass: [
      'Time-and-motion logs of 44 paralegals in 2024 showed review took 52 minutes with the tool and 80 without.',
      '2024年对60名会计的计时显示，月结耗时由9天降至6天。',
    ],
  },
  check(ctx) {
    if (ctx.proof.measured && (ctx.proof.sample || ctx.proof.baseline)) return [];
    return timeSaved(ctx);
  },
});
