import { defineRule } from '../rule';
import { figures, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'accuracy-without-test-set',
  rubric: 'R2',
  severity: 'major',
  texts: {
    en: {
      title: 'An accuracy figure with no test set',
      note: 'Accuracy is only meaningful on a named test set: which documents, how many, how hard. One AI detector sold as 98% accurate scored 53% when tested independently.',
      question: 'On which test set, with how many items, was this measured, and how does accuracy drop on harder inputs?',
    },
    zh: {
      title: '只报准确率，不说测试集',
      note: '准确率离开测试集就没有意义：测的是哪些文档、多少条、难度如何？有款号称准确率 98% 的 AI 检测工具，独立测试只有 53%。',
      question: '这个准确率是在哪个测试集、多少条样本上测出来的？遇到更难的输入会降到多少？',
    },
  },
  source: SOURCES.ftcWorkado,
  languages: ['en', 'zh'],
  kinds: ['accuracy'],
  examples: {
    flag: [
      { text: 'Detects AI-written essays with 98% accuracy.', span: '98%' },
      { text: '发票识别准确率高达99%。', span: '99%' },
    ],
    pass: [
      'On the public FUNSD test set (evaluated May 2024), field extraction reached an F1 of 0.91.',
      '在2024年对5,000张增值税发票的评测中，字段识别准确率为97.2%。',
    ],
  },
  check(ctx) {
    const p = ctx.proof;
    if (!ctx.numeric.includes('accuracy') || p.benchmark || p.sample) return [];
    return figures(ctx, ['percent', 'count', 'rating'], 'accuracy');
  },
});
