import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'never-misses',
  rubric: 'R6',
  severity: 'critical',
  texts: {
    en: {
      title: 'Claims to catch every case',
      note: 'No detector catches everything; claiming to is how a weapons scanner maker ended up under an FTC order. The useful number is the miss rate, and where the misses happen.',
      question: 'What share of cases does it miss, on which test, and which kinds of case does it miss most?',
    },
    zh: {
      title: '声称一个都不会漏',
      note: '没有哪种检测能一个不漏；一家武器扫描仪厂商就是因为这样宣传，被美国联邦贸易委员会勒令停止这类宣传。真正有用的数字是漏检率，以及漏在哪里。',
      question: '它会漏掉多大比例？在哪个测试上测的？最容易漏掉哪类情况？',
    },
  },
  source: SOURCES.ftcEvolv,
  languages: ['en', 'zh'],
  kinds: ['absolute'],
  examples: {
    flag: [
      { text: 'Our AI catches every fraudulent invoice.', span: 'catches every fraudulent invoice' },
      { text: '智能审核从不遗漏任何风险条款。', span: '从不遗漏' },
    ],
    pass: [
      'Flagged 96% of seeded errors in our 2024 test of 5,000 invoices; handwritten ones are often missed.',
      '在2024年5,000张发票的测试中，识别出96%的预设错误，手写发票漏检较多。',
    ],
  },
  check(ctx) {
    const p = ctx.proof;
    if (p.sample && p.date) return [];
    return cueAt(ctx, 'absolute.coverage');
  },
});
