import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'effortless-promise',
  rubric: 'R10',
  severity: 'minor',
  texts: {
    en: {
      title: '"Effortless" and "seamless" where setup and review are work',
      note: 'An advertising watchdog asked Microsoft to qualify "seamlessly" when users in fact had to take manual steps. Setup, checking and fixing are part of using any tool.',
      question: 'What setup does it need, which integrations need manual steps, and how long do new users take to get a usable result?',
    },
    zh: {
      title: '说“轻松”“无缝”，可配置和检查都要花功夫',
      note: '美国广告自律机构曾要求微软给“无缝”加上限定，因为用户其实要手动操作好几步。任何工具，配置、检查、返工都是使用的一部分。',
      question: '需要做哪些配置？哪些集成要手动操作？新用户一般多久才能得到能用的结果？',
    },
  },
  source: SOURCES.nadCopilot,
  languages: ['en', 'zh'],
  kinds: ['vague-promise'],
  examples: {
    flag: [
      { text: 'Seamlessly integrates with every tool you use.', span: 'Seamlessly' },
      { text: '轻松生成精美海报，简单易用。', span: '轻松' },
    ],
    pass: ['Connects to Jira and GitHub through OAuth; other tools need a CSV export.', '通过OAuth连接Jira和GitHub，其他工具需要导出CSV。'],
  },
  check(ctx) {
    return cueAt(ctx, 'vague-promise.ease');
  },
});
