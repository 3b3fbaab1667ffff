import { defineRule } from '../rule';
import { namesModel, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'vague-ai-power',
  rubric: 'R1',
  severity: 'minor',
  texts: {
    en: {
      title: '"Powered by AI" without saying what the AI does',
      note: 'Which model does what, on which input? "AI-powered" on its own is a label, not a capability, and regulators have fined firms for AI they did not have.',
      question: 'Which model or provider does this use, for which step, and what does it do that a non-AI tool would not?',
    },
    zh: {
      title: '“AI 赋能”，却没说 AI 做了什么',
      note: '哪个模型、针对什么输入、做了什么？“AI 驱动”本身只是标签，不是能力；已有公司因宣传自己并不具备的 AI 而被监管机构罚款。',
      question: '用的是哪个模型或服务商？用在哪个环节？它做到了哪些非 AI 工具做不到的事？',
    },
  },
  source: SOURCES.secAiWashing,
  languages: ['en', 'zh'],
  kinds: ['ai-washing'],
  examples: {
    flag: [
      { text: 'Harness the power of AI to grow your agency.', span: 'Harness the power of AI' },
      { text: '我们用强大的AI技术帮你搞定一切汇报。', span: '强大的AI技术' },
    ],
    pass: ['Drafts replies with GPT-4o from your help-centre articles; an agent edits each one.', '使用通义千问模型把会议录音转写为文字。'],
  },
  check(ctx) {
    if (namesModel(ctx)) return [];
    const c = ctx.cues.find((x) => x.id === 'ai-washing');
    return c ? [c.span] : [];
  },
});
