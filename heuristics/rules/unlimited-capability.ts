import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'unlimited-capability',
  rubric: 'R6',
  severity: 'major',
  title: 'Can do "anything", about "any topic"',
  source: SOURCES.ftcAiClaims,
  languages: ['en', 'zh'],
  kinds: ['absolute'],
  examples: {
    flag: [
      { text: 'Ask it anything and get an expert answer.', span: 'Ask it anything' },
      { text: '可以总结一切内容，回答任何问题。', span: '总结一切' },
    ],
    pass: [
      'Answers questions about your own documents; it says so when the documents do not cover a question.',
      '只回答与你上传文档相关的问题，文档未涉及时会明确说明。',
    ],
  },
  check(ctx) {
    return cueAt(ctx, 'absolute.universal');
  },
  note: 'Every system has inputs it handles badly. A page that promises everything has not told you where its limits are, which is the part you need.',
  question: 'Which kinds of request does it handle worst, and what does it do when it does not know?',
});
