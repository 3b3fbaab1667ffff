import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'empty-praise',
  rubric: 'R10',
  severity: 'minor',
  texts: {
    en: {
      title: 'Praise in place of a description',
      note: 'Stunning to whom? Praise words describe how the seller wants you to feel; they say nothing you could check about what you will get.',
      question: 'Can we see unedited output from typical inputs, including the weak ones?',
    },
    zh: {
      title: '只有夸奖，没有描述',
      note: '“精美”是谁觉得精美？夸奖的词描述的是卖家希望你有的感受，没有一句能拿来核对你会得到什么。',
      question: '能给我们看看典型输入下未经修饰的输出吗？包括效果差的那些？',
    },
  },
  source: SOURCES.deception,
  languages: ['en', 'zh'],
  kinds: ['vague-promise'],
  examples: {
    flag: [
      { text: 'Create stunning, high-converting landing pages.', span: 'stunning' },
      { text: '一键生成精美的产品海报。', span: '精美' },
    ],
    pass: ['Creates a landing page from your product description in one of 12 layouts.', '根据产品描述，从12种版式中生成落地页。'],
  },
  check(ctx) {
    return cueAt(ctx, 'vague-promise.praise');
  },
});
