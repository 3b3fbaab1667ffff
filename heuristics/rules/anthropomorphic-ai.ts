import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'anthropomorphic-ai',
  rubric: 'R1',
  severity: 'minor',
  title: 'Says the AI "understands" or "knows" you',
  source: SOURCES.ftcAiClaims,
  languages: ['en', 'zh'],
  kinds: ['ai-washing'],
  examples: {
    flag: [
      { text: 'It understands your brand, your audience and your goals.', span: 'understands your brand, your audience' },
      { text: '深度理解你的业务，像专家一样给出建议。', span: '深度理解' },
    ],
    pass: [
      'It matches each ticket to help-centre articles by keyword and meaning, and shows which article it used.',
      '根据工单内容检索相关帮助文档，并标出引用的段落。',
    ],
  },
  check(ctx) {
    return cueAt(ctx, 'ai-washing.anthro');
  },
  note: 'Language models predict text; they do not "understand" a brand the way a colleague does. The words promise judgement the page never describes or tests.',
  question: 'What does the system actually take in about our brand or audience, and how do you check that its output fits?',
});
