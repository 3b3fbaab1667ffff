import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'unnamed-authority',
  rubric: 'R8',
  severity: 'minor',
  title: '"As seen in" or "award-winning", with no name or date',
  source: SOURCES.ucpd,
  languages: ['en', 'zh'],
  kinds: ['social-proof'],
  examples: {
    flag: [
      { text: 'Award-winning AI, as seen in leading tech media.', span: 'Award-winning' },
      { text: '荣获多项大奖，权威推荐。', span: '荣获' },
    ],
    pass: ['Named a Cool Vendor by Gartner in its 2024 report on conversational AI.', '入选IDC《2024中国AI应用厂商评估》报告。'],
  },
  check(ctx) {
    const p = ctx.proof;
    if (p.named && p.date) return [];
    return cueAt(ctx, 'social-proof.authority');
  },
  note: 'Which award, from whom, when? Awards and press mentions are easy to buy or inflate, and displaying a quality mark without the right to is an unfair practice in the EU.',
  question: 'Which publication or award is this, when was it given, and was anything paid to enter or be featured?',
});
