import { defineRule } from '../rule';

export default defineRule({
  id: 'vague-ai-power',
  rubric: 'R1',
  severity: 'minor',
  title: '"Powered by AI" without saying what the AI does',
  source: {
    name: 'SEC v. Delphia and Global Predictions (2024): AI capabilities that did not exist',
    url: 'https://www.sec.gov/newsroom/press-releases/2024-36',
  },
  languages: ['en', 'zh'],
  examples: {
    flag: [
      { text: 'Harness the power of AI for your business.', span: 'Harness the power of AI' },
      { text: 'AI赋能，智慧办公', span: '赋能' },
    ],
    pass: ['Transcribes calls with OpenAI Whisper and drafts a summary you can edit.', '使用通义千问模型把会议录音转写为文字。'],
  },
  check(ctx) {
    const span = ctx.spanOf('ai-washing');
    return span ? [span] : [];
  },
  note: 'Which model does what, on which input? "AI-powered" on its own is a label, not a capability.',
  question: 'Which model or provider does this use, for which step, and what does it do that a non-AI tool would not?',
});
