import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'unlimited-capability',
  rubric: 'R6',
  severity: 'major',
  texts: {
    en: {
      title: 'Can do "anything", about "any topic"',
      note: 'Every system has inputs it handles badly. A page that promises everything has not told you where its limits are, which is the part you need.',
      question: 'Which kinds of request does it handle worst, and what does it do when it does not know?',
    },
    zh: {
      title: '号称“什么都能做”“什么问题都能答”',
      note: '任何系统都有处理不好的输入。一个什么都承诺的页面，恰恰没告诉你它的边界在哪里，而那正是你最需要知道的。',
      question: '它最不擅长处理哪类请求？遇到不知道的问题会怎么做？',
    },
  },
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
});
