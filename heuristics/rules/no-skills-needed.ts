import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'no-skills-needed',
  rubric: 'R4',
  severity: 'minor',
  texts: {
    en: {
      title: '"No skills needed" for expert work',
      note: 'The tool may remove the drudgery, but someone still has to judge whether the result is good. "No skills needed" usually means the checking moves to your customer.',
      question: 'What do users without the skill typically get wrong with the tool, and how would they notice?',
    },
    zh: {
      title: '专业的活，却说“零基础也能做”',
      note: '工具也许能省掉重复劳动，但结果好不好，还得有人判断。“零基础”往往意味着把检查的活儿推给了你的客户。',
      question: '没有相关技能的用户用这个工具，通常会在哪里出错？他们怎么发现？',
    },
  },
  source: SOURCES.ftcAiClaims,
  languages: ['en', 'zh'],
  kinds: ['vague-promise'],
  examples: {
    flag: [
      { text: 'No design skills needed: anyone can make a brand identity.', span: 'No design skills needed' },
      { text: '零基础也能做出专业级海报。', span: '零基础' },
    ],
    pass: [
      'Works best for people who already know what a good deck looks like; it saves layout time, not judgement.',
      '适合有一定设计基础的用户，主要节省排版时间。',
    ],
  },
  check(ctx) {
    return cueAt(ctx, 'vague-promise.no-skill');
  },
});
