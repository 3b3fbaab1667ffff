import { defineRule } from '../rule';
import { SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'undated-figure',
  rubric: 'R2',
  severity: 'minor',
  texts: {
    en: {
      title: 'A measured figure with no date',
      note: 'Models and products change every few months. A figure without a date may describe a version you will never use.',
      question: 'When was this measured, and on which version of the product?',
    },
    zh: {
      title: '实测数字没有日期',
      note: '模型和产品几个月就变一次。没有日期的数字，描述的可能是你永远用不上的旧版本。',
      question: '这是什么时候测的？测的是产品的哪个版本？',
    },
  },
  source: SOURCES.capCode,
  languages: ['en', 'zh'],
  kinds: ['quantified-benefit', 'accuracy', 'time-to-value', 'earnings'],
  examples: {
    flag: [
      { text: 'In a trial with 420 support agents, reply time fell 28% against a control group.', span: '28%' },
      { text: '在对420名客服的对照实验中，回复时间比对照组缩短28%。', span: '28%' },
    ],
    pass: ['In a 2023 trial with 420 support agents, reply time fell 28% against a control group.', '2023年对420名客服的对照实验中，回复时间比对照组缩短28%。'],
  },
  check(ctx) {
    const p = ctx.proof;
    if (p.date || p.named || !(p.sample || p.measured)) return [];
    const q = ctx.quantities.find((x) => x.unit === 'percent' || x.unit === 'multiple' || x.unit === 'time');
    return q ? [q.span] : [];
  },
});
