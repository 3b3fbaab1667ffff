import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'unnamed-authority',
  rubric: 'R8',
  severity: 'minor',
  texts: {
    en: {
      title: '"As seen in" or "award-winning", with no name or date',
      note: 'Which award, from whom, when? Awards and press mentions are easy to buy or inflate, and displaying a quality mark without the right to is an unfair practice in the EU.',
      question: 'Which publication or award is this, when was it given, and was anything paid to enter or be featured?',
    },
    zh: {
      title: '“媒体报道”“屡获大奖”，却没有名称和日期',
      note: '什么奖？谁颁的？什么时候？奖项和媒体报道很容易花钱买到或夸大；在欧盟，无权使用却展示质量标志，属于不公平商业行为。',
      question: '是哪家媒体或哪个奖项？什么时候颁发的？参评或被报道有没有付费？',
    },
  },
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
});
