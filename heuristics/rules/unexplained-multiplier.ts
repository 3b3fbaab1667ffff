import { defineRule } from '../rule';
import { SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'unexplained-multiplier',
  rubric: 'R2',
  severity: 'major',
  texts: {
    en: {
      title: 'A multiple ("10x", "3 times") with no baseline or method',
      note: 'Ten times what, against what, for whom? Multipliers are easy to print and hard to reproduce; without the starting point and the test they are a slogan.',
      question: 'Compared with which workflow or product, measured how and on which tasks, with how many people, and when?',
    },
    zh: {
      title: '“10 倍”“3 倍”这样的倍数，却没有基线和方法',
      note: '是什么的 10 倍？和什么比？对谁而言？倍数写起来容易、复现起来难；没有起点和测试方法，只是一句口号。',
      question: '和哪种做法或产品比？怎么测的、在哪些任务上、多少人参与、什么时候测的？',
    },
  },
  source: SOURCES.capCode,
  languages: ['en', 'zh'],
  kinds: ['quantified-benefit', 'comparative'],
  examples: {
    flag: [
      { text: 'Write 10x faster with our AI editor.', span: '10x' },
      { text: '效率提升10倍，告别加班。', span: '10倍' },
    ],
    pass: [
      'In a March 2024 A/B test with 38 writers, drafts were finished 2.3 times faster than in our previous editor.',
      '2024年5月的A/B测试中，120名客服使用新版后处理速度是旧版的2倍。',
    ],
  },
  check(ctx) {
    if (ctx.proof.baseline || (ctx.proof.measured && ctx.proof.sample)) return [];
    return ctx.quantities.filter((q) => q.unit === 'multiple').map((q) => q.span);
  },
});
