import { defineRule } from '../rule';
import { cueAt } from '../rule-helpers';

export default defineRule({
  id: 'total-security',
  rubric: 'R9',
  severity: 'major',
  texts: {
    en: {
      title: 'Says your data is completely safe',
      note: 'No system is completely safe, and a promise that is broken becomes a legal problem for the vendor and a practical one for you. Concrete commitments can be checked.',
      question: 'Where is our data stored, for how long, who can access it, is it used for training, and what happens after a breach?',
    },
    zh: {
      title: '声称数据绝对安全',
      note: '没有哪个系统绝对安全；这样的承诺一旦落空，对厂商是法律问题，对你是实实在在的麻烦。具体的承诺才能核查。',
      question: '我们的数据存在哪里、保存多久、谁能访问、会不会用于训练？发生泄露后怎么处理？',
    },
  },
  source: {
    name: 'FTC, "AI Companies: Uphold Your Privacy and Confidentiality Commitments" (January 2024)',
    url: 'https://www.ftc.gov/policy/advocacy-research/tech-at-ftc/2024/01/ai-companies-uphold-your-privacy-confidentiality-commitments',
  },
  languages: ['en', 'zh'],
  kinds: ['absolute'],
  examples: {
    flag: [
      { text: 'Your data is 100% safe with us.', span: '100% safe' },
      { text: '数据百分百安全，绝不泄露。', span: '百分百安全' },
    ],
    pass: [
      'Tickets are deleted 30 days after closing and never used to train models; see our data processing agreement.',
      '工单在关闭30天后删除，不会用于模型训练，详见数据处理协议。',
    ],
  },
  check(ctx) {
    return cueAt(ctx, 'absolute.safety');
  },
});
