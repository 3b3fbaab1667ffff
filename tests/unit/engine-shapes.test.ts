// The shapes a claim takes in real copy, and the shapes that look like claims but are not.
// Every sentence here was written for this test, in its own words: none is taken from the
// labelled corpora, so passing says the engine reads the shape, not the sentence.
import { describe, expect, it } from 'vitest';
import { scoreClaim } from '../../heuristics/index';

const CLAIMS: Record<string, string[]> = {
  'a time to result set against a longer one': ['三分钟做完以前要忙一整周的对账。', 'Go from idea to launched campaign in an afternoon, not a month.'],
  'a saving stated over a share of cost': ['帮门店省下近一半的人力开支。', 'Slash your cloud bill by more than a third.'],
  'an absolute about coverage': ['每一封客户邮件都不会漏掉。', 'Spots every broken link on your site.'],
  'money in a short or written-out form': ['Creators on our platform earn 2k–4k a month.', '用AI副业月入三万。', 'Tap into a $40-billion market.'],
  'a bias or error claim with two nouns': ['Free from any gender or accent bias.'],
  'almost all of the work': ['Automates nearly 100% of the paperwork.'],
  companionship: ['一个永远懂你、从不嫌你烦的朋友。', 'A companion who always understands you.'],
  'urgency and fear': ['Your final chance before prices go up.', '再不用AI写作，你就会被同行淘汰。'],
  'an edge over others': ['Gives your team an advantage no one else has.'],
  'privacy absolutes': ['We never keep a copy of your recordings.', '你的照片永远只存在你自己的手机里。'],
  'unlimited scale': ['Handles traffic that grows without limit.'],
  'an end to errors': ['Eliminates manual data-entry errors for good.'],
};

const NOT_CLAIMS: Record<string, string[]> = {
  'feature names with instant, real-time, one-click': ['Real-time subtitles', 'One-click export to Google Slides', '实时协作编辑', '即时通知'],
  quotas: ['Up to 20GB of storage per workspace.', '免费版每天可生成5次。'],
  'plan and tier names': ['Team plan', '专业版'],
  headings: ['Integrations', '常见问题'],
  'slideshow counters': ['2 / 6'],
  definitions: ['Net revenue retention is the percentage of recurring revenue kept from existing customers over a year.'],
  'usage instructions': ['Wait 10–15 seconds, then press Refresh.', '上传文件后，等待约30秒再点击下载。'],
  'billing rules': ['You are billed on the first day of each month.', '按年付费，到期自动续订。'],
  'quoted example prompts': ['Try asking: "Summarise this contract in five bullet points."'],
  'references to a published work': [
    'Chen, L. and Ortiz, M. (2024). Invoice matching at scale. Journal of Accounting Systems, 12(3).',
    '王磊、陈静（2023）：《合同审阅自动化的误差分析》，《法律科技》第2期。',
  ],
  'third-party facts': ['OpenAI released its first reasoning model in 2024.'],
  'retention and billing periods': [
    'Recordings are stored for the life of the workspace and erased within 14 days of closing it.',
    'Refunds are issued within 10 days.',
    '注销账户后，录音会在 7 天内删除。',
  ],
  'plan labels and cells': ['Best for', '无上限'],
  'a study’s method in Chinese': ['所有样本均由三名资深律师独立审阅，意见不一致时由第四名律师裁定。'],
  'the user’s own freedom': ['Edit anything you like before you export the deck.', 'It marks everything it is unsure of for you to check.'],
  'words that only look like speed or rank': [
    'Built with fast-growing clinics in mind.',
    'It studies your best-performing posts and drafts new ones in their style.',
  ],
  'copyright and registration lines': [
    '© 2025 Northwind Analytics Ltd. Registered in Scotland, company no. SC612345.',
    'Copyright 2025 Brightline Labs. All rights reserved.',
    '© 2025 上海云帆智能科技有限公司 沪ICP备2025012345号',
  ],
  'a study’s design': ['We ran an 8-week trial from 2 June to 28 July 2025 with 64 recruiters at 5 agencies.'],
};

describe('the shapes of a claim are claims', () => {
  for (const [shape, sentences] of Object.entries(CLAIMS)) {
    for (const text of sentences) {
      it(`${shape}: ${text}`, () => {
        const r = scoreClaim(text);
        expect(r.isClaim).toBe(true);
        expect(r.flags.length, 'a claim is never left without a note').toBeGreaterThan(0);
      });
    }
  }
});

describe('the hard negatives are not claims', () => {
  for (const [shape, sentences] of Object.entries(NOT_CLAIMS)) {
    for (const text of sentences) {
      it(`${shape}: ${text}`, () => {
        expect(scoreClaim(text).isClaim).toBe(false);
      });
    }
  }
});
