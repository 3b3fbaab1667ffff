import { defineRule } from '../rule';

export default defineRule({
  id: 'one-click-without-limits',
  rubric: 'R4',
  severity: 'major',
  title: 'One-click or fully automatic, with no word on review or failure',
  source: {
    name: 'FTC, "Keep your AI claims in check" (2023): are you exaggerating what your AI product can do?',
    url: 'https://www.ftc.gov/business-guidance/blog/2023/02/keep-your-ai-claims-check',
  },
  languages: ['en', 'zh'],
  examples: {
    flag: [
      { text: 'One-click weekly report.', span: 'One-click' },
      { text: 'Your reports write themselves, on autopilot.', span: 'write themselves' },
      { text: '一键生成周报', span: '一键' },
    ],
    pass: [
      'One-click drafts that still need a human review before sending; tables with merged cells are not supported.',
      '一键生成初稿，但仍需人工审核后再发送。',
    ],
  },
  check(ctx) {
    if (ctx.has('limitation') || ctx.has('scope', 'strong')) return [];
    const span = ctx.spanOf('automation');
    return span ? [span] : [];
  },
  note: 'Automation claims rarely say what still needs a person. What does the one click produce, and who checks it?',
  question: 'Where does the automation fail, and what review step do your customers keep?',
});
