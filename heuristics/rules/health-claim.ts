import { defineRule } from '../rule';
import { cueAt } from '../rule-helpers';

export default defineRule({
  id: 'health-claim',
  rubric: 'R9',
  severity: 'critical',
  title: 'A health or clinical claim with no trial named',
  source: {
    name: 'FTC Health Products Compliance Guidance (2022)',
    url: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance',
  },
  languages: ['en', 'zh'],
  kinds: ['compliance'],
  examples: {
    flag: [
      { text: 'Clinically proven to reduce anxiety in two weeks.', span: 'Clinically proven' },
      { text: '临床验证，有效缓解焦虑。', span: '临床验证' },
    ],
    pass: [
      'A journaling app; it is not a medical device and does not diagnose or treat any condition.',
      '一款记录情绪的应用，不是医疗器械，不用于诊断或治疗。',
    ],
  },
  check(ctx) {
    const p = ctx.proof;
    if (p.measured && p.sample && p.named) return [];
    return cueAt(ctx, 'compliance.health');
  },
  note: 'Health claims need randomized, controlled human trials of the product itself. "Clinically proven" without the trial named is a red flag, the more so for mental health.',
  question: 'Which clinical trial, with how many participants, published where, tested this product for this outcome?',
});
