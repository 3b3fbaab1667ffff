import { defineRule } from '../rule';

export default defineRule({
  id: 'unverified-social-proof',
  rubric: 'R8',
  severity: 'minor',
  title: '"Trusted by thousands" with nobody you can check',
  source: {
    name: 'FTC Endorsement Guides, 16 CFR Part 255',
    url: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-B/part-255',
  },
  languages: ['en', 'zh'],
  examples: {
    flag: [
      { text: 'Trusted by 50,000+ teams worldwide.', span: '50,000+' },
      { text: '10000+企业信赖的选择', span: '10000+' },
    ],
    pass: ['Acme Logistics cut invoice handling from 9 to 4 days after six months (case study, 2024).', '一键导出为PDF。'],
  },
  check(ctx) {
    if (ctx.has('named-customer') || ctx.has('independent')) return [];
    const span = ctx.spanOf('social-proof');
    return span ? [span] : [];
  },
  note: 'A count of users says nothing about outcomes, and cannot be checked. Named customers with numbers can.',
  question: 'Which of these customers can we contact, and what did they measure?',
});
