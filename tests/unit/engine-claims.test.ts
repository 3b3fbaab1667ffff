// Is a sentence a claim, and of which kinds? Every kind in English and Chinese, each with
// sentences that must be read as that kind and near misses that must not.
import { describe, expect, it } from 'vitest';
import { scoreClaim } from '../../heuristics/index';
import type { ClaimKind } from '../../heuristics/types';
import { CLAIM_KINDS } from '../../heuristics/types';

const kindsOf = (text: string) => scoreClaim(text).kinds;

const CASES: Record<ClaimKind, { en: string[]; zh: string[]; not: string[] }> = {
  'quantified-benefit': {
    en: [
      'Saves 80% of your PPT work.',
      'Cut the time you spend on slide decks by 70%.',
      'Our assistant makes support teams three times as productive.',
      'Teams using Draftly close tickets 40% faster.',
      'Save $2,000 a month on design costs.',
    ],
    zh: ['节省80%的PPT工作。', '让团队效率提升5倍。', '把写周报的时间缩短一半。', '客户平均节省了35%的人力成本。'],
    not: ['Paying annually is 10% cheaper.', '20% off for students.', '学生享8折优惠。', 'Prices rise 5% on 1 March.'],
  },
  'time-to-value': {
    en: ['Get a first draft in seconds.', 'Go from idea to finished deck in under a minute.', 'Answers in under 200 milliseconds.', 'Results in real time.'],
    zh: ['秒级生成完整方案。', '3秒生成周报。', '即刻生成，无需等待。'],
    not: ['Watch the 2-minute demo.', 'Setup guide for administrators.'],
  },
  automation: {
    en: [
      'Turn any document into slides with one click.',
      'Fully automates your month-end reconciliation.',
      'Handles your inbox on autopilot.',
      'Schedules, sends and follows up automatically.',
    ],
    zh: ['一键生成整份PPT。', '全自动完成数据清洗，无需人工干预。', '自动识别发票并入账。'],
    not: ['Copy to clipboard with one click.', '一键复制到剪贴板。', 'Your plan renews automatically each month.', '每月1日自动续费。'],
  },
  replacement: {
    en: [
      'Replaces your copywriter, your designer and your analyst.',
      'No need to hire a lawyer for your contracts anymore.',
      'Meet your new AI accountant.',
      "It's like having a senior designer on call around the clock.",
    ],
    zh: ['一个AI顶一个运营团队。', '再也不需要请设计师了。', '全球首款AI会计师。'],
    not: ['Our lawyers reviewed the terms.', 'It does not replace your lawyer; it drafts for them to review.', 'Founded by two former teachers.'],
  },
  superlative: {
    en: ["The world's most advanced writing assistant.", 'The first AI that truly understands spreadsheets.', 'The fastest transcription engine ever built.'],
    zh: ['全球首款AI会计师。', '业内领先的智能写作平台。', '国内最强的中文大模型。'],
    not: ['The first step is to upload your file.', '第一步：上传文件。', 'We are not the best fit for large enterprises.'],
  },
  comparative: {
    en: ['Outperforms ChatGPT on every writing task.', 'Cheaper than Jasper, smarter than Copy.ai.', 'Twice as good as hiring a freelancer.'],
    zh: ['比ChatGPT更懂中文。', '效果远超同类产品。', '比人工翻译快20倍。'],
    not: ['Better onboarding docs are coming soon.', 'Works with Slack, Teams and Gmail.'],
  },
  absolute: {
    en: ['100% accurate transcripts, every time.', 'Zero errors, guaranteed.', 'Never misses a deadline.', 'Guaranteed to rank on the first page.'],
    zh: ['零差错，百分百准确。', '保证通过审核。', '永不出错。'],
    not: ['The model can make mistakes; check important answers.', 'Most answers are right, not all.'],
  },
  accuracy: {
    en: ['Recognises handwriting with 99.2% accuracy.', 'Our model is 97% accurate on invoices.', 'Detects fraud with 99.9% precision.'],
    zh: ['识别准确率高达99%。', '字符识别率达到98.5%。', '内容准确、零失误。'],
    not: ['Accuracy depends on the quality of your scan.', '准确率取决于扫描质量。', '精准度受光线影响。'],
  },
  earnings: {
    en: [
      'Earn $5,000 a month in passive income.',
      'Turn $100 into $1,000 with our AI trading bot.',
      'Our members made an average of $3,200 in their first month.',
      'Pays for itself in the first week.',
    ],
    zh: ['月入过万不是梦。', '轻松实现被动收入。', '用AI炒股，年化收益30%。'],
    not: ['Make 30% more sales calls with AI reminders.', 'Pricing starts at $12 per month.'],
  },
  'social-proof': {
    en: [
      'Trusted by 10,000+ teams worldwide.',
      'Join over 2 million happy writers.',
      'Used by teams at Google, Meta and Stripe.',
      '98% of users say they would never go back.',
    ],
    zh: ['超过10万家企业的信赖之选。', '深受200万用户喜爱。', '已服务500强企业中的200家。'],
    not: ['Our team has 12 engineers.', 'We support 40 languages.', '支持40种语言。'],
  },
  testimonial: {
    en: ['"It changed how our team works." — Maria, Head of Ops', '"This tool saved my job!"'],
    zh: ['“用了之后，写周报再也不头疼了。”——李女士', '“我们团队的周报时间从两小时缩短到二十分钟。”——王磊，产品经理'],
    not: ['Read what our customers say.', 'Customer stories'],
  },
  compliance: {
    en: ['GDPR compliant and SOC 2 certified.', 'Legally binding contracts in minutes.', 'Bank-grade security for your data.'],
    zh: ['符合等保三级要求，数据绝对安全。', '通过ISO 27001认证。', '采用银行级加密技术。'],
    not: ['We store data in Frankfurt and delete it after 30 days.', 'Read our privacy policy.'],
  },
  'ai-washing': {
    en: ['Harness the power of AI to transform your workflow.', 'Built on cutting-edge AI.', 'AI-powered insights for every team.'],
    zh: ['AI赋能企业数字化转型。', '以人工智能驱动业务增长。', '行业领先的大模型技术，深度理解职场语境。'],
    not: ['AI-powered invoice extraction for small businesses.', 'The model is GPT-4o from OpenAI.'],
  },
  'vague-promise': {
    en: ['Revolutionise the way you write.', 'Unlock your full potential.', 'No design skills needed.'],
    zh: ['开启智能办公新时代。', '用AI重新定义办公。', '小白也能做出大厂水准。'],
    not: ['Upload a PDF and get a summary.', 'Available on iOS and Android.'],
  },
  emotional: {
    en: ['Your AI companion who is always there for you.', 'Never feel alone again.', 'A friend who remembers everything about you.'],
    zh: ['懂你的AI伙伴，永远陪着你。', '她会一直陪着你，懂你的喜怒哀乐。'],
    not: ['Chat support is available on weekdays.', 'Our team replies within one working day.'],
  },
  'flaw-as-feature': {
    en: ['Deep thinking mode takes its time so you get better answers.'],
    zh: ['慢一点，是因为它在深度思考。'],
    not: ['Long documents take up to a minute to process.'],
  },
};

