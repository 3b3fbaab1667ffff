import { defineRule } from '../rule';
import { figures, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'unbaselined-percentage',
  rubric: 'R2',
  severity: 'major',
  texts: {
    en: {
      title: 'A percentage with nothing to compare it to',
      note: 'A percentage needs a "compared with what": a share of whose work, measured how, against which starting point?',
      question: 'What was the baseline, the sample size and the date of the measurement behind this number?',
    },
    zh: {
      title: '只有百分比，没有比较对象',
      note: '百分比离不开“相对什么”：是谁的工作量、怎么测的、从哪个起点算起？',
      question: '这个数字是相对什么而言？基线、样本量和测量时间分别是什么？',
    },
  },
  source: SOURCES.ftcWorkado,
  languages: ['en', 'zh'],
  kinds: ['quantified-benefit'],
  examples: {
    flag: [
      { text: 'Cut the time you spend on slides by 80%.', span: '80%' },
      { text: '节省80%的PPT制作时间。', span: '80%' },
    ],
    pass: [
      'In a 2024 randomized trial of 212 analysts, deck time fell 38% versus a control group.',
      '在2024年对312名用户的对照实验中，周报耗时比对照组减少38%。',
    ],
  },
  check(ctx) {
    if (ctx.proof.baseline || (ctx.proof.measured && ctx.proof.sample)) return [];
    return figures(ctx, ['percent']);
  },
});
