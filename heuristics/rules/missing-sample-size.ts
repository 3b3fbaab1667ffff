import { defineRule } from '../rule';
import { SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'missing-sample-size',
  rubric: 'R2',
  severity: 'minor',
  texts: {
    en: {
      title: 'A study is mentioned but not how many took part',
      note: 'A study of eight people and a study of eight thousand are not the same evidence. The number of people or items measured is the first thing to look for.',
      question: 'How many people or items were in the study, and how were they chosen?',
    },
    zh: {
      title: '提到研究，却没说多少人参与',
      note: '8 个人的研究和 8000 个人的研究，不是同一种证据。测了多少人、多少条数据，是首先要看的。',
      question: '这项研究涉及多少人或多少条数据？是怎么挑选的？',
    },
  },
  source: SOURCES.substantiation,
  languages: ['en', 'zh'],
  kinds: ['quantified-benefit', 'accuracy', 'time-to-value', 'earnings'],
  examples: {
    flag: [
      { text: 'Our 2024 study found reports were written 35% faster.', span: 'study' },
      { text: '2024年的一项研究显示，写作效率提升了35%。', span: '一项研究' },
    ],
    pass: [
      'Our 2024 study of 318 writers found reports were written 35% faster than with their old tools.',
      '2024年对318名写作者的研究显示，写作耗时比原来的工具减少35%。',
    ],
  },
  check(ctx) {
    if (ctx.proof.sample || !(ctx.proof.measured || ctx.proof.weakMethod) || ctx.numeric.length === 0) return [];
    const m = ctx.evidence.find((e) => e.kind === 'method' && e.where === 'sentence' && e.span);
    return m?.span ? [m.span] : [];
  },
});