describe.each(CLAIM_KINDS.map((k) => [k, CASES[k]] as const))('claim kind %s', (kind, cases) => {
  it.each(cases.en)('reads as %s: "%s"'.replace('%s', kind), (text) => {
    expect(kindsOf(text)).toContain(kind);
  });
  it.each(cases.zh)('reads Chinese as %s: "%s"'.replace('%s', kind), (text) => {
    expect(scoreClaim(text).lang).toBe('zh');
    expect(kindsOf(text)).toContain(kind);
  });
  it.each(cases.not)('does not read as %s: "%s"'.replace('%s', kind), (text) => {
    expect(kindsOf(text)).not.toContain(kind);
  });
});

describe('not claims', () => {
  it.each([
    'Export to PDF and PowerPoint.',
    'Choose from 40 templates.',
    '支持导出PDF和Word。',
    'How does it work?',
    '它是怎么工作的？',
    'Pricing starts at $12 per month.',
    'Start your free trial',
    '免费试用',
    'Sign in with Google.',
    'We were founded in 2019.',
    'Data is encrypted at rest.',
    'Download the report (PDF, 2 MB).',
    'Invite up to 10 teammates on the free plan.',
    'Drafts are reviewed by a human before they are sent.',
    'We keep your files for 30 days, then delete them.',
    'The free plan includes 3 projects and 1 GB of storage.',
    'Customer support replies within 24 hours on weekdays.',
    '文件保存30天后自动删除。',
    '我们的团队有40名工程师。',
  ])('"%s" describes, asks, prices or invites: not a claim', (text) => {
    const r = scoreClaim(text);
    expect(r.isClaim).toBe(false);
    expect(r.verdict).toBe('not-a-claim');
    expect(r.score).toBeNull();
    expect(r.kinds).toEqual([]);
  });

  it.each([
    'Processing takes up to 2 minutes for files over 100 pages.',
    'In our tests, accuracy dropped to 81% on handwritten forms.',
    '手写体识别准确率较低，约为81%。',
    'Drafts may contain errors; always review before sending.',
  ])('"%s" states a limit: not a claim', (text) => {
    expect(scoreClaim(text).isClaim).toBe(false);
  });

  it('a negated promise is not the promise', () => {
    expect(kindsOf('We do not guarantee results.')).not.toContain('absolute');
    expect(kindsOf('It is not a replacement for your accountant.')).not.toContain('replacement');
  });
});

