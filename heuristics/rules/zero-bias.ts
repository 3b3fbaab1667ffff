import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'zero-bias',
  rubric: 'R6',
  severity: 'critical',
  texts: {
    en: {
      title: 'Claims to be free of bias',
      note: '"Zero bias" cannot be shown, only measured as a difference between groups. One facial-recognition firm was barred from saying it for lack of testing.',
      question: 'Which groups were compared, on what data, by whom, and how large were the differences?',
    },
    zh: {
      title: '声称毫无偏见',
      note: '“零偏见”无法证明，只能通过不同群体之间的差异来测量。一家人脸识别公司就因缺乏测试，被禁止这样宣传。',
      question: '比较了哪些群体？用的什么数据？由谁测的？差异有多大？',
    },
  },
  source: SOURCES.ftcIntelliVision,
  languages: ['en', 'zh'],
  kinds: ['absolute'],
  examples: {
    flag: [
      { text: 'Our hiring AI is completely unbiased.', span: 'completely unbiased' },
      { text: '算法绝对客观，零偏见。', span: '绝对客观' },
    ],
    pass: [
      'Selection rates across gender and ethnic groups differed by at most 3 points in a 2024 audit of 40,000 applications by Fairline Labs.',
      '第三方机构2024年对4万份简历的审计显示，不同性别的通过率差异不超过3个百分点。',
    ],
  },
  check(ctx) {
    const p = ctx.proof;
    if (p.sample && p.date && p.independent) return [];
    return cueAt(ctx, 'absolute.bias');
  },
});
