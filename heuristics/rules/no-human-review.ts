import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'no-human-review',
  rubric: 'R4',
  severity: 'critical',
  texts: {
    en: {
      title: 'Says no person needs to check the output',
      note: '"No human needed" is exactly what one AI firm claimed while most orders needed a person behind the scenes. For any output that reaches customers, someone should be able to check it.',
      question: 'What share of outputs did people have to correct or take over, measured how, and who is accountable when one is wrong?',
    },
    zh: {
      title: '说输出不需要任何人检查',
      note: '“无需人工”正是某家 AI 公司的说法，而它大部分订单其实有人在幕后处理。任何要交到客户手里的输出，都应该有人能检查。',
      question: '有多大比例的输出需要人工修改或接手？怎么统计的？出错时由谁负责？',
    },
  },
  source: SOURCES.secPresto,
  languages: ['en', 'zh'],
  kinds: ['automation'],
  examples: {
    flag: [
      { text: 'No human review needed: replies go straight to customers.', span: 'No human review needed' },
      { text: '全程无需人工审核，自动发送给客户。', span: '无需人工审核' },
    ],
    pass: ['Each reply is drafted automatically and sent only after an agent approves it.', '每条回复都由AI起草，经客服确认后才会发送。'],
  },
  check(ctx) {
    if (ctx.proof.review) return [];
    return cueAt(ctx, 'automation.no-human');
  },
});
