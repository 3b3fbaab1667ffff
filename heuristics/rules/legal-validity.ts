import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'legal-validity',
  rubric: 'R9',
  severity: 'critical',
  texts: {
    en: {
      title: 'Says its documents are legally valid or court-ready',
      note: 'Whether a document holds up depends on the jurisdiction, the facts and how it is signed. A generator cannot promise that; one "robot lawyer" was fined for implying it could.',
      question: 'In which jurisdictions were documents reviewed by lawyers, how often did they need changes, and who is liable if one fails?',
    },
    zh: {
      title: '声称文件具有法律效力、可直接用于诉讼',
      note: '文件站不站得住，取决于司法辖区、具体事实和签署方式，生成器承诺不了；有个“机器人律师”就因暗示能做到而被罚款。',
      question: '这些文件在哪些司法辖区经过律师审核？多大比例需要修改？文件出了问题由谁负责？',
    },
  },
  source: SOURCES.ftcAiComply,
  languages: ['en', 'zh'],
  kinds: ['compliance'],
  examples: {
    flag: [
      { text: 'Generates legally binding contracts in minutes.', span: 'legally binding' },
      { text: '生成的合同具有法律效力，可直接用于诉讼。', span: '具有法律效力' },
    ],
    pass: ['Drafts a contract from your answers; we recommend a lawyer reviews it before anyone signs.', '根据你的回答起草合同，建议签署前由律师审阅。'],
  },
  check(ctx) {
    return cueAt(ctx, 'compliance.legal');
  },
});
