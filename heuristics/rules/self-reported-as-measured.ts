import { defineRule } from '../rule';
import { SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'self-reported-as-measured',
  rubric: 'R3',
  severity: 'major',
  texts: {
    en: {
      title: 'What users say, presented as what happened',
      note: 'Feeling faster is not being faster: in one randomized trial, developers believed AI made them 20% faster while it made them 19% slower. A survey measures perception.',
      question: 'Was the gain measured (logs, timing, output) or only asked about, and what did the measurement show?',
    },
    zh: {
      title: '把用户“觉得”说成实际发生',
      note: '觉得快不等于真的快：一项随机对照试验里，开发者以为 AI 让他们快了 20%，实际却慢了 19%。问卷测到的是感受。',
      question: '这个提升是实测的（日志、计时、产出），还是问卷问出来的？实测结果是多少？',
    },
  },
  source: SOURCES.metr,
  languages: ['en', 'zh'],
  kinds: ['quantified-benefit', 'social-proof', 'comparative'],
  examples: {
    flag: [
      { text: '82% of users say they finish reports faster.', span: 'users say' },
      { text: '超过八成用户表示写作效率明显提升。', span: '用户表示' },
    ],
    pass: [
      'Across 2,100 tickets in our 2024 logs, median handling time fell from 11 to 8 minutes.',
      '2024年的后台日志显示，2,100张工单的处理时长中位数由11分钟降至8分钟。',
    ],
  },
  check(ctx) {
    const c = ctx.cues.find((x) => x.id === 'x.self-report' && x.span[1] > x.span[0]);
    if (c) return [c.span];
    const e = ctx.evidence.find((x) => x.kind === 'method' && x.weakness === 'self-report' && x.span);
    return e?.span ? [e.span] : [];
  },
});
