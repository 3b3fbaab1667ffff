import { defineRule } from '../rule';
import { SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'small-or-internal-sample',
  rubric: 'R3',
  severity: 'minor',
  texts: {
    en: {
      title: 'Backed by a small or internal test',
      note: 'An internal test or a handful of beta users is a start, not proof: they are chosen by the vendor and are often its keenest fans. The figure may not survive a larger, independent test.',
      question: 'How large was the group, who chose it, and has anyone outside the company repeated the measurement?',
    },
    zh: {
      title: '依据只是小样本或内部测试',
      note: '内部测试或几个内测用户只是起点，不是证明：他们由厂商挑选，往往是最热心的粉丝。换成更大、独立的测试，这个数字未必还在。',
      question: '参与的有多少人？由谁挑选？公司以外有人重复测过吗？',
    },
  },
  source: SOURCES.nadCopilot,
  languages: ['en', 'zh'],
  kinds: ['quantified-benefit', 'accuracy', 'earnings', 'social-proof', 'comparative', 'time-to-value'],
  examples: {
    flag: [
      { text: 'Cuts drafting time by 40% (internal survey of 18 beta users, 2024).', span: 'internal survey' },
      { text: '效率提升10倍（基于内测数据）。', span: '内测' },
    ],
    pass: ['Cuts drafting time by 40% (2024 randomized trial, 640 users, vs control).', '2024年对640名用户的随机对照实验中，撰写时间比对照组减少40%。'],
  },
  check(ctx) {
    const p = ctx.proof;
    if (!(p.small || p.internal)) return [];
    const e = ctx.evidence.find((x) => (x.kind === 'sample' || x.kind === 'method') && x.strength === 'weak' && x.span && x.weakness !== 'self-report');
    return e?.span ? [e.span] : [[0, Math.min(ctx.text.length, 1)]];
  },
});
