import { defineRule } from '../rule';
import { cueAt } from '../rule-helpers';

export default defineRule({
  id: 'security-puffery',
  rubric: 'R9',
  severity: 'minor',
  texts: {
    en: {
      title: '"Bank-grade security" without saying what it is',
      note: '"Bank-grade" and "military-grade" are marketing terms with no standard behind them. What matters is which encryption, where the keys live, and who audited it.',
      question: 'Which encryption and key management do you use, who can read our data, and which independent audit covers it?',
    },
    zh: {
      title: '“银行级安全”，却没说具体是什么',
      note: '“银行级”“军工级”都是营销用语，背后没有任何标准。要紧的是用什么加密、密钥放在哪里、谁审计过。',
      question: '你们用什么加密和密钥管理方式？谁能读取我们的数据？哪项独立审计覆盖了这些？',
    },
  },
  source: {
    name: 'FTC v. Zoom (2020): security claims ("256-bit end-to-end encryption") that did not match the product',
    url: 'https://www.ftc.gov/news-events/news/press-releases/2020/11/ftc-requires-zoom-enhance-its-security-practices-part-settlement',
  },
  languages: ['en', 'zh'],
  kinds: ['compliance'],
  examples: {
    flag: [
      { text: 'Enterprise-grade security for all your documents.', span: 'Enterprise-grade security' },
      { text: '采用银行级加密技术保护数据。', span: '银行级加密技术' },
    ],
    pass: [
      'Data is encrypted with AES-256 at rest; our SOC 2 Type II report is available under NDA.',
      '数据静态加密采用AES-256，已通过等保三级测评（2024年3月）。',
    ],
  },
  check(ctx) {
    if (ctx.proof.standard) return [];
    return cueAt(ctx, 'compliance.security');
  },
});
