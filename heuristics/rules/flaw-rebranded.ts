import { defineRule } from '../rule';
import { at, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'flaw-rebranded',
  rubric: 'R1',
  severity: 'major',
  texts: {
    en: {
      title: 'A weakness sold as a strength',
      note: 'Slowness or made-up details are costs, not features. Ask what the wait or the invention actually buys you, measured.',
      question: 'How long does it take, how often does it make things up, and what evidence shows the extra time improves the answer?',
    },
    zh: {
      title: '把缺点包装成优点',
      note: '慢、或者编造细节，都是代价，不是功能。要问的是：多等的时间、编出来的内容，到底换来了什么？有没有量过？',
      question: '一次要多长时间？多久会编造一次内容？有什么证据说明多花的时间让答案更好？',
    },
  },
  source: SOURCES.deception,
  languages: ['en', 'zh'],
  kinds: ['flaw-as-feature'],
  examples: {
    flag: [
      { text: 'Slow answers mean it is thinking deeply, and quality takes time.', span: 'quality takes time' },
      { text: '回答慢，是因为它在深度思考。', span: '慢，是因为它在深度思考' },
    ],
    pass: [
      'Answers take 20 to 40 seconds because each one searches your files first; a fast mode skips the search.',
      '每次回答需要20秒左右，因为要先检索你的文档；可以关闭检索以加快速度。',
    ],
  },
  check(ctx) {
    return at(ctx, 'flaw-as-feature');
  },
});
