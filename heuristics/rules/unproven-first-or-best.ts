import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'unproven-first-or-best',
  rubric: 'R5',
  severity: 'major',
  texts: {
    en: {
      title: 'A "first", "only" or "#1" with no independent comparison',
      note: '"First" and "#1" are rankings, and rankings need a ranker. Without a named benchmark, competitor set and date the title is self-awarded; one adviser was fined for calling itself the "first regulated AI financial advisor".',
      question: 'Which independent ranking or benchmark, covering which competitors and on which date, supports this?',
    },
    zh: {
      title: '“首个”“唯一”“第一”，却没有独立比较',
      note: '“首个”“第一”都是排名，排名得有人来排。没有具名的基准、竞品范围和日期，这个头衔就是自封的；曾有投资顾问因自称“首个受监管的 AI 理财顾问”被罚款。',
      question: '哪项独立排名或基准测试支持这个说法？覆盖了哪些竞品？是什么时候的？',
    },
  },
  source: SOURCES.secAiWashing,
  languages: ['en', 'zh'],
  kinds: ['superlative'],
  examples: {
    flag: [
      { text: "The world's first AI presentation designer.", span: "world's first" },
      { text: '全球首个AI周报助手。', span: '全球首个' },
    ],
    pass: ['Ranked first of 14 tools on the public MTEB leaderboard as of March 2024.', '在IDC《2024上半年中国智能客服市场份额报告》中排名第一。'],
  },
  check(ctx) {
    const p = ctx.proof;
    if ((p.benchmark || p.independent || p.named) && p.date) return [];
    return cueAt(ctx, 'superlative.first');
  },
});
