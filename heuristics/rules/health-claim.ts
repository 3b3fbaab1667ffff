import { defineRule } from '../rule';
import { cueAt } from '../rule-helpers';

export default defineRule({
  id: 'health-claim',
  rubric: 'R9',
  severity: 'critical',
  texts: {
    en: {
      title: 'A health or clinical claim with no trial named',
      note: 'Health claims need randomized, controlled human trials of the product itself. "Clinically proven" without the trial named is a red flag, the more so for mental health.',
      question: 'Which clinical trial, with how many participants, published where, tested this product for this outcome?',
    },
    zh: {
      title: '讲健康或临床功效，却没说是哪项试验',
      note: '健康功效需要针对产品本身的随机对照人体试验。说“临床验证”却不说是哪项试验，是个危险信号，涉及心理健康时更是如此。',
      question: '是哪项临床试验、有多少受试者、发表在哪里，验证了这个产品对这项结果的作用？',
    },
  },
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
});
