import { defineRule } from '../rule';

export default defineRule({
  id: 'unproven-first-or-best',
  rubric: 'R5',
  severity: 'major',
  title: 'A "first", "best" or "#1" with no independent comparison',
  source: {
    name: 'SEC v. Global Predictions (2024): "first regulated AI financial advisor"',
    url: 'https://www.sec.gov/newsroom/press-releases/2024-36',
  },
  languages: ['en', 'zh'],
  examples: {
    flag: [
      { text: "The world's first AI presentation designer.", span: "world's first" },
      { text: 'The #1 AI writing tool for teams.', span: '#1' },
      { text: '全球首个AI周报助手', span: '全球首个' },
      { text: '行业领先的智能写作平台', span: '行业领先' },
    ],
    pass: ['Ranked first of 14 tools on the independent 2024 SlideBench evaluation.', '在2024年第三方评测机构的基准测试中排名第一。'],
  },
  check(ctx) {
    if (ctx.has('independent') && (ctx.has('method') || ctx.has('date'))) return [];
    const span = ctx.spanOf('superlative');
    return span ? [span] : [];
  },
  note: 'First, best or leading according to whom? Without a named benchmark, competitor set and date this is self-awarded.',
  question: 'Which independent comparison, on which benchmark and date, supports this ranking?',
});
