import { defineRule } from '../rule';
import { at, namesRival } from '../rule-helpers';

export default defineRule({
  id: 'unbenchmarked-rival',
  rubric: 'R5',
  severity: 'major',
  texts: {
    en: {
      title: 'Beats a named competitor, with no benchmark',
      note: 'A comparison with a named rival is checkable, so it should have been checked: which benchmark, which versions, which tasks, and when? Competitor models change monthly.',
      question: 'On which benchmark or test, with which versions of both products, and on what date was this comparison made?',
    },
    zh: {
      title: '点名胜过竞品，却没有基准测试',
      note: '点名对比是可以核查的，所以更该核查过：用的哪个基准、哪些版本、哪些任务、什么时候？竞品模型每个月都在变。',
      question: '这次对比用的是哪个基准或测试、双方各是哪个版本、在什么日期做的？',
    },
  },
  source: {
    name: 'FTC, "Keep your AI claims in check" (2023): claims that a product outperforms others need adequate proof',
    url: 'https://www.ftc.gov/business-guidance/blog/2023/02/keep-your-ai-claims-check',
  },
  languages: ['en', 'zh'],
  kinds: ['comparative'],
  examples: {
    flag: [
      { text: 'Outperforms ChatGPT on every writing task.', span: 'Outperforms' },
      { text: '比同类产品快2倍，效果更好。', span: '比同类产品快2倍' },
    ],
    pass: [
      'In the May 2024 Chatbot Arena leaderboard, our model placed above GPT-3.5 Turbo (Elo 1,183 against 1,117).',
      '在2024年WMT23中英测试集上，BLEU得分比GPT-3.5高2.1分。',
    ],
  },
  check(ctx) {
    const p = ctx.proof;
    if (!namesRival(ctx) || ((p.benchmark || p.independent) && p.date)) return [];
    return at(ctx, 'comparative');
  },
});
