import { defineRule } from '../rule';
import { SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'unexplained-multiplier',
  rubric: 'R2',
  severity: 'major',
  title: '"10x faster" with no baseline or method',
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
  note: 'Ten times faster than what, for whom? Multipliers are easy to print and hard to reproduce; without the starting point and the test they are a slogan.',
  question: 'Faster than which workflow, measured on which tasks, with how many people, and when?',
});
