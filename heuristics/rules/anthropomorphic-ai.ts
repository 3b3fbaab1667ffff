import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'anthropomorphic-ai',
  rubric: 'R1',
  severity: 'minor',
  texts: {
    en: {
      title: 'Says the AI "understands" or "knows" you',
      note: 'Language models predict text; they do not "understand" a brand the way a colleague does. The words promise judgement the page never describes or tests.',
      question: 'What does the system actually take in about our brand or audience, and how do you check that its output fits?',
    },
    zh: {
      title: '说 AI “懂你”“理解你”',
      note: '语言模型是在预测文字，并不像同事那样“理解”你的品牌。“懂你”许诺的是判断力，页面却既没说它怎么做到，也没测过。',
      question: '系统实际读取了我们品牌或受众的哪些信息？你们怎么检查它的输出是否贴合？',
    },
  },
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
});
