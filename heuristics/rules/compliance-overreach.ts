import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'compliance-overreach',
  rubric: 'R9',
  severity: 'critical',
  texts: {
    en: {
      title: 'Claims compliance with no audit behind it',
      note: 'Compliance is a finding, not a feature: an auditor checks a defined scope on a date. One AI accessibility tool paid $1 million for promising compliance it could not deliver.',
      question: 'Which standard, which scope, which independent auditor, and on what date? Can we see the report or certificate?',
    },
    zh: {
      title: '声称合规，背后却没有审计',
      note: '合规是审计得出的结论，不是产品功能：审计方在某个日期、针对明确的范围核查。有款 AI 无障碍工具就因承诺做不到的合规，付了 100 万美元。',
      question: '符合哪项标准、覆盖什么范围、由哪家独立审计机构在什么时间核查？能给我们看报告或证书吗？',
    },
  },
  source: SOURCES.ftcAccessiBe,
  languages: ['en', 'zh'],
  kinds: ['compliance'],
  examples: {
    flag: [
      { text: 'Fully GDPR-compliant AI, out of the box.', span: 'Fully GDPR-compliant' },
      { text: '完全符合个人信息保护法要求。', span: '完全符合个人信息保护法要求' },
    ],
    pass: [
      'Our SOC 2 Type II report for January to June 2024 was issued by Cole & Marsh LLP and covers the hosting service.',
      '经衡信认证中心2024年6月审核，通过ISO/IEC 27001认证，证书编号HX-2024-0331。',
    ],
  },
  check(ctx) {
    const p = ctx.proof;
    if (p.independent && p.date) return [];
    return cueAt(ctx, 'compliance.standard');
  },
});