describe('claims a careful reader would notice', () => {
  it('reads a self-reported satisfaction figure as a claim (R3)', () => {
    const r = scoreClaim('98% of users say they would never go back.');
    expect(r.isClaim).toBe(true);
    expect(r.flags.map((f) => f.rule)).toContain('self-reported-as-measured');
    expect(r.verdict).toBe('weak');
  });

  it('reads named customers without an outcome as weak social proof', () => {
    for (const text of ['Teams at Acme, Globex and Initech rely on us.', 'Used by engineers at Stripe and Shopify.']) {
      const r = scoreClaim(text);
      expect(r.kinds).toContain('social-proof');
      expect(r.verdict).toBe('weak');
    }
  });

  it('reads "halved" as a figure', () => {
    const r = scoreClaim('Halved our onboarding time, according to a survey of 45 customers.');
    expect(r.kinds).toContain('quantified-benefit');
    expect(r.verdict).toBe('weak');
  });

  it('reads quoted praise as a testimonial, not as a superlative', () => {
    const r = scoreClaim('"Honestly the best AI tool I have ever used." — Sam');
    expect(r.kinds).toContain('testimonial');
    expect(r.kinds).not.toContain('superlative');
  });

  it('keeps the figure of a quotation as a number kind', () => {
    expect(kindsOf('"We cut our reply time from 6 to 4 minutes." — Ana Ruiz, Support Lead, Brightway')).toEqual(
      expect.arrayContaining(['testimonial', 'quantified-benefit']),
    );
  });

  it('gives every kind a span inside the sentence', () => {
    const text = 'SlideCraft AI is the world’s first AI presentation designer and saves 80% of your work.';
    const r = scoreClaim(text);
    expect(r.kinds.length).toBeGreaterThan(1);
    for (const f of r.flags) {
      expect(f.span[0]).toBeGreaterThanOrEqual(0);
      expect(f.span[1]).toBeLessThanOrEqual(text.length);
      expect(f.span[1]).toBeGreaterThan(f.span[0]);
    }
  });
});
