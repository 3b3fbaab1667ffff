import { defineRule } from '../rule';

export default defineRule({
  id: 'unbaselined-percentage',
  rubric: 'R2',
  severity: 'major',
  title: 'A percentage or multiple with nothing to compare it to',
  source: {
    name: 'FTC v. Workado (2025): a "98 percent accurate" claim that independent testing put at 53%',
    url: 'https://www.ftc.gov/news-events/news/press-releases/2025/04/ftc-order-requires-workado-back-artificial-intelligence-detection-claims',
  },
  languages: ['en', 'zh'],
  examples: {
    flag: [
      { text: 'Cut the time you spend on slides by 80%.', span: '80%' },
      { text: 'Write 10x faster with AI.', span: '10x' },
      { text: '效率提升10倍', span: '10倍' },
      { text: '节省80%的PPT制作时间', span: '80%' },
    ],
    pass: [
      'In a 2024 study of 212 analysts, median deck time fell 38% compared with manual work.',
      'Export to PDF and PowerPoint.',
      '在2024年对312名用户为期8周的对照实验中，与手工撰写相比，周报耗时中位数减少38%。',
    ],
  },
  check(ctx) {
    if (ctx.has('baseline')) return [];
    return ctx.quantities
      .filter((q) => (q.unit === 'percent' || q.unit === 'multiple') && ctx.kinds.some((k) => k.kind === 'quantified-benefit' && k.span[0] === q.span[0]))
      .map((q) => q.span);
  },
  note: 'A percentage needs a "compared with what": eighty per cent of whose work, measured how, against which baseline?',
  question: 'What was the baseline, the sample size and the date of the measurement behind this number?',
});
