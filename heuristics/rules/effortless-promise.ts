import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'effortless-promise',
  rubric: 'R10',
  severity: 'minor',
  title: '"Effortless" and "seamless" where setup and review are work',
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
  note: 'An advertising watchdog asked Microsoft to qualify "seamlessly" when users in fact had to take manual steps. Setup, checking and fixing are part of using any tool.',
  question: 'What setup does it need, which integrations need manual steps, and how long do new users take to get a usable result?',
});
